import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import {
  answerAs,
  assertRecordRoutesKnown,
  declareGuests,
  describeOnEngines,
  enrol,
  openEstablishment,
  pickGuests,
  seedTwoCommunes,
  sideCase,
  useApp,
  walkScopeCases,
  type Actor,
  type EstablishmentScene,
  type ScopeCase,
  type TwoCommunes,
} from './kit/index.js'

const STAYS = '/api/v1/stays'
const WATCH_LIST = `${STAYS}/police/watch-list`
const PURPOSE = 'residence_management'
const DAY_MS = 24 * 3_600_000
/** A commune of another province (Phường Ba Đình, Hà Nội). */
const HANOI_COMMUNE = '00004'

const listing = (personalNumber: string, responsibleUnitCode: string) => ({
  person: { personalNumber },
  reason: 'Nghi vấn liên quan vụ án / Suspected in a case',
  responsibleUnitCode,
  caseReference: 'VA-2026/117',
  legalBasis: 'Điều 117 Bộ luật Tố tụng hình sự 2015',
  expiresAt: new Date(Date.now() + 30 * DAY_MS).toISOString(),
})

describeOnEngines('every stays police route, every commune, every province', (db) => {
  const app = useApp(db)
  let places: TwoCommunes
  /** An approved establishment in each commune, with that commune's police. */
  let desks: { inside: EstablishmentScene; outside: EstablishmentScene }
  /** Listings in force, each by its commune's police, and the alert a stay of its person raised. */
  let listings: { inside: string; outside: string }
  let alerts: { inside: string; outside: string }
  /** Requests waiting for the provincial police: two of the province, one of another province. */
  let requests: { inside: string[]; outside: string }
  let provincial: Actor

  /** Lists a person with the police's unit responsible; the entry's id. */
  async function list(police: Actor, personalNumber: string, unit: string, status: string) {
    const entry = await answerAs<{ id: string; status: string }>(
      app(),
      police,
      { method: 'POST', url: WATCH_LIST, payload: listing(personalNumber, unit) },
      201,
    )
    assert.equal(entry.status, status)
    return entry.id
  }

  /** A listing in force of a person of the desk's commune, and the alert of their stay there. */
  async function watched(desk: EstablishmentScene) {
    const [person] = await pickGuests(db(), 1, `commune_code = '${desk.communeCode}'`)
    const entry = await list(desk.police, person!.personalNumber, desk.communeCode, 'active')
    const [declaration] = await declareGuests(app(), desk, [person!])
    const page = await answerAs<{ alerts: { id: string; declaration: { id: string } }[] }>(
      app(),
      desk.police,
      { method: 'GET', url: `${STAYS}/police/alerts` },
      200,
    )
    const alert = page.alerts.find((a) => a.declaration.id === declaration)
    assert.ok(alert, 'the stay of a listed person raises an alert')
    return { entry, alert: alert.id }
  }

  before(async () => {
    places = await seedTwoCommunes(db())
    const { inside, outside } = places
    desks = {
      inside: await openEstablishment(app(), db(), { communeCode: inside.communeCode }),
      outside: await openEstablishment(app(), db(), { communeCode: outside.communeCode }),
    }
    const here = await watched(desks.inside)
    const there = await watched(desks.outside)
    listings = { inside: here.entry, outside: there.entry }
    alerts = { inside: here.alert, outside: there.alert }

    // Listing someone of another commune is a request that the provincial police decide.
    provincial = await enrol(app(), db(), { role: 'provincialPolice', unitCodes: ['75'] })
    const strangers = await pickGuests(db(), 3, `commune_code <> '${inside.communeCode}'`)
    const hanoiPolice = await enrol(app(), db(), {
      role: 'communePolice',
      unitCodes: [HANOI_COMMUNE],
    })
    const ask = (police: Actor, n: number, unit: string) =>
      list(police, strangers[n]!.personalNumber, unit, 'pending')
    requests = {
      inside: [
        await ask(desks.inside.police, 0, inside.communeCode),
        await ask(desks.inside.police, 1, inside.communeCode),
      ],
      outside: await ask(hanoiPolice, 2, HANOI_COMMUNE),
    }
  })

  const police = { role: 'communePolice' as const, as: () => desks.inside.police }
  const approver = { role: 'provincialPolice' as const, as: () => provincial }
  const OUTSIDE = { status: 403, code: 'AUTH_OUTSIDE_JURISDICTION' }
  const personStays = () => ({
    method: 'GET' as const,
    url: `${STAYS}/police/people/${places.inside.personalNumber}/stays?purpose=${PURPOSE}`,
  })

  // In this order: the renewal before the removal of the same listing.
  const CASES: ScopeCase[] = [
    {
      route: 'GET /api/v1/stays/police/people/:personalNumber/stays',
      ...approver,
      inside: personStays,
      allowed: 200,
      // A search across the province is beyond any commune's reach, even for its own people.
      outsideAs: () => desks.inside.police,
      outside: personStays,
      refused: { status: 403, code: 'STAY_PROVINCIAL_POLICE_ONLY' },
    },
    sideCase(
      'POST /api/v1/stays/police/watch-list/:id/renewal',
      police,
      (side) => ({
        method: 'POST',
        url: `${WATCH_LIST}/${listings[side]}/renewal`,
        payload: { expiresAt: new Date(Date.now() + 60 * DAY_MS).toISOString() },
      }),
      200,
      OUTSIDE,
    ),
    sideCase(
      'DELETE /api/v1/stays/police/watch-list/:id',
      police,
      (side) => ({
        method: 'DELETE',
        url: `${WATCH_LIST}/${listings[side]}`,
        payload: { reason: 'Đã kết thúc vụ án / case closed' },
      }),
      200,
      OUTSIDE,
    ),
    sideCase(
      'POST /api/v1/stays/police/watch-list/:id/approval',
      approver,
      (side) => ({
        method: 'POST',
        url: `${WATCH_LIST}/${side === 'inside' ? requests.inside[0] : requests.outside}/approval`,
      }),
      200,
      OUTSIDE,
    ),
    sideCase(
      'POST /api/v1/stays/police/watch-list/:id/refusal',
      approver,
      (side) => ({
        method: 'POST',
        url: `${WATCH_LIST}/${side === 'inside' ? requests.inside[1] : requests.outside}/refusal`,
        payload: { reason: 'Chưa đủ căn cứ / not enough grounds' },
      }),
      200,
      OUTSIDE,
    ),
    sideCase(
      'POST /api/v1/stays/police/alerts/:id/acknowledgement',
      police,
      (side) => ({ method: 'POST', url: `${STAYS}/police/alerts/${alerts[side]}/acknowledgement` }),
      200,
      // An alert for other units is one the officer cannot know of.
      { status: 404, code: 'STAY_ALERT_NOT_FOUND' },
    ),
  ]

  it('has a jurisdiction case for every stays police route with a record in its URL', () => {
    assertRecordRoutesKnown(
      app(),
      CASES.map((c) => c.route),
      (route) => route.includes(' /api/v1/stays/police/'),
    )
  })

  walkScopeCases(app, CASES)
})
