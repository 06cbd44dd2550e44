import { randomUUID } from 'node:crypto'
import type { Database, Executor } from '../db/database.js'
import { COMMITTED_HORIZON_SQL } from '../db/horizon.js'
import { buildJsonInsert, insertJsonRows, type BuiltInsert } from '../db/json-rows.js'
import { outboxEvents } from './events.tables.js'

export interface NewEvent {
  aggregateType: string
  aggregateId: string
  eventType: string
  /** Identifiers and facts, never names or other personal data in clear. */
  payload: Record<string, unknown>
}

export interface OutboxEvent extends NewEvent {
  id: number
  txId: number
  occurredAt: string
}

export type EventHandler = (event: OutboxEvent) => Promise<void>

export interface SubscriberOptions {
  /**
   * Wraps the delivery of each batch of events (up to batchSize), for a subscriber that applies a
   * batch in one transaction of its own: what `deliver` applied before returning is kept, and the
   * cursor moves past exactly that. Should it throw, the whole batch is delivered again.
   */
  aroundBatch?: <T>(deliver: () => Promise<T>) => Promise<T>
}

interface Subscription extends SubscriberOptions {
  handler: EventHandler
}

/** Writes the event in the caller's transaction: it exists if and only if the change commits. */
export async function recordEvent(tx: Executor, event: NewEvent): Promise<void> {
  await recordEvents(tx, [event])
}

/** recordEvent for many events in one statement; ids follow the order given. */
export async function recordEvents(tx: Executor, events: NewEvent[]): Promise<void> {
  await insertJsonRows(tx, { table: outboxEvents, rows: events })
}

/** The insert recordEvents runs, for a caller that sends it with its own (insertJsonRowsTogether). */
export const eventsInsert = (events: NewEvent[]): BuiltInsert =>
  buildJsonInsert({ table: outboxEvents, rows: events })

interface Cursor {
  last_tx_id: number
  last_event_id: number
}

interface EventRow {
  id: number
  tx_id: number
  aggregate_type: string
  aggregate_id: string
  event_type: string
  payload: Record<string, unknown>
  occurred_at: string | Date
}

export interface DispatcherOptions {
  pollMs?: number
  batchSize?: number
  leaseSeconds?: number
  onError?: (subscriber: string, event: OutboxEvent, error: unknown) => void
  /** A round that failed outside any handler (the database away); the next tick tries again. */
  onRoundError?: (error: unknown) => void
}

/**
 * Delivers outbox events to in-process subscribers at least once, in commit order, each
 * subscriber at its own pace from its own persisted cursor, so a restart resumes where it left.
 * A failing handler stops its subscriber at that event (later events of the same aggregate must
 * not overtake it) and is retried on the next poll.
 */
export class OutboxDispatcher {
  private readonly handlers = new Map<string, Subscription>()
  private readonly owner = randomUUID()
  private timer: NodeJS.Timeout | undefined
  private isStopping = false
  private running: Promise<void> | undefined
  private readonly pollMs: number
  private readonly batchSize: number
  private readonly leaseSeconds: number

  constructor(
    private readonly database: Database,
    private readonly options: DispatcherOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 250
    this.batchSize = options.batchSize ?? 200
    this.leaseSeconds = options.leaseSeconds ?? 30
  }

  subscribe(subscriber: string, handler: EventHandler, options: SubscriberOptions = {}): void {
    if (this.handlers.has(subscriber))
      throw new Error(`subscriber ${subscriber} already registered`)
    this.handlers.set(subscriber, { ...options, handler })
  }

