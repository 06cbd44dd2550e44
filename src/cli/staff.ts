import { userInfo } from 'node:os'
import { parseArgs } from 'node:util'
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
import { loadConfig, type Config } from '../platform/config/config.js'
import { openDatabase, type Database } from '../platform/db/database.js'
import { AppError } from '../platform/http/errors.js'

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

class UsageError extends Error {}

const STATUSES = ['active', 'revoked', 'all'] as const

function oneOf<T extends string>(
  what: { vi: string; en: string },
  allowed: readonly T[],
  value: string,
): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${what.vi} không hợp lệ / unknown ${what.en}: "${value}"`)
}

const ROLE = { vi: 'Vai trò', en: 'role' }

function required(name: string, value: string | undefined): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`Thiếu / missing --${name}`)
  return value
}

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

type Values = Record<string, string | undefined>

/** A command checked in full before the database is opened, ready to run. */
type Action = (database: Database, manager: StaffManager) => Promise<string>

function grant(v: Values): Action {
  const personalNumber = required('number', v.number)
  if (!/^\d{12}$/.test(personalNumber))
    throw new UsageError('--number phải gồm 12 chữ số / must be 12 digits')
  const request = {
    personalNumber,
    role: oneOf<Role>(ROLE, ROLES, required('role', v.role)),
    unitCodes: (v.units ?? '')
      .split(',')
      .map((code) => code.trim())
      .filter(Boolean),
    establishmentId: v.establishment,
    agencyCode: v.agency,
  }
  return async (database, manager) =>
    `Đã giao vai trò / granted: ${describeGrant(await grantStaffRole(database, manager, request))}`
}

function revoke(v: Values): Action {
  const revocation = {
    grantId: grantIdOf(required('grant', v.grant)),
    reason: required('reason', v.reason),
  }
  return async (database, manager) =>
    `Đã thu hồi / revoked: ${describeGrant(await revokeStaffGrant(database, manager, revocation))}`
}

function list(v: Values): Action {
  const query: GrantQuery = {
    role: v.role === undefined ? undefined : oneOf<Role>(ROLE, ROLES, v.role),
    unitCode: v.unit,
    status:
      v.status === undefined
        ? undefined
        : oneOf({ vi: 'Trạng thái', en: 'status' }, STATUSES, v.status),
    limit: 200,
  }
  return async (database, manager) => {
    const lines: string[] = []
    let after: number | undefined
    do {
      const page = await listStaffGrants(database, manager, { ...query, after })
      lines.push(...page.grants.map(describeGrant))
      after = page.next ?? undefined
    } while (after !== undefined)
    return lines.length > 0 ? lines.join('\n') : 'Không có vai trò nào / no grants'
  }
}

const COMMANDS = { grant, revoke, list }

function parseCommand(args: string[]): Action {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        number: { type: 'string' },
        role: { type: 'string' },
        units: { type: 'string' },
        unit: { type: 'string' },
        establishment: { type: 'string' },
        agency: { type: 'string' },
        grant: { type: 'string' },
        reason: { type: 'string' },
        status: { type: 'string' },
      },
    })
  } catch (error) {
    throw new UsageError(
      `Tham số không hợp lệ / invalid arguments: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  const { positionals, values } = parsed
  if (positionals.length !== 1) throw new UsageError('Cần đúng một lệnh / give exactly one command')
  const name = oneOf({ vi: 'Lệnh', en: 'command' }, ['grant', 'revoke', 'list'], positionals[0]!)
  return COMMANDS[name](values)
}

async function execute(action: Action, config: Config): Promise<string> {
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    poolSize: 1,
  })
  // The operator acts with the server's shell access: no grant needed, named in the audit trail.
  try {
    return await action(database, { kind: 'operator', name: operatorName() })
  } finally {
    await database.close()
  }
}

/** Says what went wrong, Vietnamese first, and gives the exit code. */
function report(error: unknown): number {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n${USAGE}\n`)
    return 2
  }
  if (error instanceof AppError) {
    process.stderr.write(`${error.code}: ${error.message}\n`)
    return 1
  }
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`Không thực hiện được / could not run: ${message}\n`)
  return 2
}

async function run(): Promise<number> {
  try {
    const action = parseCommand(process.argv.slice(2))
    process.stdout.write(`${await execute(action, loadConfig())}\n`)
    return 0
  } catch (error) {
    return report(error)
  }
}

process.exitCode = await run()
