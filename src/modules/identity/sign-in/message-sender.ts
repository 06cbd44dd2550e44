import type { Executor } from '../../../platform/db/database.js'
import { findLatestDevelopmentMessages, insertDevelopmentMessage } from './sign-in.queries.js'

export interface OutgoingMessage {
  to: string
  body: string
}

/** Sends one-time codes and reminders: an SMS gateway in production, a table in development. */
export interface MessageSender {
  readonly kind: 'webhook' | 'development'
  send(db: Executor, message: OutgoingMessage): Promise<void>
}

export interface WebhookOptions {
  /** How long one call may take: a send runs while the person waits for the page. */
  timeoutMs?: number
  /** Calls in all, the first included; only a timeout, a network error or a 5xx is retried. */
  attempts?: number
}

async function postOnce(
  url: string,
  message: OutgoingMessage,
  fetchImpl: typeof fetch,
  timeoutMs: number,
): Promise<'sent' | 'retry'> {
  const response = await fetchImpl(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(message),
    signal: AbortSignal.timeout(timeoutMs),
  }).catch(() => undefined)
  if (response?.ok) return 'sent'
  if (!response || response.status >= 500) return 'retry'
  throw new Error(`SMS gateway refused the message (${response.status})`)
}

/**
 * Posts `{ to, body }` as JSON to a gateway. A short timeout and one retry: a hung gateway
 * costs the person seconds, not the page's patience. @throws when no call was accepted
 */
export function webhookSender(
  url: string,
  fetchImpl: typeof fetch = fetch,
  { timeoutMs = 2_500, attempts = 2 }: WebhookOptions = {},
): MessageSender {
  return {
    kind: 'webhook',
    async send(_db, message) {
      for (let i = 0; i < attempts; i++)
        if ((await postOnce(url, message, fetchImpl, timeoutMs)) === 'sent') return
      throw new Error(`SMS gateway did not accept the message after ${attempts} attempts`)
    },
  }
}

/** Keeps messages in the development outbox, in the caller's transaction. */
export const developmentSender: MessageSender = {
  kind: 'development',
  async send(db, message) {
    await insertDevelopmentMessage(db, { recipient: message.to, body: message.body })
  },
}

/** The latest messages the development sender kept, newest first. */
export async function listDevelopmentMessages(
  db: Executor,
): Promise<{ to: string; body: string; at: string }[]> {
  const rows = await findLatestDevelopmentMessages(db, 50)
  return rows.map((m) => ({ to: m.recipient, body: m.body, at: m.createdAt.toISOString() }))
}
