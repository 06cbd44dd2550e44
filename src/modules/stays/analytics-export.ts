import path from 'node:path'
import type { BulkSession, CsvExport } from '../../platform/db/database.js'

/**
 * Accommodation as the analytical copy needs it, column for column the payload of the stays
 * events (so a rebuilt copy and one kept current from events agree): no names, no personal or
 * passport numbers, no rooms, birth year only.
 */
const utc = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS')`

const STAY_COLUMNS = [
  { name: 'declaration_id', type: 'text' },
  { name: 'establishment_id', type: 'text' },
  { name: 'establishment_type_code', type: 'text' },
  { name: 'commune_code', type: 'text' },
  { name: 'province_code', type: 'text' },
  { name: 'guest_kind', type: 'text' },
  { name: 'nationality', type: 'text' },
  { name: 'birth_year', type: 'integer' },
  { name: 'sex', type: 'text' },
  { name: 'arrival_at', type: 'timestamp' },
  { name: 'expected_departure_at', type: 'timestamp' },
  { name: 'departed_at', type: 'timestamp' },
  { name: 'late', type: 'boolean' },
  { name: 'trip_id', type: 'text' },
] as const satisfies CsvExport['columns']

const ESTABLISHMENT_COLUMNS = [
  { name: 'establishment_id', type: 'text' },
  { name: 'type_code', type: 'text' },
  { name: 'commune_code', type: 'text' },
  { name: 'status', type: 'text' },
  { name: 'capacity', type: 'integer' },
] as const satisfies CsvExport['columns']

const TYPE_COLUMNS = [
  { name: 'code', type: 'text' },
  { name: 'name_vi', type: 'text' },
  { name: 'name_en', type: 'text' },
  { name: 'capacity_unit', type: 'text' },
] as const satisfies CsvExport['columns']

const ALERT_COLUMNS = [
  { name: 'alert_id', type: 'text' },
  { name: 'commune_code', type: 'text' },
  { name: 'raised_at', type: 'timestamp' },
] as const satisfies CsvExport['columns']

/**
 * Writes declarations, establishments, establishment types and watch-list alerts (identifiers,
 * places and times only) as CSV files in `dir`, in the caller's session.
 */
export async function exportStaysForAnalytics(
  session: BulkSession,
  options: { dir: string },
): Promise<CsvExport[]> {
  const file = (name: string): string => path.join(options.dir, `${name}.csv`)
  await session.copyOutCsv(
    `SELECT d.id, d.establishment_id, e.type_code, d.commune_code, d.province_code, d.guest_kind,
            d.nationality, extract(year FROM d.birth_date)::int, d.sex, ${utc('d.arrival_at')},
            ${utc('d.expected_departure_at')}, ${utc('d.departed_at')}, d.late, d.trip_id
       FROM stay_declarations d JOIN stay_establishments e ON e.id = d.establishment_id`,
    file('stays'),
  )
  await session.copyOutCsv(
    'SELECT id, type_code, commune_code, status, capacity FROM stay_establishments',
    file('establishments'),
  )
  await session.copyOutCsv(
    'SELECT code, name_vi, name_en, capacity_unit FROM stay_establishment_types ORDER BY position',
    file('establishment_types'),
  )
  await session.copyOutCsv(
    `SELECT id, commune_code, ${utc('created_at')} FROM stay_watch_alerts`,
    file('alerts'),
  )
  return [
    { table: 'stays', file: file('stays'), columns: STAY_COLUMNS },
    { table: 'establishments', file: file('establishments'), columns: ESTABLISHMENT_COLUMNS },
    { table: 'establishment_types', file: file('establishment_types'), columns: TYPE_COLUMNS },
    { table: 'alerts', file: file('alerts'), columns: ALERT_COLUMNS },
  ]
}
