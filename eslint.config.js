import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

import { fileRoles } from './tools/eslint/file-roles.js'
import { moduleBoundary } from './tools/eslint/module-boundary.js'

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'db/', 'web/dist/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Handlers and hooks are async by contract even when they do not await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.ts'],
    plugins: { cds: { rules: { 'module-boundary': moduleBoundary, 'file-roles': fileRoles } } },
    rules: { 'cds/module-boundary': 'error' },
  },
  {
    // One vocabulary of file roles in the modules (docs/ARCHITECTURE.md, "File roles").
    files: ['src/modules/**/*.ts'],
    rules: { 'cds/file-roles': 'error' },
  },
  {
    // SQL only in queries files: drizzle's query builders and `sql` are imported by *.queries.ts
    // and *.tables.ts (and tests); elsewhere only its types.
    files: ['src/modules/**/*.ts'],
    ignores: [
      'src/modules/**/*.queries.ts',
      'src/modules/**/*.tables.ts',
      'src/modules/**/*.test.ts',
      'src/modules/**/*.test-support.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['drizzle-orm', 'drizzle-orm/*'],
              allowTypeImports: true,
              message:
                'SQL lives in *.queries.ts (docs/ARCHITECTURE.md, File roles): move the query there.',
            },
          ],
        },
      ],
    },
  },
  {
    // node:test's describe() and it() return promises the runner itself tracks.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
  {
    // The browser app (web/tsconfig.json): hooks called in order, effects naming what they use.
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } },
  },
  prettier,
)
