import type { Executor } from '../../../platform/db/database.js'
import { getResident } from '../../population/index.js'
import { findAccountById } from '../accounts/accounts.queries.js'
import { accountNotFound } from '../identity.errors.js'
import { findLiveSession, revokeSession } from '../sessions/sessions.js'
import { completeSecondFactor, signIn, type SignInContext } from './sign-in.service.js'

/**
 * Sign-in for the SSO provider's login page. It goes through the same password check,
 * throttles and second factor as the platform's own sign-in; the platform session it opens only
 * carries the person between the two steps and is closed once the provider has its own.
 */
export type PasswordStep = (
  { next: 'done'; accountId: string } | { next: 'second-factor'; pendingToken: string }
) &
  DeviceToRemember

/** A device cookie (device-cookies.ts) for the browser to keep, when the step produced one. */
interface DeviceToRemember {
  device?: { value: string; expires: Date }
}

/**
 * @throws IDENTITY_SIGN_IN_FAILED, IDENTITY_TOO_MANY_ATTEMPTS, IDENTITY_ACCOUNT_LOCKED,
 * IDENTITY_CODE_INVALID, IDENTITY_CODE_EXPIRED
 */
export async function passwordStep(
  db: Executor,
  ctx: SignInContext,
  credentials: { personalNumber: string; password: string; phoneCode?: string },
): Promise<PasswordStep> {
  const { device, ...session } = await signIn(db, ctx, credentials)
  const remember = device ? { device } : {}
  if (session.secondFactorRequired)
    return { next: 'second-factor', pendingToken: session.token, ...remember }
  return { next: 'done', accountId: await closeCarrier(db, session.token), ...remember }
}

/** @throws IDENTITY_SECOND_FACTOR_INVALID, IDENTITY_TOO_MANY_ATTEMPTS, IDENTITY_ACCOUNT_LOCKED */
export async function secondFactorStep(
  db: Executor,
  ctx: SignInContext,
  pendingToken: string,
  code: string,
): Promise<{ accountId: string } & DeviceToRemember> {
  const remember = await completeSecondFactor(db, ctx, pendingToken, code)
  return { accountId: await closeCarrier(db, pendingToken), ...remember }
}

async function closeCarrier(db: Executor, token: string): Promise<string> {
  const session = await findLiveSession(db, token)
  if (!session) throw accountNotFound()
  await revokeSession(db, token)
  return session.accountId
}

/** What the provider may release about an account, read from the account and the registry. */
export interface AccountProfile {
  accountId: string
  personalNumber: string
  level: 1 | 2
  active: boolean
  fullName: string
  birthDate: string
  sex: 'M' | 'F'
}

export async function accountProfile(
  db: Executor,
  accountId: string,
): Promise<AccountProfile | undefined> {
  const account = await findAccountById(db, accountId)
  if (!account) return undefined
  const resident = await getResident(db, account.personalNumber)
  return {
    accountId,
    personalNumber: account.personalNumber,
    level: account.level === 2 ? 2 : 1,
    active: account.status === 'active' && resident.status !== 'deceased',
    fullName: resident.fullName,
    birthDate: resident.birthDate,
    sex: resident.sex,
  }
}
