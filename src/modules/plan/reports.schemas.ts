import { Type } from '@sinclair/typebox'
import {
  AgencyCode,
  AgencyRefSchema,
  Day,
  Indicator,
  ModelNo,
  ModelSummarySchema,
  Month,
  Nullable,
  RowId,
} from './plan.schemas.js'

const Strict = { additionalProperties: false } as const
const Text = (description: string) => Type.String({ maxLength: 20_000, description })

const contentFields = {
  progress: Type.Optional(Text('kết quả, tiến độ / progress: required to submit')),
  indicators: Type.Optional(
    Type.Array(Indicator, { maxItems: 50, description: 'the figures of the month' }),
  ),
  obstacles: Type.Optional(Text('khó khăn, vướng mắc / obstacles')),
  proposals: Type.Optional(Text('đề xuất, kiến nghị / proposals')),
}

export const NewReportBody = Type.Object(
  {
    modelNo: ModelNo,
    month: Month,
    agencyCode: Type.Optional({
      ...AgencyCode,
      description: 'the lead agency reported for; needed when the caller may report for several',
    }),
    ...contentFields,
  },
  Strict,
)

export const DraftBody = Type.Object(contentFields, Strict)

export const ReportParams = Type.Object({ id: RowId })
export const AttachmentParams = Type.Object({ id: RowId, attachmentId: RowId })
export const AttachmentQuery = Type.Object(
  {
    name: Type.String({
      minLength: 1,
      maxLength: 200,
      pattern: '^[^/\\\\\\u0000-\\u001f]+$',
      description: 'the file name, shown and given back on download',
    }),
  },
  Strict,
)

export const AttachmentSchema = Type.Object({
  id: Type.Integer(),
  fileName: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  uploadedAt: Type.String(),
})

export const ReportSchema = Type.Object({
  id: Type.Integer(),
  modelNo: Type.Integer(),
  agencyCode: Type.String(),
  month: Type.String(),
  status: Type.Union([Type.Literal('draft'), Type.Literal('submitted')]),
  progress: Type.String(),
  indicators: Type.Array(Indicator),
  obstacles: Type.String(),
  proposals: Type.String(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  submittedAt: Nullable(Type.String()),
  submittedLate: Nullable(Type.Boolean()),
  submittedBy: Nullable(Type.String({ description: 'name of the staff member who submitted' })),
  attachments: Type.Array(AttachmentSchema),
})

export const ReportListSchema = Type.Object({ reports: Type.Array(ReportSchema) })

export const ReportListQuery = Type.Object(
  {
    month: Type.Optional(Month),
    modelNo: Type.Optional(ModelNo),
    agency: Type.Optional(AgencyCode),
    status: Type.Optional(Type.Union([Type.Literal('draft'), Type.Literal('submitted')])),
  },
  Strict,
)

const ChangeSchema = Type.Object({
  field: Type.Union([Type.Literal('status'), Type.Literal('deadline')]),
  from: Nullable(Type.String()),
  to: Type.String(),
  reason: Type.String(),
  changedBy: Nullable(Type.String({ description: 'name of the staff member' })),
  changedAt: Type.String(),
})

const BreakdownSchema = Type.Object({
  columns: Type.Array(Type.Object({ key: Type.String(), label: Type.String() })),
  rows: Type.Array(Type.Object({ unitCode: Type.String(), values: Type.Array(Type.Number()) })),
})

export const ModelDetailSchema = Type.Composite([
  ModelSummarySchema,
  Type.Object({
    coordinate: Type.Array(AgencyRefSchema),
    coordinateText: Type.String(),
    forces: Type.String(),
    platform: Type.String(),
    modules: Type.Array(Type.String()),
    platformDelivers: Type.String(),
    breakdown: Nullable(BreakdownSchema),
    history: Type.Array(ChangeSchema),
    reportHistory: Type.Array(ReportSchema),
  }),
])

export const ReminderSchema = Type.Object({
  id: Type.Integer(),
  agencyCode: Type.String(),
  month: Type.String(),
  kind: Type.Union([Type.Literal('three_days'), Type.Literal('one_day')]),
  dueDate: Day,
  modelNos: Type.Array(Type.Integer()),
  body: Type.String(),
  messagesSent: Type.Integer(),
  createdAt: Type.String(),
})

export const ReminderListSchema = Type.Object({ reminders: Type.Array(ReminderSchema) })
export const MonthQuery = Type.Object({ month: Type.Optional(Month) }, Strict)
