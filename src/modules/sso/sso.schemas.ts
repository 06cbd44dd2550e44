import { Type } from '@sinclair/typebox'
import { ROLES } from '../../platform/auth/roles.js'

const Strict = { additionalProperties: false }
const Jwk = Type.Object({ kty: Type.String(), kid: Type.Optional(Type.String()) })

export const NewClientBody = Type.Object(
  {
    clientId: Type.Optional(Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{2,62}$' })),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    kind: Type.Union([Type.Literal('web'), Type.Literal('machine')]),
    authMethod: Type.Union([Type.Literal('client_secret_basic'), Type.Literal('private_key_jwt')]),
    redirectUris: Type.Optional(Type.Array(Type.String({ maxLength: 500 }), { maxItems: 10 })),
    postLogoutRedirectUris: Type.Optional(
      Type.Array(Type.String({ maxLength: 500 }), { maxItems: 10 }),
    ),
    sectorIdentifierUri: Type.Optional(
      Type.String({
        maxLength: 500,
        description:
          "Tài liệu JSON liệt kê địa chỉ chuyển hướng của các ứng dụng cùng một hệ thống (OpenID Connect Core 8.1) / a JSON document listing the redirect URIs of one system's clients",
      }),
    ),
    jwks: Type.Optional(Type.Object({ keys: Type.Array(Jwk, { minItems: 1, maxItems: 5 }) })),
    scopes: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50 })),
    role: Type.Optional(Type.Union(ROLES.map((r) => Type.Literal(r)))),
    unitCodes: Type.Optional(
      Type.Array(Type.String({ pattern: '^[0-9]{2,5}$' }), { maxItems: 200 }),
    ),
    establishmentId: Type.Optional(Type.String({ maxLength: 100 })),
    agencyCode: Type.Optional(Type.String({ maxLength: 50 })),
  },
  Strict,
)

export const RegisteredClientSchema = Type.Object({
  clientId: Type.String(),
  clientSecret: Type.Optional(Type.String({ description: 'shown once, never stored' })),
})

export const ClientSummarySchema = Type.Object({
  clientId: Type.String(),
  name: Type.String(),
  kind: Type.Union([Type.Literal('web'), Type.Literal('machine')]),
  authMethod: Type.String(),
  redirectUris: Type.Array(Type.String()),
  sectorIdentifierUri: Type.Union([Type.String(), Type.Null()]),
  scopes: Type.Array(Type.String()),
  role: Type.Union([Type.String(), Type.Null()]),
  unitCodes: Type.Array(Type.String()),
  firstParty: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  disabledAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
})

export const ClientParams = Type.Object({ clientId: Type.String({ maxLength: 100 }) })

export const ConsentSchema = Type.Object({
  clientId: Type.String(),
  clientName: Type.String(),
  scopes: Type.Array(Type.String()),
  claims: Type.Array(Type.String()),
  grantedAt: Type.String({ format: 'date-time' }),
})
