import { Value } from '@sinclair/typebox/value'
import type { Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import type { OutboxEvent } from '../../../platform/events/outbox.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { auditActor, recordAudit } from '../../audit/index.js'
import { kindNamed, storeVaultDocument } from '../../documents/index.js'
import {
  PAYMENT_PAID,
  PaymentPaidPayload,
  paymentOf,
  requestPayment,
  type Payee,
  type Payment,
} from '../../payments/index.js'
import { getResidentsByNumbers } from '../../population/index.js'
import { fineArticle } from '../fine-table.js'
import { finesErrors } from '../fines.errors.js'
import { findViolation, lockViolation } from '../violations/violations.queries.js'
import {
  findFinePayments,
  insertFinePaymentIfAbsent,
  lockFinePaymentByReference,
  markFinePaymentPaid,
  markViolationPaid,
} from './fine-payments.queries.js'

/** The purpose a fine is requested under; the payments module hands it back when paid. */
export const FINE_PURPOSE = 'fines.fine'
/** The receipt's kind of document (data/documents/kinds/fine-receipt.json). */
export const RECEIPT_KIND = 'fine-receipt'
/** Who collects traffic fines, and issues their receipts (data/plan-106-agencies.json). */
const COLLECTOR = { agency: 'CAT', name: 'Công an tỉnh Đồng Nai' }

/**
 * The reference a violation's transfer carries: printable ASCII within VietQR's 25 characters,
 * the same for the same violation, so that asking twice asks for one payment.
 */
export const referenceOf = (violationId: string): string =>
  `PHAT-${violationId.replaceAll('-', '').slice(0, 16).toUpperCase()}`

export interface FinePayment extends Payment {
  violationId: string
}

/**
 * The owner asks to pay a violation by VietQR: the payment of its fine, the same however often
 * asked while unpaid. Another person's violation, or one no resident owns, is not found.
 * @throws FINES_VIOLATION_NOT_FOUND, FINES_ALREADY_PAID, FINES_VIOLATION_CANCELLED,
 *   FINES_APPEAL_PENDING, and requestPayment's refusals
 */
export async function payMyFine(
  db: Executor,
  ctx: { principal: Principal; ip: string; payee: Payee },
  violationId: string,
): Promise<FinePayment> {
  const personalNumber = ctx.principal.personalNumber
  return db.transaction(async (tx) => {
    const violation = await lockViolation(tx, violationId)
    if (
      !violation ||
      personalNumber === null ||
      violation.ownerKind !== 'resident' ||
      violation.ownerNumber !== personalNumber
    )
      throw finesErrors.refuse('VIOLATION_NOT_FOUND')
    if (violation.status === 'paid') throw finesErrors.refuse('ALREADY_PAID')
    if (violation.status === 'cancelled') throw finesErrors.refuse('VIOLATION_CANCELLED')
    if (violation.status === 'appealed') throw finesErrors.refuse('APPEAL_PENDING')
    const reference = referenceOf(violation.id)
    await insertFinePaymentIfAbsent(tx, {
      violationId: violation.id,
      reference,
      amount: violation.fine,
      payerNumber: personalNumber,
    })
    const payment = await requestPayment(
      tx,
      {
        reference,
        amount: violation.fine,
        purpose: FINE_PURPOSE,
        description: `Nop phat vi pham giao thong ${violation.articleCode}`,
      },
      ctx.payee,
    )
    await recordAudit(tx, {
      actor: auditActor(ctx.principal),
      subjectPersonalNumber: personalNumber,
      action: 'fines.payment.request',
      purpose: null,
      summary: { violationId: violation.id, reference, amount: violation.fine },
      sourceIp: ctx.ip,
    })
    return { ...payment, violationId: violation.id }
  })
}

/**
 * The payment the owner asked for a violation, paid or not, with the receipt once paid.
 * @throws FINES_VIOLATION_NOT_FOUND, FINES_PAYMENT_NOT_REQUESTED
 */
export async function myFinePayment(
  db: Executor,
  principal: Principal,
  violationId: string,
): Promise<FinePayment & { receiptDocumentId: string | null }> {
  const [row] = await findFinePayments(db, [violationId])
  const payment = row && row.payerNumber === principal.personalNumber ? row : undefined
  if (!payment) {
    const owned = await findViolation(db, violationId)
    if (!owned || owned.ownerNumber === null || owned.ownerNumber !== principal.personalNumber)
      throw finesErrors.refuse('VIOLATION_NOT_FOUND')
    throw finesErrors.refuse('PAYMENT_NOT_REQUESTED')
  }
  const requested = (await paymentOf(db, payment.reference))!
  return {
    ...requested,
    violationId,
    receiptDocumentId: payment.receiptDocumentId,
  }
}

/** The receipt's fields, in Vietnamese: who paid what for which violation. */
function receiptFields(input: {
  reference: string
  payerName: string
  violation: { plate: string; articleCode: string; occurredAt: Date }
  amount: number
  paidAt: Date
}): Record<string, unknown> {
  const fields = {
    receiptNumber: input.reference,
    payerName: input.payerName,
    plate: input.violation.plate,
    violation: fineArticle(input.violation.articleCode).vi.slice(0, 400),
    articleCode: input.violation.articleCode,
    occurredOn: vietnamDate(input.violation.occurredAt),
    amount: input.amount,
    paidOn: vietnamDate(input.paidAt),
    collectedBy: COLLECTOR.name,
  }
  // A receipt its kind would refuse is a defect here, not the payer's problem: stop loudly.
  if (!kindNamed(RECEIPT_KIND).validate(fields))
    throw new Error(`fine receipt ${input.reference}: fields do not fit ${RECEIPT_KIND}`)
  return fields
}

/**
 * Settles a fine when the bank's transfer is matched ('payments.paid' for 'fines.fine'): the
 * payment is marked paid, the violation too (unless cancelled meanwhile: the money then waits
 * for a refund), the receipt goes into the payer's vault, with an audit entry, in one
 * transaction. A repeated event changes nothing.
 * @returns whether this call settled it
 */
export async function settleFinePayment(db: Executor, paid: PaymentPaidPayload): Promise<boolean> {
  return db.transaction(async (tx) => {
    const payment = await lockFinePaymentByReference(tx, paid.reference)
    if (!payment || payment.paidAt !== null) return false
    const violation = (await lockViolation(tx, payment.violationId))!
    const paidAt = new Date(paid.paidAt)
    const payer = (await getResidentsByNumbers(tx, [payment.payerNumber])).get(payment.payerNumber)
    const receiptDocumentId = await storeVaultDocument(tx, {
      ownerNumber: payment.payerNumber,
      kind: RECEIPT_KIND,
      origin: 'issued',
      title: `Biên lai nộp phạt ${payment.reference}`,
      fields: receiptFields({
        reference: payment.reference,
        payerName: payer?.fullName ?? payment.payerNumber,
        violation,
        amount: paid.amount,
        paidAt,
      }),
      issuerAgency: COLLECTOR.agency,
      issuedBy: null,
      issuedOn: vietnamDate(paidAt),
    })
    await markFinePaymentPaid(tx, payment.reference, {
      paidAt,
      transactionId: paid.transactionId,
      receiptDocumentId,
    })
    await markViolationPaid(tx, violation.id)
    await recordAudit(tx, {
      actor: { accountId: 'system:payments', role: 'system', agency: COLLECTOR.agency },
      subjectPersonalNumber: payment.payerNumber,
      action: 'fines.payment.settle',
      purpose: null,
      summary: {
        violationId: violation.id,
        reference: payment.reference,
        amount: paid.amount,
        receipt: receiptDocumentId,
        cancelledBefore: violation.status === 'cancelled',
      },
      sourceIp: null,
    })
    return true
  })
}

/** The outbox subscriber: each 'payments.paid' of a fine settles it, once. */
export const recordFinePaid =
  (db: Executor) =>
  async (event: OutboxEvent): Promise<void> => {
    if (event.eventType !== PAYMENT_PAID) return
    const paid = Value.Parse(PaymentPaidPayload, event.payload)
    if (paid.purpose !== FINE_PURPOSE) return
    await settleFinePayment(db, paid)
  }
