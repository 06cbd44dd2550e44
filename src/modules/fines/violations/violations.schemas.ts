import { Type, type Static } from '@sinclair/typebox'

// The plate is checked by the service, which says which form it expected.
export const NewViolationBody = Type.Object(
  {
    plate: Type.String({ minLength: 1, maxLength: 20, examples: ['60A-123.45', '60-B1 123.45'] }),
    articleCode: Type.String({ minLength: 1, maxLength: 20, examples: ['168-6-9-b'] }),
    fine: Type.Integer({ minimum: 1, maximum: 1_000_000_000 }),
    communeCode: Type.String({ pattern: '^[0-9]{5}$' }),
    occurredAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
)
export type NewViolation = Static<typeof NewViolationBody>

const VehicleClassSchema = Type.Union([Type.Literal('car'), Type.Literal('motorbike')])
const SourceSchema = Type.Union([Type.Literal('officer'), Type.Literal('camera')])
export const StatusSchema = Type.Union([
  Type.Literal('notified'),
  Type.Literal('confirmed'),
  Type.Literal('appealed'),
  Type.Literal('cancelled'),
  Type.Literal('paid'),
])
const Bilingual = Type.Object({ vi: Type.String(), en: Type.String() })

export const ViolationSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  plate: Type.String(),
  vehicleClass: VehicleClassSchema,
  articleCode: Type.String(),
  article: Bilingual,
  fine: Type.Integer(),
  communeCode: Type.String(),
  occurredAt: Type.String({ format: 'date-time' }),
  source: SourceSchema,
  status: Type.String(),
  /** Whether the registry named an owner who is told in the app. */
  ownerFound: Type.Boolean(),
  recordedAt: Type.String({ format: 'date-time' }),
})
export type ViolationView = Static<typeof ViolationSchema>

/** The fine table's articles the police pick from, with the range the fine must fall in. */
export const ArticleListSchema = Type.Object({
  decree: Type.String(),
  items: Type.Array(
    Type.Object({
      code: Type.String(),
      vehicleClass: VehicleClassSchema,
      minFine: Type.Integer(),
      maxFine: Type.Integer(),
      vi: Type.String(),
      en: Type.String(),
    }),
  ),
})

export const ViolationParams = Type.Object({ id: Type.String({ format: 'uuid' }) })

const AppealSummary = Type.Object({
  id: Type.String({ format: 'uuid' }),
  status: Type.Union([Type.Literal('pending'), Type.Literal('upheld'), Type.Literal('cancelled')]),
  filedAt: Type.String({ format: 'date-time' }),
  decidedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
})

/** A violation as its owner (and the police of its place) read it. */
export const ViolationDetailSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  plate: Type.String(),
  vehicleClass: VehicleClassSchema,
  status: StatusSchema,
  articleCode: Type.String(),
  /** The article's title in the fine table, Vietnamese and English. */
  article: Bilingual,
  fine: Type.Integer(),
  communeCode: Type.String(),
  communeName: Type.Union([Type.String(), Type.Null()]),
  occurredAt: Type.String({ format: 'date-time' }),
  recordedAt: Type.String({ format: 'date-time' }),
  source: SourceSchema,
  /** The last Vietnam calendar day to pay, and to appeal; null while an appeal is pending. */
  dueOn: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  /** Unpaid past its due day. */
  overdue: Type.Boolean(),
  /** Whether the owner may still appeal (once, before the due day ends). */
  canAppeal: Type.Boolean(),
  evidenceCount: Type.Integer(),
  seenInAppAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  confirmedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  appeal: Type.Union([AppealSummary, Type.Null()]),
  reminders: Type.Array(
    Type.Object({
      kind: Type.Union([Type.Literal('due_soon'), Type.Literal('overdue')]),
      dueOn: Type.String({ format: 'date' }),
      sentAt: Type.String({ format: 'date-time' }),
    }),
  ),
})
export type ViolationDetail = Static<typeof ViolationDetailSchema>

export const MyFinesSchema = Type.Object({ items: Type.Array(ViolationDetailSchema) })

export const OverdueQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    after: Type.Optional(
      Type.String({ maxLength: 60, description: 'next, from the previous page' }),
    ),
    /** One commune of the caller's; a commune outside them lists nothing. */
    communeCode: Type.Optional(Type.String({ pattern: '^[0-9]{5}$' })),
    /** Only those overdue at least this many Vietnam calendar days. */
    minDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
  },
  { additionalProperties: false },
)

export const OverduePageSchema = Type.Object({
  items: Type.Array(
    Type.Intersect([
      ViolationDetailSchema,
      Type.Object({
        /** Vietnam calendar days since the due day ended. */
        daysOverdue: Type.Integer({ minimum: 1 }),
      }),
    ]),
  ),
  next: Type.Union([Type.String(), Type.Null()]),
})
