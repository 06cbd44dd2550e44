import { desc } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { developmentOutbox } from './identity.tables.js'

export interface OutgoingMessage {
  to: string
  body: string
}

/** Sends one-time codes and reminders: an SMS gateway in production, a table in development. */
export interface MessageSender {
  readonly kind: 'webhook' | 'development'
  send(db: Executor, message: OutgoingMessage): Promise<void>
}

/** Posts `{ to, body }` as JSON to a gateway; a refused or unreachable gateway is an error. */
export function webhookSender(url: string, fetchImpl: typeof fetch = fetch): MessageSender {
  return {
    kind: 'webhook',
    async send(_db, message) {
      const response = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(message),
        signal: AbortSignal.timeout(10_000),
      })
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`)
    },
  }
}

/** Keeps messages in the development outbox, in the caller's transaction. */
export const developmentSender: MessageSender = {
  kind: 'development',
  async send(db, message) {
    await db.insert(developmentOutbox).values({ recipient: message.to, body: message.body })
  },
}

/** The latest messages the development sender kept, newest first. */
export async function listDevelopmentMessages(
  db: Executor,
): Promise<{ to: string; body: string; at: string }[]> {
  const rows = await db
    .select()
    .from(developmentOutbox)
    .orderBy(desc(developmentOutbox.id))
    .limit(50)
  return rows.map((m) => ({ to: m.recipient, body: m.body, at: m.createdAt.toISOString() }))
}
