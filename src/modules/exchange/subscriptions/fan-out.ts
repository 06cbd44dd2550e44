import type { Executor } from '../../../platform/db/database.js'
import type { EventHandler } from '../../../platform/events/outbox.js'
import { getEstablishment, type StayEventPayload } from '../../stays/index.js'
import {
  findGrantedAttributes,
  insertDeliveries,
  subscriptionsForEvent,
} from './subscriptions.queries.js'
import { webhookEventOf, type WebhookEventType } from './webhook-events.js'

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

async function mayReceive(
  deps: FanOutDeps,
  type: WebhookEventType,
  memberCode: string,
  owner: string | undefined,
): Promise<boolean> {
  if (type.scope === 'establishment' && memberCode !== owner) return false
  return (await findGrantedAttributes(deps.db, memberCode, type.service, deps.now())) !== undefined
}

/**
 * The outbox subscriber: each event a member subscribed to becomes a delivery owed to it, when
 * its grant covers the event and, for an establishment's event, the establishment is its own.
 * Idempotent (one delivery per subscription and event), as the outbox delivers at least once.
 */
export function webhookFanOut(deps: FanOutDeps): EventHandler {
  return async (event) => {
    const type = webhookEventOf(event.eventType)
    if (!type) return
    const subscriptions = await subscriptionsForEvent(deps.db, event.eventType)
    if (subscriptions.length === 0) return
    const owner =
      type.scope === 'establishment' ? await establishmentMember(deps.db, event.payload) : undefined
    const owed = []
    for (const s of subscriptions)
      if (await mayReceive(deps, type, s.memberCode, owner))
        owed.push({
          subscriptionId: s.id,
          eventId: event.id,
          occurredAt: new Date(event.occurredAt),
        })
    await insertDeliveries(deps.db, owed)
    if (owed.length > 0) deps.wake()
  }
}
