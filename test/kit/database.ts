import { createHash, randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe } from 'node:test'
import { PGlite } from '@electric-sql/pglite'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import pg from 'pg'
import { loadConfig } from '../../src/platform/config/config.js'
import { openDatabase, type Database, type Engine } from '../../src/platform/db/database.js'
import { MIGRATIONS_FOLDER, migrateDatabase } from '../../src/platform/db/migrate.js'

const serverUrl = loadConfig().DATABASE_URL

/** The engines every database test runs on: PGlite always, PostgreSQL when DATABASE_URL is set. */
export const ENGINES: Engine[] = serverUrl ? ['pglite', 'postgres'] : ['pglite']

export interface TestDatabase {
  database: Database
  /** The PostgreSQL URL of this database, for child processes; undefined on PGlite. */
  url?: string
  drop(): Promise<void>
}

export interface TestDatabaseOptions {
  migrate?: boolean
  /** PGlite only: open this data directory instead of a new in-memory database. */
  dataDir?: string
}

/**
 * A fresh, migrated database of its own. On PostgreSQL a database with a random name that drop()
 * removes: the server is shared with other runs and must not keep their state.
 *
 * A migrated database starts as a copy of a template migrated once (initdb and the migrations
 * cost PGlite seconds per database, PostgreSQL about one); migrateDatabase still runs over the
 * copy, so a template behind the committed migrations would only be slower, never wrong.
 */
export async function openTestDatabase(
  engine: Engine,
  options: TestDatabaseOptions = {},
): Promise<TestDatabase> {
  const migrate = options.migrate ?? true
  let database: Database
  let drop: () => Promise<void>
  let url: URL | undefined
  if (engine === 'pglite') {
    const fromTemplate = migrate && !options.dataDir
    database = await openDatabase({
      dataDir: options.dataDir ?? 'memory://',
      loadDataDir: fromTemplate ? await pgliteTemplate() : undefined,
    })
    drop = () => database.close()
  } else {
    if (!serverUrl) throw new Error('DATABASE_URL is not set')
    const name = `cds_test_${randomBytes(6).toString('hex')}`
    await adminQuery(
      migrate
        ? `CREATE DATABASE ${name} TEMPLATE ${await postgresTemplate()}`
        : `CREATE DATABASE ${name}`,
    )
    url = databaseUrl(name)
    database = await openDatabase({ url: url.toString(), poolSize: 5 })
    drop = async () => {
      await database.close()
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    }
  }
  if (migrate) await migrateDatabase(database)
  return { database, drop, ...(url ? { url: url.toString() } : {}) }
}

function databaseUrl(name: string): URL {
  const url = new URL(serverUrl!)
  url.pathname = `/${name}`
  return url
}

/** Names a template by what it holds: the committed migrations, and on PGlite its own version. */
async function templateKey(): Promise<string> {
  const hash = createHash('sha256')
  for (const migration of readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }))
    hash.update(migration.hash)
  hash.update(
    await readFile(new URL('../package.json', import.meta.resolve('@electric-sql/pglite'))),
  )
  return hash.digest('hex').slice(0, 16)
}

let pgliteDump: Promise<Blob> | undefined

/**
 * A dump of a migrated PGlite data directory, kept as a file in the temporary directory for every
 * test process of the run (and the next, while the migrations stay the same).
 */
function pgliteTemplate(): Promise<Blob> {
  pgliteDump ??= (async () => {
    const file = path.join(tmpdir(), `cds-test-pglite-${await templateKey()}.tar`)
    if (!existsSync(file)) {
      await dropStaleDumps(file)
      const dataDir = await mkdtemp(path.join(tmpdir(), 'cds-test-pglite-'))
      try {
        const database = await openDatabase({ dataDir })
        await migrateDatabase(database)
        await database.close()
        const client = await PGlite.create({ dataDir })
        const dump = await client.dumpDataDir('none')
        await client.close()
        // Written aside and renamed: a process starting meanwhile never reads half a file.
        const partial = `${file}.${process.pid}`
        await writeFile(partial, Buffer.from(await dump.arrayBuffer()))
        await rename(partial, file)
      } finally {
        await rm(dataDir, { recursive: true, force: true })
      }
    }
    return new Blob([await readFile(file)])
  })()
  return pgliteDump
}

/** Dumps of other migrations, removed when a new one is made: the temporary directory keeps one. */
async function dropStaleDumps(current: string): Promise<void> {
  for (const name of await readdir(tmpdir()))
    if (/^cds-test-pglite-[0-9a-f]{16}\.tar$/.test(name) && path.join(tmpdir(), name) !== current)
      await rm(path.join(tmpdir(), name), { force: true })
}

let postgresName: Promise<string> | undefined

/**
 * A migrated database that new test databases copy (CREATE DATABASE … TEMPLATE), named by its key
 * so that runs with the same migrations share it. It is migrated under a name of its own and
 * renamed when done: a copy must never see it half migrated, nor be refused because a session is
 * connected to it.
 */
function postgresTemplate(): Promise<string> {
  postgresName ??= (async () => {
    const name = `cds_test_template_${await templateKey()}`
    const [found] = await adminQuery('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (found) return name
    await dropStaleTemplates(name)
    const building = `cds_test_building_${randomBytes(6).toString('hex')}`
    await adminQuery(`CREATE DATABASE ${building}`)
    try {
      const database = await openDatabase({ url: databaseUrl(building).toString(), poolSize: 1 })
      await migrateDatabase(database).finally(() => database.close())
      await adminQuery(`ALTER DATABASE ${building} RENAME TO ${name}`)
    } catch (error) {
      await adminQuery(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`)
      // Another process built the same template first: use theirs.
      if ((error as { code?: string }).code !== '42P04') throw error
    }
    return name
  })()
  return postgresName
}

/**
 * Templates of other migrations, dropped when a new one is built so that the shared server keeps
 * one at most; one still being copied by another run refuses the drop and stays until next time.
 */
async function dropStaleTemplates(current: string): Promise<void> {
  const stale = await adminQuery(
    "SELECT datname FROM pg_database WHERE datname LIKE 'cds\\_test\\_template\\_%' AND datname <> $1",
    [current],
  )
  for (const { datname } of stale)
    await adminQuery(`DROP DATABASE IF EXISTS ${String(datname)}`).catch(() => undefined)
}

async function adminQuery(
  text: string,
  params: unknown[] = [],
): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    return (await client.query<Record<string, unknown>>(text, params)).rows
  } finally {
    await client.end()
  }
}

/**
 * Declares the suite once per engine, each with a fresh database for the whole suite.
 * `get()` returns it inside tests and hooks.
 */
export function describeOnEngines(
  title: string,
  suite: (get: () => Database, engine: Engine) => void,
  options: TestDatabaseOptions = {},
): void {
  for (const engine of ENGINES) {
    void describe(`${title} [${engine}]`, () => {
      let test: TestDatabase | undefined
      before(async () => {
        test = await openTestDatabase(engine, options)
      })
      after(async () => {
        await test?.drop()
      })
      suite(() => {
        if (!test) throw new Error('database not open yet')
        return test.database
      }, engine)
    })
  }
}
