import path from 'node:path'
import type { BulkSession, CsvExport } from '../../platform/db/database.js'

/**
 * Sites and passages as the analytical copy needs them, column for column the payloads of the
 * checkpoints events (so a rebuilt copy and one kept current from events agree): the hourly
 * counts, the people inside per gate, the flagged passages by id. No personal numbers.
 */
const utc = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS')`

const SITE_COLUMNS = [
  { name: 'site_id', type: 'text' },
  { name: 'kind', type: 'text' },
  { name: 'name', type: 'text' },
  { name: 'commune_code', type: 'text' },
] as const satisfies CsvExport['columns']

const HOUR_COLUMNS = [
  { name: 'cell_key', type: 'text' },
  { name: 'site_id', type: 'text' },
  { name: 'hour', type: 'timestamp' },
  { name: 'gate_id', type: 'text' },
  { name: 'direction', type: 'text' },
  { name: 'province_code', type: 'text' },
  { name: 'age_group', type: 'text' },
  { name: 'sex', type: 'text' },
  { name: 'visitor_kind', type: 'text' },
  { name: 'passages', type: 'integer' },
] as const satisfies CsvExport['columns']

const OCCUPANCY_COLUMNS = [
  { name: 'gate_id', type: 'text' },
  { name: 'site_id', type: 'text' },
  { name: 'inside', type: 'integer' },
] as const satisfies CsvExport['columns']

const FLAGGED_COLUMNS = [
  { name: 'passage_id', type: 'bigint' },
  { name: 'site_id', type: 'text' },
  { name: 'flag', type: 'text' },
  { name: 'occurred_at', type: 'timestamp' },
] as const satisfies CsvExport['columns']

/**
 * The key of an hourly cell: its site, hour (UTC, as the events write it), gate and categories.
 * The same text from the export's SQL and from an event's payload.
 */
export const hourCellKey = (cell: {
  siteId: string
  hour: string
  gateId: string
  direction: string
  provinceCode: string
  ageGroup: string
  sex: string
  visitorKind: string
}): string =>
  [
    cell.siteId,
    new Date(cell.hour).toISOString(),
    cell.gateId,
    cell.direction,
    cell.provinceCode,
    cell.ageGroup,
    cell.sex,
    cell.visitorKind,
  ].join('|')

const HOUR_KEY_SQL = `concat_ws('|', site_id::text,
  to_char(hour AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), gate_id::text, direction,
  province_code, age_group, sex, visitor_kind)`

/** Writes sites, hourly counts, occupancy and flagged passages as CSV in `dir`, in the caller's session. */
export async function exportCheckpointsForAnalytics(
  session: BulkSession,
  options: { dir: string },
): Promise<CsvExport[]> {
  const file = (name: string): string => path.join(options.dir, `${name}.csv`)
  await session.copyOutCsv(
    'SELECT id, kind, name, commune_code FROM checkpoint_sites',
    file('checkpoint_sites'),
  )
  await session.copyOutCsv(
    `SELECT ${HOUR_KEY_SQL}, site_id, ${utc('hour')}, gate_id, direction, province_code, age_group,
            sex, visitor_kind, passages
       FROM checkpoint_hourly`,
    file('passage_hours'),
  )
  await session.copyOutCsv(
    'SELECT gate_id, site_id, inside FROM checkpoint_occupancy',
    file('site_occupancy'),
  )
  await session.copyOutCsv(
    `SELECT id, site_id, flag, ${utc('occurred_at')} FROM checkpoint_passages
      WHERE flag IS NOT NULL`,
    file('flagged_passages'),
  )
  return [
    { table: 'checkpoint_sites', file: file('checkpoint_sites'), columns: SITE_COLUMNS },
    { table: 'passage_hours', file: file('passage_hours'), columns: HOUR_COLUMNS },
    { table: 'site_occupancy', file: file('site_occupancy'), columns: OCCUPANCY_COLUMNS },
    { table: 'flagged_passages', file: file('flagged_passages'), columns: FLAGGED_COLUMNS },
  ]
}
