import { checkPersonalNumber } from '../../population/index.js'
import { isCalendarDate } from '../documents/calendar.js'

/**
 * The identity token a resident's app shows as a QR code: what a hotel or a hospital needs to
 * identify the person in front of them, and nothing else (no address, no photo, no household).
 */

/** JOSE `typ` of the token, so that no other JWT signed by a key of ours passes for one. */
export const IDENTITY_TOKEN_TYPE = 'cds-id+jwt'

export const DEFAULT_TOKEN_LIFETIME_SECONDS = 120
/** Longer than this is no longer "short-lived": a screenshot would serve as an ID card. */
export const MAX_TOKEN_LIFETIME_SECONDS = 600

export type EidLevel = 1 | 2

/** Who the token is about, as the issuer reads it from the registry. */
export interface IdentitySubject {
  /** Personal identification number (12 digits). */
  sub: string
  /** Full name, Unicode NFC. */
  name: string
  /** Birth date, YYYY-MM-DD. */
  bd: string
  sex: 'M' | 'F'
  /** Level of the electronic identity account (Decree 69/2024): 2 = verified in person. */
  lvl: EidLevel
}

/** Every claim of a token: the subject plus the token's own identity and lifetime. */
export interface IdentityClaims extends IdentitySubject {
  /** Random token id; the key of single use. */
  jti: string
  /** Issued at, seconds since the epoch. */
  iat: number
  /** Expires at, seconds since the epoch. */
  exp: number
  iss: string
}

export type IdentityTokenReason =
  | 'IDENTITY_TOKEN_MALFORMED'
  | 'IDENTITY_TOKEN_TYPE'
  | 'IDENTITY_TOKEN_ALGORITHM'
  | 'IDENTITY_TOKEN_SIGNATURE'
  | 'IDENTITY_TOKEN_CLAIMS'
  | 'IDENTITY_TOKEN_WRONG_ISSUER'
  | 'IDENTITY_TOKEN_EXPIRED'
  | 'IDENTITY_TOKEN_NOT_YET_VALID'

export interface IdentityTokenFailure {
  valid: false
  reason: IdentityTokenReason
  /** Vietnamese, then English. */
  message: string
}

export type IdentityTokenResult = { valid: true; claims: IdentityClaims } | IdentityTokenFailure

export function failure(reason: IdentityTokenReason, vi: string, en: string): IdentityTokenFailure {
  return { valid: false, reason, message: `${vi} / ${en}` }
}

const MAX_JTI_LENGTH = 64
const MAX_NAME_LENGTH = 200

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isNumericDate = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0

function subjectProblems(payload: Record<string, unknown>, today: string): string[] {
  const bad: string[] = []
  const { sub, name, bd, sex, lvl } = payload
  if (typeof sub !== 'string') bad.push('sub')
  else {
    const check = checkPersonalNumber(sub, { today })
    if (!check.valid) bad.push(`sub (${check.problems.map((p) => p.rule).join(', ')})`)
  }
  // A name outside NFC would compare unequal to the registry's although it reads the same.
  const isName =
    typeof name === 'string' &&
    name.trim() !== '' &&
    name.length <= MAX_NAME_LENGTH &&
    name.normalize('NFC') === name
  if (!isName) bad.push('name')
  if (typeof bd !== 'string' || !isCalendarDate(bd) || bd > today) bad.push('bd')
  if (sex !== 'M' && sex !== 'F') bad.push('sex')
  if (lvl !== 1 && lvl !== 2) bad.push('lvl')
  return bad
}

/**
 * The claims of a payload, or the names of those missing or ill-formed. Claims beyond ours are
 * dropped rather than refused (RFC 7519 §4: claims not understood are ignored), so that adding
 * one later does not break verifiers already deployed offline; they are never passed on.
 * @param today the calendar date in Vietnam, for the personal-number and birth-date checks
 */
export function readClaims(
  payload: unknown,
  today: string,
): { ok: true; claims: IdentityClaims } | { ok: false; fields: string[] } {
  if (!isObject(payload)) return { ok: false, fields: ['(payload)'] }
  const bad = subjectProblems(payload, today)
  const { jti, iat, exp, iss } = payload
  if (typeof jti !== 'string' || jti === '' || jti.length > MAX_JTI_LENGTH) bad.push('jti')
  if (!isNumericDate(iat)) bad.push('iat')
  if (!isNumericDate(exp) || (isNumericDate(iat) && exp <= iat)) bad.push('exp')
  if (typeof iss !== 'string' || iss === '') bad.push('iss')
  if (bad.length > 0) return { ok: false, fields: bad }
  const p = payload as unknown as IdentityClaims
  return {
    ok: true,
    claims: {
      jti: p.jti,
      iat: p.iat,
      exp: p.exp,
      iss: p.iss,
      sub: p.sub,
      name: p.name,
      bd: p.bd,
      sex: p.sex,
      lvl: p.lvl,
    },
  }
}
