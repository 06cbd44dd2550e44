import { Type, type Static, type TSchema } from '@sinclair/typebox'

const Strict = { additionalProperties: false } as const
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

// Unions are written out: the type provider types a union only from a tuple of literals.
const CapacityUnit = Type.Union([Type.Literal('room'), Type.Literal('bed'), Type.Literal('seat')])
const Status = Type.Union(
  [Type.Literal('pending'), Type.Literal('approved'), Type.Literal('refused')],
  { description: 'pending until the commune police decide' },
)

/** Establishment ids are uuids, or a code such as DEMO-KS-001; staff grants carry them. */
export const EstablishmentId = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' })
const GrantId = Type.Integer({ minimum: 1, maximum: 2_147_483_647 })

export const EstablishmentParams = Type.Object({ id: EstablishmentId })
export const StaffParams = Type.Object({ id: EstablishmentId, grantId: GrantId })

export const EstablishmentTypeSchema = Type.Object({
  code: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
  capacityUnit: CapacityUnit,
})

export const NewEstablishmentBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    typeCode: Type.String({
      pattern: '^[a-z0-9_]{1,64}$',
      description: 'a code of GET /establishment-types',
    }),
    address: Type.String({ minLength: 1, maxLength: 300, pattern: '\\S' }),
    communeCode: Type.String({ pattern: '^[0-9]{5}$', description: 'a commune in force today' }),
    capacity: Type.Integer({
      minimum: 1,
      maximum: 100_000,
      description: "in the type's unit: rooms, beds or seats",
    }),
  },
  Strict,
)

export const EstablishmentSchema = Type.Object({
  id: Type.String(),
  code: Type.String({ description: 'the code people read and quote, e.g. CS-00001' }),
  name: Type.String(),
  typeCode: Type.String(),
  address: Type.String(),
  communeCode: Type.String(),
  provinceCode: Type.String(),
  capacity: Type.Integer(),
  capacityUnit: CapacityUnit,
  status: Status,
  decisionReason: Nullable(Type.String({ description: "the police's reason, told to the owner" })),
  decidedAt: Nullable(Type.String()),
  ssoClientId: Nullable(
    Type.String({ description: "the establishment software's API client, once issued" }),
  ),
  createdAt: Type.String(),
})
export type EstablishmentResponse = Static<typeof EstablishmentSchema>

/** What the police who decide read: the commune by name and who registered the place. */
export const PoliceEstablishmentSchema = Type.Composite([
  EstablishmentSchema,
  Type.Object({
    communeName: Nullable(Type.String()),
    owner: Type.Object({ fullName: Nullable(Type.String()) }),
  }),
])

export const EstablishmentListQuery = Type.Object(
  {
    status: Type.Optional(Status),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, description: 'default 100' })),
  },
  Strict,
)

export const DecisionBody = Type.Object(
  {
    decision: Type.Union([Type.Literal('approve'), Type.Literal('refuse')]),
    reason: Type.Optional(
      Type.String({ maxLength: 500, description: 'required to refuse; told to the owner' }),
    ),
  },
  Strict,
)

export const StaffBody = Type.Object(
  {
    personalNumber: Type.String({
      pattern: '^[0-9]{12}$',
      description: 'of a resident who has an eID account',
    }),
  },
  Strict,
)

export const StaffMemberSchema = Type.Object({
  grantId: Type.Integer(),
  personalNumber: Type.String(),
  grantedAt: Type.String(),
})

export const CredentialsSchema = Type.Object({
  clientId: Type.String(),
  clientSecret: Type.String({ description: 'shown once; asking again rotates it' }),
  scope: Type.String({ description: 'to request with grant_type=client_credentials' }),
  rotated: Type.Boolean(),
})
