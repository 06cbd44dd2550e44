import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { before, it } from 'node:test'
import type { InjectOptions } from 'fastify'
import {
  assertRefusal,
  describeOnEngines,
  enrol,
  pickResident,
  seedTwoCommunes,
  sideCase,
  useApp,
  walkScopeCases,
  type Actor,
  type Side,
} from '../../../test/kit/index.js'
import { verifiedSellerClaim, verifiedSellersKpi } from './index.js'

const BASE = '/api/v1/businesses'

interface Business {
  id: string
  registrationNumber: string
  status: string
  marketplace: boolean
}
interface Commune {
  communeCode: string
  communeName: string
  sellers: Record<string, unknown>[]
}

describeOnEngines('household businesses and verified sellers (model 22)', (db) => {
  const app = useApp(db)
  let officer: Actor
  let otherOfficer: Actor
  let department: Actor
  let resident: Actor
  let seller: Actor
  let levelOne: Actor
  let places: { inside: string; outside: string }
  const ids = { inside: '', outside: '' }
  let serial = 0

  const as = (who: Actor | undefined, request: InjectOptions) =>
    app().inject({
      ...request,
      headers: { ...request.headers, ...(who ? { cookie: who.cookie } : {}) },
    })

  const body = (over: Record<string, unknown> = {}) => ({
    registrationNumber: `47A80${String(++serial).padStart(5, '0')}`,
    name: 'Hộ kinh doanh Bưởi Tân Triều',
    ownerNumber: seller.personalNumber,
    communeCode: officer.communeCode,
    address: 'Ấp 1',
    tradeCode: 'fruit_orchard',
    shopUrl: 'https://dacsan.example.vn/shop/buoi',
    ...over,
  })

  async function register(who: Actor, over: Record<string, unknown> = {}): Promise<Business> {
    const response = await as(who, { method: 'POST', url: BASE, payload: body(over) })
    assert.equal(response.statusCode, 201, response.body)
    return response.json<Business>()
  }

  const sellers = async (query = '') => {
    const response = await app().inject({ method: 'GET', url: `${BASE}/sellers${query}` })
    assert.equal(response.statusCode, 200, response.body)
    return response.json<Commune[]>()
  }

  before(async () => {
    const { inside, outside } = await seedTwoCommunes(db())
    places = { inside: inside.communeCode, outside: outside.communeCode }
    const here = `commune_code = '${places.inside}'`
    officer = await enrol(app(), db(), { role: 'communeOfficer', where: here })
    otherOfficer = await enrol(app(), db(), {
      role: 'communeOfficer',
      where: `commune_code = '${places.outside}'`,
    })
    department = await enrol(app(), db(), {
      role: 'departmentOfficer',
      unitCodes: ['75'],
      agencyCode: 'SVHTTDL',
    })
    resident = await enrol(app(), db(), { where: here })
    seller = await enrol(app(), db(), { where: here, level: 2 })
    levelOne = await enrol(app(), db(), { where: here })
  })

  it('lists the trades, marking those of tourism and local specialties', async () => {
    const response = await app().inject({ method: 'GET', url: `${BASE}/trades` })
    const trades = response.json<{ code: string; marketplace: boolean }[]>()
    assert.ok(trades.find((t) => t.code === 'ocop_product')?.marketplace)
    assert.equal(trades.find((t) => t.code === 'grocery')?.marketplace, false)
  })

  it('registers a business of the commune and lists it as a verified seller, owner unnamed', async () => {
    const business = await register(officer)
    ids.inside = business.id
    assert.equal(business.status, 'active')
    assert.equal(business.marketplace, true)
    assert.ok(!JSON.stringify(business).includes(seller.personalNumber))

    const listed = await as(officer, { method: 'GET', url: BASE })
    assert.deepEqual(
      listed.json<Business[]>().map((b) => b.id),
      [business.id],
    )
    const read = await as(department, { method: 'GET', url: `${BASE}/${business.id}` })
    assert.equal(read.statusCode, 200, 'the province department reads the register')

    const communes = await sellers()
    assert.equal(communes.length, 1)
    assert.equal(communes[0]!.communeCode, officer.communeCode)
    assert.deepEqual(Object.keys(communes[0]!.sellers[0]!).sort(), [
      'communeCode',
      'communeName',
      'name',
      'shopUrl',
      'tradeCode',
      'tradeEn',
      'tradeVi',
    ])
    assert.ok(!JSON.stringify(communes).includes(seller.personalNumber))
    assert.deepEqual(await sellers(`?communeCode=${places.outside}`), [])
  })

  it('lists only sellers of eID level 2, of a marketplace trade, with a shop', async () => {
    await register(officer, { ownerNumber: levelOne.personalNumber, name: 'Chưa mức 2' })
    const grocer = await enrol(app(), db(), {
      where: `commune_code = '${places.inside}'`,
      level: 2,
    })
    await register(officer, { ownerNumber: grocer.personalNumber, tradeCode: 'grocery' })
    const noShop = await enrol(app(), db(), {
      where: `commune_code = '${places.inside}'`,
      level: 2,
    })
    await register(officer, { ownerNumber: noShop.personalNumber, shopUrl: undefined })
    const other = await pickResident(db(), `commune_code = '${places.inside}'`)
    await register(officer, { ownerNumber: other.personalNumber, name: 'Không tài khoản' })
    const names = (await sellers()).flatMap((c) => c.sellers.map((s) => s.name))
    assert.deepEqual(names, ['Hộ kinh doanh Bưởi Tân Triều'])
    assert.deepEqual(await verifiedSellersKpi(db().db), {
      total: 1,
      communes: [{ communeCode: places.inside, sellers: 1 }],
    })
  })

  it('gives the seller claim at eID level 2 only', async () => {
    const claim = await verifiedSellerClaim(db().db, {
      personalNumber: seller.personalNumber,
      level: 2,
    })
    assert.equal(claim.verified, true)
    assert.equal(claim.businesses[0]!.commune_code, officer.communeCode)
    assert.equal(claim.businesses[0]!.marketplace, true)
    assert.deepEqual(
      await verifiedSellerClaim(db().db, { personalNumber: seller.personalNumber, level: 1 }),
      { verified: false, businesses: [] },
    )
    const none = await verifiedSellerClaim(db().db, {
      personalNumber: resident.personalNumber,
      level: 2,
    })
    assert.equal(none.verified, false)
  })

  it('keeps one active business per owner and one entry per registration number', async () => {
    assertRefusal(await as(officer, { method: 'POST', url: BASE, payload: body() }), {
      status: 409,
      code: 'BUSINESS_OWNER_HAS_BUSINESS',
    })
    const taken = body({ ownerNumber: resident.personalNumber, registrationNumber: '47A8000001' })
    assertRefusal(await as(officer, { method: 'POST', url: BASE, payload: taken }), {
      status: 409,
      code: 'BUSINESS_REGISTRATION_NUMBER_TAKEN',
    })
  })

  it('refuses bad input with 4xx, never 5xx', async () => {
    const bad: [Record<string, unknown>, number, string?][] = [
      [{ registrationNumber: 12 }, 400],
      [{ name: '   ' }, 400],
      [{ ownerNumber: '12345' }, 400],
      [{ communeCode: 'abc' }, 400],
      [{ tradeCode: 'weapons' }, 400],
      [{ shopUrl: 'http://dacsan.example.vn/shop' }, 400],
      [{ shopUrl: 'javascript:alert(1)' }, 400],
      [{ extra: true }, 400],
      [{ communeCode: '99999' }, 422, 'BUSINESS_COMMUNE_UNKNOWN'],
      [{ ownerNumber: '075999999999' }, 422, 'BUSINESS_OWNER_UNKNOWN'],
    ]
    for (const [over, status, code] of bad) {
      const response = await as(officer, { method: 'POST', url: BASE, payload: body(over) })
      assert.equal(response.statusCode, status, `${JSON.stringify(over)}: ${response.body}`)
      if (code) assertRefusal(response, { status, code })
      assert.ok(!response.body.includes('075999999999'), 'no personal number in errors')
    }
    const missing = await as(officer, { method: 'POST', url: BASE, payload: { name: 'x' } })
    assert.equal(missing.statusCode, 400)
    assert.equal((await as(officer, { method: 'GET', url: `${BASE}/not-a-uuid` })).statusCode, 400)
    assertRefusal(await as(officer, { method: 'GET', url: `${BASE}/${randomUUID()}` }), {
      status: 404,
      code: 'BUSINESS_NOT_FOUND',
    })
    const end = (payload: unknown) =>
      as(officer, { method: 'POST', url: `${BASE}/${ids.inside}/end`, payload: payload as object })
    assert.equal((await end({})).statusCode, 400)
    assert.equal((await end({ reason: { text: 'x' } })).statusCode, 400)
    assert.equal(
      (await app().inject({ method: 'GET', url: `${BASE}/sellers?communeCode=x` })).statusCode,
      400,
    )
    assert.equal((await as(officer, { method: 'GET', url: `${BASE}?limit=0` })).statusCode, 400)
  })

  it('refuses residents and anonymous callers', async () => {
    assert.equal(
      (await as(undefined, { method: 'POST', url: BASE, payload: body() })).statusCode,
      401,
    )
    assert.equal(
      (await as(resident, { method: 'POST', url: BASE, payload: body() })).statusCode,
      403,
    )
    assert.equal(
      (await as(department, { method: 'POST', url: BASE, payload: body() })).statusCode,
      403,
    )
    assert.equal((await as(resident, { method: 'GET', url: BASE })).statusCode, 403)
  })

  it('registers nothing outside the officer commune and lists nothing of it', async () => {
    const outsider = await pickResident(db(), `commune_code = '${places.outside}'`)
    const response = await as(officer, {
      method: 'POST',
      url: BASE,
      payload: body({ communeCode: places.outside, ownerNumber: outsider.personalNumber }),
    })
    assertRefusal(response, { status: 403, code: 'AUTH_OUTSIDE_JURISDICTION' })
    const theirs = await register(otherOfficer, {
      communeCode: places.outside,
      ownerNumber: outsider.personalNumber,
    })
    ids.outside = theirs.id
    const listed = (await as(officer, { method: 'GET', url: `${BASE}?status=active` })).json<
      Business[]
    >()
    assert.ok(!listed.some((b) => b.id === theirs.id))
  })

  const request = (action: 'read' | 'end') => (side: Side) =>
    action === 'read'
      ? { method: 'GET' as const, url: `${BASE}/${ids[side]}` }
      : {
          method: 'POST' as const,
          url: `${BASE}/${ids[side]}/end`,
          payload: { reason: 'Ngừng kinh doanh' },
        }
  const refused = { status: 403, code: 'AUTH_OUTSIDE_JURISDICTION' }
  walkScopeCases(app, [
    sideCase(
      'GET /api/v1/businesses/:id',
      { role: 'communeOfficer', as: () => officer },
      request('read'),
      200,
      refused,
    ),
    sideCase(
      'POST /api/v1/businesses/:id/end',
      { role: 'communeOfficer', as: () => officer },
      request('end'),
      200,
      refused,
    ),
  ])

  it('ends a business once; an ended business is no longer a seller', async () => {
    const again = await as(officer, {
      method: 'POST',
      url: `${BASE}/${ids.inside}/end`,
      payload: { reason: 'Lần nữa' },
    })
    assertRefusal(again, { status: 409, code: 'BUSINESS_ALREADY_ENDED' })
    assert.deepEqual(await sellers(), [])
    const claim = await verifiedSellerClaim(db().db, {
      personalNumber: seller.personalNumber,
      level: 2,
    })
    assert.equal(claim.verified, false)
    // Ended, the owner may register a new business.
    await register(officer, { name: 'Hộ kinh doanh mới' })
  })
})
