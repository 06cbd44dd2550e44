import { createPublicKey } from 'node:crypto'
import type { Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import { holderJwkOf, type HolderJwk } from '../../../platform/crypto/sd-jwt.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { getResident, unitNames } from '../../population/index.js'
import { issueSdJwtVc, type CredentialIssuer } from './credential-issuer.js'
import { IDENTITY_CREDENTIAL_TYPE } from './credential-types.js'
import { holderKeyRefused, notAResident } from './credentials.errors.js'

/**
 * A month: long enough to be shown offline without coming back, short enough that a change in
 * the registry (a move, a corrected name) reaches the credential soon. Revocation before that is
 * a known gap (no status list yet; docs/adr/0015-selective-disclosure.md).
 */
export const IDENTITY_CREDENTIAL_LIFETIME_SECONDS = 30 * 24 * 3600
const ADULT_AGE = 18

/** Whether someone born on `birthDate` is 18 on `today` (both YYYY-MM-DD, Vietnam's calendar). */
export function isAdultOn(birthDate: string, today: string): boolean {
  const year = Number(birthDate.slice(0, 4)) + ADULT_AGE
  // Born on 29 February: 18 on 1 March of a common year, as the string comparison gives.
  return `${String(year).padStart(4, '0')}${birthDate.slice(4)}` <= today
}

/**
 * The holder's key as bound in `cnf`. Members of the right length may still name no point of
 * P-256, and no presentation would ever verify: refused now rather than then.
 * @throws AppError CREDENTIAL_HOLDER_KEY (422)
 */
export function holderKeyOf(jwk: unknown): HolderJwk {
  const holderKey = holderJwkOf(jwk)
  if (!holderKey) throw holderKeyRefused()
  try {
    createPublicKey({ key: { ...holderKey }, format: 'jwk' })
  } catch {
    throw holderKeyRefused()
  }
  return holderKey
}

/**
 * The signed-in resident's identity from the registry, as an SD-JWT VC bound to their device's
 * key: every claim selectively disclosable, `age_over_18` computed on Vietnam's calendar day.
 * @throws AppError CREDENTIAL_HOLDER_KEY (422), CREDENTIAL_NOT_A_RESIDENT (403),
 *   POPULATION_RESIDENT_NOT_FOUND (404)
 */
export async function issueIdentityCredential(
  db: Executor,
  issuer: CredentialIssuer,
  request: { principal: Principal; holderKey: unknown; now?: Date },
): Promise<{ credential: string; credentialType: string; expiresAt: Date }> {
  const holderKey = holderKeyOf(request.holderKey)
  const { personalNumber } = request.principal
  if (!personalNumber) throw notAResident()
  const resident = await getResident(db, personalNumber)
  if (resident.status === 'deceased') throw notAResident()
  const now = request.now ?? new Date()
  const communeName = (await unitNames(db, [resident.communeCode])).get(resident.communeCode)
  const claims = {
    name: resident.fullName,
    birthdate: resident.birthDate,
    age_over_18: isAdultOn(resident.birthDate, vietnamDate(now)),
    gender: resident.sex === 'F' ? 'female' : 'male',
    // The registry holds Vietnam's citizens: the personal number is a citizen's.
    nationality: 'VN',
    commune_of_residence: { code: resident.communeCode, name: communeName ?? null },
    personal_number: resident.personalNumber,
  }
  const issued = await issueSdJwtVc(issuer, {
    credentialType: IDENTITY_CREDENTIAL_TYPE,
    claims,
    holderKey,
    lifetimeSeconds: IDENTITY_CREDENTIAL_LIFETIME_SECONDS,
    now,
  })
  return { ...issued, credentialType: IDENTITY_CREDENTIAL_TYPE }
}
