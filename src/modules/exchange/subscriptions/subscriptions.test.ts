import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import { Webhook } from 'standardwebhooks'
import {
  assertRefusal,
  describeOnEngines,
  enrol,
  pickResident,
  TODAY,
  useApp,
  type Actor,
} from '../../../../test/kit/index.js'
import type { Database } from '../../../platform/db/database.js'
import type { App } from '../../../platform/http/server.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { registerDeath, seedPopulation } from '../../population/index.js'
import {
  grantEvents,
  startReceiver,
  useWebhookDelivery,
  type Receiver,
} from './subscriptions.test-support.js'

const BASE = '/api/v1/exchange/subscriptions'
const DEATH = 'population.death_registered'
const HOSPITAL = 'BV-DNA'
const BANK = 'NH-CSXH'

interface Created {
  id: string
  secret: string
  memberCode: string
}

describeOnEngines('exchange webhooks: subscriptions, signed delivery, retries, replay', (db) => {
  const app = useApp(db)
  // Nested, so that delivery stops before the database closes.
  describe('with the outbox dispatcher and the sender running', () => {
    deliveries(db, app)
  })
})

function deliveries(db: () => Database, app: () => App) {
  useWebhookDelivery(db, { retryScheduleMs: [30, 30], jitter: 0 })
  let hospital: Actor
  let bank: Actor
  let receiver: Receiver

  const as = (actor: Actor) => ({ cookie: actor.cookie })
  const subscribe = (actor: Actor, payload: Record<string, unknown>) =>
    app().inject({ method: 'POST', url: BASE, headers: as(actor), payload })
  const died = async () => {
    const { personalNumber } = await pickResident(db())
    await db().db.transaction((tx) =>
      registerDeath(tx, { personalNumber, diedOn: vietnamDate(), reference: randomUUID() }),
    )
    return personalNumber
  }

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 21, today: TODAY })
    hospital = await enrol(app(), db(), { role: 'departmentOfficer', agencyCode: HOSPITAL })
    bank = await enrol(app(), db(), { role: 'departmentOfficer', agencyCode: BANK })
    await grantEvents(db(), {
      consumerCode: HOSPITAL,
      service: 'resident-deaths',
      attributes: ['personalNumber', 'diedOn'],
    })
    receiver = await startReceiver()
  })
  after(() => receiver.close())

  it('refuses an event type the member holds no grant for', async () => {
    const response = await subscribe(bank, { eventType: DEATH, url: receiver.url })
    assertRefusal(response, { status: 403, code: 'EXCHANGE_SUBSCRIPTION_NOT_GRANTED' })
  })

  it('delivers a death signed as Standard Webhooks, with only the granted attributes', async () => {
    const response = await subscribe(hospital, { eventType: DEATH, url: receiver.url })
    assert.equal(response.statusCode, 201)
    const created = response.json<Created>()
    assert.match(created.secret, /^whsec_/)
    assert.equal(created.memberCode, HOSPITAL)
    const listed = await app().inject({ method: 'GET', url: BASE, headers: as(hospital) })
    assert.equal(listed.json<object[]>().length, 1)
    assert.ok(!listed.body.includes(created.secret), 'the secret is shown once')

    const personalNumber = await died()
    await receiver.waitFor(1)
    const [webhook] = receiver.received
    const verified = new Webhook(created.secret).verify(
      webhook!.body,
      webhook!.headers as Record<string, string>,
    ) as { type: string; data: Record<string, unknown> }
    assert.equal(verified.type, DEATH)
    assert.deepEqual(verified.data, { personalNumber, diedOn: vietnamDate() })
    assert.throws(() =>
      new Webhook(created.secret).verify(`${webhook!.body} `, webhook!.headers as never),
    )
  })

  it('retries an endpoint that is down, dead-letters, and replays once it is back', async () => {
    const [subscription] = (
      await app().inject({ method: 'GET', url: BASE, headers: as(hospital) })
    ).json<Created[]>()
    const since = new Date().toISOString()
    receiver.status = 503
    const before = receiver.received.length
    await died()
    await receiver.waitFor(before + 3) // the first attempt and two retries
    const url = `${BASE}/${subscription!.id}/dead-letters`
    let letters: { lastError: string; attempts: number }[] = []
    for (let i = 0; i < 50 && letters.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      letters = (await app().inject({ method: 'GET', url, headers: as(hospital) })).json()
    }
    assert.deepEqual(
      letters.map((l) => [l.lastError, l.attempts]),
      [['http_503', 3]],
    )
    const ids = new Set(receiver.received.slice(before).map((r) => r.headers['webhook-id']))
    assert.equal(ids.size, 1, 'every attempt carries the same message id')

    receiver.status = 200
    const replayed = await app().inject({
      method: 'POST',
      url: `${BASE}/${subscription!.id}/replay`,
      headers: as(hospital),
      payload: { since },
    })
    assert.equal(replayed.statusCode, 202)
    assert.equal(replayed.json<{ requeued: number }>().requeued, 1)
    await receiver.waitFor(before + 4)
    const after = await app().inject({ method: 'GET', url, headers: as(hospital) })
    assert.deepEqual(after.json(), [])
  })

  it('answers bad input with 4xx and another member’s subscription as unknown', async () => {
    const [subscription] = (
      await app().inject({ method: 'GET', url: BASE, headers: as(hospital) })
    ).json<Created[]>()
    const refusals: [Record<string, unknown>, number, string?][] = [
      [{ eventType: DEATH }, 400],
      [{ eventType: { type: DEATH }, url: receiver.url }, 400],
      [{ eventType: DEATH, url: receiver.url, extra: true }, 400],
      [{ eventType: 'population.born', url: receiver.url }, 422, 'EVENT_UNKNOWN'],
      [{ eventType: DEATH, url: 'ftp://example.org/x' }, 422, 'URL_INVALID'],
      [{ eventType: DEATH, url: 'http://example.org/x' }, 422, 'URL_INVALID'],
      [{ eventType: DEATH, url: 'not a url' }, 422, 'URL_INVALID'],
      [{ eventType: DEATH, url: receiver.url, memberCode: BANK }, 403, 'NOT_YOUR_MEMBER'],
    ]
    for (const [payload, status, code] of refusals) {
      const response = await subscribe(hospital, payload)
      if (code) assertRefusal(response, { status, code: `EXCHANGE_SUBSCRIPTION_${code}` })
      else assert.equal(response.statusCode, status, JSON.stringify(payload))
    }
    const other = `${BASE}/${subscription!.id}`
    for (const [method, url, payload] of [
      ['GET', other],
      ['DELETE', other],
      ['GET', `${other}/dead-letters`],
      ['POST', `${other}/replay`, { since: new Date().toISOString() }],
      ['GET', `${BASE}/${randomUUID()}`],
    ] as const) {
      const response = await app().inject({ method, url, headers: as(bank), payload })
      assertRefusal(response, { status: 404, code: 'EXCHANGE_SUBSCRIPTION_NOT_FOUND' })
    }
    for (const [method, url, payload] of [
      ['GET', `${BASE}/not-a-uuid`],
      ['POST', `${other}/replay`, { since: 'yesterday' }],
      ['POST', `${other}/replay`, {}],
    ] as const) {
      const response = await app().inject({ method, url, headers: as(hospital), payload })
      assert.equal(response.statusCode, 400, url)
    }
    const anonymous = await app().inject({ method: 'GET', url: BASE })
    assert.equal(anonymous.statusCode, 401)
  })

  it('unsubscribes: nothing more is owed', async () => {
    const [subscription] = (
      await app().inject({ method: 'GET', url: BASE, headers: as(hospital) })
    ).json<Created[]>()
    const url = `${BASE}/${subscription!.id}`
    const deleted = await app().inject({ method: 'DELETE', url, headers: as(hospital) })
    assert.equal(deleted.statusCode, 204)
    const gone = await app().inject({ method: 'GET', url, headers: as(hospital) })
    assert.equal(gone.statusCode, 404)
  })
}
