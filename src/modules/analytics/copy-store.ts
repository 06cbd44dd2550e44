import { stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import { OVERLAID_TABLES, overlayRegistry } from './copy-registry.js'
import { FILE_TABLES, LIVE_TABLES } from './copy.tables.js'
import type { Reference } from './charts.js'
import { UnitDirectory, type CommuneRow } from './units.js'

/**
 * DuckDB works on every core but one: the process also answers HTTP, and on a small server a
 * query that takes every core stalls the event loop (measured on 2 cores: p95 of the dashboards
 * 4× lower with one thread under load).
 */
export const DUCKDB_OPTIONS = { threads: String(Math.max(1, availableParallelism() - 1)) }

export type SqlValue = string | number | boolean | null
export type Row = Record<string, SqlValue>

export interface CopyMeta {
  snapshotTx: number
  builtAt: string
  residents: number
  /** The export's snapshot as PostgreSQL writes it (xmin:xmax:xip,...); empty in older files. */
  snapshot: string
}

/**
 * Whether the export's snapshot saw a transaction (PostgreSQL's rule: committed before xmin, or
 * before xmax and not running then). Unknown snapshot: not seen.
 */
export function seenByExport(meta: CopyMeta, txId: number): boolean {
  const [xmin, xmax, running] = meta.snapshot.split(':')
  if (xmin === undefined || xmax === undefined || running === undefined) return false
  if (txId < Number(xmin)) return true
  if (txId >= Number(xmax)) return false
  return !running.split(',').includes(String(txId))
}

/** What identifies a copy file on disk: a rebuild renames a new file over it. */
export interface FileIdentity {
  ino: number
  mtimeMs: number
}

export const fileIdentity = async (file: string): Promise<FileIdentity | undefined> =>
  stat(file).then(
    (s) => ({ ino: s.ino, mtimeMs: s.mtimeMs }),
    () => undefined,
  )

/** DuckDB's values as JSON-ready ones: queries cast counts to INTEGER and dates to VARCHAR. */
function plain(value: unknown): SqlValue {
  if (typeof value === 'bigint') return Number(value)
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value))
    return value as SqlValue
  if (typeof value === 'object' && 'toDouble' in value && typeof value.toDouble === 'function')
    return (value.toDouble as () => number)()
  throw new TypeError('a chart query returned a value it should have cast (dates to VARCHAR)')
}

const rowsOf = async <T>(connection: DuckDBConnection, sql: string): Promise<T[]> =>
  (await connection.runAndReadAll(sql)).getRowObjectsJS() as unknown as T[]

/** The small tables every chart labels from, read once per copy. */
async function readReference(connection: DuckDBConnection): Promise<Reference> {
  const communes = await rowsOf<CommuneRow>(
    connection,
    `SELECT code, name, type, province_code, urban, district_code, district_name
       FROM communes ORDER BY code`,
  )
  const provinces = await rowsOf<{ code: string; name: string; current_code: string }>(
    connection,
    'SELECT code, name, current_code FROM provinces',
  )
  const areas = await rowsOf<{ code: string; area_km2: number }>(
    connection,
    'SELECT code, area_km2 FROM unit_areas',
  )
  const types = await rowsOf<{ code: string; name_vi: string; name_en: string }>(
    connection,
    'SELECT code, name_vi, name_en FROM establishment_types',
  )
  const current = provinces.filter((p) => p.code === p.current_code)
  return {
    units: new UnitDirectory(communes, new Map(current.map((p) => [p.code, p.name]))),
    areas: new Map(areas.map((a) => [a.code, a.area_km2])),
    establishmentTypes: new Map(types.map((t) => [t.code, { vi: t.name_vi, en: t.name_en }])),
    provinceNames: new Map(provinces.map((p) => [p.code, p.name])),
  }
}

/**
 * One copy being served: an in-memory DuckDB with the copy file attached read-only (so this
 * process never writes the file and a rebuild may rename a new one over it at any time), views
 * of the file's tables, and the live tables the outbox events keep current. Retired when a newer
 * copy takes over, and closed once its last query has finished.
 */
