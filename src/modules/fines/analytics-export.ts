import path from 'node:path'
import type { BulkSession, CsvExport } from '../../platform/db/database.js'
import { violationFactsSql } from './fines.events.js'

/**
 * Violations as the analytical copy needs them, column for column the payload of
 * 'fines.violation_changed' (so a rebuilt copy and one kept current from events agree).
 */
const utc = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS')`

const VIOLATION_COLUMNS = [
  { name: 'violation_id', type: 'text' },
  { name: 'article_code', type: 'text' },
  { name: 'commune_code', type: 'text' },
  { name: 'occurred_at', type: 'timestamp' },
  { name: 'status', type: 'text' },
  { name: 'due_on', type: 'date' },
  { name: 'owner_kind', type: 'text' },
  { name: 'seen_in_app', type: 'boolean' },
  { name: 'paid_online', type: 'boolean' },
] as const satisfies CsvExport['columns']

/** Writes the violations' facts as CSV in `dir`, in the caller's session. */
export async function exportFinesForAnalytics(
  session: BulkSession,
  options: { dir: string },
): Promise<CsvExport[]> {
  const file = path.join(options.dir, 'violations.csv')
  await session.copyOutCsv(violationFactsSql(utc), file)
  return [{ table: 'violations', file, columns: VIOLATION_COLUMNS }]
}
