import { randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { pino } from 'pino'
import {
  exchangeModule,
  publishService,
  registerMember,
  subscribeWebhook,
} from '../src/modules/exchange/index.js'
import { DEATH_REGISTERED } from '../src/modules/population/index.js'
import type { Principal } from '../src/platform/auth/principal.js'
import type { Database } from '../src/platform/db/database.js'
import { OutboxDispatcher, recordEvent } from '../src/platform/events/outbox.js'
import { percentile, type BenchResult } from './report.js'

const EVENTS = 500
const EVERY_MS = 10
const CONSUMER = 'BENCH-CONSUMER'
const PROVIDER = 'BENCH-PROVIDER'

/** A member's endpoint: when each event (by its personal number) arrived. */
async function receiver() {
  const arrivals = new Map<string, number>()
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString()) as {
        data: { personalNumber: string }
      }
      arrivals.set(body.data.personalNumber, performance.now())
      response.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
  return { url, arrivals, close: () => new Promise((resolve) => server.close(resolve)) }
}

async function grantDeaths(database: Database): Promise<void> {
  const contacts = [{ name: 'bench' }]
  await registerMember(
    database.db,
    { code: PROVIDER, name: 'Bench', type: 'agency', contacts },
    null,
  )
  await registerMember(database.db, { code: CONSUMER, name: 'Bench', type: 'bank', contacts }, null)
  const service = await publishService(
    database.db,
    {
      providerCode: PROVIDER,
      code: 'resident-deaths',
      name: 'Deaths',
      description: 'bench',
      openapi: {},
      attributes: ['personalNumber', 'diedOn'],
      purposes: [{ code: 'notify', name: 'notify', legalBasis: 'bench' }],
      rateLimitPerMinute: 60,
      target: { kind: 'builtin', name: 'resident-deaths' },
    },
    () => true,
  )
  await database.query(
    `INSERT INTO exchange_grants (consumer_code, service_id, purposes, attributes, status,
       expires_at, requested_by)
     VALUES ($1, $2, '{notify}', '{personalNumber,diedOn}', 'approved', now() + interval '1 day',
       'bench')`,
    [CONSUMER, service.id],
  )
}

const deathOf = (personalNumber: string) => ({
  aggregateType: 'resident',
  aggregateId: personalNumber,
  eventType: DEATH_REGISTERED,
  payload: {
    personalNumber,
    reference: randomUUID(),
    before: null,
    after: { communeCode: '26734', birthDate: '1950-01-01', sex: 'M' },
    movements: [{ kind: 'deceased', occurredOn: '2026-12-07', communeCode: '26734' }],
  },
})

/**
 * exchange.webhook.latency: a death committed to the outbox → its webhook received by the
 * member's endpoint, signed, through the running server's own parts (the outbox dispatcher with
 * the exchange's subscribers at their polling wish, the webhook sender it wakes). One event every
 * 10 ms, each in its own transaction. Goal: p99 < 1 s.
 */
export async function benchWebhookLatency(database: Database): Promise<BenchResult> {
  await grantDeaths(database)
  const endpoint = await receiver()
  const principal: Principal = {
    kind: 'staff',
    accountId: randomUUID(),
    personalNumber: null,
    clientId: null,
    grants: [{ role: 'departmentOfficer', unitCodes: [], agencyCode: CONSUMER }],
  }
  const deps = { db: database.db, allowHttp: true, now: () => new Date(), wake: () => undefined }
  await subscribeWebhook(deps, principal, { eventType: DEATH_REGISTERED, url: endpoint.url })
  const context = { database } as Parameters<NonNullable<typeof exchangeModule.subscribers>>[0]
  const subscribers = exchangeModule.subscribers?.(context) ?? []
  const dispatcher = new OutboxDispatcher(database, {
    pollMs: Math.min(1_000, ...subscribers.flatMap((s) => (s.pollMs ? [s.pollMs] : []))),
  })
  for (const { name, handle, aroundBatch } of subscribers)
    dispatcher.subscribe(name, handle, { aroundBatch })
  const started = await exchangeModule.start!(context, pino({ level: 'silent' }))
  dispatcher.start()
  const committed = new Map<string, number>()
  try {
    for (let n = 0; n < EVENTS; n++) {
      const personalNumber = `B${String(n).padStart(11, '0')}`
      await database.db.transaction((tx) => recordEvent(tx, deathOf(personalNumber)))
      committed.set(personalNumber, performance.now())
      await new Promise((resolve) => setTimeout(resolve, EVERY_MS))
    }
    const deadline = performance.now() + 30_000
    while (endpoint.arrivals.size < EVENTS && performance.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50))
  } finally {
    await dispatcher.stop()
    await started.stop()
    await endpoint.close()
  }
  // Where the time goes: outbox → delivery owed (the fan-out), owed → delivered (the sender).
  const [split] = await database.query<{ owed: number; sent: number }>(
    `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM d.created_at - d.occurred_at)) * 1000 AS owed,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM d.delivered_at - d.created_at)) * 1000 AS sent
       FROM exchange_webhook_deliveries d`,
  )
  const latencies = [...committed].flatMap(([id, at]) => {
    const arrived = endpoint.arrivals.get(id)
    return arrived === undefined ? [] : [arrived - at]
  })
  const sorted = latencies.sort((a, b) => a - b)
  return {
    name: 'exchange.webhook.latency',
    value: percentile(sorted, 99),
    unit: 'ms p99',
    extra: {
      p50: percentile(sorted, 50),
      max: sorted.at(-1) ?? Number.NaN,
      received: sorted.length,
      events: EVENTS,
      owedP50: Number(split?.owed),
      sentP50: Number(split?.sent),
    },
  }
}
