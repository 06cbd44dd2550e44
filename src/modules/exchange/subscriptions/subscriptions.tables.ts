import { sql } from 'drizzle-orm'
import {
  bigint,
  bigserial,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core'
import { exchangeMembers } from '../exchange.tables.js'

const instant = (name: string) => timestamp(name, { withTimezone: true })

export const DELIVERY_STATUSES = ['pending', 'delivered', 'deadLettered'] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

/** A member's endpoint for one type of event, delivered as signed webhooks (Standard Webhooks). */
export const webhookSubscriptions = pgTable(
  'exchange_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    memberCode: varchar('member_code', { length: 32 })
      .notNull()
      .references(() => exchangeMembers.code),
    eventType: text('event_type').notNull(),
    url: text('url').notNull(),
    // Kept readable: every delivery is signed with it (HMAC needs the secret itself). Shown once.
    secret: text('secret').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('exchange_subscriptions_event_type_idx').on(t.eventType),
    index('exchange_subscriptions_member_idx').on(t.memberCode),
  ],
)

/**
 * One event owed to one subscription: retried with back-off until delivered or dead-lettered,
 * never dropped. The last error is a short technical reason (a status, a timeout), never a body.
 */
export const webhookDeliveries = pgTable(
  'exchange_webhook_deliveries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    eventId: bigint('event_id', { mode: 'number' }).notNull(),
    occurredAt: instant('occurred_at').notNull(),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at').notNull().defaultNow(),
    // A sender's claim, so two instances never send the same delivery at once.
    leaseUntil: instant('lease_until'),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    deliveredAt: instant('delivered_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    unique('exchange_webhook_deliveries_subscription_event_key').on(t.subscriptionId, t.eventId),
    index('exchange_webhook_deliveries_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`status = 'pending'`),
    index('exchange_webhook_deliveries_subscription_idx').on(t.subscriptionId, t.occurredAt),
  ],
)
