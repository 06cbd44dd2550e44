import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { useApp, describeOnEngines, assertRefusal } from '../../../../test/kit/index.js'
import { ensureAdminUnits } from '../index.js'

describeOnEngines('administrative units over HTTP', (db) => {
  const app = useApp(db)
  before(async () => {
    await db().db.transaction(async (tx) => {
      await ensureAdminUnits(tx)
    })
  })
  const get = (url: string) => app().inject({ method: 'GET', url: `/api/v1/population${url}` })

  it('lists the 34 provinces after the 2025 reform and the 63 before it', async () => {
    const now = await get('/units?asOf=2025-08-01')
    assert.equal(now.statusCode, 200)
    assert.equal(now.json<{ units: unknown[] }>().units.length, 34)
    const before2025 = await get('/units?asOf=2025-01-15')
    assert.equal(before2025.json<{ units: unknown[] }>().units.length, 63)
  })

  it('gives the new Đồng Nai its 95 communes and wards', async () => {
    const res = await get('/units?parent=75&asOf=2025-07-01')
    const units = res.json<{ units: { type: string; level: string }[] }>().units
    assert.equal(units.length, 95)
    assert.equal(units.filter((u) => u.type === 'Phường').length, 23)
    assert.ok(units.every((u) => u.level === 'commune'))
  })

  it('resolves a unit with its parent chain in the structure of the day', async () => {
    const old = await get('/units/25993?asOf=2025-03-01')
    assert.equal(old.statusCode, 200)
    const unit = old.json<{ name: string; parents: { code: string; level: string }[] }>()
    assert.equal(unit.name, 'Phường Trảng Dài')
    assert.deepEqual(
      unit.parents.map((p) => [p.code, p.level]),
      [
        ['731', 'district'],
        ['75', 'province'],
      ],
    )
  })

  it('keeps the communes Đồng Nai merged on 1 November 2024 until that day', async () => {
    assert.equal((await get('/units/26026?asOf=2024-10-31')).statusCode, 200)
    const gone = await get('/units/26026?asOf=2024-11-01')
    const error = assertRefusal<{ validPeriods: unknown[] }>(gone, {
      status: 404,
      code: 'POPULATION_UNIT_NOT_FOUND',
    })
    assert.equal(error.details.validPeriods.length, 1)
  })

  it('resolves an old commune, district and province to what they became', async () => {
    const commune = await get('/units/25195/successors?asOf=2025-03-01')
    assert.deepEqual(
      commune.json<{ successors: { code: string }[] }>().successors.map((s) => s.code),
      ['25195'],
      'a unit still in force is its own successor',
    )
    const merged = await get('/units/25198/successors?asOf=2025-07-01')
    const body = merged.json<{
      unit: { name: string }
      successors: { code: string; name: string; coverage: string }[]
    }>()
    assert.equal(body.unit.name, 'Phường Tân Đồng')
    assert.deepEqual(
      body.successors.map((s) => [s.code, s.name, s.coverage]),
      [['25195', 'Phường Bình Phước', 'full']],
    )
    const province = await get('/units/70/successors?asOf=2025-07-01')
    assert.deepEqual(
      province.json<{ successors: { code: string }[] }>().successors.map((s) => s.code),
      ['75'],
    )
    const district = await get('/units/731/successors?asOf=2025-07-01')
    const parts = district.json<{ successors: { coverage: string }[] }>().successors
    assert.ok(parts.length > 1 && parts.every((s) => s.coverage === 'partial'))
  })

  it('refuses bad input with specific codes', async () => {
    const cases: [string, number, string][] = [
      ['/units/7A', 400, 'REQUEST_INVALID'],
      ['/units/99999', 404, 'POPULATION_UNIT_NOT_FOUND'],
      ['/units?parent=99', 404, 'POPULATION_UNIT_NOT_FOUND'],
      ['/units?asOf=2025-02-30', 400, 'POPULATION_AS_OF_INVALID'],
      ['/units?asOf=01-07-2025', 400, 'REQUEST_INVALID'],
      ['/units?asOf=2999-01-01', 422, 'POPULATION_AS_OF_IN_FUTURE'],
      ['/units?unknown=1', 400, 'REQUEST_INVALID'],
      ['/units/26026/successors?asOf=2025-07-01', 404, 'POPULATION_SUCCESSOR_UNKNOWN'],
    ]
    for (const [url, status, code] of cases) {
      const res = await get(url)
      const error = assertRefusal(res, { status, code }, url)
      assert.ok(error.message.length > 0 && error.requestId.length > 0, url)
    }
  })
})
