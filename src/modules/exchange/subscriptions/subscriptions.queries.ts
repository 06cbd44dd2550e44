import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { outboxEvents } from '../../../platform/events/events.tables.js'
import { exchangeGrants, exchangeServices } from '../exchange.tables.js'
import { webhookDeliveries, webhookSubscriptions } from './subscriptions.tables.js'

export type SubscriptionRow = typeof webhookSubscriptions.$inferSelect
export type DeliveryRow = typeof webhookDeliveries.$inferSelect

/**
 * The attributes the member's approved, unexpired grants on a built-in service name, together;
 * undefined when it holds none.
 */
export async function findGrantedAttributes(
  db: Executor,
  memberCode: string,
  builtinService: string,
  now: Date,
): Promise<string[] | undefined> {
  const rows = await db
    .select({ attributes: exchangeGrants.attributes })
    .from(exchangeGrants)
    .innerJoin(exchangeServices, eq(exchangeServices.id, exchangeGrants.serviceId))
    .where(
      and(
        eq(exchangeGrants.consumerCode, memberCode),
        eq(exchangeGrants.status, 'approved'),
        gt(exchangeGrants.expiresAt, now),
        sql`${exchangeServices.target}->>'kind' = 'builtin'`,
        sql`${exchangeServices.target}->>'name' = ${builtinService}`,
      ),
    )
  return rows.length === 0 ? undefined : [...new Set(rows.flatMap((r) => r.attributes))]
}

export async function insertSubscription(
  db: Executor,
  row: typeof webhookSubscriptions.$inferInsert,
): Promise<SubscriptionRow> {
  const [inserted] = await db.insert(webhookSubscriptions).values(row).returning()
  if (!inserted) throw new Error('insert returned no subscription')
  return inserted
}

export const listMemberSubscriptions = (db: Executor, memberCodes: readonly string[]) =>
  db
    .select()
    .from(webhookSubscriptions)
    .where(inArray(webhookSubscriptions.memberCode, [...memberCodes]))
    .orderBy(asc(webhookSubscriptions.createdAt))

export async function findSubscription(
  db: Executor,
  id: string,
): Promise<SubscriptionRow | undefined> {
  const [row] = await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id))
  return row
}

export async function deleteSubscription(db: Executor, id: string): Promise<void> {
  await db.delete(webhookSubscriptions).where(eq(webhookSubscriptions.id, id))
}

export const subscriptionsForEvent = (db: Executor, eventType: string) =>
  db
    .select({ id: webhookSubscriptions.id, memberCode: webhookSubscriptions.memberCode })
    .from(webhookSubscriptions)
    .where(eq(webhookSubscriptions.eventType, eventType))

/** Deliveries owed; one already owed for the same event and subscription is left as it is. */
export async function insertDeliveries(
  db: Executor,
  rows: { subscriptionId: string; eventId: number; occurredAt: Date }[],
): Promise<void> {
  if (rows.length > 0) await db.insert(webhookDeliveries).values(rows).onConflictDoNothing()
}

/**
 * Takes up to `limit` deliveries due now, pending and not claimed by a live lease: no other sender
 * takes them until the lease runs out (a sender that crashed mid-way is thus replaced).
 */
export async function claimDueDeliveries(
  db: Executor,
  options: { limit: number; leaseSeconds: number },
) {
  const due = db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.status, 'pending'),
        lte(webhookDeliveries.nextAttemptAt, sql`now()`),
        or(isNull(webhookDeliveries.leaseUntil), lt(webhookDeliveries.leaseUntil, sql`now()`)),
      ),
    )
    .orderBy(asc(webhookDeliveries.nextAttemptAt))
    .limit(options.limit)
    .for('update', { skipLocked: true })
  const claimed = await db
    .update(webhookDeliveries)
    .set({ leaseUntil: sql`now() + make_interval(secs => ${options.leaseSeconds})` })
    .where(inArray(webhookDeliveries.id, due))
    .returning({ id: webhookDeliveries.id })
  if (claimed.length === 0) return []
  return db
    .select({
      id: webhookDeliveries.id,
      attempts: webhookDeliveries.attempts,
      memberCode: webhookSubscriptions.memberCode,
      url: webhookSubscriptions.url,
      secret: webhookSubscriptions.secret,
      eventType: outboxEvents.eventType,
      payload: outboxEvents.payload,
      occurredAt: outboxEvents.occurredAt,
    })
    .from(webhookDeliveries)
    .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
    .innerJoin(outboxEvents, eq(outboxEvents.id, webhookDeliveries.eventId))
    .where(
      inArray(
        webhookDeliveries.id,
        claimed.map((c) => c.id),
      ),
    )
}
export type ClaimedDelivery = Awaited<ReturnType<typeof claimDueDeliveries>>[number]

/** What one attempt came to: delivered, or failed and retried at `retryAt` (none: dead letter). */
export type AttemptOutcome =
  | { delivered: true; status: number }
  | { delivered: false; status: number | null; error: string; retryAt: Date | null }

export async function recordAttempt(
  db: Executor,
  id: number,
  outcome: AttemptOutcome,
): Promise<void> {
  const common = {
    attempts: sql`${webhookDeliveries.attempts} + 1`,
    leaseUntil: null,
    lastStatus: outcome.status,
  }
  await db
    .update(webhookDeliveries)
    .set(
      outcome.delivered
        ? { ...common, status: 'delivered', lastError: null, deliveredAt: sql`now()` }
        : {
            ...common,
            status: outcome.retryAt ? 'pending' : 'deadLettered',
            lastError: outcome.error,
            ...(outcome.retryAt ? { nextAttemptAt: outcome.retryAt } : {}),
          },
    )
    .where(eq(webhookDeliveries.id, id))
}

export const listDeadLetters = (db: Executor, subscriptionIds: readonly string[], limit: number) =>
  db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        inArray(webhookDeliveries.subscriptionId, [...subscriptionIds]),
        eq(webhookDeliveries.status, 'deadLettered'),
      ),
    )
    .orderBy(desc(webhookDeliveries.occurredAt))
    .limit(limit)

/** Owes again every delivery of the subscription's events since `since`, from a fresh count. */
export async function requeueSince(
  db: Executor,
  subscriptionId: string,
  since: Date,
): Promise<number> {
  const rows = await db
    .update(webhookDeliveries)
    .set({
      status: 'pending',
      attempts: 0,
      nextAttemptAt: sql`now()`,
      leaseUntil: null,
      lastError: null,
      lastStatus: null,
      deliveredAt: null,
    })
    .where(
      and(
        eq(webhookDeliveries.subscriptionId, subscriptionId),
        gte(webhookDeliveries.occurredAt, since),
      ),
    )
    .returning({ id: webhookDeliveries.id })
  return rows.length
}

/** When the next pending delivery falls due, for a sender deciding how long to sleep. */
export async function nextDueAt(db: Executor): Promise<Date | undefined> {
  const [row] = await db
    .select({ at: sql<Date | string>`min(${webhookDeliveries.nextAttemptAt})` })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.status, 'pending'))
  return row?.at ? new Date(row.at) : undefined
}
