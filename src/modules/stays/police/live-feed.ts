import type { ServerResponse } from 'node:http'
import type { FastifyReply } from 'fastify'
import { coversPlace, hasPermission, type Principal } from '../../../platform/auth/principal.js'
import type { Database } from '../../../platform/db/database.js'
import {
  committedEnd,
  readCommittedEvents,
  type EventPosition,
  type OutboxEvent,
} from '../../../platform/events/outbox.js'
import {
  HEARTBEAT,
  deliver,
  endEventStream,
  frameOf,
  openEventStream,
} from '../../../platform/http/sse.js'
import { runPeriodically } from '../../../platform/time/periodic.js'
import { findLiveFacts } from './police-view.queries.js'
import { isAlertRecipient } from '../watch-list/watch-list.policy.js'

const DECLARED = 'stays.declared'
const WATCH_ALERT = 'stays.watch_alert'
const eventTypes = [DECLARED, WATCH_ALERT]
// New declarations show within about half a second, at one small query per poll.
const POLL_MS = 500
// A comment now and then keeps proxies from closing a quiet stream.
const HEARTBEAT_MS = 15_000
const BATCH = 500
// How long a browser waits before reconnecting after the stream breaks.
const RETRY_MS = 3_000
// How far back a reconnecting client is brought up to date: a break of minutes, not a night's.
const MAX_REPLAY_READS = 10
const RESYNC = 'stays.resync'
// What the stream needs of its listener, as the route declares.
const LIVE_PERMISSION = 'stays.police.read'
// Sessions and grants are read again this often, and before each delivery: a stream outlives a
// sign-out or a revoked role by this at most, and never sends anything committed after it.
const RECHECK_MS = 5_000
const ENDED = 'stays.ended'

/** Why a stream was ended by the server: its credentials are gone, or they no longer allow it. */
export type EndReason = 'signed-out' | 'access-revoked'

/** Who listens: as authenticated when the stream opened, and how to read that again. */
export interface Caller {
  principal: Principal
  /** The caller's credentials as they are now: undefined once signed out, expired or revoked. */
  reauthenticate: () => Promise<Principal | undefined>
}

interface Frame {
  at: EventPosition
  text: string
}

interface Listener extends Caller {
  response: ServerResponse | undefined
  /** While it is brought up to date from its Last-Event-ID: the poller's frames for it, held. */
  held: Frame[] | undefined
  /** Where it was brought up to: the poller may be behind, and must not send those again. */
  sentUpTo?: EventPosition
}

interface Message {
  at: EventPosition
  event: string
  data: Record<string, unknown>
  isFor: (principal: Principal) => boolean
}

type Wanted = (isFor: Message['isFor']) => boolean

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/** An event's `id:` in the stream: its place in the outbox, which a reconnection resumes after. */
export const eventIdOf = (at: EventPosition): string => `${at.txId}-${at.id}`

/**
 * The outbox position a Last-Event-ID names; undefined for anything this stream does not write
 * (the stream then starts from now, as for a new client: see `open`).
 */
export function positionOfEventId(id: string | undefined): EventPosition | undefined {
  const match = /^(\d{1,15})-(\d{1,15})$/.exec(id?.trim() ?? '')
  return match ? { txId: Number(match[1]), id: Number(match[2]) } : undefined
}

const isAfter = (a: EventPosition, b: EventPosition): boolean =>
  a.txId > b.txId || (a.txId === b.txId && a.id > b.id)

const frame = (message: Message): Frame => ({
  at: message.at,
  text: frameOf({ id: eventIdOf(message.at), event: message.event, data: message.data }),
})

