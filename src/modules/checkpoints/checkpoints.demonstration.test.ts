import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { describeOnEngines, signInCookie, useApp } from '../../../test/kit/index.js'
import {
  DEMONSTRATION_PASSWORD,
  ensureDemonstrationAccounts,
  type DemonstrationAccount,
} from '../identity/index.js'
import { seedPopulation } from '../population/index.js'
import { ensureDemonstrationEstablishment } from '../stays/index.js'
import { vietnamDate } from '../../platform/time/vietnam.js'
import { API } from './checkpoints.test-support.js'
import {
  DEMONSTRATION_SITE_ID,
  DEMONSTRATION_STATIONS,
  ensureDemonstrationCheckpoints,
} from './checkpoints.demonstration.js'

// What `npm start` shows a newcomer: the demonstration operator's staff see a tourist site with a
// week of visits and scan at its gates; the coach's staff board a demonstration resident.
describeOnEngines('the demonstration checkpoints', (db) => {
  const app = useApp(db)
  let accounts: DemonstrationAccount[]

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 7, today: '2026-12-07' })
    accounts = await ensureDemonstrationAccounts(db().db)
    await ensureDemonstrationEstablishment(db().db)
  })

  const cookieOf = (pick: (a: DemonstrationAccount) => boolean) =>
    signInCookie(app(), accounts.find(pick)!.personalNumber, DEMONSTRATION_PASSWORD)
  const call = async (cookie: string, method: 'GET' | 'POST', url: string, payload?: object) => {
    const response = await app().inject({
      method,
      url,
      headers: { cookie },
      ...(payload ? { payload } : {}),
    })
    return { status: response.statusCode, json: response.json.bind(response), text: response.body }
  }
  it('opens a site for the operator staff once, and tickets the residents for today’s trip', async () => {
    const now = new Date()
    const weekAgo = vietnamDate(new Date(now.getTime() - 7 * 86_400_000))
    await ensureDemonstrationCheckpoints(db(), now)
    await ensureDemonstrationCheckpoints(db(), now)

    const staff = await cookieOf((a) => a.role === 'operatorStaff')
    const sites = await call(staff, 'GET', `${API}/sites`)
    assert.equal(sites.status, 200, sites.text)
    type Sites = { sites: { id: string; gates: { id: string }[] }[] }
    assert.deepEqual(
      sites
        .json<Sites>()
        .sites.map((s) => s.id)
        .sort(),
      [DEMONSTRATION_SITE_ID, ...DEMONSTRATION_STATIONS.map((s) => s.id)].sort(),
    )
    assert.equal(
      sites.json<Sites>().sites.find((s) => s.id === DEMONSTRATION_SITE_ID)!.gates.length,
      2,
    )
    const visits = await call(
      staff,
      'GET',
      `${API}/sites/${DEMONSTRATION_SITE_ID}/visits?from=${weekAgo}&to=${vietnamDate(now)}`,
    )
    assert.equal(visits.status, 200, visits.text)
    const entries = visits
      .json<{ days: { entries: number }[] }>()
      .days.reduce((sum, d) => sum + d.entries, 0)
    assert.ok(entries > 10, `a week of visits, recorded once: ${entries}`)
    const [{ passages }] = (await db().query<{ passages: number }>(
      'SELECT count(*)::int AS passages FROM checkpoint_passages WHERE site_id = $1',
      [DEMONSTRATION_SITE_ID],
    )) as [{ passages: number }]
    assert.ok(passages >= entries)

    const resident = await cookieOf((a) => a.who.includes('eID level 2'))
    const qr = await call(resident, 'POST', '/api/v1/identity/qr')
    const gate = await call(staff, 'POST', `${API}/sites/${DEMONSTRATION_SITE_ID}/passages`, {
      gateId: sites.json<Sites>().sites.find((s) => s.id === DEMONSTRATION_SITE_ID)!.gates[0]!.id,
      direction: 'entry',
      code: qr.json<{ token: string }>().token,
    })
    assert.equal(gate.status, 201, gate.text)

    const coach = await cookieOf((a) => a.role === 'establishmentStaff')
    const trips = await call(coach, 'GET', '/api/v1/stays/establishments/DEMO-NX-001/trips')
    assert.equal(trips.status, 200, trips.text)
    assert.equal(
      trips.json<{ trips: { id: string }[] }>().trips.length,
      1,
      'one trip for today, made once',
    )
    const board = async () =>
      call(
        coach,
        'POST',
        `${API}/trips/${trips.json<{ trips: { id: string }[] }>().trips[0]!.id}/boardings`,
        {
          code: (await call(resident, 'POST', '/api/v1/identity/qr')).json<{ token: string }>()
            .token,
        },
      )
    const boarded = await board()
    assert.equal(boarded.status, 201, boarded.text)
    assert.equal((await board()).status, 409)

    // Today's train, made once, the residents ticketed: the station's staff board one.
    const trains = await call(staff, 'GET', `${API}/train-trips`)
    assert.equal(trains.status, 200, trains.text)
    const [train, ...more] = trains.json<{ trips: { id: string; sold: number }[] }>().trips
    assert.equal(more.length, 0, 'one train for today, made once')
    const residents = accounts.filter((a) => !a.role).length
    assert.equal(train?.sold, residents)
    const qrAgain = await call(resident, 'POST', '/api/v1/identity/qr')
    const onTrain = await call(staff, 'POST', `${API}/train-trips/${train.id}/boardings`, {
      code: qrAgain.json<{ token: string }>().token,
    })
    assert.equal(onTrain.status, 201, onTrain.text)
  })
})
