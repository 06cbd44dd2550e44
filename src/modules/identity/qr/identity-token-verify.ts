import { verify as verifySignature, type KeyObject } from 'node:crypto'
import { vietnamDate } from '../documents/calendar.js'
import {
  failure,
  IDENTITY_TOKEN_TYPE,
  readClaims,
  type IdentityTokenFailure,
  type IdentityTokenResult,
} from './identity-token-claims.js'
import {
  importVerificationKeys,
  TOKEN_ALGORITHM,
  type PublicJwks,
} from '../../../platform/crypto/signing-keys.js'

/**
 * Offline verification of identity tokens.
 *
 * The signature is checked with node:crypto on keys imported once, not with jose's compactVerify:
 * jose verifies through WebCrypto, whose every call hops to the thread pool, and measured about
 * 1.5-1.9 times the cost of a bare verification on these machines (bench/identity-qr.bench.ts).
 * The parsing around it is deliberately narrow: one algorithm, one type, no `crit`, strict
 * base64url, and the payload read only once the signature holds.
 */

export interface VerifyTokenOptions {
  /** The issuer URL tokens must name. */
  issuer: string
  now?: Date
  /** Allowed clock difference between the resident's phone, the issuer and the verifier. */
  clockToleranceSeconds?: number
}

export interface VerifyWithJwksOptions extends VerifyTokenOptions {
  /**
   * The public JWKS as published. Keys are imported once per object: reuse the object, and
   * replace it (rather than edit it) when the published set changes.
   */
  jwks: PublicJwks
}

const DEFAULT_CLOCK_TOLERANCE_SECONDS = 5
/** Far above a real token (about 450 characters) and below what a QR code can hold. */
const MAX_TOKEN_LENGTH = 2048
const ES256_SIGNATURE_BYTES = 64
const BASE64URL = /^[A-Za-z0-9_-]+$/

const malformed = (): IdentityTokenFailure =>
  failure(
    'IDENTITY_TOKEN_MALFORMED',
    'Mã không đọc được, không phải mã định danh',
    'Unreadable code, not an identity token',
  )

const badSignature = (): IdentityTokenFailure =>
  failure(
    'IDENTITY_TOKEN_SIGNATURE',
    'Chữ ký không hợp lệ hoặc khóa ký không được công bố: mã có thể bị sửa hoặc giả',
    'Invalid signature or unpublished signing key: the token may be altered or forged',
  )

function decodeJson(segment: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as unknown
  } catch {
    return undefined
  }
}

type Header = { kid: unknown; alg: unknown; typ: unknown; crit: unknown }

function checkHeader(header: unknown): IdentityTokenFailure | undefined {
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return malformed()
  const { alg, typ, crit } = header as Header
  if (alg !== TOKEN_ALGORITHM) {
    // The header is not authenticated yet: quote only a short, printable excerpt of it.
    const shown = typeof alg === 'string' ? alg.replace(/[^\x20-\x7e]/g, '?').slice(0, 16) : '?'
    return failure(
      'IDENTITY_TOKEN_ALGORITHM',
      `Thuật toán ký '${shown}' không được chấp nhận, chỉ chấp nhận ES256`,
      `Signature algorithm '${shown}' is not accepted, only ES256`,
    )
  }
  if (typ !== IDENTITY_TOKEN_TYPE) {
    return failure(
      'IDENTITY_TOKEN_TYPE',
      'Mã này không phải mã định danh của Công Dân Số',
      'This is not a Công Dân Số identity token',
    )
  }
  // We understand no header extension, and RFC 7515 §4.1.11 makes a listed one mandatory to honour.
  if (crit !== undefined) return malformed()
  return undefined
}

/**
 * Verifies a token against already imported keys, by kid; the core of both verify functions.
 * Synchronous: the cost is one ECDSA verification and two small JSON parses.
 */
