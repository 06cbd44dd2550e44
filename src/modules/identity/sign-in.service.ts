import type { Executor } from '../../platform/db/database.js'
import {
  findAccountById,
  findAccountByNumber,
  updateAccount,
  type AccountRecord,
} from './accounts.queries.js'
import { secondFactorInvalid, signInFailed, tooManyAttempts } from './identity.errors.js'
import { burnPasswordCheck, verifyPassword } from './passwords.js'
import { useRecoveryCode, useTotp } from './second-factor.js'
import { findLiveSession, markSecondFactor, openSession } from './sessions.js'
import {
  PER_ACCOUNT_HOUR,
  PER_IP,
  assertNotBlocked,
  blockUntil,
  clearAttempts,
  clientKey,
  countAttempt,
  recordAttempt,
} from './throttle.js'

const FREE_FAILURES = 5
const MAX_DELAY_SECONDS = 900
// Failures of one client against one account are forgotten a day after the first of them.
const DELAY_WINDOW_SECONDS = 86_400

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

const ipKey = (ctx: SignInContext): string => `ip:${clientKey(ctx.ip)}`
const accountKey = (account: AccountRecord): string => `account:${account.id}`
// The progressive delay binds to the account and the client together: someone guessing from one
// address slows themselves down, not the owner signing in from another.
const pairKey = (account: AccountRecord, ctx: SignInContext): string =>
  `account-ip:${account.id}:${clientKey(ctx.ip)}`

/**
 * A failed attempt: counted against the client's address, against this client on this account
 * (the progressive delay), and against the account across every address (the hourly cap). At
 * the cap the account locks until the hour is over, for everyone, the owner included: guessing
 * spread over many addresses must stop. The owner gets in by resetting the password by phone,
 * which lifts the lock (registration.service clears locked_until).
 */
async function countFailure(
  db: Executor,
  ctx: SignInContext,
  account: AccountRecord | undefined,
  now: Date,
): Promise<void> {
  await recordAttempt(db, ipKey(ctx), PER_IP, now)
  if (!account) return
  const pair = await countAttempt(db, pairKey(account, ctx), DELAY_WINDOW_SECONDS, now)
  const delay = delayAfter(pair.attempts)
  if (delay > 0) await blockUntil(db, pairKey(account, ctx), new Date(now.getTime() + delay * 1000))
  const all = await countAttempt(db, accountKey(account), PER_ACCOUNT_HOUR.windowSeconds, now)
  if (all.attempts < PER_ACCOUNT_HOUR.limit) return
  const { windowSeconds, blockSeconds } = PER_ACCOUNT_HOUR
  const hourEnd = all.windowStartedAt.getTime() + windowSeconds * 1000
  const lockedUntil = new Date(Math.max(hourEnd, now.getTime() + blockSeconds * 1000))
  await updateAccount(db, account.id, { lockedUntil })
  // The next window starts after the lock, so an owner who reset the password starts afresh.
  await clearAttempts(db, accountKey(account))
}

/** @throws IDENTITY_TOO_MANY_ATTEMPTS while the account is locked or this client is delayed */
async function assertMayTry(
  db: Executor,
  ctx: SignInContext,
  account: AccountRecord | undefined,
  now: Date,
): Promise<void> {
  if (!account) return
  if (account.lockedUntil && account.lockedUntil > now) {
    throw tooManyAttempts(Math.ceil((account.lockedUntil.getTime() - now.getTime()) / 1000))
  }
  await assertNotBlocked(db, pairKey(account, ctx), now)
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
  await assertNotBlocked(db, ipKey(ctx), now)
  const account = await findAccountByNumber(db, credentials.personalNumber)
  await assertMayTry(db, ctx, account, now)
  const usable = account?.status === 'active' && account.passwordHash
  const ok = usable
    ? await verifyPassword(account.passwordHash!, credentials.password)
    : (await burnPasswordCheck(credentials.password), false)
  if (!ok || !account) {
    await countFailure(db, ctx, account, now)
    throw signInFailed()
  }
  await clearAttempts(db, pairKey(account, ctx))
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
 * Completes a session with a TOTP code or a recovery code; failures count as sign-in failures.
 * @throws IDENTITY_SECOND_FACTOR_INVALID, IDENTITY_TOO_MANY_ATTEMPTS
 */
export async function completeSecondFactor(
  db: Executor,
  ctx: SignInContext,
  token: string,
  code: string,
): Promise<void> {
  const now = ctx.now ?? new Date()
  await assertNotBlocked(db, ipKey(ctx), now)
  const session = await findLiveSession(db, token, now)
  const account = session ? await findAccountById(db, session.accountId) : undefined
  await assertMayTry(db, ctx, account, now)
  const secret = account?.totpEnabledAt ? account.totpSecret : null
  const ok =
    account &&
    secret &&
    ((await useTotp(db, { id: account.id, totpSecret: secret }, code, now.getTime())) ||
      (await useRecoveryCode(db, account.id, code)))
  if (!ok) {
    await countFailure(db, ctx, account, now)
    throw secondFactorInvalid()
  }
  await markSecondFactor(db, token, now)
}
