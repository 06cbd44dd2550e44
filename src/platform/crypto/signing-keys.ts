import { createPublicKey, type JsonWebKey as NodeJwk, type KeyObject } from 'node:crypto'
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose'

/**
 * Keys of the identity token: ES256 (ECDSA over P-256 with SHA-256), as JWKs carrying a `kid`.
 * Configuration errors here are bugs of the deployment, not of a token, so they throw.
 */

export const TOKEN_ALGORITHM = 'ES256'

/** A public JSON Web Key Set as published for verifiers. */
export interface PublicJwks {
  keys: JWK[]
}

/**
 * A new private signing key for development and tests; production keys are made once, kept
 * secret and rotated by putting the new one first in the ring.
 * @returns a private JWK with `kid` (its RFC 7638 thumbprint), `alg` ES256 and `use` sig
 */
export async function generateSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(TOKEN_ALGORITHM, { extractable: true })
  const jwk = await exportJWK(privateKey)
  const kid = await calculateJwkThumbprint(jwk)
  return { ...jwk, kid, alg: TOKEN_ALGORITHM, use: 'sig' }
}

/** Whether a JWK is meant for ES256 signatures, whatever else the set holds (RSA keys, …). */
function isSignatureKey(jwk: JWK): boolean {
  return (
    jwk.kty === 'EC' &&
    jwk.crv === 'P-256' &&
    (jwk.alg === undefined || jwk.alg === TOKEN_ALGORITHM) &&
    (jwk.use === undefined || jwk.use === 'sig')
  )
}

/** The public half of an ES256 JWK, with only the members a verifier needs. */
export function publicJwkOf(jwk: JWK): JWK {
  const { kty, crv, x, y, kid } = jwk
  return { kty, crv, x, y, kid, alg: TOKEN_ALGORITHM, use: 'sig' }
}

/**
 * Checks the private keys of a ring.
 * @throws RangeError when the list is empty, a key is not a private ES256 JWK with a kid, or two
 *   keys share a kid
 */
export function assertSigningJwks(jwks: readonly JWK[]): void {
  if (jwks.length === 0) throw new RangeError('the identity key ring needs at least one key')
  const kids = new Set<string>()
  for (const [i, jwk] of jwks.entries()) {
    if (!isSignatureKey(jwk) || typeof jwk.d !== 'string') {
      throw new RangeError(`identity key ${i} is not a private ES256 (EC P-256) JWK`)
    }
    if (typeof jwk.kid !== 'string' || jwk.kid === '') {
      throw new RangeError(`identity key ${i} has no kid`)
    }
    if (kids.has(jwk.kid)) throw new RangeError(`identity key id '${jwk.kid}' appears twice`)
    kids.add(jwk.kid)
  }
}

/**
 * The verification keys of a public JWKS by kid, imported once: importing costs far more than a
 * verification. Keys for other algorithms or without a kid are skipped, since our tokens always
 * name their key.
 * @throws RangeError when the set holds a private key (publishing one is an incident), a key that
 *   does not import, or two keys with the same kid
 */
export function importVerificationKeys(jwks: PublicJwks): ReadonlyMap<string, KeyObject> {
  const keys = new Map<string, KeyObject>()
  for (const jwk of jwks.keys) {
    if (!isSignatureKey(jwk) || typeof jwk.kid !== 'string' || jwk.kid === '') continue
    if (jwk.d !== undefined) {
      throw new RangeError(
        `the published key '${jwk.kid}' is a private key: publish public keys only`,
      )
    }
    if (keys.has(jwk.kid)) throw new RangeError(`key id '${jwk.kid}' appears twice in the JWKS`)
    try {
      keys.set(jwk.kid, createPublicKey({ key: jwk as NodeJwk, format: 'jwk' }))
    } catch (error) {
      throw new RangeError(`the key '${jwk.kid}' is not a valid P-256 public key`, { cause: error })
    }
  }
  return keys
}
