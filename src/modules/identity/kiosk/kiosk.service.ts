import type { Executor } from '../../../platform/db/database.js'
import { recordAudit } from '../../audit/index.js'
import { getResident } from '../../population/index.js'
import { findAccountByNumber } from '../accounts/accounts.queries.js'
import {
  codeExpired,
  codeInvalid,
  kioskChallengeClosed,
  kioskChallengeNotFound,
  kioskNoAccount,
  kioskNoPhone,
  tokenRefused,
  tokenReplayed,
} from '../identity.errors.js'
import { consumeIdentityToken } from '../qr/identity-token.queries.js'
import type { IdentityKeyRing } from '../qr/identity-token-ring.js'
import { openKioskSession } from '../sessions/sessions.js'
import { sendCode } from '../sign-in/code-delivery.js'
import type { MessageSender } from '../sign-in/message-sender.js'
import { answerChallenge } from '../sign-in/one-time-codes.js'
import { assertNotBlocked, recordAttempt } from '../sign-in/throttle.js'
import { KIOSK_PER_IP, KIOSK_PER_PERSON, kioskIpKey, kioskPersonKey } from './kiosk-throttle.js'

/**
 * Signing in at a one-stop shop's kiosk (model 2): the identity QR the resident's app shows says
 * who they are, a code sent to the account's phone proves they hold that phone; together they open
 * a short kiosk session. Nothing is typed but six digits.
 */

export interface KioskContext {
  ip: string
  userAgent: string | null
  now?: Date
}

export interface KioskIdentityKeys {
  keys: IdentityKeyRing
  issuer: string
}

interface KioskChallenge {
  challengeId: string
  /** The phone's last three digits, so the person knows where to look and no more is shown. */
  phoneHint: string
  expiresAt: Date
}

interface KioskSignedIn {
  token: string
  expiresAt: Date
  person: { fullName: string; personalNumber: string }
}

const PURPOSE = 'kiosk_sign_in'

// Vietnamese first; the words say where the code is for, so a code nobody asked for is noticed.
const kioskCodeMessage = (code: string): string =>
  `Công Dân Số: mã đăng nhập ki-ốt của bạn là ${code}, hiệu lực 5 phút. Không đưa mã này cho người khác. / Your kiosk sign-in code is ${code}, valid 5 minutes. Do not give it to anyone.`

/**
 * Step 1: the identity token is checked (signature, issuer, lifetime, first use), then the
 * person's active account and its verified phone, which gets a 6-digit code.
 * @throws IDENTITY_TOKEN_* (422), IDENTITY_TOKEN_REPLAYED (409), IDENTITY_KIOSK_NO_ACCOUNT (404),
 *   IDENTITY_KIOSK_NO_PHONE (422), IDENTITY_TOO_MANY_ATTEMPTS (429), IDENTITY_SMS_UNAVAILABLE (503)
 */
export async function startKioskSignIn(
  db: Executor,
  deps: KioskIdentityKeys & { sender: MessageSender },
  ctx: KioskContext,
  identityToken: string,
): Promise<KioskChallenge> {
  const now = ctx.now ?? new Date()
  await assertNotBlocked(db, kioskIpKey(ctx.ip), now)
  await recordAttempt(db, kioskIpKey(ctx.ip), KIOSK_PER_IP, now)
  const verified = deps.keys.verify(identityToken, { issuer: deps.issuer, now })
  if (!verified.valid) throw tokenRefused(verified.reason, verified.message)
  const { claims } = verified
  // A throttled person keeps their token: the check comes before the token is spent.
  await assertNotBlocked(db, kioskPersonKey(claims.sub), now)
  if ((await consumeIdentityToken(db, claims, 'kiosk')) === 'replayed') throw tokenReplayed()
  await recordAttempt(db, kioskPersonKey(claims.sub), KIOSK_PER_PERSON, now)
  const account = await findAccountByNumber(db, claims.sub)
  if (account?.status !== 'active') throw kioskNoAccount()
  if (!account.phone || !account.phoneVerifiedAt) throw kioskNoPhone()
  const sent = await sendCode(db, deps.sender, {
    personalNumber: account.personalNumber,
    phone: account.phone,
    purpose: PURPOSE,
    message: kioskCodeMessage,
  })
  return { challengeId: sent.id, phoneHint: account.phone.slice(-3), expiresAt: sent.expiresAt }
}

/**
 * The code's answer, or the refusal it earns; a wrong code also counts against the kiosk.
 * @throws IDENTITY_KIOSK_CHALLENGE_NOT_FOUND, IDENTITY_KIOSK_CHALLENGE_CLOSED,
 *   IDENTITY_CODE_EXPIRED, IDENTITY_CODE_INVALID (details.attemptsLeft)
 */
async function acceptedPerson(
  db: Executor,
  ctx: KioskContext,
  answer: { challengeId: string; code: string },
  now: Date,
): Promise<string> {
  const result = await answerChallenge(
    db,
    { id: answer.challengeId, purpose: PURPOSE, code: answer.code },
    now,
  )
  switch (result.outcome) {
    case 'accepted':
      return result.personalNumber
    case 'wrong':
      await recordAttempt(db, kioskIpKey(ctx.ip), KIOSK_PER_IP, now)
      throw codeInvalid({ attemptsLeft: result.attemptsLeft })
    case 'expired':
      throw codeExpired()
    case 'closed':
      throw kioskChallengeClosed()
    case 'unknown':
      throw kioskChallengeNotFound()
  }
}

/**
 * Step 2: the code sent to the phone opens a kiosk session (channel 'kiosk', short, resident
 * only), audited in the same transaction: the person sees the kiosk sign-in in their access log.
 * @throws as acceptedPerson, IDENTITY_KIOSK_NO_ACCOUNT, IDENTITY_TOO_MANY_ATTEMPTS
 */
export async function completeKioskSignIn(
  db: Executor,
  ctx: KioskContext,
  answer: { challengeId: string; code: string },
): Promise<KioskSignedIn> {
  const now = ctx.now ?? new Date()
  await assertNotBlocked(db, kioskIpKey(ctx.ip), now)
  const personalNumber = await acceptedPerson(db, ctx, answer, now)
  const account = await findAccountByNumber(db, personalNumber)
  if (account?.status !== 'active') throw kioskNoAccount()
  const resident = await getResident(db, personalNumber)
  const session = await db.transaction(async (tx) => {
    const opened = await openKioskSession(
      tx,
      { accountId: account.id, userAgent: ctx.userAgent },
      now,
    )
    await recordAudit(tx, {
      actor: { accountId: account.id, role: 'resident' },
      subjectPersonalNumber: personalNumber,
      action: 'identity.kiosk.signIn',
      purpose: 'identity_verification',
      summary: { channel: 'kiosk', challengeId: answer.challengeId },
      sourceIp: ctx.ip,
    })
    return opened
  })
  return { ...session, person: { fullName: resident.fullName, personalNumber } }
}
