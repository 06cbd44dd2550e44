import type { ServerResponse } from 'node:http'
import type { FastifyReply } from 'fastify'
import { coversPlace, type Principal } from '../../platform/auth/principal.js'
import type { Database } from '../../platform/db/database.js'
import {
  committedEnd,
  readCommittedEvents,
  type EventPosition,
  type OutboxEvent,
} from '../../platform/events/outbox.js'
import { runPeriodically } from '../../platform/time/periodic.js'
import { findLiveFacts } from './police-view.queries.js'
import { isAlertRecipient } from './watch-list.policy.js'

const DECLARED = 'stays.declared'
const WATCH_ALERT = 'stays.watch_alert'
// New declarations show within about half a second, at one small query per poll.
const POLL_MS = 500
// A comment now and then keeps proxies from closing a quiet stream.
const HEARTBEAT_MS = 15_000
const BATCH = 500
// A client this far behind (a stalled connection) is dropped rather than buffered for ever.
const MAX_BUFFERED_BYTES = 1 << 20
// How long a browser waits before reconnecting after the stream breaks.
const RETRY_MS = 3_000

interface Listener {
  principal: Principal
  response: ServerResponse | undefined
}

interface Message {
  event: string
  data: Record<string, unknown>
  isFor: (principal: Principal) => boolean
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

const frame = (message: Message): string =>
  `event: ${message.event}\ndata: ${JSON.stringify(message.data)}\n\n`

/**
 * New declarations and watch-list alerts, live, for the police consoles of this instance: one
 * poller reads the outbox in commit order (only while someone listens) and hands each event to
 * the listeners whose jurisdiction it falls in. What is sent carries no names or numbers; the
 * console fetches a declaration's details through the audited route.
 */
export class LiveFeed {
  private readonly listeners = new Set<Listener>()
  // Where the next read starts; reset when nobody listens, so a new listener gets only new events.
  private position: Promise<EventPosition> | undefined
  private timers: { stop(): Promise<void> }[] | undefined

  constructor(
    private readonly database: Database,
    private readonly onError: (error: unknown) => void,
  ) {}

  /**
   * Takes over the reply as a server-sent event stream for the principal; returns once the
   * stream is open (events committed from then on reach it). Fails, with nothing sent, when the
   * outbox cannot be read.
   */
  async open(reply: FastifyReply, principal: Principal): Promise<void> {
    const listener: Listener = { principal, response: undefined }
    // Counted before the start position is read, so a poll in between does not reset it.
    this.listeners.add(listener)
    try {
      await this.startPosition()
    } catch (error) {
      this.listeners.delete(listener)
      throw error
    }
    reply.hijack()
    const response = reply.raw
    // Gone while the position was read: its 'close' has passed, so it would never be removed.
    if (response.destroyed) {
      this.listeners.delete(listener)
      return
    }
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
      'x-request-id': reply.request.id,
    })
    response.write(`retry: ${RETRY_MS}\n\n`)
    response.on('close', () => this.listeners.delete(listener))
    listener.response = response
    this.startTimers()
  }

  /** Ends every stream and stops polling: the server's close must not wait on open streams. */
  async close(): Promise<void> {
    const timers = this.timers ?? []
    this.timers = undefined
    await Promise.all(timers.map((t) => t.stop()))
    for (const listener of this.listeners) listener.response?.end()
    this.listeners.clear()
  }

  private startPosition(): Promise<EventPosition> {
    this.position ??= committedEnd(this.database).catch((error: unknown) => {
      this.position = undefined
      throw error
    })
    return this.position
  }

  private startTimers(): void {
    const onError = this.onError
    this.timers ??= [
      runPeriodically(() => this.poll(), POLL_MS, onError),
      runPeriodically(
        async () => {
          this.write(': heartbeat\n\n', () => true)
        },
        HEARTBEAT_MS,
        onError,
      ),
    ]
  }

  private async poll(): Promise<void> {
    if (this.listeners.size === 0) {
      this.position = undefined
      return
    }
    let after = await this.startPosition()
    for (;;) {
      const events = await readCommittedEvents(this.database, after, {
        limit: BATCH,
        eventTypes: [DECLARED, WATCH_ALERT],
      })
      const last = events.at(-1)
      if (!last) return
      for (const message of await this.messagesOf(events)) {
        this.write(frame(message), message.isFor)
      }
      after = { txId: last.txId, id: last.id }
      this.position = Promise.resolve(after)
      if (events.length < BATCH) return
    }
  }

  private write(chunk: string, isFor: (principal: Principal) => boolean): void {
    for (const { principal, response } of this.listeners) {
      if (!response || !isFor(principal)) continue
      if (response.writableLength > MAX_BUFFERED_BYTES) response.destroy()
      else response.write(chunk)
    }
  }

  private wanted(isFor: (principal: Principal) => boolean): boolean {
    for (const { principal } of this.listeners) if (isFor(principal)) return true
    return false
  }

  private async messagesOf(events: OutboxEvent[]): Promise<Message[]> {
    const messages = events.map((e) => (e.eventType === DECLARED ? declared(e) : alerted(e)))
    const declarations = messages.filter((m) => m.event === DECLARED && this.wanted(m.isFor))
    if (declarations.length === 0) return messages.filter((m) => m.event === WATCH_ALERT)
    // Flags and the establishment's name are not in the event: read for the ones someone sees.
    const facts = new Map(
      (
        await findLiveFacts(
          this.database.db,
          declarations.map((m) => text(m.data.declarationId)),
        )
      ).map((f) => [f.id, f]),
    )
    return messages.flatMap((m) => {
      if (m.event === WATCH_ALERT) return [m]
      const fact = facts.get(text(m.data.declarationId))
      if (!fact) return []
      const { establishmentId, ...data } = m.data
      return [
        {
          ...m,
          data: {
            ...data,
            establishment: { id: establishmentId, name: fact.establishmentName },
            flags: fact.flags,
          },
        },
      ]
    })
  }
}

function declared(event: OutboxEvent): Message {
  const p = event.payload
  const place = { communeCode: text(p.communeCode), provinceCode: text(p.provinceCode) }
  return {
    event: DECLARED,
    data: {
      declarationId: p.declarationId,
      establishmentId: p.establishmentId,
      arrivalAt: p.arrivalAt,
      late: p.late,
      guestKind: p.guestKind,
    },
    isFor: (principal) => coversPlace(principal, 'stays.police.read', place),
  }
}

function alerted(event: OutboxEvent): Message {
  const p = event.payload
  const alert = {
    communeCode: text(p.communeCode),
    responsibleUnitCode: text(p.responsibleUnitCode),
  }
  return {
    event: WATCH_ALERT,
    data: { alertId: p.alertId, communeCode: alert.communeCode },
    isFor: (principal) => isAlertRecipient(principal, alert),
  }
}
