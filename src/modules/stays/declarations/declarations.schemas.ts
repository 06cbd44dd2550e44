import { Type, type Static } from '@sinclair/typebox'
import { DeclarationPageSchema, PoliceDeclarationSchema } from '../police/police-view.schemas.js'

const Strict = { additionalProperties: false } as const
const Instant = Type.String({ format: 'date-time', description: 'ISO 8601 with offset' })
const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD' })

/** What every guest may add to how they are identified. */
const Placement = {
  room: Type.Optional(Type.String({ minLength: 1, maxLength: 30, description: 'room or bed' })),
  accompaniedBy: Type.Optional(
    Type.Integer({
      minimum: 0,
      maximum: 99,
      description: 'index in `guests` of the adult accompanying this child',
    }),
  ),
}

const IdentityQrGuest = Type.Object(
  {
    identityQr: Type.String({ minLength: 1, maxLength: 4000, description: 'the resident app QR' }),
    ...Placement,
  },
  Strict,
)
const CardQrGuest = Type.Object(
  {
    cardQr: Type.String({ minLength: 1, maxLength: 1000, description: 'the chip card QR text' }),
    ...Placement,
  },
  Strict,
)
const TypedGuest = Type.Object(
  {
    personalNumber: Type.String({ pattern: '^[0-9]{12}$' }),
    fullName: Type.String({ minLength: 1, maxLength: 200 }),
    birthDate: Day,
    ...Placement,
  },
  Strict,
)
const PassportGuest = Type.Object(
  {
    passportMrz: Type.String({ minLength: 1, maxLength: 200, description: 'the two MRZ lines' }),
    entryDate: Day,
    visaNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 30 })),
    visaExpiresOn: Type.Optional(Day),
    ...Placement,
  },
  Strict,
)

export const DeclareBody = Type.Object(
  {
    arrivalAt: Instant,
    expectedDepartureAt: Type.Optional(Instant),
    guests: Type.Array(Type.Union([IdentityQrGuest, CardQrGuest, TypedGuest, PassportGuest]), {
      minItems: 1,
      maxItems: 100,
      description: 'one guest, or a family or a group arriving together',
    }),
  },
  Strict,
)
export type DeclareBody = Static<typeof DeclareBody>

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({ description: 'required: 1-200 printable ASCII characters, e.g. a UUID' }),
  ),
})

export const DeclaredSchema = Type.Object({
  groupId: Type.Union([Type.String(), Type.Null()]),
  declarations: Type.Array(PoliceDeclarationSchema, { description: 'in the order of `guests`' }),
})

export const CheckOutBody = Type.Object(
  { departedAt: Type.Optional({ ...Instant, description: 'when the guest left; now if absent' }) },
  Strict,
)
export const ExtensionBody = Type.Object({ expectedDepartureAt: Instant }, Strict)
export const CorrectionBody = Type.Object(
  {
    reason: Type.String({ minLength: 3, maxLength: 500 }),
    room: Type.Optional(Type.String({ minLength: 1, maxLength: 30 })),
    fullName: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: 'foreign guests only' }),
    ),
    arrivalAt: Type.Optional(Instant),
  },
  Strict,
)

const Limit = Type.Integer({ minimum: 1, maximum: 200, default: 50 })
const Cursor = Type.String({ maxLength: 200, description: 'next, from the previous page' })

export const GuestsQuery = Type.Object(
  { limit: Type.Optional(Limit), after: Type.Optional(Cursor) },
  Strict,
)
export const RegisterQuery = Type.Object(
  {
    late: Type.Optional(Type.Boolean({ description: 'true: late declarations only' })),
    from: Type.Optional({ ...Day, description: 'declared on or after this day (Vietnam time)' }),
    to: Type.Optional({ ...Day, description: 'declared on or before this day (Vietnam time)' }),
    limit: Type.Optional(Limit),
    after: Type.Optional(Cursor),
  },
  Strict,
)

export const RegisterPageSchema = Type.Composite([
  DeclarationPageSchema,
  Type.Object({
    total: Type.Integer({ description: 'declared in the period' }),
    lateCount: Type.Integer({ description: 'of which after the deadline' }),
  }),
])
