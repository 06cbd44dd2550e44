import { Type } from '@sinclair/typebox'
import { VaultDocumentSchema } from '../vault/vault.schemas.js'
import { SHARE_HOURS } from './shares.js'

export const ShareBody = Type.Object(
  {
    hours: Type.Integer({
      minimum: SHARE_HOURS.min,
      maximum: SHARE_HOURS.max,
      description: 'how long the link lives: 1 hour to 30 days',
    }),
  },
  { additionalProperties: false },
)

export const ShareParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  shareId: Type.String({ format: 'uuid' }),
})

/** A link's secret: 32 random bytes in base64url. */
export const SecretParams = Type.Object({
  secret: Type.String({ pattern: '^[A-Za-z0-9_-]{43}$' }),
})

export const CreatedShareSchema = Type.Object({
  id: Type.String(),
  secret: Type.String(),
  url: Type.String(),
  expiresAt: Type.String(),
})

export const ShareListSchema = Type.Object({
  shares: Type.Array(
    Type.Object({
      id: Type.String(),
      createdAt: Type.String(),
      expiresAt: Type.String(),
      revokedAt: Type.Union([Type.String(), Type.Null()]),
      status: Type.Union([
        Type.Literal('active'),
        Type.Literal('expired'),
        Type.Literal('revoked'),
      ]),
      openings: Type.Array(Type.String()),
    }),
  ),
})

export const SharedDocumentSchema = Type.Object({
  document: Type.Omit(VaultDocumentSchema, ['title']),
  expiresAt: Type.String(),
})
