import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { before, it } from 'node:test'
import {
  accessLogOf,
  answerAs as call,
  assertRefusal,
  describeOnEngines,
  enrol,
  openEstablishment,
  seedTwoCommunes,
  useApp,
  type Actor,
} from '../../../test/kit/index.js'
import { API, openSite, type OpenSite } from './checkpoints.test-support.js'
import { ticketsValidated } from './index.js'
import { vietnamDate } from '../../platform/time/vietnam.js'

describeOnEngines('checkpoints: train tickets bound to the chip card (model 19)', (db) => {
  const app = useApp(db)
  let bienHoa: OpenSite
  let longKhanh: OpenSite
  let park: OpenSite
  let passengers: Actor[]

  before(async () => {
    const places = await seedTwoCommunes(db())
    const admin = await enrol(app(), db(), {
      role: 'administrator',
      unitCodes: [places.inside.communeCode, places.outside.communeCode],
    })
    const station = { communeCode: places.inside.communeCode, kind: 'railwayStation' }
    bienHoa = await openSite(app(), db(), admin, station)
    longKhanh = await openSite(app(), db(), admin, station)
    park = await openSite(app(), db(), admin, { communeCode: places.inside.communeCode })
    passengers = []
    for (let i = 0; i < 4; i++) passengers.push(await enrol(app(), db(), { level: 2 }))
  })

  const post = (who: Actor, url: string, payload: object | string) =>
    app().inject({ method: 'POST', url: `${API}${url}`, headers: { cookie: who.cookie }, payload })
  const trip = (overrides: object = {}) => ({
    trainNumber: 'SE4',
    fromSiteId: bienHoa.siteId,
    toSiteId: longKhanh.siteId,
    departureAt: new Date(Date.now() + 3_600_000).toISOString(),
    seats: 2,
    ...overrides,
  })
  const openTrip = async (seats: number) => {
    const response = await post(bienHoa.staff, '/train-trips', trip({ seats }))
    assert.equal(response.statusCode, 201, response.body)
    return response.json<{ id: string; operatorId: string; sold: number }>()
  }
  const issue = (tripId: string, people: Actor[], who: Actor = bienHoa.staff) =>
    post(who, `/train-trips/${tripId}/tickets`, {
      personalNumbers: people.map((p) => p.personalNumber),
    })
  const board = async (tripId: string, passenger: Actor, who: Actor = bienHoa.staff) => {
    const { token } = await call<{ token: string }>(
      app(),
      passenger,
      { method: 'POST', url: '/api/v1/identity/qr' },
      201,
    )
    return post(who, `/train-trips/${tripId}/boardings`, { code: token })
  }

  it('issues train tickets to personal numbers and boards by identity QR at the station', async () => {
    const today = vietnamDate(new Date())
    const validated = await ticketsValidated(db().db, { from: today, to: today })
    const train = await openTrip(2)
    assert.equal(train.operatorId, bienHoa.operatorId)
    const [a, b] = passengers
    const issued = await issue(train.id, [a!, b!, a!])
    assert.equal(issued.statusCode, 201, issued.body)
    assert.equal(issued.json<{ issued: unknown[]; sold: number }>().sold, 2)
    const again = await issue(train.id, [a!])
    assert.deepEqual(again.json<{ alreadyHeld: string[] }>().alreadyHeld, [a!.personalNumber])

    const boarded = await board(train.id, a!)
    assert.equal(boarded.statusCode, 201, boarded.body)
    const answer = boarded.json<{ ticket: { boardedAt: string | null }; stationId: string }>()
    assert.ok(answer.ticket.boardedAt)
    assert.equal(answer.stationId, bienHoa.siteId)
    assertRefusal(await board(train.id, a!), { status: 409, code: 'CHECKPOINTS_ALREADY_BOARDED' })
    assert.equal(await ticketsValidated(db().db, { from: today, to: today }), validated + 1)

    const [entry] = (await accessLogOf(app(), a!.cookie)).filter(
      (e) => e.action === 'checkpoints.ticket.board',
    )
    assert.equal(entry?.actorRole, 'operatorStaff')
    assert.match(entry.actorEstablishmentName ?? '', /^Khu du lịch Bửu Long \(/)
    const read = await call<{ seats: number; sold: number; boarded: number; trainNumber: string }>(
      app(),
      bienHoa.staff,
      { method: 'GET', url: `${API}/train-trips/${train.id}` },
      200,
    )
    assert.deepEqual([read.trainNumber, read.seats, read.sold, read.boarded], ['SE4', 2, 2, 1])
  })

  it("lists the operator's trips with tickets sold and boarded, and the stations it may use", async () => {
    const train = await openTrip(3)
    // Travellers of their own, so the other tests' tickets stay as they expect.
    const [e, f] = [await enrol(app(), db(), { level: 2 }), await enrol(app(), db(), { level: 2 })]
    assert.equal((await issue(train.id, [e, f])).statusCode, 201)
    assert.equal((await board(train.id, f)).statusCode, 201)
    type Trip = { id: string; sold: number; boarded: number; seats: number }
    const list = (who: Actor) =>
      call<{ trips: Trip[] }>(app(), who, { method: 'GET', url: `${API}/train-trips` }, 200)
    const mine = await list(bienHoa.staff)
    const listed = mine.trips.find((t) => t.id === train.id)
    assert.deepEqual(
      listed && [listed.seats, listed.sold, listed.boarded],
      [3, 2, 1],
      'sold and boarded counted',
    )
    assert.ok(mine.trips.every((t) => t.boarded <= t.sold))
    assert.deepEqual((await list(longKhanh.staff)).trips, [], "another operator's trips unseen")
    const { stations } = await call<{ stations: { id: string; own: boolean }[] }>(
      app(),
      bienHoa.staff,
      { method: 'GET', url: `${API}/stations` },
      200,
    )
    const own = (id: string) => stations.find((s) => s.id === id)?.own
    assert.equal(own(bienHoa.siteId), true)
    assert.equal(own(longKhanh.siteId), false, 'a destination, not a departure')
    assert.equal(own(park.siteId), undefined, 'a park is no station')
    assertRefusal(await app().inject({ method: 'GET', url: `${API}/train-trips` }), {
      status: 401,
      code: 'AUTH_REQUIRED',
    })
    assertRefusal(
      await app().inject({
        method: 'GET',
        url: `${API}/train-trips?limit=0`,
        headers: { cookie: bienHoa.staff.cookie },
      }),
      { status: 400, code: 'REQUEST_INVALID' },
    )
  })

  it('says why not: a full trip, another trip, no ticket; nothing half-issued', async () => {
    const train = await openTrip(1)
    const other = await openTrip(5)
    const [a, b, c, d] = passengers
    assert.equal((await issue(other.id, [c!])).statusCode, 201)
    assertRefusal(await issue(train.id, [a!, b!]), { status: 409, code: 'CHECKPOINTS_TRIP_FULL' })
    assert.equal((await issue(train.id, [b!])).statusCode, 201)
    assertRefusal(await issue(train.id, [d!]), { status: 409, code: 'CHECKPOINTS_TRIP_FULL' })
    assertRefusal(await board(train.id, c!), {
      status: 409,
      code: 'CHECKPOINTS_TICKET_OTHER_TRIP',
    })
    assertRefusal(await board(train.id, d!), { status: 404, code: 'CHECKPOINTS_NO_TICKET' })
  })

  it('refuses hostile input and other operators, writing nothing', async () => {
    const train = await openTrip(3)
    const refuse = async (payload: object | string, status: number, code: string) =>
      assertRefusal(await post(bienHoa.staff, '/train-trips', payload), { status, code })
    await refuse(trip({ toSiteId: park.siteId }), 422, 'CHECKPOINTS_NOT_RAILWAY_STATION')
    await refuse(trip({ toSiteId: bienHoa.siteId }), 422, 'CHECKPOINTS_TRAIN_TRIP_INVALID')
    await refuse(
      trip({ fromSiteId: longKhanh.siteId, toSiteId: bienHoa.siteId }),
      403,
      'CHECKPOINTS_NOT_YOUR_SITE',
    )
    await refuse(trip({ toSiteId: randomUUID() }), 404, 'CHECKPOINTS_SITE_NOT_FOUND')
    for (const bad of [
      trip({ trainNumber: "SE4'; DROP TABLE x;--" }),
      trip({ seats: 0 }),
      trip({ seats: 1.5 }),
      trip({ departureAt: 'tomorrow' }),
      trip({ fromSiteId: 'not-a-uuid' }),
      { ...trip(), operatorId: longKhanh.operatorId },
      [],
      {},
    ])
      await refuse(bad, 400, 'REQUEST_INVALID')
    assertRefusal(await issue(randomUUID(), [passengers[0]!]), {
      status: 404,
      code: 'CHECKPOINTS_TRAIN_TRIP_NOT_FOUND',
    })
    assertRefusal(await post(bienHoa.staff, '/train-trips/nope/tickets', { personalNumbers: [] }), {
      status: 400,
      code: 'REQUEST_INVALID',
    })
    assertRefusal(await issue(train.id, [passengers[0]!], longKhanh.staff), {
      status: 403,
      code: 'CHECKPOINTS_NOT_YOUR_TRIP',
    })
    const coach = await openEstablishment(app(), db(), { typeCode: 'coach_operator' })
    assertRefusal(await issue(train.id, [passengers[0]!], coach.staff), {
      status: 403,
      code: 'CHECKPOINTS_NOT_YOUR_TRIP',
    })
    assertRefusal(await board(train.id, passengers[0]!, longKhanh.staff), {
      status: 403,
      code: 'CHECKPOINTS_NOT_YOUR_TRIP',
    })
    assertRefusal(
      await post(bienHoa.staff, `/train-trips/${train.id}/boardings`, { code: 'not a code' }),
      { status: 422, code: 'VERIFICATION_CODE_UNREADABLE' },
    )
    const read = await call<{ sold: number }>(
      app(),
      bienHoa.staff,
      { method: 'GET', url: `${API}/train-trips/${train.id}` },
      200,
    )
    assert.equal(read.sold, 0)
  })
})
