import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import type { InjectOptions } from 'fastify'
import {
  NOW,
  TODAY,
  assertRefusal,
  describeOnEngines,
  enrol,
  seedTwoCommunes,
  useApp,
  type Actor,
} from '../../../../test/kit/index.js'
import { fineArticle, seedVehicles } from '../index.js'

const URL_ = '/api/v1/fines/violations'

interface Violation {
  id: string
  plate: string
  vehicleClass: string
  articleCode: string
  fine: number
  status: string
  source: string
  ownerFound: boolean
}

describeOnEngines('violations recorded by the police (model 18)', (db) => {
  const app = useApp(db)
  let police: Actor
  let otherPolice: Actor
  let resident: Actor
  let places: { inside: string; outside: string }
  let ownedCar: { plate: string; owner: string }

  const as = (who: Actor | undefined, request: InjectOptions) =>
    app().inject({
      ...request,
      headers: { ...request.headers, ...(who ? { cookie: who.cookie } : {}) },
    })
  const body = (over: Record<string, unknown> = {}) => ({
    plate: ownedCar.plate,
    articleCode: '168-6-9-b',
    fine: fineArticle('168-6-9-b').minFine,
    communeCode: places.inside,
    occurredAt: new Date(NOW.getTime() - 3_600_000).toISOString(),
    ...over,
  })
  const record = (who: Actor | undefined, over: Record<string, unknown> = {}) =>
    as(who, { method: 'POST', url: URL_, payload: body(over) })

  before(async () => {
    const { inside, outside } = await seedTwoCommunes(db())
    places = { inside: inside.communeCode, outside: outside.communeCode }
    await seedVehicles(db(), { seed: 3, today: TODAY })
    const [car] = await db().query<{ plate: string; owner_number: string }>(
      `SELECT plate, owner_number FROM vehicles
        WHERE vehicle_class = 'car' AND owner_kind = 'resident' ORDER BY plate LIMIT 1`,
    )
    ownedCar = { plate: car!.plate, owner: car!.owner_number }
    police = await enrol(app(), db(), {
      role: 'communePolice',
      where: `commune_code = '${places.inside}'`,
    })
    otherPolice = await enrol(app(), db(), {
      role: 'communePolice',
      where: `commune_code = '${places.outside}'`,
    })
    resident = await enrol(app(), db(), { where: `commune_code = '${places.inside}'` })
  })

  it("records a violation in the officer's commune and links it to the registered owner", async () => {
    const response = await record(police)
    assert.equal(response.statusCode, 201, response.body)
    const violation = response.json<Violation>()
    assert.equal(violation.plate, ownedCar.plate)
    assert.equal(violation.vehicleClass, 'car')
    assert.equal(violation.status, 'notified')
    assert.equal(violation.source, 'officer')
    assert.equal(violation.ownerFound, true)
    assert.ok(!response.body.includes(ownedCar.owner), 'the owner is not named to the recorder')
    const [row] = await db().query<{ owner_number: string; fine: string | number }>(
      'SELECT owner_number, fine FROM fine_violations WHERE id = $1',
      [violation.id],
    )
    assert.ok(row, 'the violation is stored')
    assert.equal(row.owner_number, ownedCar.owner)
    assert.equal(Number(row.fine), fineArticle('168-6-9-b').minFine)
  })

  it('records a plate the registry does not know, with no owner to tell', async () => {
    const response = await record(police, {
      plate: '51-F1 999.99',
      articleCode: '168-7-2-h',
      fine: 500_000,
    })
    assert.equal(response.statusCode, 201, response.body)
    assert.equal(response.json<Violation>().ownerFound, false)
  })

  it('refuses bad input with specific codes and writes nothing', async () => {
    const [{ n: before }] = (await db().query<{ n: number }>(
      'SELECT count(*)::int AS n FROM fine_violations',
    )) as [{ n: number }]
    const cases: [Record<string, unknown>, number, string][] = [
      [{ plate: '60A12345' }, 422, 'FINES_PLATE_INVALID'],
      [{ plate: '60-B1 123.45' }, 422, 'FINES_VEHICLE_CLASS_MISMATCH'],
      [{ articleCode: '168-99-1-a' }, 422, 'FINES_ARTICLE_UNKNOWN'],
      [{ fine: fineArticle('168-6-9-b').maxFine + 1 }, 422, 'FINES_FINE_OUT_OF_RANGE'],
      [{ fine: fineArticle('168-6-9-b').minFine - 1 }, 422, 'FINES_FINE_OUT_OF_RANGE'],
      [{ communeCode: '99999' }, 422, 'FINES_COMMUNE_UNKNOWN'],
      [
        { occurredAt: new Date(Date.now() + 86_400_000).toISOString() },
        422,
        'FINES_OCCURRED_IN_FUTURE',
      ],
      [{ fine: 'many' }, 400, 'REQUEST_INVALID'],
    ]
    for (const [over, status, code] of cases)
      assertRefusal(await record(police, over), { status, code }, JSON.stringify(over))
    const [{ n: after }] = (await db().query<{ n: number }>(
      'SELECT count(*)::int AS n FROM fine_violations',
    )) as [{ n: number }]
    assert.equal(after, before)
  })

  it('lets only the police record, and only in their communes', async () => {
    assertRefusal(await record(otherPolice), { status: 403, code: 'AUTH_OUTSIDE_JURISDICTION' })
    assertRefusal(await record(resident), { status: 403, code: 'AUTH_FORBIDDEN' })
    assertRefusal(await record(undefined), { status: 401, code: 'AUTH_REQUIRED' })
    assert.equal((await record(otherPolice, { communeCode: places.outside })).statusCode, 201)
  })

  it('lists the fine table for the police to pick an article, with its range', async () => {
    const list = (who: Actor | undefined) =>
      as(who, { method: 'GET', url: '/api/v1/fines/articles' })
    const response = await list(police)
    assert.equal(response.statusCode, 200, response.body)
    const { decree, items } = response.json<{
      decree: string
      items: { code: string; minFine: number; maxFine: number; vi: string; en: string }[]
    }>()
    assert.equal(decree, '168/2024/NĐ-CP')
    const redLight = items.find((a) => a.code === '168-6-9-b')
    assert.ok(redLight, 'the red-light article is listed')
    assert.equal(redLight.minFine, fineArticle('168-6-9-b').minFine)
    assert.equal(redLight.maxFine, fineArticle('168-6-9-b').maxFine)
    assert.ok(redLight.vi.length > 0 && redLight.en.length > 0)
    assertRefusal(await list(resident), { status: 403, code: 'AUTH_FORBIDDEN' })
    assertRefusal(await list(undefined), { status: 401, code: 'AUTH_REQUIRED' })
  })
})
