import { and, eq, isNull, sql, type SQL } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { auditConcealments } from './audit.concealment.tables.js'
import { auditEntries } from './audit.tables.js'

/**
 * The summary field naming an entry's concealment: a reader puts `{ [CONCEALED_AS]: key }` in the
 * summary of each entry the subject may not see while the measure lasts.
 */
export const CONCEALED_AS = 'concealedAs'

/**
 * Keeps entries carrying this key out of their subject's access log until `until` (or sooner,
 * revealToSubject). Called again, it moves `until` (a renewed measure), unless already lifted.
 */
export async function concealFromSubject(tx: Executor, key: string, until: Date): Promise<void> {
  await tx
    .insert(auditConcealments)
    .values({ key, concealedUntil: until })
    .onConflictDoUpdate({
      target: auditConcealments.key,
      set: { concealedUntil: until },
      setWhere: isNull(auditConcealments.liftedAt),
    })
}

/** The measure ended: its entries appear in the subject's access log from now on. */
export async function revealToSubject(tx: Executor, key: string, at = new Date()): Promise<void> {
  await tx
    .update(auditConcealments)
    .set({ liftedAt: at })
    .where(and(eq(auditConcealments.key, key), isNull(auditConcealments.liftedAt)))
}

/** Entries not under a concealment still in force (for the subject's view only). */
export const notConcealed = (): SQL => sql`NOT EXISTS (
  SELECT 1 FROM ${auditConcealments}
   WHERE ${auditConcealments.key} = ${auditEntries.summary} ->> ${CONCEALED_AS}
     AND ${auditConcealments.liftedAt} IS NULL
     AND ${auditConcealments.concealedUntil} > now())`
