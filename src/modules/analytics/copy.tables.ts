import type { CsvExport } from '../../platform/db/database.js'
import type { UnitArea } from './boundaries.js'
import { allTallyStatements, FOREVER, TALLY_TABLES } from './tallies.js'

/**
 * The tables of the analytical copy, in SQL that DuckDB and PostgreSQL both read (so the benchmark
 * can run the very same statements on PostgreSQL as its baseline).
 *
 * The copy file holds the registry at the moment of the build (read-only once built). What the
 * outbox keeps changing (stays, establishments, alerts) is copied into memory when a copy is
 * opened and kept current there; `*_at_build` is the file's version of it. So are the
 * checkpoints' sites, hourly passages, occupancy and flagged passages, and the fines' violations.
 */

export const SQL_TYPES: Record<CsvExport['columns'][number]['type'], string> = {
  text: 'VARCHAR',
  date: 'DATE',
  timestamp: 'TIMESTAMP',
  integer: 'INTEGER',
  bigint: 'BIGINT',
  boolean: 'BOOLEAN',
}

export const columnsSql = (columns: CsvExport['columns']): string =>
  columns.map((c) => `${c.name} ${SQL_TYPES[c.type]}`).join(', ')

/** Tables read straight from the file (views in the serving instance). */
export const FILE_TABLES: readonly string[] = [
  'residents',
  'movements',
  'communes',
  'provinces',
  'unit_areas',
  'establishment_types',
  'meta',
  'resident_flows',
  'movement_days',
  ...TALLY_TABLES,
]

/** Tables the outbox events change, with their key and the file's version they start from. */
export const LIVE_TABLES = {
  stays: { key: 'declaration_id', fromFile: 'stays_at_build' },
  establishments: { key: 'establishment_id', fromFile: 'establishments_at_build' },
  alerts: { key: 'alert_id', fromFile: 'alerts_at_build' },
  checkpoint_sites: { key: 'site_id', fromFile: 'checkpoint_sites_at_build' },
  // Counts that only grow: the larger wins, whatever order concurrent batches' events come in.
  passage_hours: { key: 'cell_key', fromFile: 'passage_hours_at_build', grows: 'passages' },
  site_occupancy: { key: 'gate_id', fromFile: 'site_occupancy_at_build' },
  flagged_passages: { key: 'passage_id', fromFile: 'flagged_passages_at_build' },
  violations: { key: 'violation_id', fromFile: 'violations_at_build' },
} as const
export type LiveTable = keyof typeof LIVE_TABLES

/**
 * From the exported rows (`raw_*`) to the copy's tables. A resident gets the day they entered the
 * registry's province (born or moved in), the day they left it (moved out or died) and where
 * they moved in from; the person key the export used to link the two is dropped here, and
 * movements keep only what, when and where. `present_from` and `present_until` (exclusive) say
 * the same as the entry and exit days, in two comparisons. Residents are stored by commune and
 * movements by day, so that a commune's or a period's rows are read without the others. Then
 * the summaries the whole province's charts read (resident_flows, the tallies).
 */
