import { userInfo } from 'node:os'
import {
  grantStaffRole,
  listStaffGrants,
  revokeStaffGrant,
  ROLE_BINDINGS,
  type GrantQuery,
  type StaffGrant,
  type StaffManager,
} from '../modules/identity/index.js'
import { ROLES, type Role } from '../platform/auth/roles.js'
import {
  list,
  oneOf,
  required,
  runCommand,
  UsageError,
  type Action,
  type Values,
} from './command.js'

const NEEDS = {
  units: '--units',
  establishment: '--units --establishment',
  agency: '--units --agency',
} as const

// Exit codes: 0 done, 1 refused (the message says why), 2 a wrong command or configuration.
const USAGE = `Cách dùng / usage:
  npm run staff -- grant --number <12 chữ số / digits> --role <vai trò / role> --units a,b
      [--establishment id] [--agency code]
  npm run staff -- revoke --grant <id> --reason "<lý do / reason>"
  npm run staff -- list [--role r] [--unit u] [--status active|revoked|all]
Vai trò và tham số cần có / roles and what they need:
${ROLES.map((role) => `  ${role}: ${NEEDS[ROLE_BINDINGS[role]]}`).join('\n')}`

const STATUSES = ['active', 'revoked', 'all'] as const

const ROLE = { vi: 'Vai trò', en: 'role' }

function grantIdOf(value: string): number {
  if (!/^[1-9]\d{0,8}$/.test(value))
    throw new UsageError(`--grant phải là số / must be a number (got "${value}")`)
  return Number(value)
}

function operatorName(): string {
  try {
    return userInfo().username
  } catch {
    return 'unknown'
  }
}

function describeGrant(g: StaffGrant): string {
  const bound = [
    g.establishmentId ? `establishment ${g.establishmentId}` : '',
    g.agencyCode ? `agency ${g.agencyCode}` : '',
  ].join(' ')
  const revoked = g.revokedAt ? `  thu hồi / revoked ${g.revokedAt.toISOString()}` : ''
  return (
    `#${g.id}  ${g.personalNumber}  ${g.role}  ${g.unitCodes.join(',')} ${bound}`.trimEnd() +
    `  giao / granted ${g.grantedAt.toISOString()} by ${g.grantedBy ?? 'operator'}${revoked}`
  )
}

// The operator acts with the server's shell access: no grant needed, named in the audit trail.
const operator = (): StaffManager => ({ kind: 'operator', name: operatorName() })

function grant(v: Values): Action {
  const personalNumber = required('number', v.number)
  if (!/^\d{12}$/.test(personalNumber))
    throw new UsageError('--number phải gồm 12 chữ số / must be 12 digits')
  const request = {
    personalNumber,
    role: oneOf<Role>(ROLE, ROLES, required('role', v.role)),
    unitCodes: list(v.units),
    establishmentId: v.establishment,
    agencyCode: v.agency,
  }
  return async (database) =>
    `Đã giao vai trò / granted: ${describeGrant(await grantStaffRole(database, operator(), request))}`
}

function revoke(v: Values): Action {
  const revocation = {
    grantId: grantIdOf(required('grant', v.grant)),
    reason: required('reason', v.reason),
  }
  return async (database) =>
    `Đã thu hồi / revoked: ${describeGrant(await revokeStaffGrant(database, operator(), revocation))}`
}

function listGrants(v: Values): Action {
  const query: GrantQuery = {
    role: v.role === undefined ? undefined : oneOf<Role>(ROLE, ROLES, v.role),
    unitCode: v.unit,
    status:
      v.status === undefined
        ? undefined
        : oneOf({ vi: 'Trạng thái', en: 'status' }, STATUSES, v.status),
    limit: 200,
  }
  return async (database) => {
    const lines: string[] = []
    let after: number | undefined
    do {
      const page = await listStaffGrants(database, operator(), { ...query, after })
      lines.push(...page.grants.map(describeGrant))
      after = page.next ?? undefined
    } while (after !== undefined)
    return lines.length > 0 ? lines.join('\n') : 'Không có vai trò nào / no grants'
  }
}

await runCommand({
  usage: USAGE,
  commands: { grant, revoke, list: listGrants },
  options: Object.fromEntries(
    ['number', 'role', 'units', 'unit', 'establishment', 'agency', 'grant', 'reason', 'status'].map(
      (name) => [name, { type: 'string' as const }],
    ),
  ),
})
