import type { Executor } from '../../../platform/db/database.js'
import {
  findAccountById,
  findAccountByNumber,
  updateAccount,
  type AccountRecord,
} from '../accounts/accounts.queries.js'
import type { DeviceCookies } from '../sessions/device-cookies.js'
import { accountLocked, secondFactorInvalid, signInFailed } from '../identity.errors.js'
import { assertCodeAccepted, consumeCode } from './one-time-codes.js'
import { burnPasswordCheck, verifyPassword } from '../accounts/passwords.js'
import { useRecoveryCode, useTotp } from './second-factor.js'
import { findLiveSession, markSecondFactor, openSession } from '../sessions/sessions.js'
import {
  PER_ACCOUNT_HOUR,
  PER_DEVICE,
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
  /** Signs and checks device cookies; without it no device is known and none is remembered. */
  devices?: DeviceCookies
  /** The device cookie the browser sent, if any. */
  device?: string | undefined
  now?: Date
}

export interface SignedInSession {
  token: string
  expiresAt: Date
  secondFactorRequired: boolean
  /** A device cookie for the browser, once the sign-in is complete. */
  device?: { value: string; expires: Date }
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
const deviceKey = (device: string): string => `device:${device}`

/**
 * The id of a device this account signed in from before, unless its cookie has itself failed too
 * often (then it is one more unknown device, and the account-wide lock holds it).
 */
async function knownDevice(
  db: Executor,
  ctx: SignInContext,
  account: AccountRecord | undefined,
  now: Date,
): Promise<string | undefined> {
  const device = account && ctx.devices?.verify(ctx.device, account.id, now)
  if (!device) return undefined
  const blocked = await assertNotBlocked(db, deviceKey(device), now).then(
    () => false,
    () => true,
  )
  return blocked ? undefined : device
}

/**
 * A failed attempt: counted against the client's address, against this client on this account
 * (the progressive delay), and against the account across every address (the hourly cap), or,
 * from a known device, against that device instead. At the cap the account locks until the hour
 * is over for every unknown device: guessing spread over many addresses must stop. The owner
 * gets in from a known device, or from a new one with a code sent to the phone.
 */
async function countFailure(
  db: Executor,
  ctx: SignInContext,
  attempt: { account: AccountRecord | undefined; device: string | undefined },
  now: Date,
): Promise<void> {
  const { account, device } = attempt
  await recordAttempt(db, ipKey(ctx), PER_IP, now)
  if (!account) return
  const pair = await countAttempt(db, pairKey(account, ctx), DELAY_WINDOW_SECONDS, now)
  const delay = delayAfter(pair.attempts)
  if (delay > 0) await blockUntil(db, pairKey(account, ctx), new Date(now.getTime() + delay * 1000))
  if (device) return recordAttempt(db, deviceKey(device), PER_DEVICE, now)
  const all = await countAttempt(db, accountKey(account), PER_ACCOUNT_HOUR.windowSeconds, now)
  if (all.attempts < PER_ACCOUNT_HOUR.limit) return
  const { windowSeconds, blockSeconds } = PER_ACCOUNT_HOUR
  const hourEnd = all.windowStartedAt.getTime() + windowSeconds * 1000
  const lockedUntil = new Date(Math.max(hourEnd, now.getTime() + blockSeconds * 1000))
  await updateAccount(db, account.id, { lockedUntil })
  // The next window starts after the lock, so an owner who reset the password starts afresh.
  await clearAttempts(db, accountKey(account))
}

/**
 * Whether this attempt may be judged: a locked account takes only known devices, or a new one
 * with the code sent to the phone (checked, and spent, before the password is looked at, so a
 * guesser learns nothing about the password while the lock holds).
 * @throws IDENTITY_ACCOUNT_LOCKED, IDENTITY_TOO_MANY_ATTEMPTS, IDENTITY_CODE_INVALID, IDENTITY_CODE_EXPIRED
 */
async function assertMayTry(
  db: Executor,
  ctx: SignInContext,
  attempt: { account: AccountRecord | undefined; device: string | undefined; phoneCode?: string },
  now: Date,
): Promise<{ byPhone: boolean }> {
  const { account, device, phoneCode } = attempt
  if (!account) return { byPhone: false }
  await assertNotBlocked(db, pairKey(account, ctx), now)
  if (device || lockSecondsLeft(account, now) === 0) return { byPhone: false }
  if (!phoneCode) throw accountLocked(lockSecondsLeft(account, now))
  const outcome = await consumeCode(db, account.personalNumber, 'sign_in', phoneCode, now)
  if (outcome !== 'accepted') await countFailure(db, ctx, attempt, now)
  assertCodeAccepted(outcome)
  return { byPhone: true }
}

const lockSecondsLeft = (account: AccountRecord, now: Date): number =>
  account.lockedUntil && account.lockedUntil > now
    ? Math.ceil((account.lockedUntil.getTime() - now.getTime()) / 1000)
    : 0

/**
 * Password sign-in. Failures are written before the refusal is thrown (never inside a
 * transaction a refusal would roll back). @throws IDENTITY_SIGN_IN_FAILED, IDENTITY_TOO_MANY_ATTEMPTS
 */
export async function signIn(
  db: Executor,
  ctx: SignInContext,
  credentials: { personalNumber: string; password: string; phoneCode?: string },
): Promise<SignedInSession> {
  const now = ctx.now ?? new Date()
  await assertNotBlocked(db, ipKey(ctx), now)
  const account = await findAccountByNumber(db, credentials.personalNumber)
  const attempt = {
    account,
    device: await knownDevice(db, ctx, account, now),
    ...(credentials.phoneCode ? { phoneCode: credentials.phoneCode } : {}),
  }
  const { byPhone } = await assertMayTry(db, ctx, attempt, now)
  const usable = account?.status === 'active' && account.passwordHash
  const ok = usable
    ? await verifyPassword(account.passwordHash!, credentials.password)
    : (await burnPasswordCheck(credentials.password), false)
  if (!ok || !account) {
    await countFailure(db, ctx, attempt, now)
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
  // Password and the phone's code are two factors already: the device is remembered at once, so
  // that the second-factor step, which a locked account allows only to known devices, can follow.
  if (secondFactorRequired && !byPhone) return { ...session, secondFactorRequired }
  return { ...session, secondFactorRequired, ...rememberDevice(ctx, account, now) }
}

/** A device cookie for a completed sign-in: a fresh one, so a copied old one does not live on. */
const rememberDevice = (ctx: SignInContext, account: AccountRecord, now: Date) =>
  ctx.devices ? { device: ctx.devices.issue(account.id, now) } : {}

/**
 * Completes a session with a TOTP code or a recovery code; failures count as sign-in failures.
 * @throws IDENTITY_SECOND_FACTOR_INVALID, IDENTITY_TOO_MANY_ATTEMPTS
 */
export async function completeSecondFactor(
  db: Executor,
  ctx: SignInContext,
  token: string,
  code: string,
): Promise<{ device?: { value: string; expires: Date } }> {
  const now = ctx.now ?? new Date()
  await assertNotBlocked(db, ipKey(ctx), now)
  const session = await findLiveSession(db, token, now)
  const account = session ? await findAccountById(db, session.accountId) : undefined
  const attempt = { account, device: await knownDevice(db, ctx, account, now) }
  if (account) await assertNotBlocked(db, pairKey(account, ctx), now)
  if (account && !attempt.device && lockSecondsLeft(account, now) > 0)
    throw accountLocked(lockSecondsLeft(account, now))
  const secret = account?.totpEnabledAt ? account.totpSecret : null
  const ok =
    account &&
    secret &&
    ((await useTotp(db, { id: account.id, totpSecret: secret }, code, now.getTime())) ||
      (await useRecoveryCode(db, account.id, code)))
  if (!ok) {
    await countFailure(db, ctx, attempt, now)
    throw secondFactorInvalid()
  }
  await markSecondFactor(db, token, now)
  return rememberDevice(ctx, account, now)
}
