import type { Executor } from '../../../platform/db/database.js'
import { foldName, getResident, type Resident } from '../../population/index.js'
import {
  findAccountByNumber,
  insertAccount,
  updateAccount,
  type AccountRecord,
} from './accounts.queries.js'
import { hashAcceptablePassword } from './accounts.service.js'
import { assertSmsQuotaLeft, sendCode } from '../sign-in/code-delivery.js'
import { accountNotFound, alreadyRegistered, registryMismatch } from '../identity.errors.js'
import type { MessageSender } from '../sign-in/message-sender.js'
import { assertCodeAccepted, consumeCode } from '../sign-in/one-time-codes.js'
import { revokeAllSessions } from '../sessions/sessions.js'

export interface RegistrationRequest {
  personalNumber: string
  fullName: string
  birthDate: string
  phone: string
}

/** The registry's resident if the details match a living resident, or nothing. */
async function matchRegistry(
  db: Executor,
  request: RegistrationRequest,
): Promise<Resident | undefined> {
  const resident = await getResident(db, request.personalNumber).catch(() => undefined)
  if (!resident || resident.status !== 'resident') return undefined
  const sameName = foldName(resident.fullName) === foldName(request.fullName)
  return sameName && resident.birthDate === request.birthDate ? resident : undefined
}

/**
 * Level 1, step 1: the details must match the registry (a living resident without an account);
 * a code then goes to the phone. @throws IDENTITY_REGISTRY_MISMATCH, IDENTITY_ALREADY_REGISTERED
 */
export async function startRegistration(
  db: Executor,
  sender: MessageSender,
  request: RegistrationRequest,
): Promise<void> {
  await assertSmsQuotaLeft(db, request.personalNumber)
  const resident = await matchRegistry(db, request)
  if (!resident) throw registryMismatch()
  await db.transaction(async (tx) => {
    const existing = await findAccountByNumber(tx, resident.personalNumber)
    if (existing?.status === 'active' || existing?.status === 'disabled') throw alreadyRegistered()
    if (existing) await updateAccount(tx, existing.id, { phone: request.phone })
    else
      await insertAccount(tx, {
        personalNumber: resident.personalNumber,
        phone: request.phone,
        status: 'pending',
      })
  })
  const { personalNumber } = resident
  await sendCode(db, sender, { personalNumber, phone: request.phone, purpose: 'register' })
}

/**
 * Level 1, step 2: the phone's code and a password activate the account.
 * @throws IDENTITY_CODE_INVALID, IDENTITY_CODE_EXPIRED, IDENTITY_PASSWORD_WEAK, IDENTITY_ACCOUNT_NOT_FOUND
 */
export async function confirmRegistration(
  db: Executor,
  request: { personalNumber: string; code: string; password: string },
): Promise<void> {
  const account = await findAccountByNumber(db, request.personalNumber)
  if (account?.status !== 'pending') throw account ? alreadyRegistered() : accountNotFound()
  const passwordHash = await hashAcceptablePassword(request.password, [
    request.personalNumber,
    account.phone,
  ])
  assertCodeAccepted(await consumeCode(db, request.personalNumber, 'register', request.code))
  await updateAccount(db, account.id, {
    passwordHash,
    status: 'active',
    phoneVerifiedAt: new Date(),
    level: 1,
  })
}

async function activeAccountWithPhone(
  db: Executor,
  request: { personalNumber: string; phone: string },
): Promise<AccountRecord | undefined> {
  const account = await findAccountByNumber(db, request.personalNumber)
  return account?.status === 'active' && account.phone === request.phone ? account : undefined
}

/**
 * Sends a reset code when number and phone match an active account; says nothing otherwise.
 * @throws IDENTITY_TOO_MANY_ATTEMPTS, IDENTITY_SMS_UNAVAILABLE
 */
export async function startPasswordReset(
  db: Executor,
  sender: MessageSender,
  request: { personalNumber: string; phone: string },
): Promise<void> {
  const account = await activeAccountWithPhone(db, request)
  if (!account) return
  const { personalNumber, phone } = account
  await sendCode(db, sender, { personalNumber, phone, purpose: 'reset_password' })
}

/**
 * Sends a sign-in code, for a new device while the account is locked, when number and phone
 * match that account; says nothing otherwise. @throws IDENTITY_TOO_MANY_ATTEMPTS, IDENTITY_SMS_UNAVAILABLE
 */
export async function startPhoneSignIn(
  db: Executor,
  sender: MessageSender,
  request: { personalNumber: string; phone: string },
): Promise<void> {
  const account = await activeAccountWithPhone(db, request)
  if (!account?.lockedUntil || account.lockedUntil <= new Date()) return
  const { personalNumber, phone } = account
  await sendCode(db, sender, { personalNumber, phone, purpose: 'sign_in' })
}

/**
 * A new password with the phone's code; every session ends and the lockout is lifted.
 * @throws IDENTITY_CODE_INVALID, IDENTITY_CODE_EXPIRED, IDENTITY_PASSWORD_WEAK
 */
export async function completePasswordReset(
  db: Executor,
  request: { personalNumber: string; code: string; password: string },
): Promise<void> {
  const account = await findAccountByNumber(db, request.personalNumber)
  const outcome =
    account?.status === 'active'
      ? await consumeCode(db, request.personalNumber, 'reset_password', request.code)
      : 'wrong'
  assertCodeAccepted(outcome)
  const passwordHash = await hashAcceptablePassword(request.password, [
    request.personalNumber,
    account!.phone,
  ])
  await db.transaction(async (tx) => {
    await updateAccount(tx, account!.id, { passwordHash, failedLogins: 0, lockedUntil: null })
    await revokeAllSessions(tx, account!.id)
  })
}
