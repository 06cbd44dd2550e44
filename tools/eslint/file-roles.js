import path from 'node:path'

/**
 * The closed list of file roles in src/modules (docs/ARCHITECTURE.md, "File roles"). A module file is
 * `index.ts`, a plain `subject.ts` (a domain helper: no HTTP, no SQL), or `subject.ROLE.ts` where
 * ROLE, the last dotted segment, is one of these.
 */
export const ROLES = [
  // the edge
  'routes',
  'schemas',
  'presenters',
  // the domain
  'service',
  'policy',
  'errors',
  'events',
  'types',
  'reference',
  'kpi',
  // the data
  'queries',
  'tables',
  // outputs
  'charts',
  'pdf',
  'xlsx',
  // wiring
  'module',
  'permissions',
  'demonstration',
  'runtime',
  'worker',
  // tests
  'test',
  'test-support',
]

const MODULES = `${path.sep}src${path.sep}modules${path.sep}`
const SUBJECT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The role of a file name, '' for a plain domain helper, undefined when the name is malformed. */
export function roleOf(base) {
  if (base === 'index.ts') return 'index'
  const parts = base.replace(/\.ts$/, '').split('.')
  if (!parts.every((part) => SUBJECT.test(part))) return undefined
  return parts.length === 1 ? '' : parts.at(-1)
}

export const fileRoles = {
  meta: {
    type: 'problem',
    messages: {
      role: "'{{file}}' has no known role: name it subject.ROLE.ts with ROLE one of {{roles}} (docs/ARCHITECTURE.md, File roles), or subject.ts for a domain helper.",
    },
  },
  create(context) {
    const file = context.filename
    const at = file.indexOf(MODULES)
    if (at < 0 || !file.endsWith('.ts')) return {}
    const inModules = file
      .slice(at + MODULES.length)
      .split(path.sep)
      .join('/')
    const role = roleOf(path.basename(file))
    if (role === '' || role === 'index' || ROLES.includes(role)) return {}
    return {
      Program(node) {
        context.report({
          node,
          messageId: 'role',
          data: { file: inModules, roles: ROLES.join(', ') },
        })
      },
    }
  },
}