  start(): void {
    const tick = (): void => {
      // A failed round (database away) is retried at the next tick; the cursor keeps the place.
      this.running = this.deliverAll()
        .then(
          () => undefined,
          (error: unknown) => this.options.onRoundError?.(error),
        )
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, this.pollMs)
        })
    }
    this.timer = setTimeout(tick, 0)
  }

  /** Stops after the batch being delivered, not after the whole backlog: a shutdown has a deadline. */
  async stop(): Promise<void> {
    clearTimeout(this.timer)
    this.timer = undefined
    this.isStopping = true
    await this.running
    await this.database.query(
      'UPDATE outbox_cursors SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = $1',
      [this.owner],
    )
  }

  /** Delivers until every subscriber is caught up or stuck on a failing event. */
  async deliverAll(): Promise<number> {
    let total = 0
    for (const [subscriber, subscription] of this.handlers) {
      for (;;) {
        const delivered = await this.deliverBatch(subscriber, subscription)
        total += Math.max(delivered, 0)
        if (delivered < this.batchSize || this.isStopping) break
      }
    }
    return total
  }

  /** @returns events delivered, or -1 when a handler failed or another instance holds the lease. */
  private async deliverBatch(subscriber: string, subscription: Subscription): Promise<number> {
    const cursor = await this.takeLease(subscriber)
    if (!cursor) return -1
    const events = await readCommittedEvents(
      this.database,
      { txId: cursor.last_tx_id, id: cursor.last_event_id },
      { limit: this.batchSize },
    )
    if (events.length === 0) return 0
    const deliver = () => this.deliverInOrder(subscriber, subscription.handler, events)
    const { delivered, failed } = await (subscription.aroundBatch?.(deliver) ?? deliver())
    // One cursor write per batch, not per event: delivery is at least once, so a crash before
    // this write only delivers the batch's events again, which handlers take idempotently.
    if (delivered) await this.advanceCursor(subscriber, delivered)
    return failed ? -1 : events.length
  }

  /** Hands events over one by one, stopping at the first that fails. */
  private async deliverInOrder(subscriber: string, handler: EventHandler, events: OutboxEvent[]) {
    let delivered: OutboxEvent | undefined
    for (const event of events) {
      try {
        await handler(event)
        delivered = event
      } catch (error) {
        this.options.onError?.(subscriber, event, error)
        return { delivered, failed: true }
      }
    }
    return { delivered, failed: false }
  }

  private async advanceCursor(subscriber: string, event: OutboxEvent): Promise<void> {
    await this.database.query(
      `UPDATE outbox_cursors SET last_tx_id = $2, last_event_id = $3, updated_at = now()
        WHERE subscriber = $1 AND lease_owner = $4`,
      [subscriber, event.txId, event.id, this.owner],
    )
  }

  private async takeLease(subscriber: string): Promise<Cursor | undefined> {
    await this.database.query(
      'INSERT INTO outbox_cursors (subscriber) VALUES ($1) ON CONFLICT DO NOTHING',
      [subscriber],
    )
    const [cursor] = await this.database.query<Cursor>(
      `UPDATE outbox_cursors
          SET lease_owner = $2, lease_until = now() + make_interval(secs => $3)
        WHERE subscriber = $1 AND (lease_owner IS NULL OR lease_owner = $2 OR lease_until < now())
        RETURNING last_tx_id, last_event_id`,
      [subscriber, this.owner, this.leaseSeconds],
    )
    return cursor
  }
}

/** A place in the outbox, in commit order: after it come events of later transactions. */
export interface EventPosition {
  txId: number
  id: number
}

/**
 * Events after a position, in commit order, of transactions older than every one still running:
 * none of those can still commit an event that sorts before what is read now, so a reader that
 * moves its position to the last event read never passes over one committed late.
 * @param eventTypes only events of these types; all when omitted
 */
export async function readCommittedEvents(
  database: Database,
  after: EventPosition,
  options: { limit: number; eventTypes?: readonly string[] },
): Promise<OutboxEvent[]> {
  const rows = await database.query<EventRow>(
    `SELECT id, tx_id, aggregate_type, aggregate_id, event_type, payload, occurred_at
       FROM outbox_events
      WHERE (tx_id, id) > ($1, $2)
        AND tx_id < ${COMMITTED_HORIZON_SQL}
        AND ($4::text[] IS NULL OR event_type = ANY($4::text[]))
      ORDER BY tx_id, id
      LIMIT $3`,
    [after.txId, after.id, options.limit, options.eventTypes ?? null],
  )
  return rows.map(toEvent)
}

/**
 * Where events not yet final begin: a reader starting here gets every event committed from now
 * on and none committed before (ids start at 1, so id 0 leaves out nothing of that transaction).
 */
export async function committedEnd(database: Database): Promise<EventPosition> {
  const [row] = await database.query<{ horizon: number }>(
    `SELECT ${COMMITTED_HORIZON_SQL} AS horizon`,
  )
  if (!row) throw new Error('the committed horizon returned no row')
  return { txId: row.horizon, id: 0 }
}

function toEvent(row: EventRow): OutboxEvent {
  return {
    id: row.id,
    txId: row.tx_id,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    eventType: row.event_type,
    payload: row.payload,
    occurredAt: row.occurred_at instanceof Date ? row.occurred_at.toISOString() : row.occurred_at,
  }
}
