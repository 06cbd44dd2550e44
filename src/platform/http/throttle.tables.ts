import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/** Failures per key (an IP, an account) in the current window, shared by every instance. */
export const throttles = pgTable('auth_throttles', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull().defaultNow(),
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
})
