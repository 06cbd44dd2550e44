import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import type { CsvExport, Database } from '../../platform/db/database.js'
import { COMMITTED_HORIZON_SQL } from '../../platform/db/horizon.js'
import { exportCheckpointsForAnalytics } from '../checkpoints/index.js'
import { exportFinesForAnalytics } from '../fines/index.js'
import { exportPopulationForAnalytics } from '../population/index.js'
import { exportStaysForAnalytics } from '../stays/index.js'
import { unitAreas } from './boundaries.js'
import { DUCKDB_OPTIONS } from './copy-store.js'
import { columnsSql, DERIVE_STATEMENTS, SQL_TYPES, unitAreaStatements } from './copy.tables.js'

export interface BuildProgress {
  phase: 'export' | 'load' | 'done'
  done: number
  total: number
}

export interface BuildSummary {
  path: string
  residents: number
  stays: number
  seconds: number
  /** The oldest transaction the export may not have seen: events from it on are replayed. */
  snapshotTx: number
}

export interface ExportedRegistry {
  files: CsvExport[]
  snapshotTx: number
  /** The export's snapshot (pg_current_snapshot as text): which transactions the files saw. */
  snapshot: string
}

/**
 * Exports what the copy needs from the database as CSV files in `dir`, all in one read-only
 * snapshot, with the snapshot's oldest running transaction (events of it or later may be missing
 * from the files and are replayed from the outbox).
 */
export async function exportRegistry(
  database: Database,
  dir: string,
  onProgress?: (p: BuildProgress) => void,
): Promise<ExportedRegistry> {
  return database.bulk(async (session) => {
    await session.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY')
    // This database's oldest transaction still running when the snapshot was taken.
    const [snapshot] = await session.query<{ tx: number; seen: string }>(
      `SELECT ${COMMITTED_HORIZON_SQL} AS tx, pg_current_snapshot()::text AS seen`,
    )
    const population = await exportPopulationForAnalytics(session, {
      dir,
      onProgress: (done, total) => onProgress?.({ phase: 'export', done, total }),
    })
    const stays = await exportStaysForAnalytics(session, { dir })
    const checkpoints = await exportCheckpointsForAnalytics(session, { dir })
    const fines = await exportFinesForAnalytics(session, { dir })
    return {
      files: [...population, ...stays, ...checkpoints, ...fines],
      snapshotTx: snapshot?.tx ?? 0,
      snapshot: snapshot?.seen ?? '',
    }
  })
}

const quote = (text: string): string => `'${text.replaceAll("'", "''")}'`

async function loadRaw(connection: DuckDBConnection, file: CsvExport): Promise<void> {
  const table = `raw_${file.table}`
  if (!existsSync(file.file) || (await stat(file.file)).size === 0) {
    await connection.run(`CREATE TABLE ${table} (${columnsSql(file.columns)})`)
    return
  }
  const columns = file.columns.map((c) => `${quote(c.name)}: ${quote(SQL_TYPES[c.type])}`)
  await connection.run(
    `CREATE TABLE ${table} AS SELECT * FROM read_csv(${quote(file.file)}, header = false,
       delim = ',', quote = '"', escape = '"', columns = {${columns.join(', ')}})`,
  )
}

async function writeCopy(
  connection: DuckDBConnection,
  exported: ExportedRegistry,
  onProgress?: (p: BuildProgress) => void,
): Promise<{ residents: number; stays: number }> {
  const steps = exported.files.length + DERIVE_STATEMENTS.length + 2
  let done = 0
  const step = (): void => onProgress?.({ phase: 'load', done: ++done, total: steps })
  for (const file of exported.files) {
    await loadRaw(connection, file)
    step()
  }
  for (const statement of DERIVE_STATEMENTS) {
    await connection.run(statement)
    step()
  }
  for (const statement of unitAreaStatements(unitAreas())) await connection.run(statement)
  const scratch = await connection.runAndReadAll(
    `SELECT table_name FROM information_schema.tables
      WHERE table_name LIKE 'raw_%' OR table_name = 'person_movements'`,
  )
  for (const [name] of scratch.getRowsJS() as [string][]) await connection.run(`DROP TABLE ${name}`)
  const counts = await connection.runAndReadAll(
    `SELECT CAST((SELECT count(*) FROM residents) AS INTEGER),
            CAST((SELECT count(*) FROM stays_at_build) AS INTEGER)`,
  )
  const [residents, stays] = counts.getRowsJS()[0] as [number, number]
  await connection.run(
    `CREATE TABLE meta AS SELECT CAST($1 AS BIGINT) AS snapshot_tx,
       CAST($2 AS TIMESTAMP) AS built_at, CAST($3 AS INTEGER) AS residents,
       CAST($4 AS VARCHAR) AS snapshot`,
    [
      String(exported.snapshotTx),
      new Date().toISOString().replace('T', ' ').slice(0, 23),
      residents,
      exported.snapshot,
    ],
  )
  step()
  await connection.run('CHECKPOINT')
  step()
  return { residents, stays }
}

/**
 * Builds the analytical copy from scratch into a new file beside `target` and renames it over
 * `target` once complete, so whoever serves the old copy keeps serving it until then (the rename
 * is atomic; the old file lives on for whoever still has it open).
 */
export async function buildCopy(
  database: Database,
  options: { path: string; onProgress?: (p: BuildProgress) => void },
): Promise<BuildSummary> {
  const started = performance.now()
  const target = path.resolve(options.path)
  await mkdir(path.dirname(target), { recursive: true })
  const dir = await mkdtemp(path.join(tmpdir(), 'cds-analytics-'))
  const building = `${target}.building-${randomBytes(4).toString('hex')}`
  try {
    const exported = await exportRegistry(database, dir, options.onProgress)
    const instance = await DuckDBInstance.create(building, DUCKDB_OPTIONS)
    const connection = await instance.connect()
    let counts
    try {
      counts = await writeCopy(connection, exported, options.onProgress)
    } finally {
      connection.closeSync()
      instance.closeSync()
    }
    await rename(building, target)
    options.onProgress?.({ phase: 'done', done: 1, total: 1 })
    return {
      path: target,
      ...counts,
      snapshotTx: exported.snapshotTx,
      seconds: (performance.now() - started) / 1000,
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
    await rm(building, { force: true })
    await rm(`${building}.wal`, { force: true })
  }
}
