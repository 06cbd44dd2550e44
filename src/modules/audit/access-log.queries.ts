import { and, desc, eq, sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { ACTING_ESTABLISHMENT } from './actor.js'
import { notConcealed } from './concealment.queries.js'
import { auditEntries, auditQuarantine } from './audit.tables.js'

// Microseconds, so that the cursor sits exactly between two entries of the same millisecond.
const AT_MICROS = sql<string>`to_char(${auditEntries.occurredAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`

/** Where a page of the access log starts: just older than this entry. */
export interface AccessPosition {
  /** occurred_at in UTC with microseconds, as AT_MICROS renders it. */
  at: string
  seq: number
}

/**
 * Audited accesses to a resident's data, newest first, that the resident may see: none under a
 * concealment in force, none the platform did not write (the sealer found no valid MAC). The
 * select names what leaves, so the officer's account, the source address and the summary stay
 * out.
 */
export async function findAccessesTo(
  db: Executor,
  personalNumber: string,
  page: { limit: number; before?: AccessPosition | undefined },
) {
  const { before } = page
  return db
    .select({
      seq: auditEntries.seq,
      atMicros: AT_MICROS,
      action: auditEntries.action,
      purpose: auditEntries.purpose,
      actorRole: auditEntries.actorRole,
      actorAgency: auditEntries.actorAgency,
      actorUnitCode: auditEntries.actorUnitCode,
      actorEstablishmentId: sql<
        string | null
      >`${auditEntries.summary} ->> ${sql.raw(`'${ACTING_ESTABLISHMENT}'`)}`,
      viaSystem: auditEntries.clientId,
    })
    .from(auditEntries)
    .where(
      and(
        eq(auditEntries.subjectPersonalNumber, personalNumber),
        notConcealed(),
        sql`NOT EXISTS (SELECT 1 FROM ${auditQuarantine} WHERE ${auditQuarantine.seq} = ${auditEntries.seq})`,
        before &&
          sql`(${auditEntries.occurredAt}, ${auditEntries.seq}) < (${before.at}::timestamptz, ${before.seq})`,
      ),
    )
    .orderBy(desc(auditEntries.occurredAt), desc(auditEntries.seq))
    .limit(page.limit)
}
