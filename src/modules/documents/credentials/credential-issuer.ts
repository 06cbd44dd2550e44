import { randomBytes } from 'node:crypto'
import { digest } from '@sd-jwt/crypto-nodejs'
import { SDJwtVcInstance, type SdJwtVcPayload } from '@sd-jwt/sd-jwt-vc'
import { isDisclosableName, type HolderJwk } from '../../../platform/crypto/sd-jwt.js'
import type { IdentityKeyRing } from '../../identity/index.js'

/**
 * The platform as an SD-JWT VC issuer: the identity QR's key ring signs (one set of keys, one
 * publication), the `typ` dc+sd-jwt keeps these apart from identity tokens.
 */
export interface CredentialIssuer {
  /** The issuer identifier, `iss`: the platform's public address. */
  issuer: string
  keys: Pick<IdentityKeyRing, 'jwsSigner' | 'publicJwks'>
}

export interface CredentialContent {
  /** The credential type (`vct`). */
  credentialType: string
  /** Every one selectively disclosable: the holder reveals what each verifier needs. */
  claims: Record<string, unknown>
  holderKey: HolderJwk
  lifetimeSeconds: number
  now: Date
}

/**
 * 128 bits of salt per disclosure (RFC 9901 §4.2.1), so that the digest of a guessable value (a
 * birth date, "true") reveals nothing. The library's own generator gives 64 bits (16 hex digits).
 */
const SALT_BYTES = 16
const saltGenerator = () => randomBytes(SALT_BYTES).toString('base64url')

export async function issueSdJwtVc(
  { issuer, keys }: CredentialIssuer,
  content: CredentialContent,
): Promise<{ credential: string; expiresAt: Date }> {
  const reserved = Object.keys(content.claims).filter((name) => !isDisclosableName(name))
  if (reserved.length > 0)
    throw new RangeError(`claims that cannot be disclosed: ${reserved.join(', ')}`)
  const signer = keys.jwsSigner()
  const sdJwt = new SDJwtVcInstance({
    signer: (data) => signer.sign(data),
    signAlg: 'ES256',
    hasher: digest,
    hashAlg: 'sha-256',
    saltGenerator,
  })
  const iat = Math.floor(content.now.getTime() / 1000)
  const exp = iat + content.lifetimeSeconds
  const payload: SdJwtVcPayload = {
    iss: issuer,
    iat,
    exp,
    vct: content.credentialType,
    cnf: { jwk: content.holderKey },
    ...content.claims,
  }
  // The library types a frame from literal claim names; ours are known only at run time.
  const disclosed = { _sd: Object.keys(content.claims) } as unknown as Parameters<
    SDJwtVcInstance['issue']
  >[1]
  const credential = await sdJwt.issue(payload, disclosed, {
    header: { kid: signer.kid, typ: 'dc+sd-jwt' },
  })
  return { credential, expiresAt: new Date(exp * 1000) }
}
