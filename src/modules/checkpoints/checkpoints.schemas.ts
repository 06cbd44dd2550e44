import { Type } from '@sinclair/typebox'

const Strict = { additionalProperties: false } as const
const Uuid = Type.String({ format: 'uuid' })
const Instant = Type.String({ format: 'date-time' })
const Day = Type.String({ format: 'date' })
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()])
const PersonalNumber = Type.String({ pattern: '^[0-9]{12}$' })
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' })
const Commune = Type.String({ pattern: '^[0-9]{5}$' })

export const SiteKind = Type.Union([
  Type.Literal('touristSite'),
  Type.Literal('industrialPark'),
  Type.Literal('railwayStation'),
])
export const Direction = Type.Union([Type.Literal('entry'), Type.Literal('exit')])
const Method = Type.Union([
  Type.Literal('identityQr'),
  Type.Literal('cardQr'),
  Type.Literal('camera'),
])
const Flag = Type.Union([
  Type.Literal('exitWithoutEntry'),
  Type.Literal('entryTwice'),
  Type.Literal('outOfOrder'),
])
const AgeGroup = Type.Union([
  Type.Literal('0-14'),
  Type.Literal('15-24'),
  Type.Literal('25-39'),
  Type.Literal('40-59'),
  Type.Literal('60+'),
])

export const IdParams = Type.Object({ id: Uuid }, Strict)

export const OperatorBody = Type.Object({ name: Text(200), communeCode: Commune }, Strict)
export const OperatorSchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  communeCode: Type.String(),
  createdAt: Instant,
})
export const OperatorList = Type.Object({ operators: Type.Array(OperatorSchema) })

export const StaffBody = Type.Object({ personalNumber: PersonalNumber }, Strict)
export const StaffGrantSchema = Type.Object({
  grantId: Type.Integer(),
  personalNumber: Type.String(),
  operatorId: Uuid,
  grantedAt: Instant,
})

export const SiteBody = Type.Object(
  { operatorId: Uuid, kind: SiteKind, name: Text(200), communeCode: Commune },
  Strict,
)
export const GateSchema = Type.Object({ id: Uuid, name: Type.String() })
export const SiteSchema = Type.Object({
  id: Uuid,
  operatorId: Uuid,
  kind: SiteKind,
  name: Type.String(),
  communeCode: Type.String(),
  provinceCode: Type.String(),
  gates: Type.Array(GateSchema),
  createdAt: Instant,
})
export const SiteList = Type.Object({ sites: Type.Array(SiteSchema) })

export const GateBody = Type.Object({ name: Text(100) }, Strict)

export const CameraKeyBody = Type.Object(
  {
    name: Text(100),
    publicJwk: Type.Object(
      { kty: Type.String(), crv: Type.String(), x: Type.String(), y: Type.String() },
      { additionalProperties: true },
    ),
  },
  Strict,
)
export const CameraKeySchema = Type.Object({
  id: Uuid,
  siteId: Uuid,
  name: Type.String(),
  createdAt: Instant,
})

export const WorkersBody = Type.Object(
  { personalNumbers: Type.Array(PersonalNumber, { minItems: 1, maxItems: 5_000 }) },
  Strict,
)
export const WorkersAnswer = Type.Object({ added: Type.Integer(), listed: Type.Integer() })

export const ScanBody = Type.Object(
  { gateId: Uuid, direction: Direction, code: Type.String({ minLength: 1, maxLength: 4_000 }) },
  Strict,
)
export const PassageSchema = Type.Object({
  id: Type.Integer(),
  siteId: Uuid,
  gateId: Uuid,
  direction: Direction,
  method: Method,
  flag: Nullable(Flag),
  occurredAt: Instant,
})
export const ScanAnswer = Type.Object({
  passage: PassageSchema,
  fullName: Type.String(),
  occupancy: Type.Integer(),
})

export const BatchBody = Type.Object(
  {
    batch: Type.String({ minLength: 1, maxLength: 2_000_000, description: 'compact JWS (ES256)' }),
  },
  Strict,
)
export const BatchAnswer = Type.Object({
  received: Type.Integer(),
  recorded: Type.Integer(),
  duplicates: Type.Integer(),
  flagged: Type.Integer(),
})

export const OccupancySchema = Type.Object({
  siteId: Uuid,
  inside: Type.Integer(),
  gates: Type.Array(Type.Object({ gateId: Uuid, name: Type.String(), inside: Type.Integer() })),
  at: Instant,
})

export const VisitsQuery = Type.Object({ from: Type.Optional(Day), to: Type.Optional(Day) }, Strict)
const Counts = { entries: Type.Integer(), exits: Type.Integer() }
export const VisitsSchema = Type.Object({
  siteId: Uuid,
  from: Day,
  to: Day,
  hours: Type.Array(Type.Object({ hour: Instant, ...Counts })),
  days: Type.Array(Type.Object({ date: Day, ...Counts })),
  byProvince: Type.Array(Type.Object({ provinceCode: Type.String(), entries: Type.Integer() })),
  byAgeGroup: Type.Array(Type.Object({ ageGroup: AgeGroup, entries: Type.Integer() })),
  bySex: Type.Array(Type.Object({ sex: Type.String(), entries: Type.Integer() })),
  byVisitorKind: Type.Array(Type.Object({ visitorKind: Type.String(), entries: Type.Integer() })),
})

export const TicketsBody = Type.Object(
  { personalNumbers: Type.Array(PersonalNumber, { minItems: 1, maxItems: 1_000 }) },
  Strict,
)
const TicketSchema = Type.Object({
  id: Uuid,
  tripId: Uuid,
  personalNumber: Type.String(),
  issuedAt: Instant,
  boardedAt: Nullable(Instant),
})
export const IssueAnswer = Type.Object({
  tripId: Uuid,
  issued: Type.Array(TicketSchema),
  alreadyHeld: Type.Array(Type.String()),
  seats: Type.Integer(),
  sold: Type.Integer(),
})
export const BoardingBody = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 4_000 }) },
  Strict,
)
export const BoardingAnswer = Type.Object({
  ticket: TicketSchema,
  fullName: Type.String(),
  declarationId: Type.String(),
})

export const TrainTripBody = Type.Object(
  {
    trainNumber: Type.String({ pattern: '^[A-Z]{1,4}[0-9]{1,4}$', maxLength: 8 }),
    fromSiteId: Uuid,
    toSiteId: Uuid,
    departureAt: Instant,
    seats: Type.Integer({ minimum: 1, maximum: 2_000 }),
  },
  Strict,
)
export const TrainTripSchema = Type.Object({
  id: Uuid,
  operatorId: Uuid,
  trainNumber: Type.String(),
  fromSiteId: Uuid,
  toSiteId: Uuid,
  departureAt: Instant,
  seats: Type.Integer(),
  sold: Type.Integer(),
  /** Of the tickets sold, those checked at the station's gate. */
  boarded: Type.Integer(),
})
export const TrainTripList = Type.Object({ trips: Type.Array(TrainTripSchema) })
export const TrainTripsQuery = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })) },
  Strict,
)
export const StationList = Type.Object({
  stations: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      communeCode: Type.String(),
      /** Run by one of the caller's operators: a train may leave from it. */
      own: Type.Boolean(),
    }),
  ),
})
export const TrainBoardingAnswer = Type.Object({
  ticket: TicketSchema,
  fullName: Type.String(),
  stationId: Uuid,
})