export function verifyWithKeys(
  token: string,
  keys: ReadonlyMap<string, KeyObject>,
  options: VerifyTokenOptions,
): IdentityTokenResult {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return malformed()
  const firstDot = token.indexOf('.')
  const secondDot = token.indexOf('.', firstDot + 1)
  if (firstDot < 0 || secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0) return malformed()
  const headerPart = token.slice(0, firstDot)
  const payloadPart = token.slice(firstDot + 1, secondDot)
  const signaturePart = token.slice(secondDot + 1)
  // Buffer's decoder skips characters outside the alphabet, so the alphabet is checked first.
  if (!BASE64URL.test(headerPart) || !BASE64URL.test(payloadPart)) return malformed()
  if (signaturePart !== '' && !BASE64URL.test(signaturePart)) return malformed()

  const header = decodeJson(headerPart)
  const headerProblem = checkHeader(header)
  if (headerProblem) return headerProblem

  const { kid } = header as Header
  const key = typeof kid === 'string' ? keys.get(kid) : undefined
  const signature = Buffer.from(signaturePart, 'base64url')
  if (key === undefined || signature.length !== ES256_SIGNATURE_BYTES) return badSignature()
  const signingInput = Buffer.from(token.slice(0, secondDot), 'latin1')
  let isAuthentic = false
  try {
    const keyInput = { key, dsaEncoding: 'ieee-p1363' as const }
    isAuthentic = verifySignature('sha256', signingInput, keyInput, signature)
  } catch {
    isAuthentic = false
  }
  if (!isAuthentic) return badSignature()

  return checkClaims(decodeJson(payloadPart), options)
}

function checkClaims(payload: unknown, options: VerifyTokenOptions): IdentityTokenResult {
  const now = options.now ?? new Date()
  const read = readClaims(payload, vietnamDate(now))
  if (!read.ok) {
    const fields = read.fields.join(', ')
    return failure(
      'IDENTITY_TOKEN_CLAIMS',
      `Nội dung mã định danh thiếu hoặc sai: ${fields}`,
      `Identity token claims missing or ill-formed: ${fields}`,
    )
  }
  const { claims } = read
  if (claims.iss !== options.issuer) {
    return failure(
      'IDENTITY_TOKEN_WRONG_ISSUER',
      `Mã do '${claims.iss}' cấp, không phải '${options.issuer}'`,
      `Token issued by '${claims.iss}', not by '${options.issuer}'`,
    )
  }
  const tolerance = options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS
  const nowSeconds = Math.floor(now.getTime() / 1000)
  // RFC 7519 §4.1.4: not to be accepted on or after `exp`.
  if (claims.exp <= nowSeconds - tolerance) {
    return failure(
      'IDENTITY_TOKEN_EXPIRED',
      'Mã định danh đã hết hạn: đề nghị công dân mở lại mã trên ứng dụng',
      'The identity token has expired: ask the resident to show a fresh one',
    )
  }
  if (claims.iat > nowSeconds + tolerance) {
    return failure(
      'IDENTITY_TOKEN_NOT_YET_VALID',
      'Mã định danh chưa có hiệu lực: kiểm tra đồng hồ của thiết bị',
      'The identity token is not valid yet: check the device clocks',
    )
  }
  return { valid: true, claims }
}

// Keyed by the JWKS object itself: no re-parsing per call, and a replaced set imports afresh.
const importedSets = new WeakMap<PublicJwks, ReadonlyMap<string, KeyObject>>()

/**
 * Verifies an identity token offline against the published keys.
 * @returns the claims, or the reason (an IDENTITY_TOKEN_* code) and a message for the verifier
 * @throws RangeError when the JWKS itself is unusable (a configuration error, not a token's)
 */
export function verifyIdentityToken(
  token: string,
  options: VerifyWithJwksOptions,
): IdentityTokenResult {
  let keys = importedSets.get(options.jwks)
  if (keys === undefined) {
    keys = importVerificationKeys(options.jwks)
    importedSets.set(options.jwks, keys)
  }
  return verifyWithKeys(token, keys, options)
}
