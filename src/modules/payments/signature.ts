import { createHmac, timingSafeEqual } from 'node:crypto'
import type { Payee } from './vietqr.js'
import type { PaymentsConfig } from './payments.types.js'
import { paymentsErrors } from './payments.errors.js'

/** How far a callback's signing time may be from ours, either way: a replay is older. */
export const CALLBACK_WINDOW_SECONDS = 5 * 60

/** The province's collecting account, from configuration. */
export const payeeOf = (config: PaymentsConfig): Payee => ({
  bin: config.PAYMENT_PAYEE_BIN,
  account: config.PAYMENT_PAYEE_ACCOUNT,
  name: config.PAYMENT_PAYEE_NAME,
})

/** Each connected bank's callback secret (loadConfig checked the JSON's shape). */
export const bankSecretsOf = (config: PaymentsConfig): ReadonlyMap<string, string> =>
  new Map(Object.entries(JSON.parse(config.PAYMENT_BANK_SECRETS) as Record<string, string>))

/** The hex HMAC-SHA256 a bank sends in x-bank-signature: over `${timestamp}.${rawBody}`. */
export const signCallback = (secret: string, timestamp: string, rawBody: string): string =>
  createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')

export interface SignedCallback {
  bank: string
  timestamp: string | undefined
  signature: string | undefined
  rawBody: string
  now: Date
}

/**
 * Whether a bank signed this body, recently: the signature first (compared in constant time), so
 * that nothing is learnt without the secret, then its time.
 * @throws PAYMENT_BANK_UNKNOWN, PAYMENT_SIGNATURE_INVALID, PAYMENT_CALLBACK_STALE
 */
export function assertSignedByBank(
  secrets: ReadonlyMap<string, string>,
  callback: SignedCallback,
): void {
  const secret = secrets.get(callback.bank)
  if (secret === undefined) throw paymentsErrors.refuse('BANK_UNKNOWN')
  const { timestamp, signature } = callback
  if (
    !timestamp ||
    !/^\d{1,12}$/.test(timestamp) ||
    !signature ||
    !/^[0-9a-f]{64}$/i.test(signature)
  )
    throw paymentsErrors.refuse('SIGNATURE_INVALID')
  const expected = Buffer.from(signCallback(secret, timestamp, callback.rawBody), 'hex')
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex')))
    throw paymentsErrors.refuse('SIGNATURE_INVALID')
  const skew = Math.abs(callback.now.getTime() / 1000 - Number(timestamp))
  if (skew > CALLBACK_WINDOW_SECONDS) throw paymentsErrors.refuse('CALLBACK_STALE')
}
