import {
  boolean,
  char,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'
import type { ConsolidationContent } from './consolidation-content.js'

const instant = (name: string) => timestamp(name, { withTimezone: true })
/** A calendar month, 'YYYY-MM': reports, reminders and KPI snapshots are kept per month. */
const month = (name: string) => char(name, { length: 7 })

// PGlite hands bytea back as a Uint8Array, node-postgres as a Buffer: one type for both.
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
})

export const AGENCY_KINDS = [
  'police',
  'central',
  'department',
  'collective',
  'local',
  'business',
  'other',
] as const
export const MODEL_GROUPS = ['I', 'II', 'III', 'IV', 'V'] as const
/** What the standing office records; "overdue" is never stored, it follows from the deadline. */
export const RECORDED_STATUSES = ['not_started', 'in_progress', 'done'] as const
export const REMINDER_KINDS = ['three_days', 'one_day'] as const

export interface StoredIndicator {
  key?: string
  label: string
  value: number
  unit: string
}

/** Figures by administrative unit behind a KPI (model 23 by commune). */
export interface StoredBreakdown {
  columns: { key: string; label: string }[]
  rows: { unitCode: string; values: number[] }[]
}

/** The agencies the plan names (data/plan-106-agencies.json), with their reminder contact. */
export const planAgencies = pgTable('plan_agencies', {
  code: text('code').primaryKey(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  kind: text('kind', { enum: AGENCY_KINDS }).notNull(),
  contactPhone: varchar('contact_phone', { length: 15 }),
  contactSetBy: uuid('contact_set_by'),
  contactSetAt: instant('contact_set_at'),
})

/** The plan's 43 models (data/plan-106-models.json) and the status the standing office records. */
export const planModels = pgTable('plan_models', {
  no: smallint('no').primaryKey(),
  groupCode: text('group_code', { enum: MODEL_GROUPS }).notNull(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  leadText: text('lead_text').notNull(),
  coordinateText: text('coordinate_text').notNull(),
  forces: text('forces').notNull(),
  platform: text('platform').notNull(),
  modules: text('modules').array().notNull(),
  platformDelivers: text('platform_delivers').notNull(),
  kpiText: text('kpi_text').notNull(),
  deadlineText: text('deadline_text').notNull(),
  // Parsed from the text where the plan gives a date; set later by the standing office otherwise.
  deadlineDate: date('deadline_date', { mode: 'string' }),
  status: text('status', { enum: RECORDED_STATUSES }).notNull().default('not_started'),
})

export const planModelAgencies = pgTable(
  'plan_model_agencies',
  {
    modelNo: smallint('model_no')
      .notNull()
      .references(() => planModels.no),
    agencyCode: text('agency_code')
      .notNull()
      .references(() => planAgencies.code),
    role: text('role', { enum: ['lead', 'coordinate'] }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.modelNo, t.agencyCode, t.role] }),
    index('plan_model_agencies_agency_idx').on(t.agencyCode, t.role),
  ],
)

/** Every change of a model's status or deadline: who, when, why. */
export const planModelChanges = pgTable(
  'plan_model_changes',
  {
    id: serial('id').primaryKey(),
    modelNo: smallint('model_no')
      .notNull()
      .references(() => planModels.no),
    field: text('field', { enum: ['status', 'deadline'] }).notNull(),
    fromValue: text('from_value'),
    toValue: text('to_value').notNull(),
    reason: text('reason').notNull(),
    changedBy: uuid('changed_by').notNull(),
    changedByName: text('changed_by_name'),
    changedAt: instant('changed_at').notNull().defaultNow(),
  },
  (t) => [index('plan_model_changes_model_idx').on(t.modelNo, t.changedAt)],
)

/** One lead agency's monthly report on one model: a draft until submitted. */
export const planReports = pgTable(
  'plan_reports',
  {
    id: serial('id').primaryKey(),
    modelNo: smallint('model_no')
      .notNull()
      .references(() => planModels.no),
    agencyCode: text('agency_code')
      .notNull()
      .references(() => planAgencies.code),
    month: month('month').notNull(),
    status: text('status', { enum: ['draft', 'submitted'] })
      .notNull()
      .default('draft'),
    progress: text('progress').notNull().default(''),
    indicators: jsonb('indicators').$type<StoredIndicator[]>().notNull().default([]),
    obstacles: text('obstacles').notNull().default(''),
    proposals: text('proposals').notNull().default(''),
    createdBy: uuid('created_by').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedBy: uuid('updated_by').notNull(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    submittedBy: uuid('submitted_by'),
    submittedByName: text('submitted_by_name'),
    submittedAt: instant('submitted_at'),
    submittedLate: boolean('submitted_late'),
  },
  (t) => [
    unique('plan_reports_model_agency_month_key').on(t.modelNo, t.agencyCode, t.month),
    index('plan_reports_month_idx').on(t.month, t.agencyCode),
  ],
)

/** Small files attached to a report, kept in the database (size and type limited). */
export const planReportAttachments = pgTable(
  'plan_report_attachments',
  {
    id: serial('id').primaryKey(),
    reportId: integer('report_id')
      .notNull()
      .references(() => planReports.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: char('sha256', { length: 64 }).notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedAt: instant('uploaded_at').notNull().defaultNow(),
  },
  (t) => [index('plan_report_attachments_report_idx').on(t.reportId)],
)

/** Reminders of a month's deadline, one per agency, month and kind: never sent twice. */
export const planReminders = pgTable(
  'plan_reminders',
  {
    id: serial('id').primaryKey(),
    agencyCode: text('agency_code')
      .notNull()
      .references(() => planAgencies.code),
    month: month('month').notNull(),
    kind: text('kind', { enum: REMINDER_KINDS }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    modelNos: smallint('model_nos').array().notNull(),
    body: text('body').notNull(),
    messagesSent: integer('messages_sent').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [unique('plan_reminders_agency_month_kind_key').on(t.agencyCode, t.month, t.kind)],
)

/**
 * KPI values computed from live data, the latest of each month kept: the current month's row is
 * the live value, earlier months' rows are the trend.
 */
export const planKpiSnapshots = pgTable(
  'plan_kpi_snapshots',
  {
    kpiKey: text('kpi_key').notNull(),
    month: month('month').notNull(),
    modelNo: smallint('model_no')
      .notNull()
      .references(() => planModels.no),
    state: text('state', { enum: ['computed', 'failed'] }).notNull(),
    indicators: jsonb('indicators').$type<StoredIndicator[]>(),
    breakdown: jsonb('breakdown').$type<StoredBreakdown>(),
    reason: text('reason'),
    computedAt: instant('computed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kpiKey, t.month] })],
)

/** The standing office's consolidated monthly reports, numbered per year, content frozen. */
export const planConsolidations = pgTable(
  'plan_consolidations',
  {
    id: serial('id').primaryKey(),
    month: month('month').notNull(),
    year: smallint('year').notNull(),
    number: integer('number').notNull(),
    content: jsonb('content').$type<ConsolidationContent>().notNull(),
    issuedBy: uuid('issued_by').notNull(),
    issuedAt: instant('issued_at').notNull().defaultNow(),
  },
  (t) => [
    unique('plan_consolidations_year_number_key').on(t.year, t.number),
    index('plan_consolidations_month_idx').on(t.month),
  ],
)
