import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import {
  answerAs as call,
  assertRefusal,
  describeOnEngines,
  enrol,
  seedTwoCommunes,
  useApp,
  type Actor,
  type TwoCommunes,
} from '../../../test/kit/index.js'
import { API, openSite, type OpenSite } from './checkpoints.test-support.js'
import { checkpointsKpi } from './index.js'
import { vietnamDate } from '../../platform/time/vietnam.js'

interface ScanAnswer {
  passage: { id: number; direction: string; method: string; flag: string | null }
  fullName: string
  occupancy: number
}
interface Occupancy {
  inside: number
  gates: { gateId: string; inside: number }[]
}

describeOnEngines('checkpoints: sites, gates and passages', (db) => {
  const app = useApp(db)
  let places: TwoCommunes
  let admin: Actor
  let park: OpenSite
  let visitor: Actor
  let otherSite: OpenSite

  before(async () => {
    places = await seedTwoCommunes(db())
    admin = await enrol(app(), db(), {
      role: 'administrator',
      unitCodes: [places.inside.communeCode, places.outside.communeCode],
    })
    park = await openSite(app(), db(), admin, { communeCode: places.inside.communeCode })
    otherSite = await openSite(app(), db(), admin, {
      communeCode: places.outside.communeCode,
      kind: 'industrialPark',
    })
    visitor = await enrol(app(), db(), { level: 2 })
  })

  const qrOf = async (who: Actor) =>
    (await call<{ token: string }>(app(), who, { method: 'POST', url: '/api/v1/identity/qr' }, 201))
      .token
  const scan = (desk: Actor, site: OpenSite, payload: object) =>
    app().inject({
      method: 'POST',
      url: `${API}/sites/${site.siteId}/passages`,
      headers: { cookie: desk.cookie },
      payload,
    })
  const occupancy = (who: Actor, site: OpenSite) =>
    call<Occupancy>(
      app(),
      who,
      { method: 'GET', url: `${API}/sites/${site.siteId}/occupancy` },
      200,
    )

  it('records an entry and an exit by identity QR, with the occupancy following', async () => {
    const entry = await scan(park.staff, park, {
      gateId: park.gates[0],
      direction: 'entry',
      code: await qrOf(visitor),
    })
    assert.equal(entry.statusCode, 201, entry.body)
    const entered = entry.json<ScanAnswer>()
    assert.equal(entered.passage.method, 'identityQr')
    assert.equal(entered.passage.flag, null)
    assert.equal(entered.occupancy, 1)
    const live = await occupancy(park.staff, park)
    assert.equal(live.inside, 1)
    assert.equal(live.gates.find((g) => g.gateId === park.gates[0])?.inside, 1)

    const exit = await scan(park.staff, park, {
      gateId: park.gates[1],
      direction: 'exit',
      code: await qrOf(visitor),
    })
    assert.equal(exit.statusCode, 201, exit.body)
    assert.equal(exit.json<ScanAnswer>().occupancy, 0)
    assert.equal((await occupancy(park.staff, park)).inside, 0)
  })

  it('flags an exit without entry and a second entry, and records both', async () => {
    const out = await scan(park.staff, park, {
      gateId: park.gates[0],
      direction: 'exit',
      code: await qrOf(visitor),
    })
    assert.equal(out.json<ScanAnswer>().passage.flag, 'exitWithoutEntry')
    for (const expected of [null, 'entryTwice']) {
      const entry = await scan(park.staff, park, {
        gateId: park.gates[0],
        direction: 'entry',
        code: await qrOf(visitor),
      })
      assert.equal(entry.json<ScanAnswer>().passage.flag, expected)
    }
    assert.equal((await occupancy(park.staff, park)).inside, 1)
  })

  it('refuses a replayed or forged QR and another operator’s site, writing nothing', async () => {
    const token = await qrOf(visitor)
    const payload = { gateId: park.gates[0], direction: 'entry', code: token }
    assert.equal((await scan(park.staff, park, payload)).statusCode, 201)
    const before = (await occupancy(park.staff, park)).inside
    assertRefusal(await scan(park.staff, park, payload), {
      status: 409,
      code: 'VERIFICATION_TOKEN_REPLAYED',
    })
    assertRefusal(await scan(park.staff, park, { ...payload, code: `${token.slice(0, -4)}AAAA` }), {
      status: 422,
      code: 'VERIFICATION_TOKEN_REFUSED',
    })
    assertRefusal(await scan(park.staff, park, { ...payload, code: 'not a code' }), {
      status: 422,
      code: 'VERIFICATION_CODE_UNREADABLE',
    })
    assertRefusal(await scan(otherSite.staff, park, { ...payload, code: await qrOf(visitor) }), {
      status: 403,
      code: 'CHECKPOINTS_NOT_YOUR_SITE',
    })
    assertRefusal(
      await scan(park.staff, park, {
        ...payload,
        gateId: otherSite.gates[0],
        code: await qrOf(visitor),
      }),
      { status: 404, code: 'CHECKPOINTS_GATE_NOT_FOUND' },
    )
    assertRefusal(await scan(park.staff, park, { ...payload, direction: 'sideways' }), {
      status: 400,
      code: 'REQUEST_INVALID',
    })
    assert.equal((await occupancy(park.staff, park)).inside, before)
  })

  it('lets police read the sites of their communes only; operators see their own', async () => {
    const police = await enrol(app(), db(), {
      role: 'communePolice',
      unitCodes: [places.inside.communeCode],
    })
    const sites = await call<{ sites: { id: string }[] }>(
      app(),
      police,
      { method: 'GET', url: `${API}/sites` },
      200,
    )
    assert.deepEqual(
      sites.sites.map((s) => s.id),
      [park.siteId],
    )
    assert.equal((await occupancy(police, park)).inside >= 0, true)
    assertRefusal(
      await app().inject({
        method: 'GET',
        url: `${API}/sites/${otherSite.siteId}/occupancy`,
        headers: { cookie: police.cookie },
      }),
      { status: 403, code: 'CHECKPOINTS_NOT_YOUR_SITE' },
    )
    const own = await call<{ sites: { id: string }[] }>(
      app(),
      park.staff,
      { method: 'GET', url: `${API}/sites` },
      200,
    )
    assert.deepEqual(
      own.sites.map((s) => s.id),
      [park.siteId],
    )
    assertRefusal(
      await app().inject({
        method: 'GET',
        url: `${API}/sites/${otherSite.siteId}/occupancy`,
        headers: { cookie: park.staff.cookie },
      }),
      { status: 403, code: 'CHECKPOINTS_NOT_YOUR_SITE' },
    )
  })

  it('refuses an operator or site outside the administrator’s units and bad input', async () => {
    const local = await enrol(app(), db(), {
      role: 'administrator',
      unitCodes: [places.inside.communeCode],
    })
    const post = (url: string, payload: object) =>
      app().inject({
        method: 'POST',
        url: `${API}${url}`,
        payload,
        headers: { cookie: local.cookie },
      })
    assertRefusal(
      await post('/operators', { name: 'Ga Biên Hòa', communeCode: places.outside.communeCode }),
      { status: 403, code: 'AUTH_OUTSIDE_JURISDICTION' },
    )
    assertRefusal(await post('/operators', { name: 'Ga Biên Hòa', communeCode: '99999' }), {
      status: 422,
      code: 'CHECKPOINTS_UNIT_UNKNOWN',
    })
    assertRefusal(
      await post('/sites', {
        operatorId: otherSite.operatorId,
        kind: 'railwayStation',
        name: 'Ga',
        communeCode: places.inside.communeCode,
      }),
      { status: 403, code: 'AUTH_OUTSIDE_JURISDICTION' },
    )
    assertRefusal(
      await post(`/sites/${park.siteId}/camera-keys`, {
        name: 'Khóa',
        publicJwk: { kty: 'RSA', crv: 'P-256', x: 'a', y: 'b' },
      }),
      { status: 422, code: 'CHECKPOINTS_KEY_INVALID' },
    )
    assertRefusal(await post(`/sites/${otherSite.siteId}/gates`, { name: 'Cổng' }), {
      status: 403,
      code: 'CHECKPOINTS_NOT_YOUR_SITE',
    })
  })

  interface BatchAnswer {
    received: number
    recorded: number
    duplicates: number
    flagged: number
  }
  const numbers = async (n: number) =>
    (
      await db().query<{ personal_number: string }>(
        `SELECT personal_number FROM residents ORDER BY personal_number LIMIT ${n}`,
      )
    ).map((r) => r.personal_number)
  const postBatch = (who: Actor, site: OpenSite, batch: string) =>
    app().inject({
      method: 'POST',
      url: `${API}/sites/${site.siteId}/camera-events`,
      headers: { cookie: who.cookie },
      payload: { batch },
    })

  it('records a camera batch once when it is sent twice, splitting workers from visitors', async () => {
    const site = otherSite
    const [worker, guest, late] = await numbers(3)
    await call(
      app(),
      site.staff,
      {
        method: 'POST',
        url: `${API}/sites/${site.siteId}/workers`,
        payload: { personalNumbers: [worker] },
      },
      200,
    )
    const event = (id: string, personalNumber: string, direction: string, at: string) => ({
      id,
      gateId: site.gates[0],
      direction,
      personalNumber,
      occurredAt: at,
    })
    const batch = await site.sign({
      siteId: site.siteId,
      events: [
        event('cam-1', worker!, 'entry', '2026-12-01T01:00:00Z'),
        event('cam-2', guest!, 'entry', '2026-12-01T01:10:00Z'),
        event('cam-3', late!, 'exit', '2026-12-01T02:00:00Z'),
        event('cam-4', guest!, 'exit', '2026-12-01T02:30:00Z'),
      ],
    })
    const first = await postBatch(site.system, site, batch)
    assert.equal(first.statusCode, 200, first.body)
    assert.deepEqual(first.json<BatchAnswer>(), {
      received: 4,
      recorded: 4,
      duplicates: 0,
      flagged: 1,
    })
    const again = await postBatch(site.system, site, batch)
    assert.deepEqual(again.json<BatchAnswer>(), {
      received: 4,
      recorded: 0,
      duplicates: 4,
      flagged: 0,
    })
    assert.equal((await occupancy(site.staff, site)).inside, 1)

    // An event older than the person's last one arrives late: recorded, flagged, state unchanged.
    const older = await site.sign({
      siteId: site.siteId,
      events: [event('cam-5', guest!, 'entry', '2026-12-01T02:20:00Z')],
    })
    assert.deepEqual((await postBatch(site.system, site, older)).json<BatchAnswer>(), {
      received: 1,
      recorded: 1,
      duplicates: 0,
      flagged: 1,
    })
    assert.equal((await occupancy(site.staff, site)).inside, 1)

    const visits = await call<{
      hours: { hour: string; entries: number; exits: number }[]
      days: { date: string; entries: number; exits: number }[]
      byVisitorKind: { visitorKind: string; entries: number }[]
      bySex: { entries: number }[]
    }>(
      app(),
      site.staff,
      { method: 'GET', url: `${API}/sites/${site.siteId}/visits?from=2026-12-01&to=2026-12-01` },
      200,
    )
    assert.deepEqual(visits.days, [{ date: '2026-12-01', entries: 3, exits: 2 }])
    assert.deepEqual(
      visits.hours.map((h) => [h.hour, h.entries, h.exits]),
      [
        ['2026-12-01T01:00:00.000Z', 2, 0],
        ['2026-12-01T02:00:00.000Z', 1, 2],
      ],
    )
    assert.deepEqual(visits.byVisitorKind, [
      { visitorKind: 'visitor', entries: 2 },
      { visitorKind: 'worker', entries: 1 },
    ])
    assert.equal(
      visits.bySex.reduce((sum, s) => sum + s.entries, 0),
      3,
    )
  })

  it('refuses a batch with a bad signature, a duplicate id or from another operator', async () => {
    const site = otherSite
    // Someone the earlier batch did not see, so the last batch flags nothing.
    const person = (await numbers(4))[3]
    const event = {
      id: 'dup',
      gateId: site.gates[1],
      direction: 'entry',
      personalNumber: person,
      occurredAt: '2026-12-02T01:00:00Z',
    }
    const good = await site.sign({ siteId: site.siteId, events: [event] })
    const forged = await park.sign({ siteId: site.siteId, events: [event] })
    assertRefusal(await postBatch(site.system, site, forged), {
      status: 401,
      code: 'CHECKPOINTS_BATCH_SIGNATURE',
    })
    assertRefusal(await postBatch(site.system, site, `${good.slice(0, -6)}AAAAAA`), {
      status: 401,
      code: 'CHECKPOINTS_BATCH_SIGNATURE',
    })
    assertRefusal(await postBatch(site.system, site, 'garbage'), {
      status: 400,
      code: 'CHECKPOINTS_BATCH_UNREADABLE',
    })
    assertRefusal(
      await postBatch(
        site.system,
        site,
        await site.sign({ siteId: site.siteId, events: [event, event] }),
      ),
      { status: 422, code: 'CHECKPOINTS_BATCH_DUPLICATE_ID' },
    )
    assertRefusal(
      await postBatch(
        site.system,
        site,
        await site.sign({
          siteId: site.siteId,
          events: [{ ...event, personalNumber: '999999999999' }],
        }),
      ),
      { status: 422, code: 'CHECKPOINTS_PERSONAL_NUMBER_INVALID' },
    )
    assertRefusal(
      await postBatch(
        site.system,
        site,
        await site.sign({ siteId: site.siteId, events: [{ ...event, gateId: park.gates[0] }] }),
      ),
      { status: 404, code: 'CHECKPOINTS_GATE_NOT_FOUND' },
    )
    assertRefusal(await postBatch(park.system, site, good), {
      status: 403,
      code: 'CHECKPOINTS_NOT_YOUR_SITE',
    })
    assertRefusal(await postBatch(site.staff, site, good), { status: 403, code: 'AUTH_FORBIDDEN' })
    // Nothing of the refused batches was written: the good one is still new.
    assert.deepEqual((await postBatch(site.system, site, good)).json<BatchAnswer>(), {
      received: 1,
      recorded: 1,
      duplicates: 0,
      flagged: 0,
    })
  })

  it('counts sites onboarded and passages recorded for the plan (models 13-15)', async () => {
    // Sites count once created (today); the camera batches fell on 1 and 2 December.
    const day = { from: '2026-12-01', to: vietnamDate(new Date()) }
    assert.deepEqual(await checkpointsKpi(db().db, 'industrialPark', day), {
      sites: 1,
      passages: 6,
      byCamera: 6,
      flagged: 2,
    })
    assert.equal((await checkpointsKpi(db().db, 'railwayStation', day)).sites, 0)
  })
})
