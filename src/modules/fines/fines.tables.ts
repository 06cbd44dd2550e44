import { sql } from 'drizzle-orm'
import {
  bigint,
  char,
  check,
  date,
  index,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'

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
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    ownerKind: text('owner_kind', { enum: OWNER_KINDS }),
    ownerNumber: char('owner_number', { length: 12 }),
    organisationTaxCode: varchar('organisation_tax_code', { length: 14 }),
    status: text('status', { enum: VIOLATION_STATUSES }).notNull().default('notified'),
  },
  (t) => [
    check('fine_violations_fine_positive', sql`${t.fine} > 0`),
    index('fine_violations_owner_number_idx').on(t.ownerNumber),
    index('fine_violations_commune_occurred_idx').on(t.communeCode, t.occurredAt),
    index('fine_violations_plate_idx').on(t.plate),
  ],
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
