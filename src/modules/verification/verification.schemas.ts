import { Type } from '@sinclair/typebox'

const Strict = { additionalProperties: false } as const
const Uuid = Type.String({ format: 'uuid' })
const Instant = Type.String({ format: 'date-time' })
const Day = Type.String({ format: 'date' })
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()])
const PersonalNumber = Type.String({ pattern: '^[0-9]{12}$' })
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' })

export const Kind = Type.Union([
  Type.Literal('hospital'),
  Type.Literal('notary'),
  Type.Literal('pawnshop'),
  Type.Literal('examBoard'),
  Type.Literal('school'),
])
export const Purpose = Type.Union([
  Type.Literal('medicalCheckIn'),
  Type.Literal('notarisation'),
  Type.Literal('pawnTransaction'),
  Type.Literal('examAttendance'),
  Type.Literal('schoolCheck'),
])
export const Method = Type.Union([
  Type.Literal('cardQr'),
  Type.Literal('identityQr'),
  Type.Literal('kioskBiometric'),
])
export const Result = Type.Union([
  Type.Literal('match'),
  Type.Literal('mismatch'),
  Type.Literal('notFound'),
])

export const IdParams = Type.Object({ id: Uuid }, Strict)

export const PartnerBody = Type.Object(
  { kind: Kind, name: Text(200), communeCode: Type.String({ pattern: '^[0-9]{5}$' }) },
  Strict,
)
export const PartnerSchema = Type.Object({
  id: Uuid,
  kind: Kind,
  name: Type.String(),
  communeCode: Type.String(),
  createdAt: Instant,
})
export const PartnerList = Type.Object({ partners: Type.Array(PartnerSchema) })

export const StaffBody = Type.Object({ personalNumber: PersonalNumber }, Strict)
export const StaffGrantSchema = Type.Object({
  grantId: Type.Integer(),
  personalNumber: Type.String(),
  partnerId: Uuid,
  grantedAt: Instant,
})
export const StaffList = Type.Object({ staff: Type.Array(StaffGrantSchema) })
export const StaffParams = Type.Object(
  { id: Uuid, grantId: Type.Integer({ minimum: 1, maximum: 2147483647 }) },
  Strict,
)
export const DeviceParams = Type.Object({ id: Uuid, deviceId: Uuid }, Strict)

export const CheckBody = Type.Object(
  {
    code: Type.String({
      minLength: 1,
      maxLength: 4000,
      description: 'the scanned text: a chip card QR or an identity QR token',
    }),
    purpose: Purpose,
  },
  Strict,
)
export const SessionCheckBody = Type.Object({ code: CheckBody.properties.code }, Strict)

export const ChecksQuery = Type.Object(
  {
    purpose: Type.Optional(Purpose),
    method: Type.Optional(Method),
    result: Type.Optional(Result),
    from: Type.Optional(Day),
    to: Type.Optional(Day),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  Strict,
)

const Presented = Type.Object({
  personalNumber: Type.String(),
  fullName: Type.String(),
  birthDate: Type.String(),
})

export const CheckSchema = Type.Object({
  id: Uuid,
  purpose: Purpose,
  method: Method,
  personalNumber: Type.String(),
  result: Result,
  eidLevel: Nullable(Type.Integer()),
  flag: Nullable(Type.Union([Type.Literal('notOnList'), Type.Literal('secondCheckIn')])),
  sessionId: Nullable(Uuid),
  checkedAt: Instant,
})
export const CheckResponse = Type.Object({
  check: CheckSchema,
  presented: Nullable(Presented),
})
export const CheckList = Type.Object({ checks: Type.Array(CheckSchema) })

export const MyPartnerSchema = Type.Object({
  partner: PartnerSchema,
  purposes: Type.Array(Purpose),
})

export const DeviceBody = Type.Object(
  {
    name: Text(120),
    publicJwk: Type.Object(
      {
        kty: Type.String({ maxLength: 8 }),
        crv: Type.String({ maxLength: 16 }),
        x: Type.String({ maxLength: 100 }),
        y: Type.String({ maxLength: 100 }),
      },
      { additionalProperties: true, maxProperties: 12 },
    ),
  },
  Strict,
)
export const DeviceSchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  createdAt: Instant,
  revokedAt: Nullable(Instant),
})
export const DeviceList = Type.Object({ devices: Type.Array(DeviceSchema) })

export const AttestationBody = Type.Object(
  {
    attestation: Type.String({
      minLength: 1,
      maxLength: 4000,
      description: 'compact JWS, ES256, kid = the device id (see the ADR 0017)',
    }),
  },
  Strict,
)

export const SessionBody = Type.Object({ title: Text(200), startsAt: Instant }, Strict)
export const SessionSchema = Type.Object({
  id: Uuid,
  title: Type.String(),
  startsAt: Instant,
  createdAt: Instant,
})
export const SessionList = Type.Object({ sessions: Type.Array(SessionSchema) })

export const ImportReport = Type.Object({
  imported: Type.Integer(),
  rejected: Type.Array(Type.Object({ line: Type.Integer(), message: Type.String() })),
})

const Candidate = Type.Object({
  line: Type.Integer(),
  personalNumber: Type.String(),
  fullName: Type.String(),
  birthDate: Type.String(),
  seat: Nullable(Type.String()),
})

export const SessionCheckResponse = Type.Object({
  check: CheckSchema,
  presented: Nullable(Presented),
  candidate: Nullable(Candidate),
})

export const ReportSchema = Type.Object({
  session: SessionSchema,
  partner: PartnerSchema,
  candidates: Type.Array(
    Type.Composite([
      Candidate,
      Type.Object({
        attendance: Type.Union([
          Type.Literal('present'),
          Type.Literal('mismatch'),
          Type.Literal('absent'),
        ]),
        checkedAt: Nullable(Instant),
      }),
    ]),
  ),
  flagged: Type.Array(CheckSchema),
  totals: Type.Object({
    listed: Type.Integer(),
    present: Type.Integer(),
    absent: Type.Integer(),
    flagged: Type.Integer(),
  }),
})
