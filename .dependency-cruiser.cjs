/**
 * Boundaries ESLint's cds/module-boundary does not see (docs/ARCHITECTURE.md): the platform never
 * imports a module, no import cycles, web features reach each other through their index.
 * Run by `npm run lint`.
 */
module.exports = {
  forbidden: [
    {
      name: 'platform-not-to-modules',
      comment:
        'The platform serves every module and knows none: a module plugs in through its index.',
      severity: 'error',
      from: { path: '^src/platform/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'no-circular',
      comment: 'An import cycle couples two files into one: move what both need to a third.',
      severity: 'error',
      from: { path: '^(src|web/src)/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'web-feature-through-index',
      comment: 'A web feature reaches another feature through that feature’s index.ts only.',
      severity: 'error',
      from: { path: '^web/src/features/([^/]+)/' },
      to: {
        path: '^web/src/features/[^/]+/',
        pathNot: ['^web/src/features/$1/', '^web/src/features/[^/]+/index\\.tsx?$'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|web/dist|data|db)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
}
