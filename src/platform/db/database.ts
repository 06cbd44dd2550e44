import { createWriteStream } from 'node:fs'
import { appendFile, mkdir } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import { Readable } from 'node:stream'
import { PGlite } from '@electric-sql/pglite'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import { from as copyFrom, to as copyTo } from 'pg-copy-streams'
import { lockDataDir } from './data-dir-lock.js'

/** A Drizzle executor: the database itself or a transaction, the same type on both engines. */
export type Executor = PgDatabase<PgQueryResultHKT>

export type Engine = 'postgres' | 'pglite'

/** One transaction on one connection, able to COPY CSV text into a table. */
export interface BulkSession {
  copyCsv(table: string, columns: readonly string[], csv: string): Promise<void>
  /** Appends the rows of a SELECT to a file as CSV (no header), by COPY TO on either engine. */
  copyOutCsv(select: string, file: string): Promise<void>
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>
}

/** A CSV file written by copyOutCsv, with its columns in order, for the program that reads it. */
export interface CsvExport {
  table: string
  file: string
  columns: readonly {
    name: string
    type: 'text' | 'date' | 'timestamp' | 'integer' | 'bigint' | 'boolean'
  }[]
}

export interface Database {
  readonly engine: Engine
  readonly db: Executor
  /** Runs fn in one transaction on one connection; COPY and queries commit together or not at all. */
  bulk<T>(fn: (session: BulkSession) => Promise<T>): Promise<T>
  /** Plain SQL outside Drizzle, for statements Drizzle cannot express (COPY, advisory locks). */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>
  ping(): Promise<void>
  poolStats(): { total: number; idle: number; waiting: number }
  close(): Promise<void>
}

export interface DatabaseOptions {
  url?: string | undefined
  dataDir?: string | undefined
  /** PGlite only: start from this dump of a data directory (dumpDataDir) instead of an empty one. */
  loadDataDir?: Blob | undefined
  poolSize?: number
}

// Raw SQL must read the same on both engines: dates as 'YYYY-MM-DD' strings (never shifted by the
// process time zone) and bigint counts as numbers (all ours fit in 2^53).
const DATE_OID = 1082
const INT8_OID = 20
const NUMERIC_OID = 1700

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.url
    ? openPostgres(options.url, options.poolSize ?? 10)
    : openPglite(options.dataDir, options.loadDataDir)
}

function copyStatement(table: string, columns: readonly string[], source: string): string {
  const cols = columns.map((c) => `"${c}"`).join(', ')
  return `COPY "${table}" (${cols}) FROM ${source} WITH (FORMAT csv)`
}

function openPostgres(url: string, poolSize: number): Database {
  const types = new pg.TypeOverrides()
  types.setTypeParser(DATE_OID, (v) => v)
  types.setTypeParser(INT8_OID, Number)
  types.setTypeParser(NUMERIC_OID, Number)
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types })
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined)
  // Nor may one checked out (inside a transaction) when the server goes away: its statement in
  // flight, or the next, fails instead, and the pool drops it when released.
  pool.on('connect', (client) => client.on('error', () => undefined))
  const query = async <T>(text: string, params?: unknown[]): Promise<T[]> =>
    (await pool.query(text, params)).rows as T[]
  return {
    engine: 'postgres',
    db: drizzlePg(pool),
    query,
    async bulk(fn) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await fn({
          async copyCsv(table, columns, csv) {
            const stream = client.query(copyFrom(copyStatement(table, columns, 'STDIN')))
            await pipeline(Readable.from([csv]), stream)
          },
          async copyOutCsv(select, file) {
            const stream = client.query(copyTo(`COPY (${select}) TO STDOUT WITH (FORMAT csv)`))
            await pipeline(stream, createWriteStream(file, { flags: 'a' }))
          },
          async query<T>(text: string, params?: unknown[]) {
            return (await client.query(text, params)).rows as T[]
          },
        })
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    async ping() {
      await pool.query('SELECT 1')
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => pool.end(),
  }
}

async function openPglite(
  dataDir: string | undefined,
  loadDataDir: Blob | undefined,
): Promise<Database> {
  let release = () => Promise.resolve()
  if (dataDir && !dataDir.startsWith('memory://')) {
    await mkdir(dataDir, { recursive: true })
    release = await lockDataDir(dataDir)
  }
  const client = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    parsers: {
      [DATE_OID]: (v: string) => v,
      [INT8_OID]: (v: string) => Number(v),
      [NUMERIC_OID]: (v: string) => Number(v),
    },
  }).catch(async (error: unknown) => {
    await release()
    throw error
  })
  const query = async <T>(text: string, params?: unknown[]): Promise<T[]> =>
    (await client.query<T>(text, params)).rows
  return {
    engine: 'pglite',
    db: drizzlePglite(client) as unknown as Executor,
    query,
    bulk: (fn) =>
      client.transaction((tx) =>
        fn({
          async copyCsv(table, columns, csv) {
            await tx.query(copyStatement(table, columns, "'/dev/blob'"), [], {
              blob: new Blob([csv]),
            })
          },
          async copyOutCsv(select, file) {
            // PGlite hands the whole result over as one blob: callers export in chunks.
            const [result] = await tx.exec(`COPY (${select}) TO '/dev/blob' WITH (FORMAT csv)`)
            if (result?.blob) await appendFile(file, Buffer.from(await result.blob.arrayBuffer()))
          },
          async query(text, params) {
            return (await tx.query<never>(text, params)).rows
          },
        }),
      ),
    async ping() {
      await client.query('SELECT 1')
    },
    poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
    async close() {
      await client.close()
      await release()
    },
  }
}
