import { Type, type Static } from '@sinclair/typebox'

const PersonalNumber = Type.String({ pattern: '^\\d{12}$' })
const CommuneCode = Type.String({ pattern: '^\\d{5}$' })
const ProgrammeCode = Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z0-9-]+$' })
const Month = Type.String({ pattern: '^\\d{4}-\\d{2}$' })
const Instant = Type.String({ format: 'date-time' })
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) =>
  Type.Union([t, Type.Null()])

export const ProgrammeSchema = Type.Object({
  code: Type.String(),
  name: Type.Object({ vi: Type.String(), en: Type.String() }),
  kind: Type.Union([
    Type.Literal('monthly'),
    Type.Literal('oneOff'),
    Type.Literal('list'),
    Type.Literal('loan'),
  ]),
  amount: Nullable(Type.Integer()),
  basis: Type.String(),
  source: Type.String(),
  rule: Type.Object({
    minAge: Type.Optional(Type.Integer()),
    maxAge: Type.Optional(Type.Integer()),
    alive: Type.Boolean(),
    residence: Type.Union([Type.Literal('commune'), Type.Literal('province')]),
    listedIn: Type.Optional(Type.Array(Type.String())),
  }),
})
export const ProgrammeList = Type.Object({
  standard: Type.Object({ amount: Type.Integer(), source: Type.String() }),
  items: Type.Array(ProgrammeSchema),
})

export const ListQuery = Type.Object(
  {
    programmeCode: ProgrammeCode,
    communeCode: CommuneCode,
    status: Type.Optional(
      Type.Union([
        Type.Literal('proposed'),
        Type.Literal('active'),
        Type.Literal('stopped'),
        Type.Literal('ended'),
      ]),
    ),
  },
  { additionalProperties: false },
)
export const PeriodsQuery = Type.Object(
  { programmeCode: ProgrammeCode, communeCode: CommuneCode },
  { additionalProperties: false },
)

export const AddBody = Type.Object(
  {
    programmeCode: ProgrammeCode,
    personalNumber: PersonalNumber,
    communeCode: CommuneCode,
  },
  { additionalProperties: false },
)

export const DecisionBody = Type.Object(
  {
    action: Type.Union([Type.Literal('approve'), Type.Literal('refuse'), Type.Literal('stop')]),
    note: Type.String({ minLength: 1, maxLength: 1000 }),
  },
  { additionalProperties: false },
)

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) })
export const FileParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]),
})

export const BeneficiarySchema = Type.Object({
  id: Type.String(),
  programmeCode: Type.String(),
  personalNumber: Type.String(),
  fullName: Type.String(),
  communeCode: Type.String(),
  status: Type.Union([
    Type.Literal('proposed'),
    Type.Literal('active'),
    Type.Literal('stopped'),
    Type.Literal('ended'),
  ]),
  fromPeriod: Type.String(),
  untilPeriod: Nullable(Type.String()),
  createdAt: Instant,
  updatedAt: Instant,
})
export const BeneficiaryList = Type.Object({ items: Type.Array(BeneficiarySchema) })
export const HistorySchema = Type.Object({
  at: Instant,
  status: Type.Union([
    Type.Literal('proposed'),
    Type.Literal('active'),
    Type.Literal('stopped'),
    Type.Literal('ended'),
  ]),
  communeCode: Type.String(),
  change: Type.String(),
  note: Nullable(Type.String()),
  actorAccountId: Nullable(Type.String()),
})
export const BeneficiaryDetail = Type.Composite([
  BeneficiarySchema,
  Type.Object({ history: Type.Array(HistorySchema) }),
])

export const PeriodBody = Type.Object(
  { programmeCode: ProgrammeCode, communeCode: CommuneCode, period: Month },
  { additionalProperties: false },
)

const Totals = Type.Object({ lines: Type.Integer(), amount: Type.Integer() })
export const PeriodSchema = Type.Object({
  id: Type.String(),
  programmeCode: Type.String(),
  communeCode: Type.String(),
  period: Type.String(),
  status: Type.Union([Type.Literal('built'), Type.Literal('reconciled')]),
  builtAt: Instant,
  reconciledAt: Nullable(Instant),
  totals: Type.Composite([
    Totals,
    Type.Object({ bank: Totals, cash: Totals, paid: Type.Integer(), failed: Type.Integer() }),
  ]),
})
export const PeriodList = Type.Object({ items: Type.Array(PeriodSchema) })
export const LineSchema = Type.Object({
  lineNo: Type.Integer(),
  personalNumber: Type.String(),
  fullName: Type.String(),
  amount: Type.Integer(),
  channel: Type.Union([Type.Literal('bank'), Type.Literal('cash')]),
  provider: Nullable(Type.String()),
  status: Type.Union([Type.Literal('pending'), Type.Literal('paid'), Type.Literal('failed')]),
  note: Nullable(Type.String()),
  settledAt: Nullable(Instant),
})
export const PeriodDetail = Type.Composite([
  PeriodSchema,
  Type.Object({ lines: Type.Array(LineSchema) }),
])

export const MyBenefits = Type.Object({
  benefits: Type.Array(
    Type.Object({
      programmeCode: Type.String(),
      name: Type.Object({ vi: Type.String(), en: Type.String() }),
      amount: Nullable(Type.Integer()),
      status: Type.Union([
        Type.Literal('proposed'),
        Type.Literal('active'),
        Type.Literal('stopped'),
        Type.Literal('ended'),
      ]),
      communeCode: Type.String(),
      fromPeriod: Type.String(),
      untilPeriod: Nullable(Type.String()),
    }),
  ),
  payments: Type.Array(
    Type.Object({
      period: Type.String(),
      programmeCode: Type.String(),
      amount: Type.Integer(),
      channel: Type.Union([Type.Literal('bank'), Type.Literal('cash')]),
      provider: Nullable(Type.String()),
      status: Type.Union([Type.Literal('pending'), Type.Literal('paid'), Type.Literal('failed')]),
      settledAt: Nullable(Instant),
    }),
  ),
})
export type MyBenefits = Static<typeof MyBenefits>

export const Binary = (description: string) =>
  Type.Unsafe<Buffer | string>({ type: 'string', format: 'binary', description })
