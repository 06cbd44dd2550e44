import { randomBytes } from 'node:crypto'
import { after, before, describe } from 'node:test'
import pg from 'pg'
import { loadConfig } from '../../src/platform/config/config.js'
import { openDatabase, type Database, type Engine } from '../../src/platform/db/database.js'
import { migrateDatabase } from '../../src/platform/db/migrate.js'

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
 */
export async function openTestDatabase(
  engine: Engine,
  options: TestDatabaseOptions = {},
): Promise<TestDatabase> {
  let database: Database
  let drop: () => Promise<void>
  let url: URL | undefined
  if (engine === 'pglite') {
    database = await openDatabase({ dataDir: options.dataDir ?? 'memory://' })
    drop = () => database.close()
  } else {
    if (!serverUrl) throw new Error('DATABASE_URL is not set')
    const name = `cds_test_${randomBytes(6).toString('hex')}`
    await adminQuery(`CREATE DATABASE ${name}`)
    url = new URL(serverUrl)
    url.pathname = `/${name}`
    database = await openDatabase({ url: url.toString(), poolSize: 5 })
    drop = async () => {
      await database.close()
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    }
  }
  if (options.migrate ?? true) await migrateDatabase(database)
  return { database, drop, ...(url ? { url: url.toString() } : {}) }
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    await client.query(text)
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
