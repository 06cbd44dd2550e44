import type { Executor } from '../../../platform/db/database.js'
import { DEFAULT_RETRY_SCHEDULE_MS, nextAttemptAt } from './retry-schedule.js'
import {
  claimDueDeliveries,
  findGrantedAttributes,
  nextDueAt,
  recordAttempt,
  type AttemptOutcome,
  type ClaimedDelivery,
} from './subscriptions.queries.js'
import { signWebhook } from './webhook-signature.js'
import { webhookBody, webhookEventOf } from './webhook-events.js'

export interface WebhookSenderOptions {
  /** Waits after each failed attempt; past the last, dead letter. Default 10 s … 6 h. */
  retryScheduleMs?: readonly number[]
  /** Each wait spread by ±this share. Default 0.2. */
  jitter?: number
  /** How long a member's endpoint has to answer. Default 10 s. */
  timeoutMs?: number
  /** Deliveries claimed and sent together. Default 50. */
  batchSize?: number
  /** The longest sleep between rounds: retries falling due, deliveries owed by other instances. */
  pollMs?: number
  onError?: (error: unknown) => void
}

/** A failure's reason in a few words: a status or a network error's code, never a body or URL. */
function reasonOf(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return 'timeout'
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code
  return typeof cause === 'string' && /^[A-Z_]{2,40}$/.test(cause)
    ? `connection_failed:${cause}`
    : 'connection_failed'
}

/**
 * Sends owed webhooks: claims due deliveries under a lease, posts each signed (Standard Webhooks),
 * records the outcome, and sleeps until woken (the fan-out owed something), the next retry falls
 * due, or pollMs passes. A 2xx delivers; anything else is retried on the schedule, then
 * dead-lettered — never dropped, and replayable.
 */
export class WebhookSender {
  private readonly schedule: readonly number[]
  private readonly jitter: number
  private readonly timeoutMs: number
  private readonly batchSize: number
  private readonly pollMs: number
  private isStopped = true
  private isWoken = false
  private wakeUp: (() => void) | undefined
  private loop: Promise<void> | undefined

  constructor(
    private readonly db: Executor,
    private readonly options: WebhookSenderOptions = {},
  ) {
    this.schedule = options.retryScheduleMs ?? DEFAULT_RETRY_SCHEDULE_MS
    this.jitter = options.jitter ?? 0.2
    this.timeoutMs = options.timeoutMs ?? 10_000
    this.batchSize = options.batchSize ?? 50
    this.pollMs = options.pollMs ?? 1_000
  }

  start(): void {
    this.isStopped = false
    this.loop = this.run()
  }

  /** Stops after the batch in flight. */
  async stop(): Promise<void> {
    this.isStopped = true
    this.wake()
    await this.loop
  }

  /** Something is owed now: send without waiting for the poll. */
  wake(): void {
    this.isWoken = true
    this.wakeUp?.()
  }

  /** Sends every delivery due now, batch after batch. @returns how many were attempted */
  async sendDue(): Promise<number> {
    let total = 0
    for (;;) {
      const claimed = await claimDueDeliveries(this.db, {
        limit: this.batchSize,
        leaseSeconds: Math.ceil(this.timeoutMs / 1000) + 30,
      })
      await Promise.all(claimed.map((d) => this.attempt(d)))
      total += claimed.length
      if (claimed.length < this.batchSize || this.isStopped) return total
    }
  }

  private async run(): Promise<void> {
    while (!this.isStopped) {
      this.isWoken = false
      try {
        await this.sendDue()
      } catch (error) {
        this.options.onError?.(error)
      }
      await this.sleep(await this.sleepMs())
    }
  }

  private async sleepMs(): Promise<number> {
    const due = await nextDueAt(this.db).catch(() => undefined)
    const untilDue = due ? due.getTime() - Date.now() : this.pollMs
    return Math.max(0, Math.min(this.pollMs, untilDue))
  }

  /** Until woken or `ms` passed; a wake that came while the round ran ends it at once. */
  private sleep(ms: number): Promise<void> {
    if (this.isWoken || this.isStopped) return Promise.resolve()
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms)
      this.wakeUp = () => {
        clearTimeout(timer)
        resolve()
      }
    }).finally(() => {
      this.wakeUp = undefined
    })
  }

  private async attempt(delivery: ClaimedDelivery): Promise<void> {
    const outcome = await this.post(delivery)
    await recordAttempt(this.db, delivery.id, outcome)
  }

  private failure(delivery: ClaimedDelivery, status: number | null, error: string) {
    const retryAt = nextAttemptAt(delivery.attempts + 1, {
      schedule: this.schedule,
      jitter: this.jitter,
      now: new Date(),
    })
    return { delivered: false as const, status, error, retryAt }
  }

  /** One POST of the event, cut to what the member's grant names at this moment. */
  private async post(delivery: ClaimedDelivery): Promise<AttemptOutcome> {
    const type = webhookEventOf(delivery.eventType)
    const granted =
      type && (await findGrantedAttributes(this.db, delivery.memberCode, type.service, new Date()))
    // A grant revoked or expired since: nothing leaves, and a replay may send it once renewed.
    if (!granted) return { delivered: false, status: null, error: 'grant_inactive', retryAt: null }
    const body = webhookBody(
      {
        eventType: delivery.eventType,
        occurredAt: delivery.occurredAt.toISOString(),
        payload: delivery.payload as Record<string, unknown>,
      },
      granted,
    )
    const headers = signWebhook(delivery.secret, { id: `msg_${delivery.id}`, at: new Date(), body })
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      })
      await response.body?.cancel()
      if (response.ok) return { delivered: true, status: response.status }
      return this.failure(delivery, response.status, `http_${response.status}`)
    } catch (error) {
      return this.failure(delivery, null, reasonOf(error))
    }
  }
}

// The running server's sender, by database: the outbox fan-out and a replay wake it.
const senders = new WeakMap<Executor, WebhookSender>()

/** Starts the running server's sender (exchange.module's `start`). */
export function startWebhookSender(
  db: Executor,
  options: WebhookSenderOptions = {},
): { stop(): Promise<void> } {
  const sender = new WebhookSender(db, options)
  senders.set(db, sender)
  sender.start()
  return {
    stop: async () => {
      senders.delete(db)
      await sender.stop()
    },
  }
}

/** Wakes the sender of this database, when this process runs one; others poll. */
export const wakeWebhookSender = (db: Executor): void => senders.get(db)?.wake()
