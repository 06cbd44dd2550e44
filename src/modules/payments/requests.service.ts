import type { Executor } from '../../platform/db/database.js'
import { paymentsErrors } from './payments.errors.js'
import {
  findPaymentRequest,
  insertPaymentRequestIfAbsent,
  type PaymentRequestRow,
} from './payments.queries.js'
import { encodeVietQr, isVietQrAmount, isVietQrReference, type Payee } from './vietqr.js'

/** What another module asks to be paid. Nothing in it names a person. */
export interface PaymentRequestInput {
  /** The code the payer's transfer carries back, e.g. a dossier's code: printable ASCII, ≤ 25. */
  reference: string
  /** Whole đồng. */
  amount: number
  /** The kind of payment, `<module>.<kind>`: 'services.fee', 'fines.fine'. */
  purpose: string
  /** What the payment is for, as reconciliation lists it (no personal data). */
  description: string
}

export interface Payment {
  reference: string
  amount: number
  purpose: string
  description: string
  status: 'unpaid' | 'paid'
  paidAt: string | null
  /** The VietQR payload any bank app reads: render it as a QR code. */
  vietQr: string
  payee: Payee
}

const PURPOSE = /^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/

/** @throws PAYMENT_REFERENCE_INVALID, PAYMENT_AMOUNT_INVALID, PAYMENT_PURPOSE_INVALID, PAYMENT_DESCRIPTION_INVALID */
function assertPayable(input: PaymentRequestInput): void {
  if (!isVietQrReference(input.reference)) throw paymentsErrors.refuse('REFERENCE_INVALID')
  if (!isVietQrAmount(input.amount)) throw paymentsErrors.refuse('AMOUNT_INVALID')
  if (input.purpose.length > 60 || !PURPOSE.test(input.purpose))
    throw paymentsErrors.refuse('PURPOSE_INVALID')
  const description = input.description.trim()
  if (description.length < 1 || description.length > 200)
    throw paymentsErrors.refuse('DESCRIPTION_INVALID')
}

export function presentPayment(row: PaymentRequestRow): Payment {
  const payee = { bin: row.payeeBin, account: row.payeeAccount, name: row.payeeName }
  return {
    reference: row.reference,
    amount: row.amount,
    purpose: row.purpose,
    description: row.description,
    status: row.status,
    paidAt: row.paidAt?.toISOString() ?? null,
    vietQr: encodeVietQr({ payee, amount: row.amount, reference: row.reference }),
    payee,
  }
}

/**
 * Asks for a payment by VietQR into the payee's account, in the caller's transaction, once per
 * reference: the same request again returns the existing payment (paid or not), so a retried
 * filing does not ask twice.
 * @param payee the collecting account (`payeeOf(config)`), kept with the request
 * @throws PAYMENT_REFERENCE_INVALID, PAYMENT_AMOUNT_INVALID, PAYMENT_PURPOSE_INVALID,
 *   PAYMENT_DESCRIPTION_INVALID, PAYMENT_REQUEST_CONFLICT (the reference exists with another
 *   amount or purpose)
 */
export async function requestPayment(
  tx: Executor,
  input: PaymentRequestInput,
  payee: Payee,
): Promise<Payment> {
  assertPayable(input)
  const inserted = await insertPaymentRequestIfAbsent(tx, {
    reference: input.reference,
    amount: input.amount,
    purpose: input.purpose,
    description: input.description.trim(),
    payeeBin: payee.bin,
    payeeAccount: payee.account,
    payeeName: payee.name,
  })
  if (inserted) return presentPayment(inserted)
  const existing = (await findPaymentRequest(tx, input.reference))!
  if (existing.amount !== input.amount || existing.purpose !== input.purpose)
    throw paymentsErrors.refuse('REQUEST_CONFLICT')
  return presentPayment(existing)
}

/** The payment of a reference, paid or not; undefined when none was requested. */
export async function paymentOf(db: Executor, reference: string): Promise<Payment | undefined> {
  const row = await findPaymentRequest(db, reference)
  return row && presentPayment(row)
}
