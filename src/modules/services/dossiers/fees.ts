import { Value } from '@sinclair/typebox/value'
import type { Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import type { OutboxEvent } from '../../../platform/events/outbox.js'
import {
  PAYMENT_PAID,
  PaymentPaidPayload,
  requestPayment,
  type Payee,
  type Payment,
} from '../../payments/index.js'
import { noFee } from '../services.errors.js'
import { settleFee } from './dossiers.queries.js'
import { getMyDossier } from './my-dossiers.js'

/** The purpose a dossier's fee is requested under; the payments module hands it back when paid. */
export const FEE_PURPOSE = 'services.fee'

/**
 * What the resident pays for a filing and how (a VietQR code), the same request however often
 * asked. @throws SERVICE_DOSSIER_NOT_FOUND, SERVICE_NO_FEE
 */
export async function feeOfMyDossier(
  db: Executor,
  principal: Principal,
  code: string,
  payee: Payee,
): Promise<Payment> {
  const dossier = await getMyDossier(db, principal, code)
  if (dossier.fee.amount === 0) throw noFee()
  return requestPayment(
    db,
    {
      reference: dossier.code,
      amount: dossier.fee.amount,
      purpose: FEE_PURPOSE,
      description: `Le phi ho so ${dossier.code}`,
    },
    payee,
  )
}

/**
 * Marks a filing's fee paid when the bank's transfer is matched (the 'payments.paid' event), and
 * puts it on the timeline; a repeated event changes nothing.
 */
export const recordFeePaid =
  (db: Executor) =>
  async (event: OutboxEvent): Promise<void> => {
    if (event.eventType !== PAYMENT_PAID) return
    const paid = Value.Parse(PaymentPaidPayload, event.payload)
    if (paid.purpose !== FEE_PURPOSE) return
    await db.transaction((tx) => settleFee(tx, paid.reference, new Date(paid.paidAt)))
  }
