import { isIP } from 'node:net'
import type { Executor } from '../../platform/db/database.js'
import { entryInvalid, purposeUnknown, subjectInvalid } from './audit.errors.js'
import { isPurposeCode } from './purposes.reference.js'
import { auditKeys } from './keys.js'
import { withMac, type RecordedColumns } from './mac.js'
import { insertEntries } from './record.queries.js'

export type AuditSummary = Record<string, string | number | boolean | null>

export interface AuditEntryInput {
  actor: {
    accountId: string
    role: string
    agency?: string | null
    unitCode?: string | null
    clientId?: string | null
  }
  /** Whose data was read or changed. */
  subjectPersonalNumber: string | null
  /** `<module>.<object>.<verb>`, e.g. 'population.resident.read'. */
  action: string
  /** One of PURPOSES for reads of personal data. */
  purpose: string | null
  /** A curated summary (identifiers and facts), never a raw request body. */
  summary: AuditSummary
  sourceIp: string | null
}

// A summary is a handful of facts; these bounds keep a raw payload from slipping in.
const MAX_SUMMARY_KEYS = 24
const MAX_SUMMARY_STRING = 256
const ACTION = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+){1,4}$/
const UNIT_CODE = /^\d{2,5}$/
const PERSONAL_NUMBER = /^\d{12}$/

// PostgreSQL stores no NUL in text or jsonb: refused here, one entry alone, rather than by the
// database, where it would fail every entry of a group commit.
const hasNul = (value: string): boolean => value.includes('\u0000')

// Required fields arrive as strings (the type says so); optional ones may be null or absent.
function checkText(field: string, value: string | null | undefined, max = 200): void {
  if (value === null || value === undefined) return
  if (value.length === 0 || value.length > max || hasNul(value))
    throw entryInvalid(field, `1-${max} characters, no NUL`)
}

function checkSummary(summary: AuditSummary): void {
  if (typeof summary !== 'object' || Array.isArray(summary))
    throw entryInvalid('summary', 'an object')
  const entries = Object.entries(summary)
  if (entries.length > MAX_SUMMARY_KEYS)
    throw entryInvalid('summary', `at most ${MAX_SUMMARY_KEYS} keys`)
  for (const [key, value] of entries) {
    const ok =
      value === null ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value)) ||
      (typeof value === 'string' && value.length <= MAX_SUMMARY_STRING && !hasNul(value))
    if (!ok || key.length > 64 || hasNul(key))
      throw entryInvalid(`summary.${key.slice(0, 64)}`, 'a short scalar')
  }
}

/**
 * @throws AUDIT_ENTRY_INVALID (a defect in the caller), AUDIT_PURPOSE_UNKNOWN,
 *   AUDIT_SUBJECT_INVALID
 */
export function checkEntry(entry: AuditEntryInput): void {
  checkText('actor.accountId', entry.actor.accountId)
  checkText('actor.role', entry.actor.role, 64)
  checkText('actor.agency', entry.actor.agency, 64)
  checkText('actor.clientId', entry.actor.clientId)
  if (entry.actor.unitCode && !UNIT_CODE.test(entry.actor.unitCode))
    throw entryInvalid('actor.unitCode', 'an administrative unit code')
  if (!ACTION.test(entry.action)) throw entryInvalid('action', '<module>.<object>.<verb>')
  if (entry.subjectPersonalNumber !== null && !PERSONAL_NUMBER.test(entry.subjectPersonalNumber))
    throw subjectInvalid()
  if (entry.purpose !== null && !isPurposeCode(entry.purpose)) throw purposeUnknown(entry.purpose)
  if (entry.sourceIp !== null && isIP(entry.sourceIp) === 0)
    throw entryInvalid('sourceIp', 'an IP address')
  checkSummary(entry.summary)
}

/** The row audit_record() inserts, keyed by column name, with the platform's MAC. */
export async function toRecordedRow(entry: AuditEntryInput): Promise<RecordedColumns> {
  const row: RecordedColumns = {
    actor_account_id: entry.actor.accountId,
    actor_role: entry.actor.role,
    actor_agency: entry.actor.agency ?? null,
    actor_unit_code: entry.actor.unitCode ?? null,
    client_id: entry.actor.clientId ?? null,
    subject_personal_number: entry.subjectPersonalNumber,
    action: entry.action,
    purpose: entry.purpose,
    source_ip: entry.sourceIp,
    summary: entry.summary,
  }
  return withMac(row, await auditKeys())
}

/**
 * The argument of audit_record(), the platform's one way into the audit table (its database role
 * may not INSERT): a JSON array of rows, `n` keeping seq in the order given. One parameter
 * whatever the count, so the statement text never changes and both engines read it alike.
 */
export async function recordFunctionArgument(entries: AuditEntryInput[]): Promise<string> {
  const rows = await Promise.all(entries.map(toRecordedRow))
  return JSON.stringify(rows.map((row, n) => ({ ...row, n })))
}

/**
 * Records an entry in the caller's transaction: it commits with the change or not at all. One
 * INSERT touching no shared row (seq comes from a sequence, the chain is linked later by the
 * sealer), so audited requests never queue behind each other.
 * @throws AUDIT_ENTRY_INVALID, AUDIT_PURPOSE_UNKNOWN, AUDIT_SUBJECT_INVALID
 */
export async function recordAudit(tx: Executor, entry: AuditEntryInput): Promise<void> {
  await recordAudits(tx, [entry])
}

/**
 * Records several entries (a page of search results, each resident shown) in one INSERT.
 * @throws as recordAudit; nothing is written when any entry is refused
 */
export async function recordAudits(tx: Executor, entries: AuditEntryInput[]): Promise<void> {
  if (entries.length === 0) return
  for (const entry of entries) checkEntry(entry)
  await insertEntries(tx, await recordFunctionArgument(entries))
}
