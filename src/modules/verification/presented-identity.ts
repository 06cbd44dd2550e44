import type { Executor } from '../../platform/db/database.js'
import { AppError } from '../../platform/http/errors.js'
import {
  consumeIdentityToken,
  eidLevelOf,
  parseCardQr,
  type IdentityKeyRing,
} from '../identity/index.js'
import { foldName, getResident, type Resident } from '../population/index.js'
import { codeUnreadable, tokenRefused, tokenReplayed } from './verification.errors.js'
import type { CheckMethod, CheckResult } from './verification.tables.js'

/** Who a scanned code says the person is: number, name, birth date. */
export interface PresentedIdentity {
  personalNumber: string
  fullName: string
  birthDate: string
}

/** A scanned code, read and compared with the registry. */
export interface ReadIdentity {
  method: Exclude<CheckMethod, 'kioskBiometric'>
  presented: PresentedIdentity
  result: CheckResult
  eidLevel: 1 | 2 | null
}

export interface IdentityKeys {
  keys: IdentityKeyRing
  issuer: string
}

// An identity QR is a compact JWS; a card's QR is '|'-separated text.
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/

/**
 * What the registry says of a presented identity: the same person (number, name folded, birth
 * date), someone else under that number, or no living resident of that number.
 */
export async function compareWithRegistry(
  db: Executor,
  presented: PresentedIdentity,
): Promise<CheckResult> {
  const resident = await findLivingResident(db, presented.personalNumber)
  if (!resident) return 'notFound'
  const same =
    foldName(resident.fullName) === foldName(presented.fullName) &&
    resident.birthDate === presented.birthDate
  return same ? 'match' : 'mismatch'
}

/** The registry's living resident of a number, or undefined (unknown, malformed, deceased). */
export async function findLivingResident(
  db: Executor,
  personalNumber: string,
): Promise<Resident | undefined> {
  try {
    const resident = await getResident(db, personalNumber)
    return resident.status === 'deceased' ? undefined : resident
  } catch (error) {
    if (error instanceof AppError && error.code.startsWith('POPULATION_')) return undefined
    throw error
  }
}

/**
 * Reads a scanned code: an identity QR (signed by the platform, used once: the person's app shows
 * a new one each time) or a chip card's QR (unsigned: a claim the registry confirms or not).
 * @throws VERIFICATION_CODE_UNREADABLE, VERIFICATION_TOKEN_REFUSED, VERIFICATION_TOKEN_REPLAYED
 */
export async function readPresentedCode(
  db: Executor,
  identity: IdentityKeys,
  code: string,
  verifier: string,
): Promise<ReadIdentity> {
  const text = code.trim()
  if (COMPACT_JWS.test(text)) {
    const verified = identity.keys.verify(text, { issuer: identity.issuer })
    if (!verified.valid) throw tokenRefused(verified.reason)
    const { claims } = verified
    if ((await consumeIdentityToken(db, claims, verifier)) === 'replayed') throw tokenReplayed()
    const presented = { personalNumber: claims.sub, fullName: claims.name, birthDate: claims.bd }
    const result = await compareWithRegistry(db, presented)
    return { method: 'identityQr', presented, result, eidLevel: claims.lvl }
  }
  const card = parseCardQr(text)
  if (!card.ok) throw codeUnreadable()
  const presented = {
    personalNumber: card.card.personalNumber,
    fullName: card.card.fullName,
    birthDate: card.card.birthDate,
  }
  const result = await compareWithRegistry(db, presented)
  const eidLevel = result === 'match' ? await eidLevelOf(db, presented.personalNumber) : null
  return { method: 'cardQr', presented, result, eidLevel }
}
