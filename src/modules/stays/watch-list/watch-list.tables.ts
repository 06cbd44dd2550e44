import { sql } from 'drizzle-orm'
import {
  char,
  check,
  index,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'
import { declarations, establishments } from '../stays.tables.js'

const instant = (name: string) => timestamp(name, { withTimezone: true })

/**
 * A person the police want to know about when they are declared anywhere: a citizen by personal
 * number, a foreigner by nationality and passport number. Listing is a surveillance power, so each
 * entry names its case and legal basis and lapses at expiresAt; one asked for by a unit outside the
 * person's own waits for provincial police (approval). Ending (removal) keeps the row, with its
 * reason.
 */
export const watchListEntries = pgTable(
  'stay_watch_list_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personalNumber: char('personal_number', { length: 12 }),
    nationality: char('nationality', { length: 3 }),
    passportNumber: text('passport_number'),
    reason: text('reason').notNull(),
    // A commune or province police unit (administrative unit code) that answers the alerts.
    responsibleUnitCode: varchar('responsible_unit_code', { length: 5 }).notNull(),
    addedBy: uuid('added_by').notNull(),
    addedAt: instant('added_at').notNull().defaultNow(),
    removedBy: uuid('removed_by'),
    removedAt: instant('removed_at'),
    removalReason: text('removal_reason'),
    caseReference: text('case_reference').notNull(),
    legalBasis: text('legal_basis').notNull(),
    // Alerts stop at this instant unless an authorised officer renews the listing before it.
    expiresAt: instant('expires_at').notNull(),
    approval: text('approval', { enum: ['pending', 'approved', 'refused'] }).notNull(),
    // Who approved or refused a request (the lister when listing needed no approval), and when.
    decidedBy: uuid('decided_by'),
    decidedAt: instant('decided_at'),
    refusalReason: text('refusal_reason'),
  },
  (t) => [
    check(
      'stay_watch_list_entries_approval',
      sql`${t.approval} IN ('pending', 'approved', 'refused')`,
    ),
    check(
      'stay_watch_list_entries_decision',
      sql`(${t.approval} = 'pending') = (${t.decidedAt} IS NULL)
        AND (${t.approval} = 'refused') = (${t.refusalReason} IS NOT NULL)`,
    ),
    check(
      'stay_watch_list_entries_person',
      sql`(${t.personalNumber} IS NOT NULL AND ${t.nationality} IS NULL AND ${t.passportNumber} IS NULL)
        OR (${t.personalNumber} IS NULL AND ${t.nationality} IS NOT NULL AND ${t.passportNumber} IS NOT NULL)`,
    ),
    index('stay_watch_list_entries_person_idx')
      .on(t.personalNumber)
      .where(sql`${t.removedAt} IS NULL`),
    index('stay_watch_list_entries_passport_idx')
      .on(t.nationality, t.passportNumber)
      .where(sql`${t.removedAt} IS NULL`),
    index('stay_watch_list_entries_unit_idx').on(t.responsibleUnitCode, t.addedAt),
  ],
)

/** A listed person was declared: the declaration's commune police and the responsible unit see it. */
export const watchAlerts = pgTable(
  'stay_watch_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => watchListEntries.id),
    declarationId: uuid('declaration_id')
      .notNull()
      .references(() => declarations.id),
    establishmentId: text('establishment_id')
      .notNull()
      .references(() => establishments.id),
    communeCode: varchar('commune_code', { length: 5 }).notNull(),
    responsibleUnitCode: varchar('responsible_unit_code', { length: 5 }).notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    acknowledgedBy: uuid('acknowledged_by'),
    acknowledgedAt: instant('acknowledged_at'),
  },
  (t) => [
    unique('stay_watch_alerts_entry_declaration_key').on(t.entryId, t.declarationId),
    index('stay_watch_alerts_commune_idx').on(t.communeCode, t.createdAt),
    index('stay_watch_alerts_unit_idx').on(t.responsibleUnitCode, t.createdAt),
  ],
)
