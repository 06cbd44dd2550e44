import { type Static, Type } from '@sinclair/typebox'

/**
 * The payload of the outbox event the payments module writes: the module that writes an event owns
 * its shape; readers (the services module settling a dossier's fee, later fines) import it from
 * here through index.ts. Facts only: no payer, no account.
 */
export const PAYMENT_PAID = 'payments.paid'

/** 'payments.paid': a bank reported a transfer that settles a payment request in full. */
export const PaymentPaidPayload = Type.Object({
  reference: Type.String(),
  /** The purpose kind given when the payment was requested ('services.fee', 'fines.fine'). */
  purpose: Type.String(),
  /** Whole đồng. */
  amount: Type.Integer(),
  /** When the bank says the money moved (ISO 8601). */
  paidAt: Type.String(),
  transactionId: Type.String(),
})
export type PaymentPaidPayload = Static<typeof PaymentPaidPayload>
