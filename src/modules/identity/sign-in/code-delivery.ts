import type { Executor } from '../../../platform/db/database.js'
import { smsUnavailable } from '../identity.errors.js'
import type { MessageSender } from './message-sender.js'
import { issueCode, type CodePurpose } from './one-time-codes.js'
import { SMS_PER_NUMBER, assertNotBlocked, recordAttempt } from './throttle.js'

const codeMessage = (code: string): string =>
  `Công Dân Số: mã xác nhận của bạn là ${code}, hiệu lực 5 phút. Không chia sẻ mã này với ai.`

const smsQuotaKey = (personalNumber: string): string => `sms:${personalNumber}`

/** @throws IDENTITY_TOO_MANY_ATTEMPTS once the number's hourly quota of codes is spent */
export const assertSmsQuotaLeft = (db: Executor, personalNumber: string): Promise<void> =>
  assertNotBlocked(db, smsQuotaKey(personalNumber))

/**
 * Issues a code and sends it by SMS. The code commits first and the gateway is called outside
 * any transaction, so a slow gateway holds no database connection; only a send the gateway
 * accepted counts against the quota, so an outage does not lock people out of their codes.
 * @param target.message the text around the code, when the purpose needs its own words
 * @returns the code's id and expiry (never the code)
 * @throws IDENTITY_TOO_MANY_ATTEMPTS, IDENTITY_SMS_UNAVAILABLE (503, Retry-After)
 */
export async function sendCode(
  db: Executor,
  sender: MessageSender,
  target: {
    personalNumber: string
    phone: string
    purpose: CodePurpose
    message?: (code: string) => string
  },
): Promise<{ id: string; expiresAt: Date }> {
  await assertSmsQuotaLeft(db, target.personalNumber)
  const { id, code, expiresAt } = await db.transaction((tx) =>
    issueCode(tx, target.personalNumber, target.purpose),
  )
  try {
    await sender.send(db, { to: target.phone, body: (target.message ?? codeMessage)(code) })
  } catch {
    throw smsUnavailable()
  }
  await recordAttempt(db, smsQuotaKey(target.personalNumber), SMS_PER_NUMBER)
  return { id, expiresAt }
}
