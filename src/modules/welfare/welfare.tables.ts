import { sql } from 'drizzle-orm'
import {
  char,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'

const instant = (name: string) => timestamp(name, { withTimezone: true })

/**
 * proposed: awaiting the commune's review (a new 80th birthday, a funeral allowance after a
 * death); active: paid each period; stopped: paid through `untilPeriod` (a death, a decision);
 * ended: no longer on the list (moved out of the province, one-off paid, refused).
 */
export const BENEFICIARY_STATUSES = ['proposed', 'active', 'stopped', 'ended'] as const
export type BeneficiaryStatus = (typeof BENEFICIARY_STATUSES)[number]

/** A person on a programme's list in a commune (model 36). */
export const welfareBeneficiaries = pgTable(
  'welfare_beneficiaries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeCode: text('programme_code').notNull(),
    personalNumber: char('personal_number', { length: 12 }).notNull(),
    communeCode: varchar('commune_code', { length: 5 }).notNull(),
    status: text('status', { enum: BENEFICIARY_STATUSES }).notNull(),
    /** The first month paid (YYYY-MM). */
    fromPeriod: char('from_period', { length: 7 }).notNull(),
    /** The last month paid once stopped (YYYY-MM). */
    untilPeriod: char('until_period', { length: 7 }),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('welfare_beneficiaries_current_uq')
      .on(t.programmeCode, t.personalNumber)
      .where(sql`${t.status} IN ('proposed', 'active')`),
    index('welfare_beneficiaries_list_idx').on(t.programmeCode, t.communeCode, t.status),
    index('welfare_beneficiaries_person_idx').on(t.personalNumber),
  ],
)

/** Each change of a beneficiary: who or what made it (an account, or the registry's event). */
export const welfareBeneficiaryHistory = pgTable(
  'welfare_beneficiary_history',
  {
    id: serial('id').primaryKey(),
    beneficiaryId: uuid('beneficiary_id')
      .notNull()
      .references(() => welfareBeneficiaries.id),
    at: instant('at').notNull().defaultNow(),
    status: text('status', { enum: BENEFICIARY_STATUSES }).notNull(),
    communeCode: varchar('commune_code', { length: 5 }).notNull(),
    /** added, approved, refused, stopped, death, transferred, moved-out, proposed, paid */
    change: text('change').notNull(),
    note: text('note'),
    /** The account that decided, or null for the registry's own events and jobs. */
    actorAccountId: uuid('actor_account_id'),
  },
  (t) => [index('welfare_beneficiary_history_idx').on(t.beneficiaryId, t.id)],
)

export const PERIOD_STATUSES = ['built', 'reconciled'] as const

/** A month's payment list of a programme in a commune. */
export const welfarePeriods = pgTable(
  'welfare_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeCode: text('programme_code').notNull(),
    communeCode: varchar('commune_code', { length: 5 }).notNull(),
    period: char('period', { length: 7 }).notNull(),
    status: text('status', { enum: PERIOD_STATUSES }).notNull(),
    builtAt: instant('built_at').notNull().defaultNow(),
    builtBy: uuid('built_by').notNull(),
    reconciledAt: instant('reconciled_at'),
    reconciledBy: uuid('reconciled_by'),
  },
  (t) => [unique('welfare_periods_uq').on(t.programmeCode, t.communeCode, t.period)],
)

export const PAYMENT_CHANNELS = ['bank', 'cash'] as const
export const LINE_STATUSES = ['pending', 'paid', 'failed'] as const

/** A line of a period's list: to the linked payment account (model 23), or cash at the commune. */
export const welfarePaymentLines = pgTable(
  'welfare_payment_lines',
  {
    id: serial('id').primaryKey(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => welfarePeriods.id),
    lineNo: integer('line_no').notNull(),
    beneficiaryId: uuid('beneficiary_id')
      .notNull()
      .references(() => welfareBeneficiaries.id),
    personalNumber: char('personal_number', { length: 12 }).notNull(),
    fullName: text('full_name').notNull(),
    amount: integer('amount').notNull(),
    channel: text('channel', { enum: PAYMENT_CHANNELS }).notNull(),
    /** The bank or wallet the account is with (identity's model-23 link). */
    provider: text('provider'),
    status: text('status', { enum: LINE_STATUSES }).notNull().default('pending'),
    /** The bank's reason for a failed line. */
    note: text('note'),
    settledAt: instant('settled_at'),
  },
  (t) => [
    unique('welfare_payment_lines_no_uq').on(t.periodId, t.lineNo),
    unique('welfare_payment_lines_beneficiary_uq').on(t.periodId, t.beneficiaryId),
    index('welfare_payment_lines_person_idx').on(t.personalNumber),
  ],
)
