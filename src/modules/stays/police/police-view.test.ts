import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { before, it } from 'node:test'
import {
  enrol,
  type Actor,
  useApp,
  describeOnEngines,
  refusalOf,
  assertRefusal,
  TODAY,
} from '../../../../test/kit/index.js'
import { seedPopulation } from '../../population/index.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { buildScene, declareGuest, pickGuest, type Scene } from './police-view.test-support.js'
import type {
  DeclarationDetail,
  DeclarationPage,
  LateByEstablishment,
  PoliceDeclaration,
} from './police-view.schemas.js'

const BASE = '/api/v1/stays'
const PURPOSE = 'residence_management'
const DAY_MS = 24 * 60 * 60 * 1000

interface AccessLog {
  entries: { action: string; purpose: string; actorRole: string; actorUnitCode: string | null }[]
}

describeOnEngines('stays: the police view of declarations', (db) => {
  const app = useApp(db)
  let scene: Scene
  let onTimeA: PoliceDeclaration
  let lateA: PoliceDeclaration
  let onTimeB: PoliceDeclaration

  const get = (who: Actor, url: string) =>
    app().inject({ method: 'GET', url: `${BASE}${url}`, headers: { cookie: who.cookie } })

  async function page(who: Actor, url: string): Promise<DeclarationPage> {
    const response = await get(who, url)
    assert.equal(response.statusCode, 200, response.body)
    return response.json<DeclarationPage>()
  }
  const idsOf = async (who: Actor, url: string) =>
    (await page(who, url)).declarations.map((d) => d.id)

  async function accessLogOf(personalNumber: string): Promise<AccessLog['entries']> {
    // The guest signs up only now: the log shows what was read before they had an account.
    const guest = await enrol(app(), db(), { where: `personal_number = '${personalNumber}'` })
    const response = await app().inject({
      method: 'GET',
      url: '/api/v1/me/access-log',
      headers: { cookie: guest.cookie },
    })
    assert.equal(response.statusCode, 200, response.body)
    return response.json<AccessLog>().entries
  }

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 11, today: TODAY })
    scene = await buildScene(app(), db())
    onTimeA = await declareGuest(app(), db(), scene.a)
    lateA = await declareGuest(app(), db(), scene.a, {
      arrivalAt: new Date(Date.now() - 3 * DAY_MS),
    })
    onTimeB = await declareGuest(app(), db(), scene.b)
    assert.deepEqual([onTimeA.late, lateA.late, onTimeB.late], [false, true, false])
  })

  it("shows commune police their commune's declarations only, provincial police both", async () => {
    const url = `/police/declarations?purpose=${PURPOSE}`
    const seenByA = await idsOf(scene.a.police, url)
    assert.deepEqual(new Set(seenByA), new Set([onTimeA.id, lateA.id]))
    assert.deepEqual(await idsOf(scene.b.police, url), [onTimeB.id])
    const seenByProvince = await idsOf(scene.provincial, url)
    for (const id of [onTimeA.id, lateA.id, onTimeB.id]) assert.ok(seenByProvince.includes(id))
    // Newest declared first.
    assert.deepEqual(seenByProvince.slice(0, 3), [onTimeB.id, lateA.id, onTimeA.id])
  })

  it('filters by lateness, establishment, guest kind and Vietnam calendar day', async () => {
    const who = scene.provincial
    const url = (query: string) => `/police/declarations?purpose=${PURPOSE}&${query}`
    const late = await idsOf(who, url('late=true'))
    assert.ok(late.includes(lateA.id) && !late.includes(onTimeA.id) && !late.includes(onTimeB.id))
    assert.deepEqual(await idsOf(who, url(`establishment=${scene.b.establishmentId}`)), [
      onTimeB.id,
    ])
    assert.deepEqual(await idsOf(who, url('guestKind=foreigner')), [])
    const today = vietnamDate()
    const tomorrow = vietnamDate(new Date(Date.now() + DAY_MS))
    const yesterday = vietnamDate(new Date(Date.now() - DAY_MS))
    assert.equal((await idsOf(who, url(`from=${today}&to=${today}`))).length, 3)
    assert.deepEqual(await idsOf(who, url(`from=${tomorrow}`)), [])
    assert.deepEqual(await idsOf(who, url(`to=${yesterday}`)), [])
    const backwards = await get(who, url(`from=${today}&to=${yesterday}`))
    assertRefusal(backwards, { status: 422, code: 'STAY_PERIOD_INVALID' })
  })

  it('pages newest first with a cursor, and refuses a forged one', async () => {
    const url = `/police/declarations?purpose=${PURPOSE}&establishment=${scene.a.establishmentId}&limit=1`
    const first = await page(scene.a.police, url)
    assert.deepEqual(
      first.declarations.map((d) => d.id),
      [lateA.id],
    )
    assert.ok(first.next)
    const second = await page(scene.a.police, `${url}&after=${first.next}`)
    assert.deepEqual(
      second.declarations.map((d) => d.id),
      [onTimeA.id],
    )
    assert.equal(second.next, null)
    const forged = await get(scene.a.police, `${url}&after=bm90LWEtY3Vyc29y`)
    assertRefusal(forged, { status: 400, code: 'STAY_CURSOR_INVALID' })
  })

  it('requires a purpose and audits every declaration it shows', async () => {
    const bare = await get(scene.b.police, '/police/declarations')
    assert.equal(bare.statusCode, 400)
    await page(scene.b.police, `/police/declarations?purpose=${PURPOSE}`)
    const entries = await accessLogOf(onTimeB.personalNumber!)
    const views = entries.filter((e) => e.action === 'stays.declaration.read')
    assert.ok(views.length >= 1, JSON.stringify(entries))
    assert.ok(
      views.some(
        (e) =>
          e.actorRole === 'communePolice' &&
          e.purpose === PURPOSE &&
          e.actorUnitCode === scene.b.communeCode,
      ),
    )
  })

  it('lists current guests only, in the jurisdiction', async () => {
    const leaving = await declareGuest(app(), db(), scene.a)
    const url = `/police/guests?purpose=${PURPOSE}`
    assert.ok((await idsOf(scene.a.police, url)).includes(leaving.id))
    const out = await app().inject({
      method: 'POST',
      url: `${BASE}/declarations/${leaving.id}/check-out`,
      headers: { cookie: scene.a.staff.cookie },
      payload: {},
    })
    assert.equal(out.statusCode, 200, out.body)
    const current = await idsOf(scene.a.police, url)
    assert.ok(!current.includes(leaving.id) && current.includes(onTimeA.id))
    assert.ok(!(await idsOf(scene.b.police, url)).includes(onTimeA.id))
  })

  it('counts late declarations per establishment with its total and on-time share', async () => {
    const today = vietnamDate()
    const report = async (who: Actor) => {
      const response = await get(who, `/police/late-by-establishment?from=${today}&to=${today}`)
      assert.equal(response.statusCode, 200, response.body)
      return response.json<LateByEstablishment>()
    }
    const [a, ...rest] = (await report(scene.a.police)).establishments
    assert.equal(rest.length, 0, 'one establishment in commune A')
    assert.equal(a?.establishment.id, scene.a.establishmentId)
    assert.equal(a.late, 1)
    assert.ok(a.declarations >= 2)
    assert.equal(a.onTimeShare, (a.declarations - 1) / a.declarations)
    const province = (await report(scene.provincial)).establishments
    assert.deepEqual(
      province.map((e) => [e.establishment.id, e.late]),
      [
        [scene.a.establishmentId, 1],
        [scene.b.establishmentId, 0],
      ],
      'most late first',
    )
  })

  it("searches a person's stays province-wide for provincial police only, audited as a search", async () => {
    const traveller = await pickGuest(db())
    const first = await declareGuest(app(), db(), scene.a, { personalNumber: traveller })
    const second = await declareGuest(app(), db(), scene.b, { personalNumber: traveller })
    assert.ok(second.flags.includes('open_stay_elsewhere'))
    const url = `/police/people/${traveller}/stays?purpose=criminal_investigation`
    const refused = await get(scene.a.police, url)
    assertRefusal(refused, { status: 403, code: 'STAY_PROVINCIAL_POLICE_ONLY' })
    const found = await page(scene.provincial, url)
    assert.deepEqual(
      found.declarations.map((d) => d.id),
      [second.id, first.id],
    )
    const entries = await accessLogOf(traveller)
    const searches = entries.filter((e) => e.action === 'stays.person.search')
    assert.equal(searches.length, 1, 'the refused search read nothing')
    assert.equal(searches[0]!.actorRole, 'provincialPolice')
    assert.equal(searches[0]!.purpose, 'criminal_investigation')
  })

  it('shows one declaration to the police of its place and to its establishment, audited', async () => {
    const url = `/declarations/${onTimeA.id}?purpose=${PURPOSE}`
    const read = await get(scene.a.police, url)
    assert.equal(read.statusCode, 200, read.body)
    const detail = read.json<DeclarationDetail>()
    assert.equal(detail.establishment.id, scene.a.establishmentId)
    assert.deepEqual(detail.history, [])
    assert.equal((await get(scene.a.staff, url)).statusCode, 200)
    for (const stranger of [scene.b.police, scene.b.staff]) {
      const refused = await get(stranger, url)
      assertRefusal(refused, { status: 403, code: 'AUTH_OUTSIDE_JURISDICTION' })
    }
    const missing = await get(scene.a.police, `/declarations/${randomUUID()}?purpose=${PURPOSE}`)
    assertRefusal(missing, { status: 404, code: 'STAY_DECLARATION_NOT_FOUND' })
    assert.equal((await get(scene.a.police, `/declarations/${onTimeA.id}`)).statusCode, 400)

    const [row] = await db().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_entries
        WHERE action = 'stays.declaration.read' AND summary->>'part' = 'detail'
          AND summary->>'declarationId' = $1`,
      [onTimeA.id],
    )
    assert.equal(row?.n, 2, 'the police read and the staff read, not the refusals')
    const roles = (await accessLogOf(onTimeA.personalNumber!))
      .filter((e) => e.action === 'stays.declaration.read')
      .map((e) => e.actorRole)
    assert.ok(roles.includes('communePolice') && roles.includes('establishmentStaff'))
  })

  it('keeps the stays routes from residents and establishment staff', async () => {
    const resident = scene.a.staff
    for (const url of [
      `/police/declarations?purpose=${PURPOSE}`,
      `/police/guests?purpose=${PURPOSE}`,
      `/police/late-by-establishment?from=2026-01-01&to=2026-01-31`,
      `/police/people/${onTimeA.personalNumber}/stays?purpose=${PURPOSE}`,
      '/police/live',
    ]) {
      const response = await get(resident, url)
      assert.equal(response.statusCode, 403, url)
      assert.equal(refusalOf(response).code, 'AUTH_FORBIDDEN')
    }
  })
})
