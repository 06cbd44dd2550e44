import type { Executor } from '../../platform/db/database.js'
import {
  findAccountById,
  findAccountByNumber,
  updateAccount,
  type AccountRecord,
} from './accounts.queries.js'
import { secondFactorInvalid, signInFailed, tooManyAttempts } from './identity.errors.js'
import { burnPasswordCheck, verifyPassword } from './passwords.js'
import { totpMatches, useRecoveryCode } from './second-factor.js'
import { findLiveSession, markSecondFactor, openSession } from './sessions.js'
import {
  PER_ACCOUNT_HOUR,
  PER_IP,
  assertNotBlocked,
  clearAttempts,
  recordAttempt,
} from './throttle.js'

const FREE_FAILURES = 5
const MAX_DELAY_SECONDS = 900

export interface SignInContext {
  ip: string
  userAgent: string | null
  sessionTtlHours: number
  now?: Date
}

/** After five failures each further one doubles the wait: 1 s, 2 s, 4 s … up to 15 minutes. */
function delayAfter(failures: number): number {
  return failures < FREE_FAILURES ? 0 : Math.min(2 ** (failures - FREE_FAILURES), MAX_DELAY_SECONDS)
}

async function countFailure(
  db: Executor,
  ctx: SignInContext,
  account: AccountRecord | undefined,
  now: Date,
): Promise<void> {
  await recordAttempt(db, `ip:${ctx.ip}`, PER_IP, now)
  if (!account) return
  await recordAttempt(db, `account:${account.id}`, PER_ACCOUNT_HOUR, now)
  const failures = account.failedLogins + 1
  const delay = delayAfter(failures)
  await updateAccount(db, account.id, {
    failedLogins: failures,
    lockedUntil: delay > 0 ? new Date(now.getTime() + delay * 1000) : null,
  })
}

function assertNotDelayed(account: AccountRecord | undefined, now: Date): void {
  if (account?.lockedUntil && account.lockedUntil > now) {
    throw tooManyAttempts(Math.ceil((account.lockedUntil.getTime() - now.getTime()) / 1000))
  }
}

/**
 * Password sign-in. Failures are written before the refusal is thrown (never inside a
 * transaction a refusal would roll back). @throws IDENTITY_SIGN_IN_FAILED, IDENTITY_TOO_MANY_ATTEMPTS
 */
export async function signIn(
  db: Executor,
  ctx: SignInContext,
  credentials: { personalNumber: string; password: string },
): Promise<{ token: string; expiresAt: Date; secondFactorRequired: boolean }> {
  const now = ctx.now ?? new Date()
  await assertNotBlocked(db, `ip:${ctx.ip}`, now)
  const account = await findAccountByNumber(db, credentials.personalNumber)
  if (account) await assertNotBlocked(db, `account:${account.id}`, now)
  assertNotDelayed(account, now)
  const usable = account?.status === 'active' && account.passwordHash
  const ok = usable
    ? await verifyPassword(account.passwordHash!, credentials.password)
    : (await burnPasswordCheck(credentials.password), false)
  if (!ok || !account) {
    await countFailure(db, ctx, account, now)
    throw signInFailed()
  }
  if (account.failedLogins > 0)
    await updateAccount(db, account.id, { failedLogins: 0, lockedUntil: null })
  await clearAttempts(db, `account:${account.id}`)
  const secondFactorRequired = account.totpEnabledAt !== null
  const session = await openSession(db, {
    accountId: account.id,
    ttlHours: ctx.sessionTtlHours,
    secondFactorDone: !secondFactorRequired,
    userAgent: ctx.userAgent,
  })
  return { ...session, secondFactorRequired }
}

/**
 * Completes a session with a TOTP code or a recovery code.
 * @throws IDENTITY_SECOND_FACTOR_INVALID, IDENTITY_TOO_MANY_ATTEMPTS
 */
export async function completeSecondFactor(
  db: Executor,
  ctx: SignInContext,
  token: string,
  code: string,
): Promise<void> {
  const now = ctx.now ?? new Date()
  const session = await findLiveSession(db, token, now)
  const account = session ? await findAccountById(db, session.accountId) : undefined
  if (account) await assertNotBlocked(db, `account:${account.id}`, now)
  assertNotDelayed(account, now)
  const secret = account?.totpEnabledAt ? account.totpSecret : null
  const ok =
    account &&
    secret &&
    (totpMatches(secret, code, now.getTime()) || (await useRecoveryCode(db, account.id, code)))
  if (!ok) {
    await countFailure(db, ctx, account, now)
    throw secondFactorInvalid()
  }
  await markSecondFactor(db, token, now)
}
