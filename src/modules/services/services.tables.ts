import {
  bigserial,
  char,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'
import { sql } from 'drizzle-orm'

const instant = (name: string) => timestamp(name, { withTimezone: true })
const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' })

export const CHANNELS = ['web', 'kiosk', 'counter'] as const
export type Channel = (typeof CHANNELS)[number]

/**
 * Where a dossier stands. A linked filing's own row is 'linked': its state is its parts'.
 * 'needs_info' pauses the clock until the resident answers.
 */
export const DOSSIER_STATUSES = [
  'received',
  'in_review',
  'needs_info',
  'approved',
  'refused',
  'linked',
] as const
export type DossierStatus = (typeof DOSSIER_STATUSES)[number]

export const DOSSIER_EVENT_KINDS = [
  'received',
  'assigned',
  'info_requested',
  'info_provided',
  'approved',
  'refused',
  'fee_paid',
  'result_issued',
] as const
export type DossierEventKind = (typeof DOSSIER_EVENT_KINDS)[number]

export const dossiers = pgTable(
  'service_dossiers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** What the resident and the officer quote: printed on the receipt, behind its QR. */
    code: varchar('code', { length: 24 }).notNull().unique(),
    serviceCode: varchar('service_code', { length: 20 }).notNull(),
    /** The linked filing this dossier is a part of. */
    parentId: uuid('parent_id'),
    applicantNumber: char('applicant_number', { length: 12 }).notNull(),
    accountId: uuid('account_id').notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    /** The applicant's eID level when filing (model 5's share signed in at level 2). */
    eidLevel: smallint('eid_level').notNull(),
    /** The handling commune, and its province (province-level services are queued there). */
    communeCode: varchar('commune_code', { length: 5 }).notNull(),
    provinceCode: varchar('province_code', { length: 2 }).notNull(),
    status: text('status', { enum: DOSSIER_STATUSES }).notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    receivedAt: instant('received_at').notNull(),
    dueAt: instant('due_at').notNull(),
    /** Set while waiting for the resident; the working days it lasted push dueAt on resumption. */
    pausedAt: instant('paused_at'),
    assigneeId: uuid('assignee_id'),
    decidedAt: instant('decided_at'),
    decisionReason: text('decision_reason'),
    /** What the registry change returned (a new personal number), for the result. */
    outcome: jsonb('outcome').$type<Record<string, unknown>>(),
    feeAmount: integer('fee_amount').notNull(),
    feePaidAt: instant('fee_paid_at'),
  },
  (t) => [
    index('service_dossiers_queue_idx').on(t.communeCode, t.status, t.dueAt),
    index('service_dossiers_province_queue_idx').on(t.provinceCode, t.status, t.dueAt),
    index('service_dossiers_applicant_idx').on(t.applicantNumber, t.receivedAt),
    index('service_dossiers_parent_idx').on(t.parentId),
    // The officer's queue of open dossiers, soonest due first, keyset-paged by (due_at, code):
    // one ordered index range per unit, whichever open statuses are asked.
    index('service_dossiers_open_queue_idx')
      .on(t.communeCode, t.dueAt, t.code)
      .where(sql`status in ('received', 'in_review', 'needs_info')`),
    index('service_dossiers_open_province_queue_idx')
      .on(t.provinceCode, t.dueAt, t.code)
      .where(sql`status in ('received', 'in_review', 'needs_info')`),
    // The queue's search by a code's beginning (LIKE 'prefix%' whatever the collation).
    index('service_dossiers_code_pattern_idx').on(t.code.op('varchar_pattern_ops')),
  ],
)

/** The dossier's timeline: what happened, when, by whom (an account), with a note. */
export const dossierEvents = pgTable(
  'service_dossier_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    kind: text('kind', { enum: DOSSIER_EVENT_KINDS }).notNull(),
    at: instant('at').notNull().defaultNow(),
    actorId: uuid('actor_id'),
    note: text('note'),
  },
  (t) => [index('service_dossier_events_dossier_idx').on(t.dossierId, t.at)],
)

/** One draft per resident and service, saved as they type and resumed on any device. */
export const drafts = pgTable(
  'service_drafts',
  {
    accountId: uuid('account_id').notNull(),
    serviceCode: varchar('service_code', { length: 20 }).notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.serviceCode] })],
)

/**
 * Scans a resident uploads for a document the platform cannot supply; attached to a dossier on
 * submission (until then only the uploader sees them).
 */
export const attachments = pgTable(
  'service_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id').notNull(),
    dossierId: uuid('dossier_id').references(() => dossiers.id),
    /** The catalogue's document it stands for, set when it joins a dossier. */
    requirement: text('requirement'),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: char('sha256', { length: 64 }).notNull(),
    content: bytea('content').notNull(),
    uploadedAt: instant('uploaded_at').notNull().defaultNow(),
  },
  (t) => [index('service_attachments_dossier_idx').on(t.dossierId)],
)
