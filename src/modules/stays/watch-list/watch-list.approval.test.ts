import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { before, it } from 'node:test'
import {
  enrol,
  type Actor,
  useApp,
  describeOnEngines,
  refusalOf,
  TODAY,
} from '../../../../test/kit/index.js'
import { getResident, seedPopulation } from '../../population/index.js'
import {
  buildScene,
  declareGuest,
  pickGuest,
  type Place,
  type Scene,
} from '../police/police-view.test-support.js'
import { grounds } from './watch-list.test-support.js'

const BASE = '/api/v1/stays'

interface Entry {
  id: string
  status: string
  person: { personalNumber: string | null; fullName: string | null }
  caseReference: string
  legalBasis: string
  expiresAt: string
  refusalReason: string | null
}

interface Alert {
  entry: { id: string }
  declaration: { id: string; fullName: string; birthDate: string; arrivalAt: string }
  establishment: { name: string }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describeOnEngines(
  'stays: watch-listing needs a case, a legal basis and an expiry (issue 17)',
  (db) => {
    const app = useApp(db)
    let scene: Scene
    /** A resident of commune B with an account: reads their own access log. */
    let listedB: Actor

    const call = (who: Actor, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
      app().inject({
        method,
        url: url.startsWith('/api/') ? url : `${BASE}${url}`,
        headers: { cookie: who.cookie },
        ...(payload ? { payload } : {}),
      })

    const listing = (person: string, unit: string, overrides: object = {}) => ({
      person: { personalNumber: person },
      reason: 'Nghi vấn liên quan vụ án / Suspected in a case',
      responsibleUnitCode: unit,
      ...grounds(),
      ...overrides,
    })

    async function add(who: Actor, person: string, overrides: object = {}): Promise<Entry> {
      const response = await call(
        who,
        'POST',
        '/police/watch-list',
        listing(person, who.communeCode, overrides),
      )
      assert.equal(response.statusCode, 201, response.body)
      return response.json<Entry>()
    }

    async function alertsFor(who: Actor, declarationId: string): Promise<Alert[]> {
      const response = await call(who, 'GET', '/police/alerts')
      assert.equal(response.statusCode, 200, response.body)
      return response
        .json<{ alerts: Alert[] }>()
        .alerts.filter((a) => a.declaration.id === declarationId)
    }

    type Logged = { action: string; purpose: string | null; actionLabel: { vi: string } | null }
    async function accessLog(who: Actor): Promise<Logged[]> {
      const response = await call(who, 'GET', '/api/v1/me/access-log')
      assert.equal(response.statusCode, 200, response.body)
      return response.json<{ entries: Logged[] }>().entries
    }

    /** A stay at the place, checked out at once so that the person may be declared again. */
    async function stayAt(place: Place, personalNumber: string) {
      const declared = await declareGuest(app(), db(), place, { personalNumber })
      const out = await call(place.staff, 'POST', `/declarations/${declared.id}/check-out`, {})
      assert.equal(out.statusCode, 200, out.body)
      return declared
    }

    const deliveries = async (who: Actor) =>
      (await accessLog(who)).filter((e) => e.action === 'stays.alert.deliver')

    before(async () => {
      await seedPopulation(db(), { scale: 1_000, seed: 17, today: TODAY })
      scene = await buildScene(app(), db())
      listedB = await enrol(app(), db(), { where: `commune_code = '${scene.b.communeCode}'` })
    })

    it('makes a listing of a person outside the unit a request that alerts nobody until approved', async () => {
      const requested = await add(scene.a.police, listedB.personalNumber)
      assert.equal(requested.status, 'pending')
      assert.equal(requested.caseReference, 'VA-2026/117')

      const before = await stayAt(scene.b, listedB.personalNumber)
      assert.deepEqual(await alertsFor(scene.a.police, before.id), [], 'no alert while pending')

      const review = await call(scene.provincial, 'GET', '/police/watch-list/review')
      assert.equal(review.statusCode, 200, review.body)
      const reviewed = review.json<{ entries: Entry[] }>().entries
      assert.equal(reviewed[0]?.status, 'pending', 'pending requests come first')
      assert.ok(reviewed.some((e) => e.id === requested.id))
      const resident = await getResident(db().db, listedB.personalNumber)
      const named = reviewed.find((e) => e.id === requested.id)
      assert.equal(named?.person.fullName, resident.fullName)

      const approval = `/police/watch-list/${requested.id}/approval`
      assert.equal((await call(scene.a.police, 'POST', approval)).statusCode, 403)
      assert.equal((await call(scene.a.police, 'GET', '/police/watch-list/review')).statusCode, 403)
      const approved = await call(scene.provincial, 'POST', approval)
      assert.equal(approved.statusCode, 200, approved.body)
      assert.equal(approved.json<Entry>().status, 'active')
      assert.equal(
        refusalOf(await call(scene.provincial, 'POST', approval)).code,
        'STAY_WATCH_ENTRY_NOT_PENDING',
      )

      // The next stay in B alerts A, with the name, birth date, place and arrival.
      const stay = await stayAt(scene.b, listedB.personalNumber)
      const [alert] = await alertsFor(scene.a.police, stay.id)
      assert.ok(alert, 'the requesting unit is alerted once approved')
      assert.equal(alert.declaration.fullName, resident.fullName)
      assert.equal(alert.declaration.birthDate, resident.birthDate)

      // The alert is a read of the person in the audit trail, hidden from them while listed...
      const [audited] = await db().query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_entries
        WHERE action = 'stays.alert.deliver' AND subject_personal_number = $1
          AND purpose = 'criminal_investigation' AND summary->>'alertId' IS NOT NULL`,
        [listedB.personalNumber],
      )
      assert.equal(audited!.n, 1)
      assert.deepEqual(await deliveries(listedB), [])

      // ...and shown once the listing has ended.
      const ended = await call(scene.a.police, 'DELETE', `/police/watch-list/${requested.id}`, {
        reason: 'Đã kết thúc điều tra / Investigation closed',
      })
      assert.equal(ended.statusCode, 200, ended.body)
      assert.equal(ended.json<Entry>().status, 'ended')
      const shown = await deliveries(listedB)
      assert.equal(shown.length, 1)
      assert.equal(shown[0]?.purpose, 'criminal_investigation')
      assert.equal(shown[0].actionLabel?.vi, 'Công an nhận cảnh báo về lần lưu trú của bạn')
      const after = await stayAt(scene.b, listedB.personalNumber)
      assert.deepEqual(await alertsFor(scene.a.police, after.id), [], 'no alert after the end')
    })

    it('lists a person of the officer’s own commune at once', async () => {
      const own = await enrol(app(), db(), { where: `commune_code = '${scene.a.communeCode}'` })
      const entry = await add(scene.a.police, own.personalNumber)
      assert.equal(entry.status, 'active')
      const stay = await stayAt(scene.b, own.personalNumber)
      assert.equal((await alertsFor(scene.a.police, stay.id)).length, 1)
    })

    it('refuses a request with a reason; a refused request never alerts', async () => {
      const person = await pickGuest(db())
      const requested = await add(scene.provincial, person, {
        responsibleUnitCode: scene.a.communeCode,
      })
      assert.equal(requested.status, 'active', 'provincial police list anyone')
      const other = await enrol(app(), db(), { where: `commune_code = '${scene.b.communeCode}'` })
      const request = await add(scene.a.police, other.personalNumber)
      assert.equal(request.status, 'pending')
      const refusal = `/police/watch-list/${request.id}/refusal`
      assert.equal((await call(scene.provincial, 'POST', refusal, {})).statusCode, 400)
      const refused = await call(scene.provincial, 'POST', refusal, {
        reason: 'Chưa đủ căn cứ / Not enough grounds',
      })
      assert.equal(refused.statusCode, 200, refused.body)
      assert.equal(refused.json<Entry>().status, 'refused')
      assert.equal(refused.json<Entry>().refusalReason, 'Chưa đủ căn cứ / Not enough grounds')
      const approve = await call(
        scene.provincial,
        'POST',
        `/police/watch-list/${request.id}/approval`,
      )
      assert.equal(refusalOf(approve).code, 'STAY_WATCH_ENTRY_NOT_PENDING')
      const stay = await stayAt(scene.b, other.personalNumber)
      assert.deepEqual(await alertsFor(scene.a.police, stay.id), [])
      const all = await call(scene.a.police, 'GET', '/police/watch-list?include=all')
      const statuses = all.json<{ entries: Entry[] }>().entries.find((e) => e.id === request.id)
      assert.equal(statuses?.status, 'refused')
      const current = await call(scene.a.police, 'GET', '/police/watch-list')
      assert.ok(!current.json<{ entries: Entry[] }>().entries.some((e) => e.id === request.id))
    })

    it('refuses a listing without case reference, legal basis or a lawful expiry', async () => {
      const person = await pickGuest(db())
      const post = (body: object) => call(scene.provincial, 'POST', '/police/watch-list', body)
      const full = listing(person, scene.a.communeCode)
      for (const field of ['caseReference', 'legalBasis', 'expiresAt'] as const) {
        const { [field]: _left, ...missing } = full
        const response = await post(missing)
        assert.equal(response.statusCode, 400, field)
      }
      assert.equal((await post({ ...full, legalBasis: 'theo quy định' })).statusCode, 400)
      const day = 86_400_000
      for (const expiresAt of [Date.now() - 60_000, Date.now() + 92 * day]) {
        const response = await post({ ...full, expiresAt: new Date(expiresAt).toISOString() })
        assert.equal(response.statusCode, 400, new Date(expiresAt).toISOString())
        assert.equal(refusalOf(response).code, 'STAY_WATCH_EXPIRY_INVALID')
      }
      assert.equal((await post({ ...full, ...grounds(89) })).statusCode, 201)
    })

    it('renews a listing by an officer who may list the person, up to 90 days', async () => {
      const own = await enrol(app(), db(), { where: `commune_code = '${scene.a.communeCode}'` })
      const entry = await add(scene.a.police, own.personalNumber, grounds(10))
      const renew = (who: Actor, id: string, days: number) =>
        call(who, 'POST', `/police/watch-list/${id}/renewal`, {
          expiresAt: grounds(days).expiresAt,
        })
      const renewed = await renew(scene.a.police, entry.id, 60)
      assert.equal(renewed.statusCode, 200, renewed.body)
      assert.ok(Date.parse(renewed.json<Entry>().expiresAt) > Date.parse(entry.expiresAt))
      assert.equal(
        refusalOf(await renew(scene.a.police, entry.id, 120)).code,
        'STAY_WATCH_EXPIRY_INVALID',
      )
      assert.equal(
        refusalOf(await renew(scene.b.police, entry.id, 60)).code,
        'AUTH_OUTSIDE_JURISDICTION',
      )

      // A listing of someone outside the unit is renewed by provincial police, not the unit.
      const outsider = await enrol(app(), db(), {
        where: `commune_code = '${scene.b.communeCode}'`,
      })
      const request = await add(scene.a.police, outsider.personalNumber)
      assert.equal(
        refusalOf(await renew(scene.a.police, request.id, 60)).code,
        'STAY_WATCH_APPROVAL_REQUIRED',
      )
      assert.equal(
        refusalOf(await renew(scene.provincial, request.id, 60)).code,
        'STAY_WATCH_ENTRY_NOT_ACTIVE',
      )
      await call(scene.provincial, 'POST', `/police/watch-list/${request.id}/approval`)
      assert.equal((await renew(scene.provincial, request.id, 60)).statusCode, 200)
    })

    it('stops alerting at the expiry and then shows the person the reads it made', async () => {
      const listed = await enrol(app(), db(), { where: `commune_code = '${scene.a.communeCode}'` })
      const soon = new Date(Date.now() + 3_000).toISOString()
      const entry = await add(scene.a.police, listed.personalNumber, { expiresAt: soon })
      assert.equal(entry.status, 'active')
      const stay = await stayAt(scene.b, listed.personalNumber)
      assert.equal((await alertsFor(scene.a.police, stay.id)).length, 1)
      assert.deepEqual(await deliveries(listed), [])

      await sleep(Math.max(0, Date.parse(soon) - Date.now()) + 200)
      const later = await stayAt(scene.b, listed.personalNumber)
      assert.deepEqual(await alertsFor(scene.a.police, later.id), [], 'no alert after the expiry')
      assert.equal((await deliveries(listed)).length, 1)
      const all = await call(scene.a.police, 'GET', '/police/watch-list?include=all')
      assert.equal(
        all.json<{ entries: Entry[] }>().entries.find((e) => e.id === entry.id)?.status,
        'expired',
      )
    })

    it('finds no listing to decide where there is none', async () => {
      const missing = await call(
        scene.provincial,
        'POST',
        `/police/watch-list/${randomUUID()}/approval`,
      )
      assert.equal(refusalOf(missing).code, 'STAY_WATCH_ENTRY_NOT_FOUND')
    })
  },
)
