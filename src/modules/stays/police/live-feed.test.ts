import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import { buildApp } from '../../../app.js'
import {
  enrol,
  type Actor,
  freePort,
  testConfig,
  useListeningApp,
  describeOnEngines,
  TODAY,
} from '../../../../test/kit/index.js'
import { seedPopulation } from '../../population/index.js'
import { buildScene, declareGuest, pickGuest, type Scene } from './police-view.test-support.js'
import { grounds } from '../watch-list/watch-list.test-support.js'

const LIVE = '/api/v1/stays/police/live'
const WITHIN_MS = 2_000
// A stream re-checks its session and grants every 5 s: it ends within that, and a little more.
const ENDED_WITHIN_MS = 6_500

interface LiveEvent {
  id: string | undefined
  event: string
  data: Record<string, unknown>
  at: number
}

/** A server-sent event stream read with fetch, as a browser's EventSource would. */
interface Stream {
  status: number
  contentType: string | null
  events: LiveEvent[]
  /** When each comment (a heartbeat) came. */
  comments: number[]
  /** Resolves with the first event (seen or to come) matching, or fails after ms. */
  waitFor(match: (e: LiveEvent) => boolean, ms?: number): Promise<LiveEvent>
  /** Resolves when the server ends the stream. */
  ended: Promise<void>
  close(): void
}

function parseFrame(frame: string): Omit<LiveEvent, 'at'> | undefined {
  const fields = new Map<string, string>()
  for (const line of frame.split('\n')) {
    if (line.startsWith(':')) continue
    const colon = line.indexOf(':')
    if (colon > 0) fields.set(line.slice(0, colon), line.slice(colon + 1).trimStart())
  }
  const data = fields.get('data')
  if (!data) return undefined
  return {
    id: fields.get('id'),
    event: fields.get('event') ?? 'message',
    data: JSON.parse(data) as Record<string, unknown>,
  }
}

/** Who opens a stream: a signed-in person (their cookie) or a partner system (its API token). */
type Listener = Pick<Actor, 'cookie'> | { token: string }

const credentialsOf = (who: Listener): Record<string, string> =>
  'token' in who ? { authorization: `Bearer ${who.token}` } : { cookie: who.cookie }

/** Opens the stream as `who`; with `lastEventId`, as a browser reconnecting after a break. */
async function listen(
  origin: string,
  who: Listener | undefined,
  lastEventId?: string,
): Promise<Stream> {
  const controller = new AbortController()
  const response = await fetch(`${origin}${LIVE}`, {
    headers: {
      accept: 'text/event-stream',
      ...(who ? credentialsOf(who) : {}),
      ...(lastEventId === undefined ? {} : { 'last-event-id': lastEventId }),
    },
    signal: controller.signal,
  })
  const events: LiveEvent[] = []
  const comments: number[] = []
  const waiting = new Set<() => void>()
  const pump = async () => {
    if (!response.body || response.status !== 200) return
    const decoder = new TextDecoder()
    let buffer = ''
    for await (const chunk of response.body) {
      buffer += decoder.decode(chunk, { stream: true })
      let end: number
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const parsed = parseFrame(frame)
        if (parsed) events.push({ ...parsed, at: Date.now() })
        else if (frame.startsWith(':')) comments.push(Date.now())
      }
      for (const wake of waiting) wake()
    }
  }
  const ended = pump().catch(() => undefined)
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    events,
    comments,
    ended,
    close: () => {
      controller.abort()
    },
    waitFor: (match, ms = WITHIN_MS) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(match)
          if (!found) return
          clearTimeout(timer)
          waiting.delete(check)
          resolve(found)
        }
        const timer = setTimeout(() => {
          waiting.delete(check)
          reject(new Error(`no matching event within ${ms} ms: ${JSON.stringify(events)}`))
        }, ms)
        waiting.add(check)
        check()
      }),
  }
}

