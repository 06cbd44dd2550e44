import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Database } from '../../platform/db/database.js'
import { unitAreas } from './boundaries.js'
import { exportRegistry } from './copy-build.js'
import { columnsSql, DERIVE_STATEMENTS, LIVE_TABLES, unitAreaStatements } from './copy.tables.js'
import { TALLY_TABLES } from './tallies.js'

/**
 * The copy's tables built inside the database itself, in a schema of their own, by the same
 * export and the same statements: what the dashboards' queries are compared against (the
 * benchmark's baseline; the test that the charts read the same on both engines). Queries reach
 * it with `SET LOCAL search_path TO <schema>` in a transaction.
 */
export async function mirrorCopyInto(database: Database, schema: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error('schema name')
  const dir = await mkdtemp(path.join(tmpdir(), 'cds-analytics-mirror-'))
  try {
    const exported = await exportRegistry(database, dir)
    await database.bulk(async (session) => {
      await session.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      await session.query(`CREATE SCHEMA ${schema}`)
      await session.query(`SET LOCAL search_path TO ${schema}`)
      for (const file of exported.files) {
        await session.query(`CREATE TABLE raw_${file.table} (${columnsSql(file.columns)})`)
        const csv = await readFile(file.file, 'utf8').catch(() => '')
        if (csv)
          await session.copyCsv(
            `raw_${file.table}`,
            file.columns.map((c) => c.name),
            csv,
          )
      }
      for (const statement of [...DERIVE_STATEMENTS, ...unitAreaStatements(unitAreas())])
        await session.query(statement)
      for (const [table, { fromFile }] of Object.entries(LIVE_TABLES))
        await session.query(`CREATE TABLE ${table} AS SELECT * FROM ${fromFile}`)
      await session.query('CREATE INDEX ON residents (commune_code)')
      // What DuckDB gets from the tables' order (by day, by year), PostgreSQL gets from indexes.
      for (const table of TALLY_TABLES.filter((t) => t.startsWith('tally_')))
        await session.query(
          `CREATE INDEX ON ${table} (${table.endsWith('_years') ? 'year' : 'day'})`,
        )
      await session.query('CREATE INDEX ON movements (occurred_on)')
      await session.query('CREATE INDEX ON movement_days (occurred_on)')
      for (const table of [...exported.files.map((f) => `raw_${f.table}`), 'person_movements'])
        await session.query(`DROP TABLE ${table}`)
      await session.query('ANALYZE')
    })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
