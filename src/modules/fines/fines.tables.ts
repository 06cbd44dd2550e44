import { sql } from 'drizzle-orm'
import {
  bigint,
  char,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'
import { bytea } from '../../platform/db/bytea.js'

const instant = (name: string) => timestamp(name, { withTimezone: true })

export const VEHICLE_CLASSES = ['car', 'motorbike'] as const
export const OWNER_KINDS = ['resident', 'organisation'] as const

/**
 * The vehicle registry violations are linked to their owner through: each plate once, owned by
 * a resident (personal number) or an organisation (tax code). Synthetic in development, from the
 * police registration system in production.
 */
export const vehicles = pgTable(
  'vehicles',
  {
    plate: varchar('plate', { length: 12 }).primaryKey(),
    vehicleClass: text('vehicle_class', { enum: VEHICLE_CLASSES }).notNull(),
    brand: text('brand').notNull(),
    ownerKind: text('owner_kind', { enum: OWNER_KINDS }).notNull(),
    ownerNumber: char('owner_number', { length: 12 }),
    organisationTaxCode: varchar('organisation_tax_code', { length: 14 }),
    organisationName: text('organisation_name'),
    communeCode: varchar('commune_code', { length: 5 }).notNull(),
    registeredOn: date('registered_on', { mode: 'string' }).notNull(),
  },
  (t) => [
    check(
      'vehicles_one_owner',
      sql`(${t.ownerKind} = 'resident' AND ${t.ownerNumber} IS NOT NULL AND ${t.organisationTaxCode} IS NULL)
       OR (${t.ownerKind} = 'organisation' AND ${t.ownerNumber} IS NULL AND ${t.organisationTaxCode} IS NOT NULL AND ${t.organisationName} IS NOT NULL)`,
    ),
    index('vehicles_owner_number_idx').on(t.ownerNumber),
    index('vehicles_organisation_tax_code_idx').on(t.organisationTaxCode),
    index('vehicles_commune_idx').on(t.communeCode),
  ],
)

export const VIOLATION_SOURCES = ['officer', 'camera'] as const
export const VIOLATION_STATUSES = [
  'notified',
  'confirmed',
  'appealed',
  'cancelled',
  'paid',
] as const

/**
 * Violations of Decree 168/2024 as recorded by an officer or a camera system: the article and
 * the fine within its range, where and when, and the owner the registry named at recording.
 */
export const violations = pgTable(
  'fine_violations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    plate: varchar('plate', { length: 12 }).notNull(),
    vehicleClass: text('vehicle_class', { enum: VEHICLE_CLASSES }).notNull(),
    articleCode: text('article_code').notNull(),
    fine: bigint('fine', { mode: 'number' }).notNull(),
    communeCode: varchar('commune_code', { length: 5 }).notNull(),
    provinceCode: varchar('province_code', { length: 2 }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    source: text('source', { enum: VIOLATION_SOURCES }).notNull(),
    /** The officer's account; null for a camera system, named by its SSO client instead. */
    recordedBy: uuid('recorded_by'),
    cameraClientId: text('camera_client_id'),
    /** The camera system's own id of the event: a resent batch records nothing twice. */
    cameraEventId: varchar('camera_event_id', { length: 100 }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    ownerKind: text('owner_kind', { enum: OWNER_KINDS }),
    ownerNumber: char('owner_number', { length: 12 }),
    organisationTaxCode: varchar('organisation_tax_code', { length: 14 }),
    status: text('status', { enum: VIOLATION_STATUSES }).notNull().default('notified'),
    /** The last Vietnam calendar day to pay (Art. 73); null while an appeal is pending. */
    dueOn: date('due_on', { mode: 'string' }),
    /** When the owner first opened the violation in the app (model 18: notified in the app). */
    seenInAppAt: instant('seen_in_app_at'),
    confirmedAt: instant('confirmed_at'),
  },
  (t) => [
    check('fine_violations_fine_positive', sql`${t.fine} > 0`),
    check(
      'fine_violations_one_recorder',
      sql`(${t.source} = 'officer' AND ${t.recordedBy} IS NOT NULL)
       OR (${t.source} = 'camera' AND ${t.cameraClientId} IS NOT NULL AND ${t.cameraEventId} IS NOT NULL)`,
    ),
    uniqueIndex('fine_violations_camera_event_idx').on(t.cameraClientId, t.cameraEventId),
    index('fine_violations_due_idx').on(t.status, t.dueOn),
    index('fine_violations_owner_number_idx').on(t.ownerNumber),
    index('fine_violations_commune_occurred_idx').on(t.communeCode, t.occurredAt),
    index('fine_violations_plate_idx').on(t.plate),
  ],
)

export const EVIDENCE_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const

/** Evidence images of a violation, numbered from 1 in the order they were added. */
export const evidence = pgTable(
  'fine_evidence',
  {
    violationId: uuid('violation_id')
      .notNull()
      .references(() => violations.id),
    ordinal: integer('ordinal').notNull(),
    mediaType: text('media_type', { enum: EVIDENCE_MEDIA_TYPES }).notNull(),
    size: integer('size').notNull(),
    sha256: char('sha256', { length: 64 }).notNull(),
    content: bytea('content').notNull(),
    addedAt: instant('added_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.violationId, t.ordinal] })],
)

export const APPEAL_STATUSES = ['pending', 'upheld', 'cancelled'] as const

/** An owner's appeal against a violation, one per violation, and the officer's decision. */
export const appeals = pgTable(
  'fine_appeals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    violationId: uuid('violation_id')
      .notNull()
      .references(() => violations.id),
    appellantNumber: char('appellant_number', { length: 12 }).notNull(),
    reason: text('reason').notNull(),
    filedAt: instant('filed_at').notNull().defaultNow(),
    status: text('status', { enum: APPEAL_STATUSES }).notNull().default('pending'),
    decidedBy: uuid('decided_by'),
    decidedAt: instant('decided_at'),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('fine_appeals_violation_idx').on(t.violationId),
    index('fine_appeals_status_idx').on(t.status, t.filedAt),
  ],
)

/** Files an owner attaches to an appeal, numbered from 1. */
export const appealAttachments = pgTable(
  'fine_appeal_attachments',
  {
    appealId: uuid('appeal_id').notNull(),
    ordinal: integer('ordinal').notNull(),
    mediaType: text('media_type', { enum: EVIDENCE_MEDIA_TYPES }).notNull(),
    size: integer('size').notNull(),
    sha256: char('sha256', { length: 64 }).notNull(),
    content: bytea('content').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.appealId, t.ordinal] }),
    foreignKey({ columns: [t.appealId], foreignColumns: [appeals.id] }),
  ],
)

