import { Type, type Static, type TSchema } from '@sinclair/typebox'
import { PURPOSE_CODES } from '../../audit/index.js'

const Strict = { additionalProperties: false } as const
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])
const Text = Type.String()

const Purpose = Type.Union(
  PURPOSE_CODES.map((code) => Type.Literal(code)),
  { description: 'why the guests are read; kept in the audit trail each resident can see' },
)
const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD, a Vietnam calendar day' })
const EstablishmentId = Type.String({ minLength: 1, maxLength: 64 })
const GuestKind = Type.Union([Type.Literal('citizen'), Type.Literal('foreigner')])
const Limit = Type.Integer({ minimum: 1, maximum: 200, default: 50 })
const Cursor = Type.String({ maxLength: 200, description: 'next, from the previous page' })

export const PurposeQuery = Type.Object({ purpose: Purpose }, Strict)

// Not constrained here: an id the stream did not write is ignored, not refused (see LiveFeed).
export const LiveHeaders = Type.Object({
  'last-event-id': Type.Optional(
    Type.String({ description: 'the id of the last event received, e.g. 1234-56' }),
  ),
})

const GuestsFilter = {
  purpose: Purpose,
  establishment: Type.Optional(EstablishmentId),
  guestKind: Type.Optional(GuestKind),
  limit: Type.Optional(Limit),
  after: Type.Optional(Cursor),
}

export const CurrentGuestsQuery = Type.Object(GuestsFilter, Strict)
export type CurrentGuestsQuery = Static<typeof CurrentGuestsQuery>

export const PoliceDeclarationsQuery = Type.Object(
  {
    ...GuestsFilter,
    from: Type.Optional({ ...Day, description: 'declared on or after this day (Vietnam time)' }),
    to: Type.Optional({ ...Day, description: 'declared on or before this day (Vietnam time)' }),
    late: Type.Optional(Type.Boolean({ description: 'true: late declarations only' })),
  },
  Strict,
)
export type PoliceDeclarationsQuery = Static<typeof PoliceDeclarationsQuery>

export const PersonStaysQuery = Type.Object(
  { purpose: Purpose, limit: Type.Optional(Limit), after: Type.Optional(Cursor) },
  Strict,
)
export const PersonParams = Type.Object({
  personalNumber: Type.String({ pattern: '^[0-9]{12}$' }),
})

export const LateByEstablishmentQuery = Type.Object(
  {
    from: { ...Day, description: 'first day of the period (Vietnam time), by declaration day' },
    to: { ...Day, description: 'last day of the period, included' },
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  Strict,
)
export type LateByEstablishmentQuery = Static<typeof LateByEstablishmentQuery>

export const DeclarationParams = Type.Object({ id: Type.String({ format: 'uuid' }) })

const EstablishmentRef = Type.Object({
  id: Text,
  name: Text,
  address: Text,
  communeCode: Text,
})

/** A guest's stay as the police (or the declaring establishment) see it. */
export const PoliceDeclarationSchema = Type.Object({
  id: Text,
  establishment: EstablishmentRef,
  guestKind: GuestKind,
  personalNumber: Nullable(Text),
  fullName: Text,
  birthDate: Text,
  sex: Nullable(Text),
  nationality: Text,
  passportNumber: Nullable(Text),
  passportExpiresOn: Nullable(Text),
  entryDate: Nullable(Text),
  visaNumber: Nullable(Text),
  visaExpiresOn: Nullable(Text),
  room: Nullable(Text),
  arrivalAt: Text,
  expectedDepartureAt: Nullable(Text),
  departedAt: Nullable(Text),
  declaredAt: Text,
  deadlineAt: Text,
  late: Type.Boolean(),
  method: Text,
  flags: Type.Array(Text, { description: "facts for the police, e.g. 'open_stay_elsewhere'" }),
  groupId: Nullable(Text),
  accompaniedBy: Nullable(Text),
  tripId: Nullable(Text),
  revision: Type.Integer(),
})
export type PoliceDeclaration = Static<typeof PoliceDeclarationSchema>

export const DeclarationPageSchema = Type.Object({
  declarations: Type.Array(PoliceDeclarationSchema, { description: 'newest declared first' }),
  next: Nullable(Text),
})
export type DeclarationPage = Static<typeof DeclarationPageSchema>

export const DeclarationDetailSchema = Type.Composite([
  PoliceDeclarationSchema,
  Type.Object({
    history: Type.Array(
      Type.Object({
        revision: Type.Integer({ description: 'the revision this change replaced' }),
        kind: Text,
        reason: Nullable(Text),
        changedAt: Text,
      }),
      { description: 'changes made to the declaration, oldest first' },
    ),
  }),
])
export type DeclarationDetail = Static<typeof DeclarationDetailSchema>

export const LateByEstablishmentSchema = Type.Object({
  from: Text,
  to: Text,
  establishments: Type.Array(
    Type.Object({
      establishment: EstablishmentRef,
      declarations: Type.Integer({ description: 'declared in the period' }),
      late: Type.Integer({ description: 'of which after the deadline' }),
      onTimeShare: Type.Number({ description: 'on time / declared, 0-1' }),
    }),
    { description: 'most late first' },
  ),
})
export type LateByEstablishment = Static<typeof LateByEstablishmentSchema>
