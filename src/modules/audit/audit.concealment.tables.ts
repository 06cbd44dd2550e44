import { pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * Audit entries the subject may not see yet (a read made under a covert measure, as the Criminal
 * Procedure Code allows): entries whose summary names the key stay out of "who viewed my data"
 * until concealedUntil, or until the concealment is lifted, whichever comes first.
 */
export const auditConcealments = pgTable('audit_concealments', {
  key: text('key').primaryKey(),
  concealedUntil: timestamp('concealed_until', { withTimezone: true }).notNull(),
  liftedAt: timestamp('lifted_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
})
