import { and, desc, eq, sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { notConcealed } from './audit.concealment.js'
import { cursorInvalid, subjectInvalid } from './audit.errors.js'
import { purposeLabel } from './audit.purposes.js'
import { auditEntries, auditQuarantine } from './audit.tables.js'

/** One line of "who viewed my data": the office that acted, never the officer. */
export interface AccessLogEntry {
  at: string
  action: string
  purpose: string | null
  purposeLabel: { vi: string; en: string } | null
  actorRole: string
  actorAgency: string | null
  actorUnitCode: string | null
  /** The partner system the access came through, if any. */
  viaSystem: string | null
}

export interface AccessLogPage {
  entries: AccessLogEntry[]
  /** Pass as `before` for the next (older) page; null on the last page. */
  next: string | null
}

const DEFAULT_LIMIT = 50
const MAX_LIMIT = 200
// Microseconds, so that the cursor sits exactly between two entries of the same millisecond.
const AT_MICROS = sql<string>`to_char(${auditEntries.occurredAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)~(\d{1,18})$/

const encodeCursor = (atMicros: string, seq: number): string =>
  Buffer.from(`${atMicros}~${seq}`).toString('base64url')

/** @throws AUDIT_CURSOR_INVALID */
function decodeCursor(cursor: string): { at: string; seq: number } {
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString())
  if (!match) throw cursorInvalid()
  return { at: match[1]!, seq: Number(match[2]) }
}

/**
 * Every audited access to a resident's data, newest first, as the resident may see it: role,
 * agency, unit, purpose and time. The officer's account, the source address and the summary
 * stay out (the select names what leaves, so nothing else can), and so do entries under a
 * concealment in force (audit.concealment.ts).
 * @throws AUDIT_SUBJECT_INVALID, AUDIT_CURSOR_INVALID
 */
export async function listAccessesTo(
  db: Executor,
  personalNumber: string,
  options: { limit?: number; before?: string } = {},
): Promise<AccessLogPage> {
  if (!/^\d{12}$/.test(personalNumber)) throw subjectInvalid()
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT)
  const before = options.before === undefined ? undefined : decodeCursor(options.before)
  const rows = await db
    .select({
      seq: auditEntries.seq,
      atMicros: AT_MICROS,
      action: auditEntries.action,
      purpose: auditEntries.purpose,
      actorRole: auditEntries.actorRole,
      actorAgency: auditEntries.actorAgency,
      actorUnitCode: auditEntries.actorUnitCode,
      viaSystem: auditEntries.clientId,
    })
    .from(auditEntries)
    .where(
      and(
        eq(auditEntries.subjectPersonalNumber, personalNumber),
        notConcealed(),
        // An entry the platform did not write (the sealer found no valid MAC) is not a read.
        sql`NOT EXISTS (SELECT 1 FROM ${auditQuarantine} WHERE ${auditQuarantine.seq} = ${auditEntries.seq})`,
        before &&
          sql`(${auditEntries.occurredAt}, ${auditEntries.seq}) < (${before.at}::timestamptz, ${before.seq})`,
      ),
    )
    .orderBy(desc(auditEntries.occurredAt), desc(auditEntries.seq))
    .limit(limit + 1)
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    entries: page.map(({ seq: _seq, atMicros, ...row }) => ({
      ...row,
      // Milliseconds, as every other instant in the API.
      at: `${atMicros.slice(0, 23)}Z`,
      purposeLabel: row.purpose === null ? null : (purposeLabel(row.purpose) ?? null),
    })),
    next: rows.length > limit && last ? encodeCursor(last.atMicros, last.seq) : null,
  }
}

/** Names of administrative units by code, from the population module (wired in by the app). */
export type UnitNamer = (codes: string[]) => Promise<Map<string, string>>

/** The unit's name beside its code, so the resident reads a place. */
export type NamedAccessLogEntry = AccessLogEntry & { actorUnitName: string | null }

/** The page with each acting unit named, in one look-up for the whole page. */
export async function nameAccessUnits(
  page: AccessLogPage,
  names: UnitNamer,
): Promise<{ entries: NamedAccessLogEntry[]; next: string | null }> {
  const codes = page.entries.flatMap((e) => (e.actorUnitCode ? [e.actorUnitCode] : []))
  const found = codes.length ? await names(codes) : new Map<string, string>()
  return {
    ...page,
    entries: page.entries.map((e) => ({
      ...e,
      actorUnitName: e.actorUnitCode ? (found.get(e.actorUnitCode) ?? null) : null,
    })),
  }
}
