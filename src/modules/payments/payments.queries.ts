import { and, asc, eq, gte, inArray, lt, ne } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { paymentRequests, paymentTransfers } from './payments.tables.js'

export type PaymentRequestRow = typeof paymentRequests.$inferSelect
export type NewPaymentRequestRow = typeof paymentRequests.$inferInsert
export type TransferRow = typeof paymentTransfers.$inferSelect
export type NewTransferRow = typeof paymentTransfers.$inferInsert
export type TransferOutcome = TransferRow['outcome']

/** Inserts the request unless its reference exists; undefined when it did. */
export async function insertPaymentRequestIfAbsent(
  tx: Executor,
  row: NewPaymentRequestRow,
): Promise<PaymentRequestRow | undefined> {
  const [inserted] = await tx.insert(paymentRequests).values(row).onConflictDoNothing().returning()
  return inserted
}

export async function findPaymentRequest(
  db: Executor,
  reference: string,
): Promise<PaymentRequestRow | undefined> {
  const [row] = await db
    .select()
    .from(paymentRequests)
    .where(eq(paymentRequests.reference, reference))
  return row
}

/** The request, locked until the transaction ends: two transfers cannot both settle it. */
export async function lockPaymentRequest(
  tx: Executor,
  reference: string,
): Promise<PaymentRequestRow | undefined> {
  const [row] = await tx
    .select()
    .from(paymentRequests)
    .where(eq(paymentRequests.reference, reference))
    .for('update')
  return row
}

export async function markPaymentPaid(
  tx: Executor,
  reference: string,
  transfer: { id: string; paidAt: Date },
): Promise<void> {
  await tx
    .update(paymentRequests)
    .set({ status: 'paid', paidAt: transfer.paidAt, transferId: transfer.id })
    .where(eq(paymentRequests.reference, reference))
}

export async function findTransfer(
  db: Executor,
  bankCode: string,
  transactionId: string,
): Promise<TransferRow | undefined> {
  const [row] = await db
    .select()
    .from(paymentTransfers)
    .where(
      and(
        eq(paymentTransfers.bankCode, bankCode),
        eq(paymentTransfers.transactionId, transactionId),
      ),
    )
  return row
}

/** Records a transfer once per bank and transaction; undefined when a concurrent call did first. */
export async function insertTransferIfAbsent(
  tx: Executor,
  row: NewTransferRow,
): Promise<TransferRow | undefined> {
  const [inserted] = await tx.insert(paymentTransfers).values(row).onConflictDoNothing().returning()
  return inserted
}

/** An instant window [from, to) and, optionally, the purpose kinds to keep. */
export interface ReconciliationWindow {
  from: Date
  to: Date
  purposes: readonly string[] | undefined
}

const ofPurposes = (purposes: readonly string[] | undefined) =>
  purposes?.length ? inArray(paymentRequests.purpose, [...purposes]) : undefined

/** Requests the bank paid in the window, with the transfer that paid each. */
export async function findPaidInWindow(db: Executor, window: ReconciliationWindow) {
  return db
    .select({
      reference: paymentRequests.reference,
      purpose: paymentRequests.purpose,
      description: paymentRequests.description,
      amount: paymentRequests.amount,
      createdAt: paymentRequests.createdAt,
      paidAt: paymentTransfers.paidAt,
      bankCode: paymentTransfers.bankCode,
      transactionId: paymentTransfers.transactionId,
    })
    .from(paymentRequests)
    .innerJoin(paymentTransfers, eq(paymentTransfers.id, paymentRequests.transferId))
    .where(
      and(
        gte(paymentRequests.paidAt, window.from),
        lt(paymentRequests.paidAt, window.to),
        ofPurposes(window.purposes),
      ),
    )
    .orderBy(asc(paymentRequests.paidAt), asc(paymentRequests.reference))
}

/** Requests made before the window's end and not paid yet. */
export async function findUnpaidBefore(db: Executor, window: ReconciliationWindow) {
  return db
    .select({
      reference: paymentRequests.reference,
      purpose: paymentRequests.purpose,
      description: paymentRequests.description,
      amount: paymentRequests.amount,
      createdAt: paymentRequests.createdAt,
    })
    .from(paymentRequests)
    .where(
      and(
        eq(paymentRequests.status, 'unpaid'),
        lt(paymentRequests.createdAt, window.to),
        ofPurposes(window.purposes),
      ),
    )
    .orderBy(asc(paymentRequests.createdAt), asc(paymentRequests.reference))
}

/**
 * Transfers paid in the window that settled nothing. With purposes, those whose reference is a
 * request of another purpose are left out; those of no known request always stay.
 */
export async function findUnmatchedInWindow(db: Executor, window: ReconciliationWindow) {
  const rows = await db
    .select({
      bankCode: paymentTransfers.bankCode,
      transactionId: paymentTransfers.transactionId,
      reference: paymentTransfers.reference,
      amount: paymentTransfers.amount,
      paidAt: paymentTransfers.paidAt,
      receivedAt: paymentTransfers.receivedAt,
      outcome: paymentTransfers.outcome,
      purpose: paymentRequests.purpose,
    })
    .from(paymentTransfers)
    .leftJoin(paymentRequests, eq(paymentRequests.reference, paymentTransfers.reference))
    .where(
      and(
        ne(paymentTransfers.outcome, 'matched'),
        gte(paymentTransfers.paidAt, window.from),
        lt(paymentTransfers.paidAt, window.to),
      ),
    )
    .orderBy(asc(paymentTransfers.paidAt), asc(paymentTransfers.transactionId))
  const { purposes } = window
  return purposes?.length
    ? rows.filter((r) => r.purpose === null || purposes.includes(r.purpose))
    : rows
}
