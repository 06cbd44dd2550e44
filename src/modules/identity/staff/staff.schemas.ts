import { Type } from '@sinclair/typebox'
import { ROLES } from '../../../platform/auth/roles.js'
import { PersonalNumber } from '../identity.schemas.js'

const Strict = { additionalProperties: false } as const
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) =>
  Type.Union([schema, Type.Null()])
// Grant ids are a PostgreSQL serial: larger numbers would fail in the database, not here.
const grantId = (description?: string) =>
  Type.Integer({ minimum: 1, maximum: 2_147_483_647, ...(description ? { description } : {}) })

const RoleSchema = Type.Union(
  ROLES.map((role) => Type.Literal(role)),
  { description: 'staff role (src/platform/auth/roles.ts)' },
)
const unitCode = (description: string) => Type.String({ pattern: '^[0-9]{2,5}$', description })
const bindingCode = (description: string) =>
  Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$', description })

export const GrantBody = Type.Object(
  {
    personalNumber: PersonalNumber,
    role: RoleSchema,
    unitCodes: Type.Array(unitCode('a province (2 digits) or commune (5 digits) in force'), {
      minItems: 1,
      maxItems: 200,
      uniqueItems: true,
      description: 'the jurisdiction; a province covers its communes',
    }),
    establishmentId: Type.Optional(bindingCode('required for establishmentStaff, else refused')),
    agencyCode: Type.Optional(bindingCode('required for departmentOfficer, else refused')),
  },
  Strict,
)

export const GrantListQuery = Type.Object(
  {
    role: Type.Optional(RoleSchema),
    unit: Type.Optional(unitCode('grants naming this unit')),
    status: Type.Optional(
      Type.Union([Type.Literal('active'), Type.Literal('revoked'), Type.Literal('all')], {
        description: 'default active',
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
    after: Type.Optional(grantId('`next` of the previous page')),
  },
  Strict,
)

export const GrantParams = Type.Object({ grantId: grantId() })

export const RevokeBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 200, description: 'kept in the audit trail' }) },
  Strict,
)

export const StaffGrantSchema = Type.Object({
  id: Type.Integer(),
  personalNumber: Type.String(),
  role: Type.String(),
  unitCodes: Type.Array(Type.String()),
  establishmentId: Nullable(Type.String()),
  agencyCode: Nullable(Type.String()),
  grantedAt: Type.String(),
  grantedBy: Nullable(
    Type.String({ description: 'personal number of the administrator; null: the operator' }),
  ),
  revokedAt: Nullable(Type.String()),
})

export const StaffGrantPageSchema = Type.Object({
  grants: Type.Array(StaffGrantSchema),
  next: Type.Union([Type.Integer(), Type.Null()]),
})
