import { sql } from 'drizzle-orm'
import {
  char,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'

const instant = (name: string) => timestamp(name, { withTimezone: true })

export const BUSINESS_STATUSES = ['active', 'ended'] as const

/**
 * Household businesses (hộ kinh doanh) as the commune registers them (Decree 01/2021/ND-CP):
 * the register model 22's marketplaces check their sellers against.
 */
export const householdBusinesses = pgTable(
  'household_businesses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    registrationNumber: text('registration_number')
      .notNull()
      .unique('household_businesses_registration_number_key'),
    name: text('name').notNull(),
    ownerNumber: char('owner_number', { length: 12 }).notNull(),
    communeCode: varchar('commune_code', { length: 5 }).notNull(),
    provinceCode: varchar('province_code', { length: 2 }).notNull(),
    address: text('address').notNull(),
    tradeCode: text('trade_code').notNull(),
    shopUrl: text('shop_url'),
    status: text('status', { enum: BUSINESS_STATUSES }).notNull().default('active'),
    registeredBy: uuid('registered_by'),
    registeredAt: instant('registered_at').notNull().defaultNow(),
    endedBy: uuid('ended_by'),
    endedAt: instant('ended_at'),
    endReason: text('end_reason'),
  },
  (t) => [
    index('household_businesses_commune_status_idx').on(t.communeCode, t.status),
    // A person registers one household business at a time (Decree 01/2021/ND-CP, art. 80).
    uniqueIndex('household_businesses_one_active_per_owner')
      .on(t.ownerNumber)
      .where(sql`status = 'active'`),
  ],
)
