import { randomUUID } from 'node:crypto'
import type { Executor } from '../../platform/db/database.js'
import { recordEvent } from '../../platform/events/outbox.js'
import { paymentsErrors } from './payments.errors.js'
import { PAYMENT_PAID, type PaymentPaidPayload } from './payments.events.js'
import {
  findPaymentRequest,
  findTransfer,
  insertTransferIfAbsent,
  lockPaymentRequest,
  markPaymentPaid,
  type PaymentRequestRow,
  type TransferOutcome,
  type TransferRow,
} from './payments.queries.js'
import type { CallbackBody, Settled } from './payments.schemas.js'
import { signCallback } from './signature.js'
import { DEMO_BANK } from './payments.types.js'

export interface ReportedTransfer {
  bank: string
  body: CallbackBody
}

/**
 * What a transfer settles: the request it names in full, or nothing. A different amount settles
 * nothing (neither a part payment nor an overpayment closes a fee): the request stays unpaid and
 * the transfer waits in reconciliation, for a refund or a decision by the collecting department.
 */
function outcomeOf(request: PaymentRequestRow | undefined, amount: number): TransferOutcome {
  if (!request) return 'reference_unknown'
  if (request.status === 'paid') return 'already_paid'
  return request.amount === amount ? 'matched' : 'amount_mismatch'
}

/**
 * The answer to a recorded transfer, the same on every retry.
 * @throws PAYMENT_REFERENCE_UNKNOWN, PAYMENT_AMOUNT_MISMATCH, PAYMENT_ALREADY_PAID
 */
function answerOf(transfer: TransferRow): Settled {
  switch (transfer.outcome) {
    case 'matched':
      return {
        reference: transfer.reference,
        status: 'paid',
        transactionId: transfer.transactionId,
        paidAt: transfer.paidAt.toISOString(),
      }
    case 'reference_unknown':
      throw paymentsErrors.refuse('REFERENCE_UNKNOWN')
    case 'amount_mismatch':
      throw paymentsErrors.refuse('AMOUNT_MISMATCH')
    case 'already_paid':
      throw paymentsErrors.refuse('ALREADY_PAID')
  }
}

/** @throws PAYMENT_TRANSACTION_REUSED when a retry does not say what the first call said */
function assertSameTransfer(recorded: TransferRow, body: CallbackBody): void {
  const same =
    recorded.reference === body.reference &&
    recorded.amount === body.amount &&
    recorded.paidAt.getTime() === new Date(body.paidAt).getTime()
  if (!same) throw paymentsErrors.refuse('TRANSACTION_REUSED')
}

/** Records the transfer, and for a match marks the request paid and writes its event. */
async function settle(tx: Executor, reported: ReportedTransfer): Promise<TransferRow> {
  const { bank, body } = reported
  const request = await lockPaymentRequest(tx, body.reference)
  const outcome = outcomeOf(request, body.amount)
  const transfer = await insertTransferIfAbsent(tx, {
    bankCode: bank,
    transactionId: body.transactionId,
    reference: body.reference,
    amount: body.amount,
    paidAt: new Date(body.paidAt),
    payerAccount: body.payerAccount ?? null,
    outcome,
  })
  // A concurrent retry recorded it first: answer as it was answered.
  if (!transfer) return (await findTransfer(tx, bank, body.transactionId))!
  if (outcome === 'matched' && request) {
    await markPaymentPaid(tx, request.reference, transfer)
    await recordEvent(tx, {
      aggregateType: 'payment',
      aggregateId: request.reference,
      eventType: PAYMENT_PAID,
      payload: {
        reference: request.reference,
        purpose: request.purpose,
        amount: transfer.amount,
        paidAt: transfer.paidAt.toISOString(),
        transactionId: transfer.transactionId,
      } satisfies PaymentPaidPayload,
    })
  }
  return transfer
}

/**
 * A bank's report of a transfer (its signature already checked), once per bank and transaction:
 * the transfer is recorded whatever it settles, and a matched one marks its request paid and
 * writes 'payments.paid' in the same transaction. A retry gets the first answer, nothing more.
 * @throws PAYMENT_REFERENCE_UNKNOWN, PAYMENT_AMOUNT_MISMATCH, PAYMENT_ALREADY_PAID (each recorded
 *   as unmatched), PAYMENT_TRANSACTION_REUSED (nothing recorded)
 */
export async function receiveTransfer(db: Executor, reported: ReportedTransfer): Promise<Settled> {
  const { bank, body } = reported
  const recorded =
    (await findTransfer(db, bank, body.transactionId)) ??
    (await db.transaction((tx) => settle(tx, reported)))
  assertSameTransfer(recorded, body)
  return answerOf(recorded)
}

/** A callback as the DEMO bank would send it, signed: the body is sent as these exact bytes. */
export interface SimulatedCallback {
  rawBody: string
  headers: { 'content-type': string; 'x-bank-timestamp': string; 'x-bank-signature': string }
}

/**
 * The DEMO bank's callback paying a request in full now (development), for the callback route
 * to run as a bank's would.
 * @throws PAYMENT_NOT_FOUND
 */
export async function simulatedCallback(
  db: Executor,
  options: { reference: string; secret: string; now: Date },
): Promise<SimulatedCallback> {
  const request = await findPaymentRequest(db, options.reference)
  if (!request) throw paymentsErrors.refuse('NOT_FOUND')
  const body: CallbackBody = {
    transactionId: `${DEMO_BANK}-${randomUUID()}`,
    reference: request.reference,
    amount: request.amount,
    paidAt: options.now.toISOString(),
  }
  const rawBody = JSON.stringify(body)
  const timestamp = String(Math.floor(options.now.getTime() / 1000))
  return {
    rawBody,
    headers: {
      'content-type': 'application/json',
      'x-bank-timestamp': timestamp,
      'x-bank-signature': signCallback(options.secret, timestamp, rawBody),
    },
  }
}
