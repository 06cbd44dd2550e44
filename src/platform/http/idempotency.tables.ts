import {
  char,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  varchar,
} from 'drizzle-orm/pg-core'

/**
 * A create request's outcome under its Idempotency-Key, written in the same transaction as what
 * it created: a retry finds it and gets the same answer instead of a second record. Any module's
 * route may use it (platform/http/idempotency.ts); the name is the one stays first gave it.
 */
export const idempotencyKeys = pgTable(
  'stay_idempotency_keys',
  {
    // Whose key it is (an account or a client): two callers may pick the same key.
    caller: text('caller').notNull(),
    key: varchar('key', { length: 200 }).notNull(),
    requestHash: char('request_hash', { length: 64 }).notNull(),
    status: smallint('status').notNull(),
    response: jsonb('response').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caller, t.key] })],
)
