import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { describeOnEngines, refusalOf, assertRefusal, TODAY } from '../../../../test/kit/index.js'
import { getResident, seedPopulation } from '../../population/index.js'
import {
  ADULT,
  BASE,
  declare,
  enrolPerson,
  openDesk,
  pickPerson,
  typed,
  useStaysApp,
  type DeclaredBody,
  type Desk,
} from './declarations.test-support.js'
import { ensureStaysReference, onTimeDeclarationRate, type MyStays } from '../index.js'
import type { DeclarationPage, PoliceDeclaration } from '../police/police-view.schemas.js'
import { composePassportMrz } from '../rooming-lists/rooming-list-mrz.js'

const HOUR = 3_600_000
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString()
const VIETNAM_OFFSET = 7 * HOUR

/**
 * An arrival up to an hour ago that a declaration made now is on time for, at whatever hour the
 * tests run: a guest arriving before 23:00 (Vietnam) is due by 23:00, so between 23:00 and midnight
 * the arrival is moved into the minutes since 23:00, keeping the order of `hours`.
 */
function recentArrival(hours: number): string {
  const now = Date.now()
  const vietnam = new Date(now + VIETNAM_OFFSET)
  const elevenPm =
    Date.UTC(vietnam.getUTCFullYear(), vietnam.getUTCMonth(), vietnam.getUTCDate(), 23) -
    VIETNAM_OFFSET
  if (now < elevenPm) return ago(hours)
  return new Date(elevenPm + (now - elevenPm) * (1 - Math.min(hours, 1))).toISOString()
}