describeOnEngines('stays: the live feed of declarations for the police', (db) => {
  const served = useListeningApp(db)
  const streams: Stream[] = []
  let scene: Scene
  /** Administrator of the province, who grants and revokes police roles. */
  let admin: Actor

  const open = async (who: Listener | undefined, lastEventId?: string) => {
    const stream = await listen(served().origin, who, lastEventId)
    streams.push(stream)
    return stream
  }

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 13, today: TODAY })
    scene = await buildScene(served().app, db())
    admin = await enrol(served().app, db(), { role: 'administrator', unitCodes: ['75'] })
  })
  after(() => {
    for (const stream of streams) stream.close()
  })

  it('refuses the stream to anyone but police', async () => {
    assert.equal((await open(undefined)).status, 401)
    assert.equal((await open(scene.a.staff)).status, 403)
  })

  it('brings a new declaration within 2 s to the police of its place only, without names', async () => {
    const [a, b, province] = await Promise.all([
      open(scene.a.police),
      open(scene.b.police),
      open(scene.provincial),
    ])
    assert.equal(a.status, 200)
    assert.match(a.contentType ?? '', /^text\/event-stream/)

    const started = Date.now()
    const inA = await declareGuest(served().app, db(), scene.a)
    const seen = await a.waitFor((e) => e.data.declarationId === inA.id)
    assert.ok(seen.at - started < WITHIN_MS, `${seen.at - started} ms`)
    assert.equal(seen.event, 'stays.declared')
    assert.deepEqual(seen.data, {
      declarationId: inA.id,
      establishment: { id: scene.a.establishmentId, name: `Nhà nghỉ ${scene.a.communeCode}` },
      arrivalAt: inA.arrivalAt,
      late: false,
      guestKind: 'citizen',
      flags: [],
    })
    await province.waitFor((e) => e.data.declarationId === inA.id)

    // B's own declaration comes after A's in commit order: once it is there, A's would be too.
    const inB = await declareGuest(served().app, db(), scene.b)
    await b.waitFor((e) => e.data.declarationId === inB.id)
    assert.ok(!b.events.some((e) => e.data.declarationId === inA.id), 'A leaked to B')
    assert.ok(!a.events.some((e) => e.data.declarationId === inB.id), 'B leaked to A')
    await province.waitFor((e) => e.data.declarationId === inB.id)
  })

  it('resumes after Last-Event-ID with the events missed in its jurisdiction, once each', async () => {
    const first = await open(scene.a.police)
    const before = await declareGuest(served().app, db(), scene.a)
    const seen = await first.waitFor((e) => e.data.declarationId === before.id)
    assert.match(seen.id ?? '', /^\d+-\d+$/, 'each event names its place in the outbox')
    first.close()
    await first.ended

    // Declared while the console was away: one here, one in B, then another here.
    const missed = await declareGuest(served().app, db(), scene.a)
    const inB = await declareGuest(served().app, db(), scene.b)
    const missedToo = await declareGuest(served().app, db(), scene.a)
    const again = await open(scene.a.police, seen.id)
    assert.equal(again.status, 200)
    await again.waitFor((e) => e.data.declarationId === missedToo.id)
    const live = await declareGuest(served().app, db(), scene.a)
    await again.waitFor((e) => e.data.declarationId === live.id)
    assert.deepEqual(
      again.events.map((e) => e.data.declarationId),
      [missed.id, missedToo.id, live.id],
      `in commit order, nothing twice, nothing from B (${inB.id}), nothing before the id`,
    )
    const ids = again.events.map((e) => e.id ?? '')
    assert.equal(new Set(ids).size, 3)

    // A fresh browser (no id) and a garbled id start from now, as before.
    const garbled = await open(scene.a.police, 'not-an-id')
    const fresh = await open(scene.a.police)
    assert.equal(garbled.status, 200)
    const next = await declareGuest(served().app, db(), scene.a)
    for (const stream of [garbled, fresh]) {
      await stream.waitFor((e) => e.data.declarationId === next.id)
      assert.deepEqual(
        stream.events.map((e) => e.data.declarationId),
        [next.id],
      )
    }
  })

  it('tells a console away too long to reload, rather than replaying without end', async () => {
    const [last] = await db().query<{ tx: string; id: string }>(
      'SELECT tx_id::text AS tx, id::text AS id FROM outbox_events ORDER BY tx_id DESC, id DESC LIMIT 1',
    )
    // More alerts than a reconnection replays (10 reads of 500), none of them for this officer.
    await db().query(
      `INSERT INTO outbox_events (aggregate_type, aggregate_id, event_type, payload)
       SELECT 'watch_alert', gen_random_uuid()::text, 'stays.watch_alert',
              jsonb_build_object('alertId', gen_random_uuid(), 'communeCode', '00000',
                                 'responsibleUnitCode', '00000')
         FROM generate_series(1, 5001)`,
    )
    const away = await open(scene.a.police, `${last!.tx}-${last!.id}`)
    assert.equal(away.status, 200)
    await away.waitFor((e) => e.event === 'stays.resync')
    const next = await declareGuest(served().app, db(), scene.a)
    await away.waitFor((e) => e.data.declarationId === next.id)
  })

  it("shows a guest's flags, which the declaration carries", async () => {
    const a = await open(scene.a.police)
    const traveller = await pickGuest(db())
    await declareGuest(served().app, db(), scene.b, { personalNumber: traveller })
    const again = await declareGuest(served().app, db(), scene.a, { personalNumber: traveller })
    const seen = await a.waitFor((e) => e.data.declarationId === again.id)
    assert.deepEqual(seen.data.flags, ['open_stay_elsewhere'])
  })

  it('brings a watch-list alert to the commune police and the responsible unit, nowhere else', async () => {
    const [a, b, province] = await Promise.all([
      open(scene.a.police),
      open(scene.b.police),
      open(scene.provincial),
    ])
    const wanted = await pickGuest(db())
    const listed = await served().app.inject({
      method: 'POST',
      url: '/api/v1/stays/police/watch-list',
      // Provincial police list anyone at once (issue 17); commune B answers the alerts.
      headers: { cookie: scene.provincial.cookie },
      payload: {
        person: { personalNumber: wanted },
        reason: 'Đối tượng truy nã',
        responsibleUnitCode: scene.b.communeCode,
        ...grounds(),
      },
    })
    assert.equal(listed.statusCode, 201, listed.body)

    const declared = await declareGuest(served().app, db(), scene.a, { personalNumber: wanted })
    const isAlert = (e: LiveEvent) => e.event === 'stays.watch_alert'
    const inCommune = await a.waitFor(isAlert)
    assert.deepEqual(Object.keys(inCommune.data).sort(), ['alertId', 'communeCode'])
    assert.equal(inCommune.data.communeCode, scene.a.communeCode)
    assert.equal((await b.waitFor(isAlert)).data.alertId, inCommune.data.alertId)
    // The alert commits with the declaration: both reach a stream in the same poll.
    await province.waitFor((e) => e.data.declarationId === declared.id)
    assert.ok(!province.events.some(isAlert), 'the province is not the responsible unit')
  })

  /** A commune police officer of A of their own, granted by the provincial administrator. */
  async function newOfficer() {
    const officer = await enrol(served().app, db())
    const granted = await served().app.inject({
      method: 'POST',
      url: '/api/v1/identity/staff/grants',
      headers: { cookie: admin.cookie },
      payload: {
        personalNumber: officer.personalNumber,
        role: 'communePolice',
        unitCodes: [scene.a.communeCode],
      },
    })
    assert.equal(granted.statusCode, 201, granted.body)
    return { officer, grantId: granted.json<{ id: number }>().id }
  }

  const isEnd = (e: LiveEvent) => e.event === 'stays.ended'

  it('ends the stream of an officer who signs out elsewhere, saying why', async () => {
    const { officer } = await newOfficer()
    const stream = await open(officer)
    assert.equal(stream.status, 200)
    const signedOut = await served().app.inject({
      method: 'DELETE',
      url: '/api/v1/identity/sessions/current',
      headers: { cookie: officer.cookie },
    })
    assert.equal(signedOut.statusCode, 200)
    const end = await stream.waitFor(isEnd, ENDED_WITHIN_MS)
    assert.deepEqual(end.data, { reason: 'signed-out' })
    await stream.ended
  })

  it('ends the stream when the role is revoked, and never delivers what is declared after', async () => {
    const { officer, grantId } = await newOfficer()
    const stream = await open(officer)
    const before = await declareGuest(served().app, db(), scene.a)
    await stream.waitFor((e) => e.data.declarationId === before.id)

    const revoked = await served().app.inject({
      method: 'POST',
      url: `/api/v1/identity/staff/grants/${grantId}/revocation`,
      headers: { cookie: admin.cookie },
      payload: { reason: 'Chuyển công tác' },
    })
    assert.equal(revoked.statusCode, 200, revoked.body)
    const after = await declareGuest(served().app, db(), scene.a)
    const end = await stream.waitFor(isEnd, ENDED_WITHIN_MS)
    assert.deepEqual(end.data, { reason: 'access-revoked' })
    await stream.ended
    assert.ok(
      !stream.events.some((e) => e.data.declarationId === after.id),
      'sent after revocation',
    )
  })

  it("ends a partner system's stream when its secret is rotated", async () => {
    const app = served().app
    const registered = await app.inject({
      method: 'POST',
      url: '/api/v1/sso/clients',
      headers: { cookie: admin.cookie },
      payload: {
        kind: 'machine',
        authMethod: 'client_secret_basic',
        name: 'Phần mềm công an xã',
        role: 'communePolice',
        unitCodes: [scene.a.communeCode],
        scopes: ['stays.police.read'],
      },
    })
    assert.equal(registered.statusCode, 201, registered.body)
    const { clientId, clientSecret } = registered.json<{ clientId: string; clientSecret: string }>()
    const granted = await app.inject({
      method: 'POST',
      url: '/oidc/token',
      headers: {
        authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: 'grant_type=client_credentials&scope=stays.police.read',
    })
    assert.equal(granted.statusCode, 200, granted.body)
    const stream = await open({ token: granted.json<{ access_token: string }>().access_token })
    assert.equal(stream.status, 200)

    const rotated = await app.inject({
      method: 'POST',
      url: `/api/v1/sso/clients/${clientId}/secret`,
      headers: { cookie: admin.cookie },
    })
    assert.equal(rotated.statusCode, 200)
    const end = await stream.waitFor(isEnd, ENDED_WITHIN_MS)
    assert.deepEqual(end.data, { reason: 'signed-out' })
    await stream.ended
  })

  it('keeps a quiet stream open with a comment every 15 s', async () => {
    const quiet = await open(scene.b.police)
    const opened = Date.now()
    while (quiet.comments.length === 0 && Date.now() - opened < 16_000)
      await new Promise((resolve) => setTimeout(resolve, 100))
    assert.ok(quiet.comments.length > 0, 'no heartbeat within 16 s')
  })

  it('ends open streams when the server closes, without holding the close', async () => {
    const port = await freePort()
    const origin = `http://127.0.0.1:${port}`
    const app = await buildApp({ config: { ...testConfig, PUBLIC_URL: origin }, database: db() })
    await app.listen({ host: '127.0.0.1', port })
    const police = await enrol(app, db(), {
      role: 'communePolice',
      unitCodes: [scene.a.communeCode],
    })
    const stream = await listen(origin, police)
    assert.equal(stream.status, 200)
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => {
        resolve('late')
      }, WITHIN_MS)
    })
    const closed = await Promise.race([app.close().then(() => stream.ended), late])
    clearTimeout(timer)
    assert.notEqual(closed, 'late', `the server did not close within ${WITHIN_MS} ms`)
  })
})
