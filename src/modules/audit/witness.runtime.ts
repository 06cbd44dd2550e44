import { appendFile } from 'node:fs/promises'
import type { SignedHead } from './head.js'

export interface WitnessOptions {
  /** POSTed `{ head: <jws> }` as JSON. */
  url?: string
  /** Appended one JWS per line. */
  file?: string
  timeoutMs?: number
  /** First pause after a failure; doubles up to a minute. */
  retryMs?: number
  onError?: (error: unknown) => void
}

export interface Witness {
  /** Hands a new signed head over; returns at once, whatever the witness does. */
  offer(head: SignedHead): void
  /** Waits for a delivery under way; a retry still waiting is dropped. */
  close(): Promise<void>
}

const MAX_RETRY_MS = 60_000

type Deliver = (head: SignedHead) => Promise<void>

/**
 * Sends signed heads to a witness outside the database, so that whoever can rewrite the database
 * cannot also take back what the platform already vouched for. Each sink (file, webhook) keeps
 * its own queue, so one that fails neither holds back nor repeats the other.
 */
export function createWitness(options: WitnessOptions): Witness | undefined {
  const { url, file } = options
  const timeoutMs = options.timeoutMs ?? 5_000
  const sinks: Deliver[] = []
  if (file) sinks.push((head) => appendFile(file, `${head.jws}\n`))
  if (url)
    sinks.push(async (head) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ head: head.jws }),
        signal: AbortSignal.timeout(timeoutMs),
      })
      if (!response.ok) throw new Error(`audit witness answered ${response.status}`)
    })
  if (sinks.length === 0) return undefined
  const queues = sinks.map((deliver) => latestOnly(deliver, options))
  return {
    offer: (head) => {
      for (const queue of queues) queue.offer(head)
    },
    close: async () => {
      await Promise.all(queues.map((queue) => queue.close()))
    },
  }
}

/**
 * Only the latest head waits: it covers every earlier one. A sink that fails is retried, pausing
 * longer each time, and never holds the sealer back; it gets the latest head when it returns. A
 * head carries a count, a hash and a time: nothing about anyone.
 */
function latestOnly(deliver: Deliver, options: WitnessOptions): Witness {
  const firstRetryMs = options.retryMs ?? 1_000
  let waiting: SignedHead | undefined
  let sending: Promise<void> | undefined
  let retry: NodeJS.Timeout | undefined
  let retryMs = firstRetryMs

  function pump(): void {
    if (sending || retry || !waiting) return
    const head = waiting
    waiting = undefined
    sending = deliver(head)
      .then(
        () => {
          retryMs = firstRetryMs
        },
        (error: unknown) => {
          options.onError?.(error)
          // A newer head may have come meanwhile: it supersedes this one.
          waiting ??= head
          retry = setTimeout(() => {
            retry = undefined
            pump()
          }, retryMs)
          retry.unref()
          retryMs = Math.min(retryMs * 2, MAX_RETRY_MS)
        },
      )
      .finally(() => {
        sending = undefined
        pump()
      })
  }

  return {
    offer(head) {
      waiting = head
      pump()
    },
    async close() {
      clearTimeout(retry)
      retry = undefined
      waiting = undefined
      await sending
    },
  }
}
