import { parseArgs } from 'node:util'
import { installAuditKeys, loadAuditKeys } from '../modules/audit/index.js'
import { auditKeysFile, loadConfig, type Config } from '../platform/config/config.js'
import { DataDirInUseError } from '../platform/db/data-dir-lock.js'
import { openDatabase, type Database } from '../platform/db/database.js'
import { AppError } from '../platform/http/errors.js'

/**
 * What the operator's commands share: arguments checked in full before the database is opened,
 * messages Vietnamese first, and exit codes 0 done, 1 refused (the message says why), 2 a wrong
 * command or configuration.
 */
export class UsageError extends Error {}

export type Values = Record<string, string | undefined>

/** A command checked and ready to run against the database. */
export type Action = (database: Database, config: Config) => Promise<string>

export function oneOf<T extends string>(
  what: { vi: string; en: string },
  allowed: readonly T[],
  value: string,
): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${what.vi} không hợp lệ / unknown ${what.en}: "${value}"`)
}

export function required(name: string, value: string | undefined): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`Thiếu / missing --${name}`)
  return value
}

export const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)

function parseCommand<C extends string>(
  args: string[],
  options: Record<string, { type: 'string' }>,
  commands: Record<C, (values: Values) => Action>,
): Action {
  let parsed
  try {
    parsed = parseArgs({ args, allowPositionals: true, options })
  } catch (error) {
    throw new UsageError(
      `Tham số không hợp lệ / invalid arguments: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  const { positionals, values } = parsed
  if (positionals.length !== 1) throw new UsageError('Cần đúng một lệnh / give exactly one command')
  const names = Object.keys(commands) as C[]
  const name = oneOf({ vi: 'Lệnh', en: 'command' }, names, positionals[0]!)
  return commands[name](values)
}

/**
 * The configured database, for a command. On the embedded database a running server holds the
 * directory: the command stops there with exit code 2 instead of opening it a second time. The
 * server's audit keys come with it: what a command records must pass the server's sealer.
 */
export async function openCommandDatabase(config: Config, poolSize = 1): Promise<Database> {
  installAuditKeys(
    await loadAuditKeys({
      jwks: config.AUDIT_SIGNING_KEYS,
      developmentFile: auditKeysFile(config),
    }),
  )
  try {
    return await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR, poolSize })
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error
    process.stderr.write(`${error.message}\n`)
    process.exit(2)
  }
}

/** Says what went wrong and gives the exit code. */
function report(error: unknown, usage: string): number {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n${usage}\n`)
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

/** Parses the command line, runs the chosen command on the configured database, sets the exit code. */
export async function runCommand<C extends string>(cli: {
  usage: string
  options: Record<string, { type: 'string' }>
  commands: Record<C, (values: Values) => Action>
}): Promise<void> {
  try {
    const action = parseCommand(process.argv.slice(2), cli.options, cli.commands)
    const config = loadConfig()
    const database = await openCommandDatabase(config)
    try {
      process.stdout.write(`${await action(database, config)}\n`)
    } finally {
      await database.close()
    }
    process.exitCode = 0
  } catch (error) {
    process.exitCode = report(error, cli.usage)
  }
}
