import type { Executor } from '../../platform/db/database.js'
import { foldName, getResident, type Resident } from '../population/index.js'
import { findAccountByNumber, insertAccount, updateAccount } from './accounts.queries.js'
import { hashAcceptablePassword } from './accounts.service.js'
import { accountNotFound, alreadyRegistered, registryMismatch } from './identity.errors.js'
import type { MessageSender } from './message-sender.js'
import { assertCodeAccepted, consumeCode, issueCode } from './one-time-codes.js'
import { revokeAllSessions } from './sessions.js'
import { SMS_PER_NUMBER, assertNotBlocked, recordAttempt } from './throttle.js'

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

const codeMessage = (code: string): string =>
  `Công Dân Số: mã xác nhận của bạn là ${code}, hiệu lực 5 phút. Không chia sẻ mã này với ai.`

/**
 * Level 1, step 1: the details must match the registry (a living resident without an account);
 * a code then goes to the phone. @throws IDENTITY_REGISTRY_MISMATCH, IDENTITY_ALREADY_REGISTERED
 */
export async function startRegistration(
  db: Executor,
  sender: MessageSender,
  request: RegistrationRequest,
): Promise<void> {
  await assertNotBlocked(db, `sms:${request.personalNumber}`)
  const resident = await matchRegistry(db, request)
  if (!resident) throw registryMismatch()
  await recordAttempt(db, `sms:${resident.personalNumber}`, SMS_PER_NUMBER)
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
    await sender.send(tx, {
      to: request.phone,
      body: codeMessage(await issueCode(tx, resident.personalNumber, 'register')),
    })
  })
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

/** Sends a reset code when number and phone match an active account; says nothing otherwise. */
export async function startPasswordReset(
  db: Executor,
  sender: MessageSender,
  request: { personalNumber: string; phone: string },
): Promise<void> {
  const account = await findAccountByNumber(db, request.personalNumber)
  if (account?.status !== 'active' || account.phone !== request.phone) return
  await assertNotBlocked(db, `sms:${account.personalNumber}`)
  await recordAttempt(db, `sms:${account.personalNumber}`, SMS_PER_NUMBER)
  await db.transaction(async (tx) => {
    await sender.send(tx, {
      to: account.phone,
      body: codeMessage(await issueCode(tx, account.personalNumber, 'reset_password')),
    })
  })
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