export const DERIVE_STATEMENTS: readonly string[] = [
  `CREATE TABLE person_movements AS
     SELECT person_key,
            min(occurred_on) FILTER (WHERE kind IN ('born', 'moved_in')) AS entered_on,
            max(occurred_on) FILTER (WHERE kind IN ('moved_out', 'deceased')) AS left_on,
            max(other_province_code) FILTER (WHERE kind = 'moved_in') AS moved_from
       FROM raw_movements GROUP BY person_key`,
  `CREATE TABLE residents AS
     SELECT CAST(row_number() OVER () AS INTEGER) AS row_no, r.commune_code, r.birth_date,
            CAST(extract(year FROM r.birth_date) * 10000 + extract(month FROM r.birth_date) * 100
                 + extract(day FROM r.birth_date) AS INTEGER) AS birth_key,
            r.sex, r.ethnicity_code, r.religion_code, r.birth_province_code, r.household_id,
            r.status, r.labour_status, r.sector, r.occupation, r.eid_level,
            r.has_payment_account, r.has_digital_signature, m.entered_on,
            CASE WHEN r.status <> 'resident' THEN m.left_on END AS left_on, m.moved_from,
            greatest(r.birth_date, coalesce(m.entered_on, r.birth_date)) AS present_from,
            coalesce(CASE WHEN r.status <> 'resident' THEN m.left_on END, ${FOREVER}) AS present_until
       FROM raw_residents r LEFT JOIN person_movements m ON m.person_key = r.person_key
      ORDER BY r.commune_code`,
  `CREATE TABLE movements AS
     SELECT kind, occurred_on, commune_code, other_province_code FROM raw_movements
      ORDER BY occurred_on`,
  // The 2024 structure: a current commune counts in the former district that held most of the
  // communes it was made of (14 of Đồng Nai's 95 straddle two).
  `CREATE TABLE communes AS
     SELECT c.code, c.name, c.type, c.province_code, c.type = 'Phường' AS urban,
            d.district_code, d.district_name, CAST(d.spanned AS INTEGER) AS districts_spanned
       FROM raw_communes c
       LEFT JOIN (SELECT commune_code, district_code, district_name,
                         row_number() OVER (PARTITION BY commune_code
                                            ORDER BY predecessors DESC, district_code) AS pick,
                         count(*) OVER (PARTITION BY commune_code) AS spanned
                    FROM raw_commune_predecessors) d
              ON d.commune_code = c.code AND d.pick = 1`,
  'CREATE TABLE provinces AS SELECT code, name, current_code FROM raw_provinces',
  'CREATE TABLE establishment_types AS SELECT * FROM raw_establishment_types',
  'CREATE TABLE stays_at_build AS SELECT * FROM raw_stays',
  'CREATE TABLE establishments_at_build AS SELECT * FROM raw_establishments',
  'CREATE TABLE alerts_at_build AS SELECT * FROM raw_alerts',
  'CREATE TABLE checkpoint_sites_at_build AS SELECT * FROM raw_checkpoint_sites',
  'CREATE TABLE passage_hours_at_build AS SELECT * FROM raw_passage_hours',
  'CREATE TABLE site_occupancy_at_build AS SELECT * FROM raw_site_occupancy',
  'CREATE TABLE flagged_passages_at_build AS SELECT * FROM raw_flagged_passages',
  'CREATE TABLE violations_at_build AS SELECT * FROM raw_violations',
  // Residents by the day they entered (none: no day) and by the day they left; movements by day.
  `CREATE TABLE resident_flows AS
     SELECT day, CAST(sum(entered) AS INTEGER) AS entered, CAST(sum(exited) AS INTEGER) AS exited
       FROM (SELECT entered_on AS day, 1 AS entered, 0 AS exited FROM residents
             UNION ALL
             SELECT left_on, 0, 1 FROM residents WHERE left_on IS NOT NULL) f
      GROUP BY day ORDER BY day`,
  `CREATE TABLE movement_days AS
     SELECT occurred_on, kind, CAST(count(*) AS INTEGER) AS n FROM movements
      GROUP BY occurred_on, kind ORDER BY occurred_on`,
  ...allTallyStatements(),
]

/** The live tables' columns: the file's, plus the outbox position of the last event applied. */
export function liveTableSql(table: LiveTable, fileColumns: string): string {
  return `CREATE TABLE ${table} (${fileColumns}, event_tx BIGINT NOT NULL, event_id BIGINT NOT NULL,
            PRIMARY KEY (${LIVE_TABLES[table].key}))`
}

const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`

/** The areas density is computed from, as a table. */
export function unitAreaStatements(areas: readonly UnitArea[]): string[] {
  const rows = areas.map((a) => {
    if (!Number.isFinite(a.areaKm2)) throw new RangeError(`area of ${a.code}`)
    return `(${literal(a.code)}, ${literal(a.level)}, ${a.areaKm2}, ${literal(a.source)})`
  })
  return [
    'CREATE TABLE unit_areas (code VARCHAR, level VARCHAR, area_km2 FLOAT8, source VARCHAR)',
    ...(rows.length > 0 ? [`INSERT INTO unit_areas VALUES ${rows.join(', ')}`] : []),
  ]
}
