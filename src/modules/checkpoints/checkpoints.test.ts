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
    otherSite = await openSite(app(), db(), admin, { communeCode: places.outside.communeCode })
    visitor = await enrol(app(), db(), { level: 2 })
  })

  const qrOf = async (who: Actor) =>
    (
      await call<{ token: string }>(
        app(),
        who,
        { method: 'POST', url: '/api/v1/identity/qr' },
        201,
      )
    ).token
  const scan = (desk: Actor, site: OpenSite, payload: object) =>
    app().inject({
      method: 'POST',
      url: `${API}/sites/${site.siteId}/passages`,
      headers: { cookie: desk.cookie },
      payload,
    })
  const occupancy = (who: Actor, site: OpenSite) =>
    call<Occupancy>(app(), who, { method: 'GET', url: `${API}/sites/${site.siteId}/occupancy` }, 200)

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
    assertRefusal(
      await scan(otherSite.staff, park, { ...payload, code: await qrOf(visitor) }),
      { status: 403, code: 'CHECKPOINTS_NOT_YOUR_SITE' },
    )
    assertRefusal(
      await scan(park.staff, park, { ...payload, gateId: otherSite.gates[0], code: await qrOf(visitor) }),
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
      app().inject({ method: 'POST', url: `${API}${url}`, payload, headers: { cookie: local.cookie } })
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
})