/** A copy file written by an earlier release: it lacks tables this release reads. */
export class CopyOutdated extends Error {
  constructor(readonly missing: readonly string[]) {
    super(`analytical copy lacks ${missing.join(', ')}`)
  }
}

export class ServedCopy {
  private active = 0
  private retired = false
  private closed = false
  private writes: Promise<unknown> = Promise.resolve()
  /** Read connections kept between queries (as many as ever ran at once). */
  private readonly idle: DuckDBConnection[] = []

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly writer: DuckDBConnection,
    readonly meta: CopyMeta,
    readonly reference: Reference,
    readonly identity: FileIdentity,
  ) {}

  static async open(file: string): Promise<ServedCopy> {
    const identity = await fileIdentity(file)
    if (!identity) throw new Error('analytical copy file missing')
    const instance = await DuckDBInstance.create(':memory:', DUCKDB_OPTIONS)
    const writer = await instance.connect()
    try {
      await writer.run(`ATTACH '${file.replaceAll("'", "''")}' AS snap (READ_ONLY)`)
      const present = await rowsOf<{ name: string }>(
        writer,
        `SELECT table_name AS name FROM duckdb_tables() WHERE database_name = 'snap'`,
      )
      const missing = [...FILE_TABLES, ...Object.values(LIVE_TABLES).map((t) => t.fromFile)].filter(
        (t) => !present.some((p) => p.name === t),
      )
      if (missing.length > 0) throw new CopyOutdated(missing)
      for (const table of FILE_TABLES.filter((t) => !OVERLAID_TABLES.includes(t)))
        await writer.run(`CREATE VIEW ${table} AS SELECT * FROM snap.main.${table}`)
      await overlayRegistry(writer)
      for (const [table, { key, fromFile }] of Object.entries(LIVE_TABLES)) {
        await writer.run(
          `CREATE TABLE ${table} AS SELECT *, CAST(0 AS BIGINT) AS event_tx,
             CAST(0 AS BIGINT) AS event_id FROM snap.main.${fromFile}`,
        )
        await writer.run(`CREATE UNIQUE INDEX ${table}_key ON ${table} (${key})`)
      }
      const [meta] = await rowsOf<{
        tx: string
        built_at: string
        residents: number
        snapshot?: string
      }>(
        writer,
        `SELECT CAST(snapshot_tx AS VARCHAR) AS tx, CAST(built_at AS VARCHAR) AS built_at,
                * EXCLUDE (snapshot_tx, built_at)
           FROM meta`,
      )
      if (!meta) throw new Error('analytical copy has no meta row')
      const reference = await readReference(writer)
      return new ServedCopy(
        instance,
        writer,
        {
          snapshotTx: Number(meta.tx),
          builtAt: `${meta.built_at.replace(' ', 'T')}Z`,
          residents: meta.residents,
          snapshot: meta.snapshot ?? '',
        },
        reference,
        identity,
      )
    } catch (error) {
      writer.closeSync()
      instance.closeSync()
      throw error
    }
  }

  /** Runs a read; the copy stays open until it finishes even if retired meanwhile. */
  async query(sql: string): Promise<Row[]> {
    this.active++
    const connection = this.idle.pop() ?? (await this.instance.connect())
    try {
      const reader = await connection.runAndReadAll(sql)
      return reader
        .getRowObjectsJS()
        .map((row) =>
          Object.fromEntries(Object.entries(row).map(([key, value]) => [key, plain(value)])),
        )
    } finally {
      this.idle.push(connection)
      this.active--
      this.closeIfIdle()
    }
  }

  /** Changes to the live tables, one at a time. */
  write<T>(change: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    const next = this.writes.then(async () => {
      this.active++
      try {
        return await change(this.writer)
      } finally {
        this.active--
        this.closeIfIdle()
      }
    })
    this.writes = next.catch(() => undefined)
    return next
  }

  retire(): void {
    this.retired = true
    this.closeIfIdle()
  }

  private closeIfIdle(): void {
    if (!this.retired || this.active > 0 || this.closed) return
    this.closed = true
    for (const connection of this.idle.splice(0)) connection.closeSync()
    this.writer.closeSync()
    this.instance.closeSync()
  }
}
