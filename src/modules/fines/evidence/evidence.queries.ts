import { and, asc, eq, sql } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { appealAttachments, evidence } from '../fines.tables.js'

export type EvidenceRecord = typeof evidence.$inferSelect
export type NewEvidenceRecord = Omit<typeof evidence.$inferInsert, 'ordinal'>

/** Adds images after the violation's last, numbering them on; the caller holds the row's lock. */
export async function appendEvidence(
  db: Executor,
  rows: NewEvidenceRecord[],
): Promise<{ ordinal: number; addedAt: Date }[]> {
  if (rows.length === 0) return []
  const [last] = await db
    .select({ n: sql<number>`coalesce(max(${evidence.ordinal}), 0)::int` })
    .from(evidence)
    .where(eq(evidence.violationId, rows[0]!.violationId))
  const from = last?.n ?? 0
  return db
    .insert(evidence)
    .values(rows.map((row, i) => ({ ...row, ordinal: from + i + 1 })))
    .returning({ ordinal: evidence.ordinal, addedAt: evidence.addedAt })
}

export async function findEvidence(
  db: Executor,
  violationId: string,
  ordinal: number,
): Promise<EvidenceRecord | undefined> {
  const [row] = await db
    .select()
    .from(evidence)
    .where(and(eq(evidence.violationId, violationId), eq(evidence.ordinal, ordinal)))
  return row
}

export function listEvidence(
  db: Executor,
  violationId: string,
): Promise<Omit<EvidenceRecord, 'content'>[]> {
  return db
    .select({
      violationId: evidence.violationId,
      ordinal: evidence.ordinal,
      mediaType: evidence.mediaType,
      size: evidence.size,
      sha256: evidence.sha256,
      addedAt: evidence.addedAt,
    })
    .from(evidence)
    .where(eq(evidence.violationId, violationId))
    .orderBy(asc(evidence.ordinal))
}

export async function insertAppealAttachments(
  db: Executor,
  rows: (typeof appealAttachments.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0) await db.insert(appealAttachments).values(rows)
}
