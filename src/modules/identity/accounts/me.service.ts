import type { Executor } from '../../../platform/db/database.js'
import { findAccountById, updateAccount } from './accounts.queries.js'
import { accountNotFound, secondFactorInvalid, totpNotStarted } from '../identity.errors.js'
import { issueRecoveryCodes, newTotpSecret, useTotp } from '../sign-in/second-factor.js'

export interface MyAccount {
  personalNumber: string
  level: number
  phone: string
  secondFactor: boolean
  /** The three conditions of model 23. */
  conditions: { eid: boolean; paymentAccount: boolean; digitalSignature: boolean }
  paymentAccount: { provider: string; linkedOn: string | null } | null
  digitalSignature: { provider: string; issuedOn: string | null } | null
}

/** @throws IDENTITY_ACCOUNT_NOT_FOUND */
export async function getMyAccount(db: Executor, accountId: string): Promise<MyAccount> {
  const account = await findAccountById(db, accountId)
  if (!account) throw accountNotFound()
  return {
    personalNumber: account.personalNumber,
    level: account.level,
    phone: account.phone,
    secondFactor: account.totpEnabledAt !== null,
    conditions: {
      eid: account.status === 'active',
      paymentAccount: account.paymentAccountProvider !== null,
      digitalSignature: account.signatureProvider !== null,
    },
    paymentAccount: account.paymentAccountProvider
      ? { provider: account.paymentAccountProvider, linkedOn: account.paymentAccountLinkedOn }
      : null,
    digitalSignature: account.signatureProvider
      ? { provider: account.signatureProvider, issuedOn: account.signatureIssuedOn }
      : null,
  }
}

/** Starts (or restarts) TOTP setup; the factor is on only once a code from the app is confirmed. */
export async function beginTotpSetup(
  db: Executor,
  accountId: string,
): Promise<{ secret: string; uri: string }> {
  const account = await findAccountById(db, accountId)
  if (!account) throw accountNotFound()
  const setup = newTotpSecret(account.personalNumber)
  await updateAccount(db, accountId, { totpSecret: setup.secret, totpEnabledAt: null })
  return setup
}

/** @throws IDENTITY_TOTP_NOT_STARTED, IDENTITY_SECOND_FACTOR_INVALID */
export async function confirmTotpSetup(
  db: Executor,
  accountId: string,
  code: string,
): Promise<{ recoveryCodes: string[] }> {
  const account = await findAccountById(db, accountId)
  if (!account?.totpSecret) throw totpNotStarted()
  if (!(await useTotp(db, { id: accountId, totpSecret: account.totpSecret }, code)))
    throw secondFactorInvalid()
  return db.transaction(async (tx) => {
    await updateAccount(tx, accountId, { totpEnabledAt: new Date() })
    return { recoveryCodes: await issueRecoveryCodes(tx, accountId) }
  })
}

/** Records the linked e-payment account and the signature certificate (model 23). */
export async function recordModel23Links(
  db: Executor,
  accountId: string,
  links: {
    paymentAccount?: { provider: string; linkedOn: string }
    digitalSignature?: { provider: string; issuedOn: string }
  },
): Promise<void> {
  await updateAccount(db, accountId, {
    ...(links.paymentAccount
      ? {
          paymentAccountProvider: links.paymentAccount.provider,
          paymentAccountLinkedOn: links.paymentAccount.linkedOn,
        }
      : {}),
    ...(links.digitalSignature
      ? {
          signatureProvider: links.digitalSignature.provider,
          signatureIssuedOn: links.digitalSignature.issuedOn,
        }
      : {}),
  })
}
