import { Type } from '@sinclair/typebox'
import { MAX_PRESENTATION_LENGTH } from '../../../platform/crypto/sd-jwt.js'

const Base64urlCoordinate = Type.String({ pattern: '^[A-Za-z0-9_-]{43}$' })

/** The holder's public key as WebCrypto exports it; members beyond the key's are ignored. */
export const HolderKey = Type.Object(
  {
    kty: Type.Literal('EC'),
    crv: Type.Literal('P-256'),
    x: Base64urlCoordinate,
    y: Base64urlCoordinate,
  },
  { description: "the holder device's public key (JWK), bound in the credential's cnf" },
)

export const IssueBody = Type.Object({ holderKey: HolderKey }, { additionalProperties: false })

export const IssuedCredential = Type.Object({
  /** The SD-JWT VC with every disclosure: kept on the device, never shown whole. */
  credential: Type.String(),
  credentialType: Type.String(),
  expiresAt: Type.String({ format: 'date-time' }),
})

export const DocumentParams = Type.Object({ id: Type.String({ format: 'uuid' }) })

export const VerifyBody = Type.Object(
  {
    presentation: Type.String({ minLength: 1, maxLength: MAX_PRESENTATION_LENGTH }),
    audience: Type.Optional(
      Type.String({ minLength: 1, maxLength: 300, description: 'the aud the holder must name' }),
    ),
    nonce: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: "the verifier's challenge" }),
    ),
  },
  { additionalProperties: false },
)

export const VerifiedPresentation = Type.Object({
  valid: Type.Literal(true),
  credentialType: Type.String(),
  issuer: Type.String(),
  /** Only what the holder disclosed. */
  claims: Type.Record(Type.String(), Type.Unknown()),
  issuedAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.String({ format: 'date-time' }),
  presentedAt: Type.String({ format: 'date-time' }),
  audience: Type.String(),
})

export const IssuerMetadata = Type.Object({
  issuer: Type.String(),
  jwks: Type.Object({ keys: Type.Array(Type.Object({}, { additionalProperties: true })) }),
})
