import { randomBytes } from 'node:crypto'
import path from 'node:path'
import type { BulkSession, CsvExport } from '../../platform/db/database.js'

/**
 * The registry as the analytical copy needs it (DESIGN: "holds no names or numbers, only what
 * aggregation needs"): no names, no personal or old identity numbers, no addresses. Residents and
 * movements are linked by a key drawn from the personal number with a salt made for this export
 * and then forgotten, so the copy can join them but nobody can turn a key back into a number.
 */
const MOVEMENT_CHUNK = 500_000

const personKey = (salt: string): string =>
  `('x' || substr(md5('${salt}' || personal_number), 1, 15))::bit(60)::bigint`

const RESIDENT_COLUMNS = [
  { name: 'person_key', type: 'bigint' },
  { name: 'commune_code', type: 'text' },
  { name: 'birth_date', type: 'date' },
  { name: 'sex', type: 'text' },
  { name: 'ethnicity_code', type: 'text' },
  { name: 'religion_code', type: 'text' },
  { name: 'birth_province_code', type: 'text' },
  { name: 'household_id', type: 'bigint' },
  { name: 'status', type: 'text' },
  { name: 'labour_status', type: 'text' },
  { name: 'sector', type: 'text' },
  { name: 'occupation', type: 'text' },
  { name: 'eid_level', type: 'integer' },
  { name: 'has_payment_account', type: 'boolean' },
  { name: 'has_digital_signature', type: 'boolean' },
] as const satisfies CsvExport['columns']

const MOVEMENT_COLUMNS = [
  { name: 'person_key', type: 'bigint' },
  { name: 'kind', type: 'text' },
  { name: 'occurred_on', type: 'date' },
  { name: 'commune_code', type: 'text' },
  { name: 'other_province_code', type: 'text' },
] as const satisfies CsvExport['columns']

const COMMUNE_COLUMNS = [
  { name: 'code', type: 'text' },
  { name: 'name', type: 'text' },
  { name: 'type', type: 'text' },
  { name: 'province_code', type: 'text' },
] as const satisfies CsvExport['columns']

const PROVINCE_COLUMNS = [
  { name: 'code', type: 'text' },
  { name: 'name', type: 'text' },
  { name: 'current_code', type: 'text' },
] as const satisfies CsvExport['columns']

const PREDECESSOR_COLUMNS = [
  { name: 'commune_code', type: 'text' },
  { name: 'district_code', type: 'text' },
  { name: 'district_name', type: 'text' },
  { name: 'predecessors', type: 'integer' },
] as const satisfies CsvExport['columns']

const list = (columns: readonly { name: string }[]): string => columns.map((c) => c.name).join(', ')

export interface PopulationExportOptions {
  /** Directory the CSV files are written to. */
  dir: string
  /** Called after each chunk (a commune of residents, a range of movements). */
  onProgress?: (done: number, total: number) => void
}

/**
 * Writes the registry's aggregation columns as CSV: residents (in commune chunks, so PGlite never
 * holds more than one commune in memory), movements (in id ranges), the current communes of the
 * registry's province(s), every province with the one it belongs to today, and each current
 * commune's pre-2025 districts (how many of its predecessor communes each held).
 * Runs in the caller's session: one snapshot with whatever else the caller exports.
 */
export async function exportPopulationForAnalytics(
  session: BulkSession,
  options: PopulationExportOptions,
): Promise<CsvExport[]> {
  const file = (name: string): string => path.join(options.dir, `${name}.csv`)
  const salt = randomBytes(16).toString('hex')
  const communes = (
    await session.query<{ code: string }>(
      'SELECT DISTINCT commune_code AS code FROM residents ORDER BY 1',
    )
  ).map((r) => r.code)
  const [bounds] = await session.query<{ low: number | null; high: number | null }>(
    'SELECT min(id) AS low, max(id) AS high FROM movements',
  )
  const ranges: [number, number][] = []
  for (let low = bounds?.low ?? 1; low <= (bounds?.high ?? 0); low += MOVEMENT_CHUNK)
    ranges.push([low, low + MOVEMENT_CHUNK])
  const total = communes.length + ranges.length + 1
  let done = 0
  const step = (): void => options.onProgress?.(++done, total)

  for (const code of communes) {
    if (!/^[0-9]{5}$/.test(code)) throw new Error('unexpected commune code in residents')
    await session.copyOutCsv(
      `SELECT ${personKey(salt)}, ${list(RESIDENT_COLUMNS.slice(1))}
         FROM residents WHERE commune_code = '${code}'`,
      file('residents'),
    )
    step()
  }
  for (const [low, high] of ranges) {
    await session.copyOutCsv(
      `SELECT ${personKey(salt)}, ${list(MOVEMENT_COLUMNS.slice(1))}
         FROM movements WHERE id >= ${low} AND id < ${high}`,
      file('movements'),
    )
    step()
  }
  await exportUnits(session, file, communes)
  step()
  return [
    { table: 'residents', file: file('residents'), columns: RESIDENT_COLUMNS },
    { table: 'movements', file: file('movements'), columns: MOVEMENT_COLUMNS },
    { table: 'communes', file: file('communes'), columns: COMMUNE_COLUMNS },
    { table: 'provinces', file: file('provinces'), columns: PROVINCE_COLUMNS },
    {
      table: 'commune_predecessors',
      file: file('commune_predecessors'),
      columns: PREDECESSOR_COLUMNS,
    },
  ]
}

async function exportUnits(
  session: BulkSession,
  file: (name: string) => string,
  residentCommunes: string[],
): Promise<void> {
  const inRegistry = residentCommunes.map((c) => `'${c}'`).join(', ') || 'NULL'
  await session.copyOutCsv(
    `SELECT code, name, type, parent_code FROM admin_units
      WHERE level = 'commune' AND valid_to IS NULL AND parent_code IN (
        SELECT parent_code FROM admin_units
         WHERE level = 'commune' AND valid_to IS NULL AND code IN (${inRegistry}))
      ORDER BY code`,
    file('communes'),
  )
  await session.copyOutCsv(
    `SELECT DISTINCT ON (o.code) o.code, o.name, coalesce(n.code, o.code)
       FROM admin_units o
       LEFT JOIN admin_unit_successions s ON s.predecessor_id = o.id
       LEFT JOIN admin_units n ON n.id = s.successor_id AND n.valid_to IS NULL
      WHERE o.level = 'province'
      ORDER BY o.code, n.code NULLS LAST`,
    file('provinces'),
  )
  // The 2024 structure (districts exist only in it): the old communes each current commune was
  // made of, by old district.
  await session.copyOutCsv(
    `SELECT n.code, d.code, d.name, count(*)::int
       FROM admin_units n
       JOIN admin_unit_successions s ON s.successor_id = n.id
       JOIN admin_units o ON o.id = s.predecessor_id AND o.level = 'commune'
       JOIN admin_units d ON d.code = o.parent_code AND d.level = 'district'
      WHERE n.level = 'commune' AND n.valid_to IS NULL
      GROUP BY n.code, d.code, d.name
      ORDER BY n.code, d.code`,
    file('commune_predecessors'),
  )
}
