import { Type, type Static } from '@sinclair/typebox'
import { LISTING_STATUSES, type ListingStatus } from './watch-list-status.js'

const Strict = { additionalProperties: false } as const
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) =>
  Type.Union([schema, Type.Null()])

export const UnitCode = Type.String({
  pattern: '^[0-9]{2}([0-9]{3})?$',
  description: 'administrative unit code: a province (2 digits) or a commune (5 digits)',
})
const Reason = Type.String({ minLength: 3, maxLength: 1_000 })
const Expiry = Type.String({
  format: 'date-time',
  description:
    'when the listing lapses: after now and at most 90 days ahead (to the end of that day, Vietnam time)',
})
const Id = Type.String({ format: 'uuid' })

const ListedCitizen = Type.Object(
  { personalNumber: Type.String({ pattern: '^[0-9]{12}$' }) },
  Strict,
)
const ListedForeigner = Type.Object(
  {
    nationality: Type.String({ pattern: '^[A-Z]{3}$', description: 'ICAO 9303 code' }),
    passportNumber: Type.String({ pattern: '^[A-Z0-9]{5,20}$' }),
  },
  Strict,
)

export const NewWatchListEntryBody = Type.Object(
  {
    person: Type.Union([ListedCitizen, ListedForeigner], {
      description: 'a citizen by personal number, or a foreigner by nationality and passport',
    }),
    reason: { ...Reason, description: 'why the person is wanted or under supervision' },
    responsibleUnitCode: {
      ...UnitCode,
      description: 'the police unit that answers the alerts; inside your jurisdiction',
    },
    caseReference: Type.String({
      minLength: 3,
      maxLength: 100,
      pattern: '^[^\\u0000-\\u001f]*$',
      description: 'the case file the listing serves (số hồ sơ, vụ án)',
    }),
    legalBasis: Type.String({
      minLength: 5,
      maxLength: 300,
      pattern: '^[^\\u0000-\\u001f]*[0-9][^\\u0000-\\u001f]*$',
      description:
        'the provision the listing rests on, with its article number (e.g. "Điều 117 Bộ luật Tố tụng hình sự 2015")',
    }),
    expiresAt: Expiry,
  },
  Strict,
)
export type NewWatchListEntry = Static<typeof NewWatchListEntryBody>

export const RemovalBody = Type.Object(
  { reason: { ...Reason, description: 'why the person leaves the list' } },
  Strict,
)

export const RenewalBody = Type.Object({ expiresAt: Expiry }, Strict)

export const RefusalBody = Type.Object(
  { reason: { ...Reason, description: 'why the request is refused, for the requesting unit' } },
  Strict,
)

export const IdParams = Type.Object({ id: Id })

const Limit = Type.Integer({ minimum: 1, maximum: 500, default: 100 })
const Cursor = Type.String({ maxLength: 200, description: 'next, from the previous page' })

export const WatchListQuery = Type.Object(
  {
    include: Type.Optional(
      Type.Union([Type.Literal('current'), Type.Literal('all')], {
        default: 'current',
        description: 'current: pending and in force; all: ended, refused and expired too',
      }),
    ),
    limit: Type.Optional(Limit),
    after: Type.Optional(Cursor),
  },
  Strict,
)

export const ReviewQuery = Type.Object(
  {
    limit: Type.Optional(Limit),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0 })),
  },
  Strict,
)

export const AlertQuery = Type.Object(
  {
    acknowledged: Type.Optional(Type.Boolean({ description: 'only (un)acknowledged alerts' })),
    limit: Type.Optional(Limit),
    after: Type.Optional(Cursor),
  },
  Strict,
)
export type AlertFilter = Static<typeof AlertQuery>

const ListedPersonSchema = Type.Object({
  personalNumber: Nullable(Type.String()),
  fullName: Nullable(Type.String({ description: "a listed citizen's name in the registry" })),
  nationality: Nullable(Type.String()),
  passportNumber: Nullable(Type.String()),
})

export const WatchListEntrySchema = Type.Object({
  id: Type.String(),
  person: ListedPersonSchema,
  reason: Type.String(),
  responsibleUnitCode: Type.String(),
  responsibleUnitName: Nullable(Type.String()),
  caseReference: Type.String(),
  legalBasis: Type.String(),
  status: Type.Unsafe<ListingStatus>({
    type: 'string',
    enum: [...LISTING_STATUSES],
    description: 'pending approval, active (alerts), expired, ended or refused',
  }),
  addedAt: Type.String(),
  expiresAt: Type.String(),
  decidedAt: Nullable(Type.String()),
  refusalReason: Nullable(Type.String()),
  removedAt: Nullable(Type.String()),
  removalReason: Nullable(Type.String()),
})

export const ReviewPageSchema = Type.Object({ entries: Type.Array(WatchListEntrySchema) })

export const WatchListPageSchema = Type.Object({
  entries: Type.Array(WatchListEntrySchema),
  next: Nullable(Type.String()),
})

export const AlertSchema = Type.Object({
  id: Type.String(),
  createdAt: Type.String(),
  communeCode: Type.String(),
  communeName: Nullable(Type.String()),
  responsibleUnitCode: Type.String(),
  responsibleUnitName: Nullable(Type.String()),
  entry: Type.Object({ id: Type.String(), reason: Type.String(), person: ListedPersonSchema }),
  declaration: Type.Object({
    id: Type.String(),
    fullName: Type.String(),
    birthDate: Type.String(),
    room: Nullable(Type.String()),
    arrivalAt: Type.String(),
    tripId: Nullable(Type.String()),
  }),
  establishment: Type.Object({ id: Type.String(), name: Type.String(), address: Type.String() }),
  acknowledgedAt: Nullable(Type.String()),
})

export const AlertPageSchema = Type.Object({
  alerts: Type.Array(AlertSchema),
  next: Nullable(Type.String()),
})
