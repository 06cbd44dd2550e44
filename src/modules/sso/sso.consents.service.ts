import type { Executor } from '../../platform/db/database.js'
import { claimsOfScopes } from './claims.js'
import {
  findLiveConsent,
  findLiveConsentsOfAccount,
  markConsentRevoked,
  upsertConsent,
} from './sso.consents.queries.js'
import { deleteGrantsOfAccountAtClient } from './sso.payloads.queries.js'

export interface Consent {
  clientId: string
  clientName: string
  scopes: string[]
  /** What the client receives: the claims of its scopes and any asked for one by one. */
  claims: string[]
  grantedAt: Date
}

/** Remembers what the resident agreed to, adding to what a live consent already covers. */
export async function rememberConsent(
  db: Executor,
  consent: { accountId: string; clientId: string; scopes: string[]; claims: string[] },
): Promise<void> {
  const previous = await findLiveConsent(db, consent.accountId, consent.clientId)
  await upsertConsent(db, {
    ...consent,
    scopes: [...new Set([...(previous?.scopes ?? []), ...consent.scopes])],
    claims: [...new Set([...(previous?.claims ?? []), ...consent.claims])],
    grantedAt: new Date(),
    revokedAt: null,
  })
}

/** The clients a resident has agreed to share data with, newest first. */
export async function listConsents(db: Executor, accountId: string): Promise<Consent[]> {
  const rows = await findLiveConsentsOfAccount(db, accountId)
  return rows.map((row) => ({
    ...row,
    claims: [...new Set([...claimsOfScopes(row.scopes), ...row.claims])],
  }))
}

/**
 * Withdraws a consent and everything issued under it: the client's grants for this person, and
 * with them their codes and tokens, so the next sign-in asks again.
 * @returns whether there was a live consent to withdraw
 */
export async function revokeConsent(
  db: Executor,
  accountId: string,
  clientId: string,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const revoked = await markConsentRevoked(tx, accountId, clientId, new Date())
    await deleteGrantsOfAccountAtClient(tx, accountId, clientId)
    return revoked
  })
}
