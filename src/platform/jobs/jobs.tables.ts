import { pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * One row per periodic job: who holds its lease and when it last ran. Every instance ticks; the
 * one that takes the lease while the job is due runs it, and `last_run_at` keeps the others from
 * running it again within its period.
 */
export const jobLeases = pgTable('job_leases', {
  name: text('name').primaryKey(),
  holder: text('holder'),
  expiresAt: timestamp('expires_at', { withTimezone: true }),
  lastRunAt: timestamp('last_run_at', { withTimezone: true }),
  lastError: text('last_error'),
})
