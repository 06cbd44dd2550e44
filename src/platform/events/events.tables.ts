import { sql } from 'drizzle-orm'
import { bigint, bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

export const outboxEvents = pgTable(
  'outbox_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    // The writing transaction's id: the dispatcher reads only events of transactions older than
    // every one still running, so an event committed late with a smaller id is never skipped.
    txId: bigint('tx_id', { mode: 'number' })
      .notNull()
      .default(sql`(pg_current_xact_id()::text::bigint)`),
    aggregateType: text('aggregate_type').notNull(),
    aggregateId: text('aggregate_id').notNull(),
    eventType: text('event_type').notNull(),
    payload: jsonb('payload').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('outbox_events_tx_id_id_idx').on(t.txId, t.id)],
)

export const outboxCursors = pgTable('outbox_cursors', {
  subscriber: text('subscriber').primaryKey(),
  lastTxId: bigint('last_tx_id', { mode: 'number' }).notNull().default(0),
  lastEventId: bigint('last_event_id', { mode: 'number' }).notNull().default(0),
  // A lease instead of a held transaction: several instances may run, one delivers at a time,
  // and a crashed holder's lease simply runs out.
  leaseOwner: text('lease_owner'),
  leaseUntil: timestamp('lease_until', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})
