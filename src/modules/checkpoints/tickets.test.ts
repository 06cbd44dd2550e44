import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { before, it } from 'node:test'
import {
  answerAs as call,
  assertRefusal,
  describeOnEngines,
  enrol,
  openEstablishment,
  seedTwoCommunes,
  useApp,
  type Actor,
  type EstablishmentScene,
} from '../../../test/kit/index.js'
import { API } from './checkpoints.test-support.js'
import { ticketsValidated } from './index.js'
import { vietnamDate } from '../../platform/time/vietnam.js'

const HOUR_MS = 3_600_000

describeOnEngines('checkpoints: tickets bound to the chip card (model 19)', (db) => {
  const app = useApp(db)
  let coach: EstablishmentScene
  let passengers: Actor[]

  const openTrip = async (seats: number) =>
    (
      await app().inject({
        method: 'POST',
        url: `/api/v1/stays/establishments/${coach.id}/trips`,
        headers: { cookie: coach.staff.cookie, 'idempotency-key': randomUUID() },
        payload: {
          route: 'Biên Hòa - Đà Lạt (QL20)',
          vehiclePlate: '60B-123.45',
          departureAt: new Date(Date.now() - 0.5 * HOUR_MS).toISOString(),
          arrivalAt: new Date(Date.now() + 6 * HOUR_MS).toISOString(),
          seats,
        },
      })
    ).json<{ id: string }>().id
  const issue = (tripId: string, personalNumbers: string[], who: Actor = coach.staff) =>
    app().inject({
      method: 'POST',
      url: `${API}/trips/${tripId}/tickets`,
      headers: { cookie: who.cookie },
      payload: { personalNumbers },
    })
  const qrOf = async (who: Actor) =>
    (await call<{ token: string }>(app(), who, { method: 'POST', url: '/api/v1/identity/qr' }, 201))
      .token
  const board = async (tripId: string, who: Actor) =>
    app().inject({
      method: 'POST',
      url: `${API}/trips/${tripId}/boardings`,
      headers: { cookie: coach.staff.cookie },
      payload: { code: await qrOf(who) },
    })

  before(async () => {
    await seedTwoCommunes(db())
    coach = await openEstablishment(app(), db(), { typeCode: 'coach_operator', capacity: 45 })
    passengers = []
    for (let i = 0; i < 4; i++) passengers.push(await enrol(app(), db(), { level: 2 }))
  })

  it('issues tickets to personal numbers and boards by identity QR onto the manifest', async () => {
    const trip = await openTrip(2)
    const [a, b] = passengers
    const issued = await issue(trip, [a!.personalNumber, b!.personalNumber, a!.personalNumber])
    assert.equal(issued.statusCode, 201, issued.body)
    assert.equal(issued.json<{ issued: unknown[] }>().issued.length, 2)
    // Sent again: nothing new, said so.
    const again = await issue(trip, [a!.personalNumber])
    assert.deepEqual(again.json<{ alreadyHeld: string[]; sold: number }>().alreadyHeld, [
      a!.personalNumber,
    ])

    const boarded = await board(trip, a!)
    assert.equal(boarded.statusCode, 201, boarded.body)
    assert.ok(boarded.json<{ ticket: { boardedAt: string | null } }>().ticket.boardedAt)
    const manifest = await call<{ passengers: { fullName: string }[] }>(
      app(),
      coach.staff,
      { method: 'GET', url: `/api/v1/stays/trips/${trip}/manifest` },
      200,
    )
    assert.equal(manifest.passengers.length, 1)
    assertRefusal(await board(trip, a!), { status: 409, code: 'CHECKPOINTS_ALREADY_BOARDED' })
    const today = vietnamDate(new Date())
    assert.equal(await ticketsValidated(db().db, { from: today, to: today }), 1)
  })

  it('says why not: no ticket, another trip, a full trip; nothing half-issued', async () => {
    const trip = await openTrip(1)
    const other = await openTrip(5)
    const [a, b, c, d] = passengers
    assert.equal((await issue(other, [c!.personalNumber])).statusCode, 201)
    assertRefusal(await board(trip, c!), { status: 409, code: 'CHECKPOINTS_TICKET_OTHER_TRIP' })
    assertRefusal(await issue(trip, [a!.personalNumber, b!.personalNumber]), {
      status: 409,
      code: 'CHECKPOINTS_TRIP_FULL',
    })
    assertRefusal(await board(trip, d!), { status: 404, code: 'CHECKPOINTS_NO_TICKET' })
    // The refused request issued nobody: the one seat is still free.
    assert.equal((await issue(trip, [b!.personalNumber])).statusCode, 201)
    assertRefusal(await issue(trip, ['123']), { status: 400, code: 'REQUEST_INVALID' })
    assertRefusal(await issue(trip, ['999999999999']), {
      status: 422,
      code: 'CHECKPOINTS_PERSONAL_NUMBER_INVALID',
    })
    const stranger = await openEstablishment(app(), db(), { typeCode: 'coach_operator' })
    assertRefusal(await issue(trip, [a!.personalNumber], stranger.staff), {
      status: 403,
      code: 'STAY_NOT_ESTABLISHMENT_STAFF',
    })
  })
})
