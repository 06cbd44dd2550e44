import { Type, type TSchema } from '@sinclair/typebox'

const Strict = { additionalProperties: false } as const
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

export const Month = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' })
export const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD' })
export const AgencyCode = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' })
export const ModelNo = Type.Integer({ minimum: 1, maximum: 43, description: 'model number, 1-43' })
export const RowId = Type.Integer({ minimum: 1, maximum: 2_147_483_647 })
// Unions are written out: the type provider types a union only from a tuple of literals.
const Group = Type.Union(
  [
    Type.Literal('I'),
    Type.Literal('II'),
    Type.Literal('III'),
    Type.Literal('IV'),
    Type.Literal('V'),
  ],
  { description: 'I-V' },
)
const RecordedStatus = Type.Union([
  Type.Literal('not_started'),
  Type.Literal('in_progress'),
  Type.Literal('done'),
])
const Reason = Type.String({ minLength: 1, maxLength: 500, description: 'kept in the history' })

export const Indicator = Type.Object(
  {
    key: Type.Optional(Type.String({ maxLength: 64 })),
    label: Type.String({ minLength: 1, maxLength: 200 }),
    value: Type.Number(),
    unit: Type.String({ maxLength: 32 }),
  },
  Strict,
)

export const AgencyRefSchema = Type.Object({
  code: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
})

export const AgencySchema = Type.Object({
  code: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
  kind: Type.String(),
  hasContact: Type.Boolean({ description: 'reminders also go by message to its focal point' }),
})

export const AccessSchema = Type.Object({
  read: Type.Union([Type.Literal('all'), Type.Literal('own')], {
    description: "own: the models of the caller's agencies only",
  }),
  report: Type.Union([Type.Literal('all'), Type.Literal('own'), Type.Literal('none')]),
  manage: Type.Boolean({ description: 'sets statuses and deadlines, consolidates' }),
  agencies: Type.Array(Type.String(), { description: 'the agencies the caller reports for' }),
})

export const AgencyContactSchema = Type.Object({
  code: Type.String(),
  contactPhone: Nullable(Type.String()),
  contactSetAt: Nullable(Type.String()),
})

const KpiSchema = Type.Object({
  description: Type.String({ description: 'the KPI as the plan file words it' }),
  source: Type.Union([Type.Literal('computed'), Type.Literal('manual'), Type.Literal('none')], {
    description: 'computed from live data, reported by hand, or none',
  }),
  state: Type.Union(
    [
      Type.Literal('computed'),
      Type.Literal('failed'),
      Type.Literal('reported'),
      Type.Literal('not_reported'),
      Type.Literal('none'),
    ],
    { description: 'failed: could not compute (see reason); not_reported: no report gave it yet' },
  ),
  indicators: Type.Array(Indicator),
  computedAt: Nullable(Type.String()),
  reason: Nullable(Type.String({ description: 'why it could not be computed' })),
  reportedMonth: Nullable(Type.String()),
  reportedBy: Nullable(Type.String({ description: 'agency code of the report it comes from' })),
  trend: Type.Array(Type.Object({ month: Type.String(), indicators: Type.Array(Indicator) })),
})

const ReportStateSchema = Type.Object({
  agencyCode: Type.String(),
  state: Type.Union([
    Type.Literal('submitted'),
    Type.Literal('late'),
    Type.Literal('draft'),
    Type.Literal('due'),
    Type.Literal('missing'),
  ]),
  reportId: Nullable(Type.Integer()),
  submittedAt: Nullable(Type.String()),
})

export const ModelSummarySchema = Type.Object({
  no: Type.Integer(),
  group: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
  lead: Type.Array(AgencyRefSchema),
  leadText: Type.String({ description: 'as the plan writes it' }),
  deadline: Type.Object({ text: Type.String(), date: Nullable(Type.String()) }),
  status: Type.Union([
    Type.Literal('not_started'),
    Type.Literal('in_progress'),
    Type.Literal('done'),
    Type.Literal('overdue'),
  ]),
  recordedStatus: RecordedStatus,
  kpi: KpiSchema,
  reports: Type.Object({
    month: Type.String(),
    dueDate: Type.String({ description: 'reports are late from this day on' }),
    agencies: Type.Array(ReportStateSchema),
    late: Type.Integer(),
    missing: Type.Integer(),
  }),
})

export const ScorecardSchema = Type.Object({
  today: Type.String(),
  month: Type.String(),
  dueDate: Type.String(),
  models: Type.Array(ModelSummarySchema),
})

export const ScorecardQuery = Type.Object(
  {
    agency: Type.Optional(AgencyCode),
    group: Type.Optional(Group),
    month: Type.Optional(Month),
  },
  Strict,
)

export const ModelParams = Type.Object({ no: ModelNo })

export const StatusBody = Type.Object(
  {
    status: { ...RecordedStatus, description: 'overdue follows from the deadline' },
    reason: Reason,
  },
  Strict,
)
export const DeadlineBody = Type.Object({ date: Day, reason: Reason }, Strict)
export const AgencyParams = Type.Object({ code: AgencyCode })
export const ContactBody = Type.Object(
  {
    phone: Nullable(
      Type.String({
        pattern: '^(\\+84|0)[0-9]{9,10}$',
        description: 'null: reminders in the app only',
      }),
    ),
  },
  Strict,
)
