import { TEXT_COLUMNS } from './canonical.js'
import type { AuditKeyRing } from './keys.js'

type Summary = Record<string, string | number | boolean | null>

/** An entry's recorded columns by name, as written and as read back by the sealer. */
export type RecordedColumns = Record<(typeof TEXT_COLUMNS)[number], string | null> & {
  summary: Summary
}

/**
 * What an entry's MAC covers: its author's columns, the summary with its keys sorted. Both sides
 * build it from values, not from PostgreSQL's jsonb text, which Node cannot render before the
 * row exists; a number survives jsonb and back unchanged, so the two agree.
 */
export function macContent(row: RecordedColumns): string {
  const keys = Object.keys(row.summary).sort()
  const summary = keys.map((key) => [key, row.summary[key] ?? null])
  return JSON.stringify([...TEXT_COLUMNS.map((column) => row[column] ?? null), summary])
}

/** @returns the row with its MAC, ready for audit_record() */
export const withMac = <T extends RecordedColumns>(
  row: T,
  keys: AuditKeyRing,
): T & { mac: string } => ({ ...row, mac: keys.mac(macContent(row)) })
