import path from 'node:path'

const MODULES = `${path.sep}src${path.sep}modules${path.sep}`

/** The module folder a file belongs to, or undefined outside src/modules. */
function moduleOf(file) {
  const at = file.indexOf(MODULES)
  if (at < 0) return undefined
  return file.slice(at + MODULES.length).split(path.sep)[0]
}

/**
 * Another module is reached through its index.ts only, from anywhere: modules, platform, tests.
 * Without the rule, modules grow into each other's tables.
 */
export const moduleBoundary = {
  meta: {
    type: 'problem',
    messages: { boundary: "Import module '{{target}}' through its index.ts only." },
  },
  create(context) {
    const from = moduleOf(context.filename)
    const check = (node) => {
      const spec = node.source?.value
      if (typeof spec !== 'string' || !spec.startsWith('.')) return
      const resolved = path.resolve(path.dirname(context.filename), spec)
      const target = moduleOf(resolved)
      if (!target || target === from) return
      const rest = resolved.slice(resolved.indexOf(MODULES) + MODULES.length + target.length)
      if (rest !== `${path.sep}index.js` && rest !== '')
        context.report({ node, messageId: 'boundary', data: { target } })
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    }
  },
}
