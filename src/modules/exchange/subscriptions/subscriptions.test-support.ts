import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before } from 'node:test'
import type { Database } from '../../../platform/db/database.js'
import { OutboxDispatcher } from '../../../platform/events/outbox.js'
import { exchangeGrants } from '../exchange.tables.js'
import { listMembers, listServices, publishService, registerMember } from '../index.js'
import { webhookFanOut } from './fan-out.js'
import { WebhookSender, type WebhookSenderOptions } from './webhook-sender.runtime.js'

/** The member that publishes the event services in tests (the province's justice department). */
export const PROVIDER = 'STP-DNA'

async function ensureMember(db: Database, code: string): Promise<void> {
  if ((await listMembers(db.db)).some((m) => m.code === code)) return
  await registerMember(
    db.db,
    { code, name: `Thành viên ${code}`, type: 'other', contacts: [{ name: 'Bộ phận kỹ thuật' }] },
    null,
  )
}

async function ensureEventService(db: Database, name: string): Promise<string> {
  const existing = (await listServices(db.db)).find(
    (s) => s.providerCode === PROVIDER && s.code === name,
  )
  if (existing) return existing.id
  const service = await publishService(
    db.db,
    {
      providerCode: PROVIDER,
      code: name,
      name: `Sự kiện ${name}`,
      description: 'Sự kiện gửi qua webhook',
      openapi: {},
      attributes: [
        'personalNumber',
        'communeCode',
        'diedOn',
        'birthDate',
        'sex',
        'declarationId',
        'establishmentId',
        'arrivalAt',
      ],
      purposes: [{ code: 'notify', name: 'Thông báo', legalBasis: 'Nghị định 47/2024/NĐ-CP' }],
      rateLimitPerMinute: 60,
      target: { kind: 'builtin', name },
    },
    () => true,
  )
  return service.id
}

/**
 * An approved grant of the built-in event service `service` to the member, naming `attributes`:
 * what an administrator's publication and a provider's approval leave behind.
 */
export async function grantEvents(
  db: Database,
  grant: { consumerCode: string; service: string; attributes: string[]; expiresAt?: Date },
): Promise<void> {
  await ensureMember(db, PROVIDER)
  await ensureMember(db, grant.consumerCode)
  const serviceId = await ensureEventService(db, grant.service)
  await db.db.insert(exchangeGrants).values({
    consumerCode: grant.consumerCode,
    serviceId,
    purposes: ['notify'],
    attributes: grant.attributes,
    status: 'approved',
    expiresAt: grant.expiresAt ?? new Date(Date.now() + 86_400_000),
    requestedBy: 'test',
  })
}

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders
  body: string
  at: number
}

/** A member's endpoint served by the test: records what arrives, answers `status`. */
export interface Receiver {
  url: string
  received: ReceivedWebhook[]
  status: number
  /** Resolves once `count` webhooks arrived in all, or rejects after `ms`. */
  waitFor(count: number, ms?: number): Promise<void>
  close(): Promise<void>
}

export async function startReceiver(): Promise<Receiver> {
  const waiters: (() => boolean)[] = []
  const receiver: Receiver = {
    url: '',
    received: [],
    status: 204,
    waitFor: (count, ms = 10_000) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new Error(`${receiver.received.length} of ${count} webhooks after ${ms} ms`))
        }, ms)
        const check = () => {
          if (receiver.received.length < count) return false
          clearTimeout(timer)
          resolve()
          return true
        }
        if (!check()) waiters.push(check)
      }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve()
        })
        server.closeAllConnections()
      }),
  }
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      response.writeHead(receiver.status).end()
      receiver.received.push({
        headers: request.headers,
        body: Buffer.concat(chunks).toString(),
        at: Date.now(),
      })
      for (const check of waiters.splice(0)) if (!check()) waiters.push(check)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`
  return receiver
}

/**
 * What the running server does for webhooks, started for a test: the outbox dispatcher with the
 * exchange's fan-out, and a sender on a fast retry schedule.
 */
export function useWebhookDelivery(
  db: () => Database,
  options: WebhookSenderOptions = {},
): () => WebhookSender {
  let sender: WebhookSender | undefined
  let dispatcher: OutboxDispatcher | undefined
  before(() => {
    const running = new WebhookSender(db().db, { pollMs: 50, timeoutMs: 2_000, ...options })
    dispatcher = new OutboxDispatcher(db(), { pollMs: 20 })
    const fanOut = webhookFanOut({
      db: db().db,
      now: () => new Date(),
      wake: () => {
        running.wake()
      },
    })
    dispatcher.subscribe('exchange.webhooks', fanOut.handle, { aroundBatch: fanOut.aroundBatch })
    running.start()
    dispatcher.start()
    sender = running
  })
  after(async () => {
    await dispatcher?.stop()
    await sender?.stop()
  })
  return () => {
    if (!sender) throw new Error('delivery not started yet')
    return sender
  }
}
