import type { DeliveryRow, SubscriptionRow } from './subscriptions.queries.js'

/** A subscription without its secret, which leaves the server once, at creation. */
export const presentSubscription = (row: SubscriptionRow) => ({
  id: row.id,
  memberCode: row.memberCode,
  eventType: row.eventType,
  url: row.url,
  createdAt: row.createdAt.toISOString(),
})

export const presentCreatedSubscription = (row: SubscriptionRow) => ({
  ...presentSubscription(row),
  secret: row.secret,
})

export const presentDelivery = (row: DeliveryRow) => ({
  id: row.id,
  eventId: row.eventId,
  occurredAt: row.occurredAt.toISOString(),
  status: row.status,
  attempts: row.attempts,
  lastStatus: row.lastStatus,
  lastError: row.lastError,
})