/**
 * New declarations and watch-list alerts, live, for the police consoles of this instance: one
 * poller reads the outbox in commit order (only while someone listens) and hands each event to
 * the listeners whose jurisdiction it falls in. What is sent carries no names or numbers; the
 * console fetches a declaration's details through the audited route. Each event's id is its
 * outbox position, so a client that reconnects with Last-Event-ID gets what it missed.
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
   * stream is open (events committed from then on reach it) and, given the id of the last event
   * the client received, once the events after it that the principal may see were sent. An id
   * that is no outbox position of this stream's (malformed, or not yet committed) is ignored
   * rather than refused: a browser's EventSource gives up for good on an error status, and the
   * police's screen must keep updating by itself. Fails, with nothing sent, when the outbox
   * cannot be read.
   */
  async open(reply: FastifyReply, caller: Caller, lastEventId?: string): Promise<void> {
    const resumeAfter = positionOfEventId(lastEventId)
    const listener: Listener = { ...caller, response: undefined, held: resumeAfter && [] }
    // Counted before the start position is read, so a poll in between does not reset it.
    this.listeners.add(listener)
    try {
      await this.startPosition()
    } catch (error) {
      this.listeners.delete(listener)
      throw error
    }
    const response = openEventStream(reply, RETRY_MS)
    // Gone while the position was read: its 'close' has passed, so it would never be removed.
    if (response.destroyed) {
      this.listeners.delete(listener)
      return
    }
    response.on('close', () => this.listeners.delete(listener))
    listener.response = response
    this.startTimers()
    if (resumeAfter) await this.catchUp(listener, response, resumeAfter)
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
          for (const { response } of this.listeners) if (response) deliver(response, HEARTBEAT)
        },
        HEARTBEAT_MS,
        onError,
      ),
      runPeriodically(() => this.recheck(), RECHECK_MS, onError),
    ]
  }

  private async poll(): Promise<void> {
    if (this.listeners.size === 0) {
      this.position = undefined
      return
    }
    let after = await this.startPosition()
    for (;;) {
      const events = await readCommittedEvents(this.database, after, { limit: BATCH, eventTypes })
      const last = events.at(-1)
      if (!last) return
      // On grants read after the events: what was committed after a revocation never goes out.
      await this.recheck()
      const wanted: Wanted = (isFor) => this.isWanted(isFor)
      for (const message of await this.messagesOf(events, wanted)) this.send(message)
      after = { txId: last.txId, id: last.id }
      this.position = Promise.resolve(after)
      if (events.length < BATCH) return
    }
  }

  /**
   * Reads the open streams' sessions and grants again (the authenticators batch the reads into
   * one query): a stream whose caller signed out, or may no longer listen, is told why and ended;
   * the others go on with their grants as they are now, a changed jurisdiction included.
   */
  private async recheck(): Promise<void> {
    const open = [...this.listeners].filter((l) => l.response)
    await Promise.all(
      open.map(async (listener) => {
        const principal = await listener.reauthenticate()
        if (!principal) this.end(listener, 'signed-out')
        else if (!hasPermission(principal, LIVE_PERMISSION)) this.end(listener, 'access-revoked')
        else listener.principal = principal
      }),
    )
  }

  private end(listener: Listener, reason: EndReason): void {
    const { response } = listener
    if (!this.listeners.delete(listener) || !response) return
    endEventStream(response, ENDED, { reason })
  }

  private send(message: Message): void {
    const sent = frame(message)
    for (const listener of this.listeners) {
      const { principal, response, held, sentUpTo } = listener
      if (!response || !message.isFor(principal)) continue
      if (sentUpTo && !isAfter(sent.at, sentUpTo)) continue
      if (held) held.push(sent)
      else deliver(response, sent.text)
    }
  }

  private isWanted(isFor: Message['isFor']): boolean {
    for (const { principal } of this.listeners) if (isFor(principal)) return true
    return false
  }

  /**
   * Brings a reconnecting listener up to date, then lets the poller's frames through, from past
   * where the replay ended: first those it held meanwhile, in order. The replay reads up to what
   * was final once the listener was in place, so it passed everything before the poller's
   * position then, and the poller sends everything after: nothing is missed, nothing sent twice.
   * On failure the stream is cut, for the client to reconnect from the last event it got.
   */
  private async catchUp(listener: Listener, response: ServerResponse, after: EventPosition) {
    try {
      const upTo = await this.replay(listener.principal, response, after)
      const held = listener.held ?? []
      listener.held = undefined
      listener.sentUpTo = upTo
      for (const { at, text } of held) if (!upTo || isAfter(at, upTo)) deliver(response, text)
    } catch (error) {
      listener.held = undefined
      response.destroy()
      this.onError(error)
    }
  }

  /**
   * Sends the principal's events after a position, up to what is committed now.
   * @returns the last position read; undefined when the position is no committed one (the
   *   client is treated as new) or too far back (it is told to reload, with a `stays.resync`)
   */
  private async replay(
    principal: Principal,
    response: ServerResponse,
    from: EventPosition,
  ): Promise<EventPosition | undefined> {
    if (!isAfter(await committedEnd(this.database), from)) return undefined
    const wanted: Wanted = (isFor) => isFor(principal)
    let after = from
    for (let read = 0; read < MAX_REPLAY_READS; read++) {
      if (response.destroyed) return after
      const events = await readCommittedEvents(this.database, after, { limit: BATCH, eventTypes })
      for (const message of await this.messagesOf(events, wanted))
        if (message.isFor(principal)) deliver(response, frame(message).text)
      const last = events.at(-1)
      if (last) after = { txId: last.txId, id: last.id }
      if (events.length < BATCH) return after
    }
    deliver(response, frameOf({ event: RESYNC, data: {} }))
    return undefined
  }

  private async messagesOf(events: OutboxEvent[], wanted: Wanted): Promise<Message[]> {
    const messages = events.map((e) => (e.eventType === DECLARED ? declared(e) : alerted(e)))
    const declarations = messages.filter((m) => m.event === DECLARED && wanted(m.isFor))
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
    at: { txId: event.txId, id: event.id },
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
    at: { txId: event.txId, id: event.id },
    event: WATCH_ALERT,
    data: { alertId: p.alertId, communeCode: alert.communeCode },
    isFor: (principal) => isAlertRecipient(principal, alert),
  }
}