export const REMINDER_KINDS = ['due_soon', 'overdue'] as const

/** Reminders sent to a violation's owner: each kind once per violation. */
export const reminders = pgTable(
  'fine_reminders',
  {
    violationId: uuid('violation_id')
      .notNull()
      .references(() => violations.id),
    kind: text('kind', { enum: REMINDER_KINDS }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    sentAt: instant('sent_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.violationId, t.kind] })],
)

/**
 * A violation's payment by VietQR through the payments module: the reference the transfer
 * carries, who asked to pay, when it was paid and the receipt put in the payer's vault. One row
 * per violation, kept apart from the violation so that paying touches nothing else.
 */
export const finePayments = pgTable(
  'fine_payments',
  {
    violationId: uuid('violation_id')
      .primaryKey()
      .references(() => violations.id),
    reference: varchar('reference', { length: 25 }).notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    payerNumber: char('payer_number', { length: 12 }).notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    transactionId: text('transaction_id'),
    receiptDocumentId: uuid('receipt_document_id'),
  },
  (t) => [
    unique('fine_payments_reference_key').on(t.reference),
    check('fine_payments_amount_positive', sql`${t.amount} > 0`),
    check(
      'fine_payments_paid_with_receipt',
      sql`(${t.paidAt} IS NULL) = (${t.transactionId} IS NULL AND ${t.receiptDocumentId} IS NULL)`,
    ),
    index('fine_payments_paid_idx').on(t.paidAt),
  ],
)
