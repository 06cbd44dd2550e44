import { Type } from '@sinclair/typebox'
import { GRANT_STATUSES, MEMBER_TYPES } from './exchange.tables.js'

const Code = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$', description: 'a code' })
const ServiceCode = Type.String({ pattern: '^[a-z0-9][a-z0-9_.-]{0,63}$' })
const Name = Type.String({ minLength: 1, maxLength: 200 })
const Attribute = Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_]{0,63}$' })
const PurposeCode = Type.String({ pattern: '^[a-z][a-z0-9_]{0,63}$' })
const Instant = Type.String({ format: 'date-time' })

export const MemberBody = Type.Object(
  {
    code: Code,
    name: Name,
    type: Type.Union(MEMBER_TYPES.map((t) => Type.Literal(t))),
    unitCode: Type.Optional(Type.String({ pattern: '^\\d{2,5}$' })),
    contacts: Type.Array(
      Type.Object(
        {
          name: Name,
          email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
          phone: Type.Optional(Type.String({ pattern: '^\\+?[0-9 ]{8,16}$' })),
        },
        { additionalProperties: false },
      ),
      { maxItems: 10 },
    ),
  },
  { additionalProperties: false },
)

export const Member = Type.Object({
  code: Type.String(),
  name: Type.String(),
  type: Type.String(),
  unitCode: Type.Union([Type.String(), Type.Null()]),
  contacts: Type.Array(
    Type.Object({
      name: Type.String(),
      email: Type.Optional(Type.String()),
      phone: Type.Optional(Type.String()),
    }),
  ),
  createdAt: Instant,
})

const Purpose = Type.Object(
  {
    code: PurposeCode,
    name: Name,
    legalBasis: Type.String({ minLength: 1, maxLength: 500 }),
  },
  { additionalProperties: false },
)

const Target = Type.Union([
  Type.Object(
    {
      kind: Type.Literal('http'),
      url: Type.String({ maxLength: 2000 }),
      timeoutMs: Type.Optional(
        Type.Integer({ minimum: 100, maximum: 30_000, description: '10,000 unless told' }),
      ),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('builtin'), name: Type.String({ pattern: '^[a-z][a-z0-9-]{0,63}$' }) },
    { additionalProperties: false },
  ),
])

export const ServiceBody = Type.Object(
  {
    providerCode: Code,
    code: ServiceCode,
    name: Name,
    description: Type.String({ maxLength: 4000 }),
    openapi: Type.Record(Type.String(), Type.Unknown(), {
      description: 'the OpenAPI description of the service',
      maxProperties: 64,
    }),
    attributes: Type.Array(Attribute, { maxItems: 64 }),
    purposes: Type.Array(Purpose, { minItems: 1, maxItems: 32 }),
    rateLimitPerMinute: Type.Integer({ minimum: 1, maximum: 100_000 }),
    target: Target,
  },
  { additionalProperties: false },
)

export const Service = Type.Object({
  id: Type.String(),
  providerCode: Type.String(),
  code: Type.String(),
  name: Type.String(),
  description: Type.String(),
  openapi: Type.Record(Type.String(), Type.Unknown()),
  attributes: Type.Array(Type.String()),
  purposes: Type.Array(
    Type.Object({ code: Type.String(), name: Type.String(), legalBasis: Type.String() }),
  ),
  rateLimitPerMinute: Type.Integer(),
  target: Type.Object({
    kind: Type.String(),
    url: Type.Optional(Type.String()),
    timeoutMs: Type.Optional(Type.Integer()),
    name: Type.Optional(Type.String()),
  }),
  createdAt: Instant,
})

export const GrantRequestBody = Type.Object(
  {
    consumerCode: Code,
    serviceId: Type.String({ format: 'uuid' }),
    purposes: Type.Array(PurposeCode, { minItems: 1, maxItems: 32 }),
    attributes: Type.Array(Attribute, { maxItems: 64 }),
    expiresAt: Type.Optional(Instant),
    reason: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
  },
  { additionalProperties: false },
)

export const ApproveBody = Type.Object(
  {
    purposes: Type.Optional(Type.Array(PurposeCode, { minItems: 1, maxItems: 32 })),
    attributes: Type.Optional(Type.Array(Attribute, { maxItems: 64 })),
    expiresAt: Type.Optional(Instant),
  },
  { additionalProperties: false },
)

/** A refusal or a revocation: why, told to the consumer. */
export const RefuseBody = Type.Object(
  { reason: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })) },
  { additionalProperties: false },
)

export const Grant = Type.Object({
  id: Type.String(),
  consumerCode: Type.String(),
  serviceId: Type.String(),
  providerCode: Type.Optional(Type.String()),
  serviceCode: Type.Optional(Type.String()),
  purposes: Type.Array(Type.String()),
  attributes: Type.Array(Type.String()),
  status: Type.String({ enum: [...GRANT_STATUSES] }),
  expiresAt: Instant,
  reason: Type.Union([Type.String(), Type.Null()]),
  requestedAt: Instant,
  decidedAt: Type.Union([Instant, Type.Null()]),
  decisionNote: Type.Union([Type.String(), Type.Null()]),
})

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) })

export const CatalogueQuery = Type.Object(
  { member: Type.Optional(Code) },
  { additionalProperties: false },
)

export const ServicesQuery = Type.Object(
  { provider: Type.Optional(Code) },
  { additionalProperties: false },
)

export const CallsQuery = Type.Object(
  {
    consumer: Type.Optional(Code),
    provider: Type.Optional(Code),
    service: Type.Optional(ServiceCode),
    status: Type.Optional(Type.Integer({ minimum: 100, maximum: 599 })),
    purpose: Type.Optional(PurposeCode),
    before: Type.Optional(
      Type.Integer({
        minimum: 1,
        description: 'the next page: calls before this chain index (the last one seen)',
      }),
    ),
    from: Type.Optional(Instant),
    to: Type.Optional(Instant),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
)

export const Call = Type.Object({
  chainIndex: Type.Integer(),
  requestId: Type.String(),
  occurredAt: Instant,
  consumerCode: Type.String(),
  clientId: Type.String(),
  providerCode: Type.String(),
  serviceCode: Type.String(),
  purpose: Type.Union([Type.String(), Type.Null()]),
  status: Type.Integer(),
  errorCode: Type.Union([Type.String(), Type.Null()]),
  durationMs: Type.Integer(),
  requestSha256: Type.String(),
  responseSha256: Type.String(),
  hash: Type.String(),
})
