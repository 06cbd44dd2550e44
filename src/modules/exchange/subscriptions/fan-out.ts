import type { Executor } from '../../../platform/db/database.js'
import type {
  EventHandler,
  OutboxEvent,
  SubscriberOptions,
} from '../../../platform/events/outbox.js'
import { getEstablishment, type StayEventPayload } from '../../stays/index.js'
import {
  findGrantedAttributes,
  insertDeliveries,
  subscriptionsForEvent,
} from './subscriptions.queries.js'
import { webhookEventOf } from './webhook-events.js'

export interface FanOutDeps {
  db: Executor
  now: () => Date
  /** Called once deliveries were owed, so the sender need not wait for its next poll. */
  wake: () => void
}

/** The member an establishment event belongs to: the one whose code is the establishment's. */
async function establishmentMember(db: Executor, payload: Record<string, unknown>) {
  const { establishmentId } = payload as StayEventPayload
  return (await getEstablishment(db, establishmentId)).code
}

/** What one batch of events looked up once: subscriptions by type, grants by member and service. */
class BatchLookups {
  private readonly subscriptions = new Map<string, Promise<{ id: string; memberCode: string }[]>>()
  private readonly grants = new Map<string, Promise<boolean>>()
  readonly owed: { subscriptionId: string; eventId: number; occurredAt: Date }[] = []

  constructor(readonly deps: FanOutDeps) {}

  subscriptionsFor(eventType: string) {
    const known = this.subscriptions.get(eventType)
    if (known) return known
    const found = subscriptionsForEvent(this.deps.db, eventType)
    this.subscriptions.set(eventType, found)
    return found
  }

  isGranted(memberCode: string, service: string): Promise<boolean> {
    const key = `${memberCode} ${service}`
    const known = this.grants.get(key)
    if (known) return known
    const found = findGrantedAttributes(this.deps.db, memberCode, service, this.deps.now()).then(
      (attributes) => attributes !== undefined,
    )
    this.grants.set(key, found)
    return found
  }

  async flush(): Promise<void> {
    await insertDeliveries(this.deps.db, this.owed)
    if (this.owed.length > 0) this.deps.wake()
  }
}

async function owe(lookups: BatchLookups, event: OutboxEvent): Promise<void> {
  const type = webhookEventOf(event.eventType)
  if (!type) return
  const subscriptions = await lookups.subscriptionsFor(event.eventType)
  if (subscriptions.length === 0) return
  const owner =
    type.scope === 'establishment'
      ? await establishmentMember(lookups.deps.db, event.payload)
      : undefined
  for (const s of subscriptions) {
    if (type.scope === 'establishment' && s.memberCode !== owner) continue
    if (await lookups.isGranted(s.memberCode, type.service))
      lookups.owed.push({
        subscriptionId: s.id,
        eventId: event.id,
        occurredAt: new Date(event.occurredAt),
      })
  }
}

/**
 * The outbox subscriber: each event a member subscribed to becomes a delivery owed to it, when
 * its grant covers the event and, for an establishment's event, the establishment is its own.
 * A batch of events looks subscriptions and grants up once and owes its deliveries in one insert
 * (the sender checks the grant again when sending). Idempotent (one delivery per subscription
 * and event), as the outbox delivers at least once.
 */
export function webhookFanOut(deps: FanOutDeps): {
  handle: EventHandler
  aroundBatch: NonNullable<SubscriberOptions['aroundBatch']>
} {
  let batch: BatchLookups | undefined
  return {
    handle: async (event) => {
      if (batch) return owe(batch, event)
      const alone = new BatchLookups(deps)
      await owe(alone, event)
      await alone.flush()
    },
    aroundBatch: async (deliver) => {
      const current = new BatchLookups(deps)
      batch = current
      try {
        const result = await deliver()
        await current.flush()
        return result
      } finally {
        batch = undefined
      }
    },
  }
}
