import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { before, it } from 'node:test'
import type { LightMyRequestResponse } from 'fastify'
import {
  enrol,
  type Actor,
  useApp,
  describeOnEngines,
  refusalOf,
  assertRefusal,
  TODAY,
} from '../../../../test/kit/index.js'
import { getResident, seedPopulation } from '../../population/index.js'
import { buildScene, pickGuest, type Scene } from '../police/police-view.test-support.js'

const BASE = '/api/v1/stays'
const HOUR_MS = 60 * 60 * 1000

interface Trip {
  id: string
  vehiclePlate: string
  seats: number
  passengers: number
}
interface Manifest {
  trip: Trip
  passengers: { declarationId: string; seat: string | null; fullName: string }[]
}

describeOnEngines('stays: coach trips and their manifests (model 12)', (db) => {
  const app = useApp(db)
  let scene: Scene
  let operator: { establishmentId: string; staff: Actor }

  const call = (
    who: Actor,
    method: 'GET' | 'POST',
    url: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) =>
    app().inject({
      method,
      url: `${BASE}${url}`,
      headers: { cookie: who.cookie, ...headers },
      ...(payload ? { payload } : {}),
    })

  async function expect201(response: Promise<LightMyRequestResponse>) {
    const done = await response
    assert.equal(done.statusCode, 201, done.body)
    return done.json<{ id: string }>()
  }

  /** A coach operator in commune A, registered by its owner, approved, with one staff member. */
  async function openCoachOperator() {
    const here = `commune_code = '${scene.a.communeCode}'`
    const owner = await enrol(app(), db(), { where: here })
    const raised = await app().inject({
      method: 'POST',
      url: `/api/v1/identity/accounts/${owner.personalNumber}/level2`,
      headers: { cookie: scene.provincial.cookie },
    })
    assert.equal(raised.statusCode, 200, raised.body)
    const { id } = await expect201(
      call(
        owner,
        'POST',
        '/establishments',
        {
          name: 'Nhà xe Phương Trang chi nhánh',
          typeCode: 'coach_operator',
          address: '1 Quốc lộ 1',
          communeCode: scene.a.communeCode,
          capacity: 45,
        },
        { 'idempotency-key': randomUUID() },
      ),
    )
    const approved = await call(scene.a.police, 'POST', `/establishments/${id}/decision`, {
      decision: 'approve',
    })
    assert.equal(approved.statusCode, 200, approved.body)
    const staff = await enrol(app(), db(), { where: here })
    await expect201(
      call(owner, 'POST', `/establishments/${id}/staff`, { personalNumber: staff.personalNumber }),
    )
    return { establishmentId: id, staff }
  }

  const newTrip = (seats: number, changes: object = {}) => ({
    route: 'Biên Hòa - Đà Lạt (QL20)',
    vehiclePlate: '60b-123.45',
    departureAt: new Date(Date.now() - 0.5 * HOUR_MS).toISOString(),
    arrivalAt: new Date(Date.now() + 6 * HOUR_MS).toISOString(),
    seats,
    ...changes,
  })

  async function passenger(seat?: string) {
    const personalNumber = await pickGuest(db())
    const { fullName, birthDate } = await getResident(db().db, personalNumber)
    return { personalNumber, fullName, birthDate, ...(seat ? { room: seat } : {}) }
  }

  /** Opens a trip under a fresh Idempotency-Key unless one is given (null: none at all). */
  const openTrip = (
    body: object,
    options: { key?: string | null; who?: Actor; establishmentId?: string } = {},
  ) => {
    const { key = randomUUID(), who = operator.staff } = options
    const establishmentId = options.establishmentId ?? operator.establishmentId
    const headers: Record<string, string> = key === null ? {} : { 'idempotency-key': key }
    return call(who, 'POST', `/establishments/${establishmentId}/trips`, body, headers)
  }

  const board = (tripId: string, guests: object[], key = randomUUID(), who = operator.staff) =>
    call(who, 'POST', `/trips/${tripId}/passengers`, { guests }, { 'idempotency-key': key })

  async function manifestOf(tripId: string, who = operator.staff) {
    const response = await call(who, 'GET', `/trips/${tripId}/manifest`)
    assert.equal(response.statusCode, 200, response.body)
    return response.json<Manifest>()
  }

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 11, today: TODAY })
    scene = await buildScene(app(), db())
    operator = await openCoachOperator()
  })

  it('lets only a coach operator open a trip, with a plate and a sound timetable', async () => {
    const hotel = await openTrip(newTrip(30), {
      who: scene.a.staff,
      establishmentId: scene.a.establishmentId,
    })
    assertRefusal(hotel, { status: 422, code: 'STAY_NOT_A_COACH_OPERATOR' })
    assert.equal(
      refusalOf(await openTrip(newTrip(30, { vehiclePlate: 'ABC-123' }))).code,
      'STAY_TRIP_PLATE_INVALID',
    )
    const backwards = newTrip(30, { arrivalAt: new Date(Date.now() - HOUR_MS).toISOString() })
    assert.equal(refusalOf(await openTrip(backwards)).code, 'STAY_TRIP_ARRIVAL_BEFORE_DEPARTURE')
    const other = await openTrip(newTrip(30), { who: scene.a.staff })
    assert.equal(refusalOf(other).code, 'STAY_NOT_ESTABLISHMENT_STAFF')
    const trip = (await expect201(openTrip(newTrip(30)))) as unknown as Trip
    assert.equal(trip.vehiclePlate, '60B-123.45')
    const listed = await call(
      operator.staff,
      'GET',
      `/establishments/${operator.establishmentId}/trips`,
    )
    assert.ok(listed.json<{ trips: Trip[] }>().trips.some((t) => t.id === trip.id))
  })

  it('opens a trip once per Idempotency-Key: a retry gets the first trip back', async () => {
    const tripsNow = async () =>
      (
        await call(operator.staff, 'GET', `/establishments/${operator.establishmentId}/trips`)
      ).json<{ trips: Trip[] }>().trips.length
    const before = await tripsNow()
    const body = newTrip(29, { route: 'Sài Gòn - Cần Thơ (QL1)' })
    const key = randomUUID()
    const first = await openTrip(body, { key })
    assert.equal(first.statusCode, 201, first.body)
    assert.equal(first.headers['idempotent-replayed'], undefined)
    const retried = await openTrip(body, { key })
    assert.equal(retried.statusCode, 201)
    assert.equal(retried.headers['idempotent-replayed'], 'true')
    assert.deepEqual(retried.json(), first.json())
    assert.equal(await tripsNow(), before + 1)

    const reused = await openTrip({ ...body, seats: 30 }, { key })
    assertRefusal(reused, { status: 422, code: 'STAY_IDEMPOTENCY_KEY_REUSED' })
    const keyless = await openTrip(body, { key: null })
    assertRefusal(keyless, { status: 400, code: 'STAY_IDEMPOTENCY_KEY_REQUIRED' })
    // A refusal stores nothing: once the plate is right, the same key opens the trip.
    const fixable = randomUUID()
    const badPlate = await openTrip({ ...body, vehiclePlate: 'ABC-123' }, { key: fixable })
    assert.equal(refusalOf(badPlate).code, 'STAY_TRIP_PLATE_INVALID')
    assert.equal((await openTrip({ ...body, seats: 31 }, { key: fixable })).statusCode, 201)
    assert.equal(await tripsNow(), before + 2)
  })

  it('declares passengers as they board, once per key, and keeps the manifest', async () => {
    const trip = await expect201(openTrip(newTrip(40)))
    const guests = [await passenger('12'), await passenger('2')]
    const key = randomUUID()
    const first = await board(trip.id, guests, key)
    assert.equal(first.statusCode, 201, first.body)
    const declared = first.json<{ declarations: { id: string; tripId: string; room: string }[] }>()
    assert.deepEqual(
      declared.declarations.map((d) => [d.tripId, d.room]),
      [
        [trip.id, '12'],
        [trip.id, '2'],
      ],
    )
    const retried = await board(trip.id, guests, key)
    assert.equal(retried.statusCode, 201)
    assert.equal(retried.headers['idempotent-replayed'], 'true')
    assert.deepEqual(retried.json(), first.json())

    const manifest = await manifestOf(trip.id)
    assert.equal(manifest.trip.passengers, 2)
    assert.deepEqual(
      manifest.passengers.map((p) => [p.seat, p.fullName]),
      [
        ['2', guests[1]!.fullName],
        ['12', guests[0]!.fullName],
      ],
    )
  })

  it('refuses a seat already taken and a passenger beyond the seats', async () => {
    const trip = await expect201(openTrip(newTrip(4)))
    assert.equal(
      (await board(trip.id, [await passenger('1'), await passenger('2')])).statusCode,
      201,
    )
    const taken = await board(trip.id, [await passenger('2')])
    assertRefusal(taken, { status: 409, code: 'STAY_TRIP_SEAT_TAKEN' })
    const twice = await board(trip.id, [await passenger('3'), await passenger('3')])
    assert.equal(refusalOf(twice).code, 'STAY_TRIP_SEAT_TAKEN')
    assert.equal((await board(trip.id, [await passenger('3'), await passenger()])).statusCode, 201)
    const full = await board(trip.id, [await passenger()])
    assertRefusal(full, { status: 409, code: 'STAY_TRIP_FULL' })
    assert.equal((await manifestOf(trip.id)).passengers.length, 4)
  })

  it('never sells more seats than the trip has, under concurrent boardings', async () => {
    const trip = await expect201(openTrip(newTrip(3)))
    const groups = await Promise.all(Array.from({ length: 6 }, async () => [await passenger()]))
    const answers = await Promise.all(groups.map((guests) => board(trip.id, guests)))
    const statuses = answers.map((a) => (a.statusCode === 201 ? 'boarded' : refusalOf(a).code))
    assert.deepEqual(statuses.sort(), [
      'STAY_TRIP_FULL',
      'STAY_TRIP_FULL',
      'STAY_TRIP_FULL',
      'boarded',
      'boarded',
      'boarded',
    ])
    assert.equal((await manifestOf(trip.id)).passengers.length, 3)
  })

  it("keeps a trip to its operator's staff", async () => {
    const trip = await expect201(openTrip(newTrip(10)))
    const manifest = await call(scene.a.staff, 'GET', `/trips/${trip.id}/manifest`)
    assertRefusal(manifest, { status: 403, code: 'STAY_NOT_ESTABLISHMENT_STAFF' })
    const boarding = await board(trip.id, [await passenger()], randomUUID(), scene.a.staff)
    assert.equal(boarding.statusCode, 403)
    const missing = await call(operator.staff, 'GET', `/trips/${randomUUID()}/manifest`)
    assertRefusal(missing, { status: 404, code: 'STAY_TRIP_NOT_FOUND' })
    const police = await call(scene.a.police, 'GET', `/trips/${trip.id}/manifest`)
    assert.equal(police.statusCode, 403)
  })

  it('takes no passenger once the trip has arrived', async () => {
    const past = newTrip(10, {
      departureAt: new Date(Date.now() - 8 * HOUR_MS).toISOString(),
      arrivalAt: new Date(Date.now() - HOUR_MS).toISOString(),
    })
    const trip = await expect201(openTrip(past))
    assert.equal(refusalOf(await board(trip.id, [await passenger()])).code, 'STAY_TRIP_ENDED')
  })
})