describeOnEngines('after check-in: check-out, extension, correction, registers', (db) => {
  const app = useStaysApp(db)
  let desk: Desk

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 67, today: TODAY })
    await ensureStaysReference(db().db)
    desk = await openDesk(app(), db(), { typeCode: 'guest_house' })
  })

  async function checkIn(payload: Record<string, unknown>): Promise<PoliceDeclaration> {
    const response = await declare(app(), desk, payload)
    assert.equal(response.statusCode, 201, response.body)
    return response.json<DeclaredBody>().declarations[0]!
  }

  const change = (
    id: string,
    action: string,
    payload: Record<string, unknown>,
    cookie = desk.staff.cookie,
  ) =>
    app().inject({
      method: 'POST',
      url: `${BASE}/declarations/${id}/${action}`,
      headers: { cookie },
      payload,
    })

  async function history(id: string) {
    return db().query<{
      revision: number
      kind: string
      reason: string | null
      previous: Record<string, unknown>
    }>(
      'SELECT revision, kind, reason, previous FROM stay_declaration_revisions WHERE declaration_id = $1 ORDER BY revision',
      [id],
    )
  }

  async function eventsOf(id: string): Promise<string[]> {
    const rows = await db().query<{ event_type: string }>(
      `SELECT event_type FROM outbox_events WHERE aggregate_type = 'stay' AND aggregate_id = $1 ORDER BY id`,
      [id],
    )
    return rows.map((r) => r.event_type)
  }

  it('extends, corrects and checks out a stay, keeping each previous state', async () => {
    const guest = await pickPerson(db(), ADULT)
    const stay = await checkIn({
      arrivalAt: ago(5),
      expectedDepartureAt: new Date(Date.now() + 24 * HOUR).toISOString(),
      guests: [{ ...typed(guest), room: '101' }],
    })
    const longer = new Date(Date.now() + 72 * HOUR).toISOString()
    const extended = await change(stay.id, 'extension', { expectedDepartureAt: longer })
    assert.equal(extended.statusCode, 200, extended.body)
    assert.equal(extended.json<PoliceDeclaration>().expectedDepartureAt, longer)
    assert.equal(extended.json<PoliceDeclaration>().revision, 2)

    const name = await change(stay.id, 'corrections', {
      reason: 'sai tên',
      fullName: 'Nguyễn Văn Khác',
    })
    assertRefusal(name, { status: 422, code: 'STAY_NAME_NOT_CORRECTABLE' })
    const corrected = await change(stay.id, 'corrections', {
      reason: 'Khách đổi sang phòng 102',
      room: '102',
      arrivalAt: ago(6),
    })
    assert.equal(corrected.statusCode, 200, corrected.body)
    assert.equal(corrected.json<PoliceDeclaration>().room, '102')
    assert.equal(corrected.json<PoliceDeclaration>().revision, 3)

    const early = await change(stay.id, 'check-out', { departedAt: ago(7) })
    assertRefusal(early, { status: 422, code: 'STAY_CHECKOUT_BEFORE_ARRIVAL' })
    const out = await change(stay.id, 'check-out', {})
    assert.equal(out.statusCode, 200, out.body)
    assert.ok(out.json<PoliceDeclaration>().departedAt)
    const twice = await change(stay.id, 'check-out', {})
    assertRefusal(twice, { status: 409, code: 'STAY_ALREADY_CHECKED_OUT' })
    const tooLate = await change(stay.id, 'extension', { expectedDepartureAt: longer })
    assert.equal(refusalOf(tooLate).code, 'STAY_ALREADY_CHECKED_OUT')

    const kept = await history(stay.id)
    assert.deepEqual(
      kept.map((r) => [r.revision, r.kind]),
      [
        [1, 'extended'],
        [2, 'corrected'],
        [3, 'checked_out'],
      ],
    )
    assert.equal(kept[1]!.reason, 'Khách đổi sang phòng 102')
    assert.equal(kept[1]!.previous.room, '101')
    assert.equal(kept[2]!.previous.departedAt, null)
    assert.deepEqual(await eventsOf(stay.id), [
      'stays.declared',
      'stays.extended',
      'stays.corrected',
      'stays.checked_out',
    ])
  })

  it('corrects a foreign guest’s name and, with the arrival, whether it was late', async () => {
    const mrz = composePassportMrz({
      fullName: 'MULLER, Anna',
      nationality: 'DEU',
      passportNumber: 'C01X00T47',
      birthDate: '1990-02-03',
      sex: 'F',
      expiryDate: '2030-02-02',
    })!
    const stay = await checkIn({
      arrivalAt: recentArrival(1),
      guests: [{ passportMrz: mrz, entryDate: '2026-11-01' }],
    })
    assert.equal(stay.late, false)
    const corrected = await change(stay.id, 'corrections', {
      reason: 'Tên đúng theo hộ chiếu có dấu',
      fullName: 'MÜLLER Anna',
      arrivalAt: ago(72),
    })
    assert.equal(corrected.statusCode, 200, corrected.body)
    const now = corrected.json<PoliceDeclaration>()
    assert.equal(now.fullName, 'MÜLLER Anna')
    assert.equal(now.late, true, 'an arrival three days back was due long before it was declared')
    assert.equal((await history(stay.id))[0]!.previous.fullName, 'MULLER ANNA')
  })

  it('lets no one else change a declaration', async () => {
    const stranger = await openDesk(app(), db())
    const stay = await checkIn({
      arrivalAt: ago(1),
      guests: [typed(await pickPerson(db(), ADULT))],
    })
    const response = await change(stay.id, 'check-out', {}, stranger.staff.cookie)
    assertRefusal(response, { status: 403, code: 'STAY_NOT_ESTABLISHMENT_STAFF' })
  })

  it('lists the current guests and the late declarations of the establishment', async () => {
    const place = await openDesk(app(), db())
    const declareHere = async (arrivalAt: string) => {
      const response = await declare(app(), place, {
        arrivalAt,
        guests: [typed(await pickPerson(db(), ADULT))],
      })
      return response.json<DeclaredBody>().declarations[0]!
    }
    const late = await declareHere(ago(50))
    const onTime = await declareHere(recentArrival(0.1))
    const left = await declareHere(recentArrival(0.2))
    await change(left.id, 'check-out', {}, place.staff.cookie)
    const get = (path: string) =>
      app().inject({
        method: 'GET',
        url: `${BASE}/establishments/${place.establishmentId}/${path}`,
        headers: { cookie: place.staff.cookie },
      })

    const guests = await get('guests')
    assert.equal(guests.statusCode, 200, guests.body)
    assert.deepEqual(
      guests
        .json<DeclarationPage>()
        .declarations.map((d) => d.id)
        .sort(),
      [late.id, onTime.id].sort(),
    )
    const all = await get('declarations?limit=2')
    const page = all.json<DeclarationPage & { total: number; lateCount: number }>()
    assert.equal(page.total, 3)
    assert.equal(page.lateCount, 1)
    assert.equal(page.declarations.length, 2)
    const rest = await get(`declarations?limit=2&after=${page.next!}`)
    assert.equal(rest.json<DeclarationPage>().declarations.length, 1)
    const lateOnly = await get('declarations?late=true')
    assert.deepEqual(
      lateOnly.json<DeclarationPage>().declarations.map((d) => d.id),
      [late.id],
    )
    const stranger = await app().inject({
      method: 'GET',
      url: `${BASE}/establishments/${place.establishmentId}/guests`,
      headers: { cookie: desk.staff.cookie },
    })
    assert.equal(stranger.statusCode, 403)
  })

  it('shows residents their own stays, newest first', async () => {
    const resident = await enrolPerson(app(), db(), { where: ADULT })
    const registry = await getResident(db().db, resident.personalNumber)
    const older = await checkIn({ arrivalAt: ago(100), guests: [typed(registry)] })
    const left = await change(older.id, 'check-out', { departedAt: ago(90) })
    assert.equal(left.statusCode, 200, left.body)
    const newer = await checkIn({ arrivalAt: ago(2), guests: [{ ...typed(registry), room: '7' }] })
    const response = await app().inject({
      method: 'GET',
      url: '/api/v1/me/stays',
      headers: { cookie: resident.cookie },
    })
    assert.equal(response.statusCode, 200, response.body)
    const { stays } = response.json<MyStays>()
    assert.deepEqual(
      stays.map((s) => s.id),
      [newer.id, older.id],
    )
    assert.equal(stays[0]!.establishment.typeCode, 'guest_house')
    assert.equal(stays[0]!.establishment.name, `Khách sạn Bình Minh ${desk.communeCode}`)
    assert.match(stays[0]!.commune.name, /\p{L}/u)
    assert.equal(stays[0]!.room, '7')
    assert.equal(stays[0]!.departedAt, null)
    assert.equal(stays[1]!.late, true)
    assert.ok(stays[1]!.departedAt)
  })

  it('counts the month’s on-time declarations for the plan', async () => {
    const before = await onTimeDeclarationRate(db().db)
    await checkIn({ arrivalAt: ago(60), guests: [typed(await pickPerson(db(), ADULT))] })
    await checkIn({ arrivalAt: recentArrival(0.5), guests: [typed(await pickPerson(db(), ADULT))] })
    const after = await onTimeDeclarationRate(db().db)
    assert.equal(after.declarations, before.declarations + 2)
    assert.equal(after.onTime, before.onTime + 1)
    assert.equal(after.rate, after.onTime / after.declarations)
    const lodging = await onTimeDeclarationRate(db().db, after.month, { model: 9 })
    assert.equal(lodging.declarations, after.declarations, 'guest houses and hotels are model 9')
    assert.equal((await onTimeDeclarationRate(db().db, after.month, { model: 10 })).declarations, 0)
    assert.equal((await onTimeDeclarationRate(db().db, '2020-01')).rate, null)
  })
})
