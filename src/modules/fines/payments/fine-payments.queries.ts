import { and, eq, inArray, isNull, ne } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { finePayments, violations } from '../fines.tables.js'
import { recordViolationsChanged } from '../violations/violations.queries.js'

export type FinePaymentRecord = typeof finePayments.$inferSelect

/** The payment asked for a violation, once: an existing one is kept as it is. */
export async function insertFinePaymentIfAbsent(
  tx: Executor,
  row: typeof finePayments.$inferInsert,
): Promise<void> {
  await tx.insert(finePayments).values(row).onConflictDoNothing()
}

/** The payment of a reference, locked: the bank's callback settles it once. */
export async function lockFinePaymentByReference(
  tx: Executor,
  reference: string,
): Promise<FinePaymentRecord | undefined> {
  const [row] = await tx
    .select()
    .from(finePayments)
    .where(eq(finePayments.reference, reference))
    .for('update')
  return row
}

/** The payments of some violations, paid or not. */
export async function findFinePayments(
  db: Executor,
  violationIds: string[],
): Promise<FinePaymentRecord[]> {
  if (violationIds.length === 0) return []
  return db.select().from(finePayments).where(inArray(finePayments.violationId, violationIds))
}

/** Marks a payment paid with its receipt, unless it already is. @returns whether it changed */
export async function markFinePaymentPaid(
  tx: Executor,
  reference: string,
  paid: { paidAt: Date; transactionId: string; receiptDocumentId: string },
): Promise<boolean> {
  const rows = await tx
    .update(finePayments)
    .set(paid)
    .where(and(eq(finePayments.reference, reference), isNull(finePayments.paidAt)))
    .returning({ reference: finePayments.reference })
  return rows.length > 0
}

/** Sets a violation paid, unless it was cancelled (the money then waits for a refund). */
export async function markViolationPaid(tx: Executor, id: string): Promise<void> {
  await tx
    .update(violations)
    .set({ status: 'paid' })
    .where(and(eq(violations.id, id), ne(violations.status, 'cancelled')))
  await recordViolationsChanged(tx, [id])
}
