import { randomBytes } from 'node:crypto'
import { CompactSign, importJWK, type CryptoKey, type JWK } from 'jose'
import { tokenRefused } from '../identity.errors.js'
import { normaliseName } from '../../population/index.js'
import { vietnamDate } from '../documents/calendar.js'
import {
  DEFAULT_TOKEN_LIFETIME_SECONDS,
  IDENTITY_TOKEN_TYPE,
  MAX_TOKEN_LIFETIME_SECONDS,
  readClaims,
  type IdentityClaims,
  type IdentitySubject,
  type IdentityTokenResult,
} from './identity-token-claims.js'
import {
  assertSigningJwks,
  importVerificationKeys,
  publicJwkOf,
  TOKEN_ALGORITHM,
  type PublicJwks,
} from '../../../platform/crypto/signing-keys.js'
import { verifyWithKeys, type VerifyTokenOptions } from './identity-token-verify.js'

export interface SignTokenOptions {
  /** The issuer URL (the platform's public address). */
  issuer: string
  /** Default 120 s; at most 600 s. */
  lifetimeSeconds?: number
  now?: Date
}

export interface SignedIdentityToken {
  /** Compact JWS, to be shown as a QR code. */
  token: string
  claims: IdentityClaims
}

export interface IdentityKeyRing {
  /**
   * Signs a token with the current key (the first of the ring).
   * @throws AppError IDENTITY_TOKEN_CLAIMS (422) when the subject cannot make a valid token
   * @throws RangeError on a lifetime outside 1-600 s (a caller bug)
   */
  sign(subject: IdentitySubject, options: SignTokenOptions): Promise<SignedIdentityToken>
  /** Verifies with any key of the ring, so tokens signed just before a rotation still pass. */
  verify(token: string, options: VerifyTokenOptions): IdentityTokenResult
  /** The public keys of the whole ring, to publish (e.g. at /.well-known/jwks.json). */
  publicJwks(): PublicJwks
  /**
   * The current key as a signer of JWS signing inputs (base64url ES256 signature), for the other
   * formats the platform signs and verifiers check with the same published keys (SD-JWT VC);
   * each names its own `typ`, so no token of one format passes for another.
   */
  jwsSigner(): { kid: string; sign(signingInput: string): Promise<string> }
}

// 128 random bits: unguessable, and collisions negligible for the lifetime of the use table.
const JTI_BYTES = 16

/**
 * The issuer's keys. All keys verify; only the first signs. To rotate: put a new key first, keep
 * the old one until every token it signed has expired (minutes), then drop it.
 * @throws RangeError when a key is not a private ES256 JWK with a unique kid
 */
export function createIdentityKeyRing(options: { privateJwks: JWK[] }): IdentityKeyRing {
  const { privateJwks } = options
  assertSigningJwks(privateJwks)
  const published: PublicJwks = { keys: privateJwks.map(publicJwkOf) }
  const verificationKeys = importVerificationKeys(published)
  const signer = privateJwks[0]!
  const kid = signer.kid!
  // Imported on first use so that building the ring stays synchronous; reused by every signature.
  let signingKey: Promise<CryptoKey | Uint8Array> | undefined
  const header = { alg: TOKEN_ALGORITHM, typ: IDENTITY_TOKEN_TYPE, kid }

  return {
    async sign(subject, signOptions) {
      const claims = buildClaims(subject, signOptions)
      signingKey ??= importJWK(signer, TOKEN_ALGORITHM)
      const payload = new TextEncoder().encode(JSON.stringify(claims))
      const token = await new CompactSign(payload).setProtectedHeader(header).sign(await signingKey)
      return { token, claims }
    },
    verify: (token, verifyOptions) => verifyWithKeys(token, verificationKeys, verifyOptions),
    jwsSigner: () => ({
      kid,
      async sign(signingInput) {
        signingKey ??= importJWK(signer, TOKEN_ALGORITHM)
        const key = (await signingKey) as CryptoKey
        const data = new TextEncoder().encode(signingInput)
        const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, data)
        return Buffer.from(signature).toString('base64url')
      },
    }),
    // A copy each time: a caller editing the set must not change what this ring verifies with.
    publicJwks: () => ({ keys: published.keys.map((k) => ({ ...k })) }),
  }
}

function buildClaims(subject: IdentitySubject, options: SignTokenOptions): IdentityClaims {
  const lifetime = options.lifetimeSeconds ?? DEFAULT_TOKEN_LIFETIME_SECONDS
  if (!Number.isInteger(lifetime) || lifetime < 1 || lifetime > MAX_TOKEN_LIFETIME_SECONDS) {
    throw new RangeError(
      `lifetimeSeconds must be an integer in 1-${MAX_TOKEN_LIFETIME_SECONDS}, got ${lifetime}`,
    )
  }
  const now = options.now ?? new Date()
  const iat = Math.floor(now.getTime() / 1000)
  // Built member by member: whatever else the caller's object holds stays out of the token.
  const candidate = {
    jti: randomBytes(JTI_BYTES).toString('base64url'),
    iat,
    exp: iat + lifetime,
    iss: options.issuer,
    sub: subject.sub,
    name: typeof subject.name === 'string' ? normaliseName(subject.name) : subject.name,
    bd: subject.bd,
    sex: subject.sex,
    lvl: subject.lvl,
  }
  const read = readClaims(candidate, vietnamDate(now))
  if (!read.ok) {
    const fields = read.fields.join(', ')
    throw tokenRefused(
      'IDENTITY_TOKEN_CLAIMS',
      `Không thể cấp mã định danh, dữ liệu không hợp lệ: ${fields} / Cannot issue an identity token from invalid data: ${fields}`,
      { fields: read.fields },
    )
  }
  return read.claims
}
