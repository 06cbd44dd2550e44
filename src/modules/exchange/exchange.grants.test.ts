import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import {
  TODAY,
  assertRefusal,
  describeOnEngines,
  enrol,
  useApp,
  type Actor,
} from '../../../test/kit/index.js'
import { provinceOfCommune, seedPopulation } from '../population/index.js'
import { exchangeClient } from './exchange.test-support.js'

describeOnEngines('exchange: members, services, grants and the catalogue', (db) => {
  const app = useApp(db)
  const x = exchangeClient(app)
  let admin: Actor
  let hospital: Actor
  let police: Actor
  let bank: Actor
  let serviceId: string

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 21, today: TODAY })
    const first = await enrol(app(), db())
    const province = await provinceOfCommune(db().db, first.communeCode)
    admin = await enrol(app(), db(), { role: 'administrator', unitCodes: [province] })
    const officer = (agencyCode: string) =>
      enrol(app(), db(), { role: 'departmentOfficer', unitCodes: [province], agencyCode })
    hospital = await officer('BVDKDN')
    police = await officer('CATINH')
    bank = await officer('NHCSXH')
    await x.member(admin, 'BVDKDN', 'hospital')
    await x.member(admin, 'CATINH')
    await x.member(admin, 'NHCSXH', 'bank')
    serviceId = (
      await x.service(admin, {
        providerCode: 'CATINH',
        code: 'residents',
        attributes: ['eidLevel', 'alive'],
        purposes: [
          { code: 'medical_checkin', name: 'Tiếp đón khám bệnh', legalBasis: 'Luật KCB 2023' },
          { code: 'loan', name: 'Cho vay', legalBasis: 'NĐ 78/2002' },
        ],
        target: { kind: 'http', url: 'https://catinh.example.vn/api' },
      })
    ).id
  })

  it('registers members and services once, refusing bad input with 4xx', async () => {
    const members = (await x.call(hospital, 'GET', '/members')).json<{ code: string }[]>()
    assert.deepEqual(
      members.map((m) => m.code),
      ['BVDKDN', 'CATINH', 'NHCSXH'],
    )
    const again = await x.call(admin, 'POST', '/members', {
      code: 'CATINH',
      name: 'x',
      type: 'agency',
      contacts: [],
    })
    assertRefusal(again, { status: 409, code: 'EXCHANGE_MEMBER_EXISTS' })
    const bad: [Record<string, unknown>, number][] = [
      [{ code: 'A', name: 'x', type: 'church', contacts: [] }, 400],
      [{ code: 'a b', name: 'x', type: 'agency', contacts: [] }, 400],
      [{ code: 'B', name: 'x', type: 'agency' }, 400],
      [{ code: 'B', name: 'x', type: 'agency', contacts: [{ email: 'no' }] }, 400],
      [{ code: 'B', name: { vi: 'x' }, type: 'agency', contacts: [] }, 400],
    ]
    for (const [body, status] of bad)
      assert.equal(
        (await x.call(admin, 'POST', '/members', body)).statusCode,
        status,
        JSON.stringify(body),
      )
    assert.equal(
      (
        await x.call(hospital, 'POST', '/members', {
          code: 'Z',
          name: 'z',
          type: 'other',
          contacts: [],
        })
      ).statusCode,
      403,
      'an officer registers no member',
    )

    const service = (body: Record<string, unknown>) =>
      x.call(admin, 'POST', '/services', {
        providerCode: 'CATINH',
        code: 'other',
        name: 'x',
        description: '',
        openapi: {},
        attributes: [],
        purposes: [{ code: 'p', name: 'p', legalBasis: 'l' }],
        rateLimitPerMinute: 10,
        target: { kind: 'http', url: 'https://catinh.example.vn/x' },
        ...body,
      })
    assertRefusal(await service({ code: 'residents' }), {
      status: 409,
      code: 'EXCHANGE_SERVICE_EXISTS',
    })
    assertRefusal(await service({ providerCode: 'NOBODY' }), {
      status: 404,
      code: 'EXCHANGE_MEMBER_NOT_FOUND',
    })
    for (const target of [
      { kind: 'http', url: 'ftp://x' },
      { kind: 'http', url: 'not a url' },
      { kind: 'builtin', name: 'no-such-thing' },
    ])
      assertRefusal(await service({ target }), { status: 422, code: 'EXCHANGE_SERVICE_INVALID' })
    for (const body of [
      { rateLimitPerMinute: 0 },
      { purposes: [] },
      { target: { kind: 'ftp' } },
      { attributes: ['not an attribute'] },
    ])
      assert.equal((await service(body)).statusCode, 400, JSON.stringify(body))
  })

  it('lists for a member the services of the others, refusing a member it does not administer', async () => {
    const catalogue = await x.call(hospital, 'GET', '/catalogue')
    assert.equal(catalogue.statusCode, 200)
    assert.deepEqual(
      catalogue.json<{ id: string }[]>().map((s) => s.id),
      [serviceId],
    )
    const own = (await x.call(police, 'GET', '/catalogue')).json<unknown[]>()
    assert.equal(own.length, 0, 'a member asks nothing of itself')
    assertRefusal(await x.call(hospital, 'GET', '/catalogue?member=NHCSXH'), {
      status: 403,
      code: 'EXCHANGE_NOT_YOUR_MEMBER',
    })
    assert.equal((await x.call(admin, 'GET', '/catalogue?member=NHCSXH')).statusCode, 200)
    assertRefusal(await x.call(admin, 'GET', '/catalogue?member=NOBODY'), {
      status: 404,
      code: 'EXCHANGE_MEMBER_NOT_FOUND',
    })
  })

  it("lists a member's own services to its administrator, every one to an administrator", async () => {
    const codes = async (actor: Actor, query = '') => {
      const response = await x.call(actor, 'GET', `/services${query}`)
      assert.equal(response.statusCode, 200, response.body)
      return response.json<{ id: string; providerCode: string }[]>().map((s) => s.id)
    }
    assert.deepEqual(await codes(police), [serviceId])
    assert.deepEqual(await codes(police, '?provider=CATINH'), [serviceId])
    assert.deepEqual(await codes(hospital), [], 'the hospital publishes nothing')
    assert.deepEqual(await codes(admin, '?provider=CATINH'), [serviceId])
    assert.deepEqual(await codes(admin, '?provider=NHCSXH'), [])
    assert.ok((await codes(admin)).includes(serviceId))
    assertRefusal(await x.call(hospital, 'GET', '/services?provider=CATINH'), {
      status: 403,
      code: 'EXCHANGE_NOT_YOUR_MEMBER',
    })
    const administered = async (actor: Actor) =>
      (await x.call(actor, 'GET', '/members/mine')).json<{ code: string }[]>().map((m) => m.code)
    assert.deepEqual(await administered(police), ['CATINH'])
    assert.deepEqual(await administered(admin), [], 'an administrator administers no member')
    for (const query of ['?provider=', '?provider=a%20b', '?other=1'])
      assert.equal((await x.call(admin, 'GET', `/services${query}`)).statusCode, 400, query)
  })

  it('lets the provider approve, narrow, refuse and revoke what consumers ask for', async () => {
    const ask = (actor: Actor, body: Record<string, unknown>) =>
      x.call(actor, 'POST', '/grants', {
        consumerCode: 'BVDKDN',
        serviceId,
        purposes: ['medical_checkin'],
        attributes: ['eidLevel'],
        ...body,
      })
    const asked = await ask(hospital, {})
    assert.equal(asked.statusCode, 201, asked.body)
    const { id } = asked.json<{ id: string }>()

    assertRefusal(await ask(bank, {}), { status: 403, code: 'EXCHANGE_NOT_YOUR_MEMBER' })
    assertRefusal(await ask(hospital, { purposes: ['surveillance'] }), {
      status: 422,
      code: 'EXCHANGE_GRANT_INVALID',
    })
    assertRefusal(await ask(hospital, { attributes: ['religion'] }), {
      status: 422,
      code: 'EXCHANGE_GRANT_INVALID',
    })
    assertRefusal(await ask(hospital, { expiresAt: '2001-01-01T00:00:00Z' }), {
      status: 422,
      code: 'EXCHANGE_GRANT_INVALID',
    })
    assertRefusal(await ask(hospital, { serviceId: '00000000-0000-4000-8000-000000000000' }), {
      status: 404,
      code: 'EXCHANGE_SERVICE_NOT_FOUND',
    })
    assert.equal((await ask(hospital, { serviceId: 'nope' })).statusCode, 400)
    assert.equal((await ask(hospital, { purposes: [] })).statusCode, 400)

    const approve = (actor: Actor, grantId: string, body: Record<string, unknown> = {}) =>
      x.call(actor, 'POST', `/grants/${grantId}/approve`, body)
    assertRefusal(await approve(hospital, id), { status: 404, code: 'EXCHANGE_GRANT_NOT_FOUND' })
    assertRefusal(await approve(bank, id), { status: 404, code: 'EXCHANGE_GRANT_NOT_FOUND' })
    assertRefusal(await approve(police, id, { attributes: ['religion'] }), {
      status: 422,
      code: 'EXCHANGE_GRANT_INVALID',
    })
    const approved = await approve(police, id, { attributes: [] })
    assert.equal(approved.statusCode, 200, approved.body)
    assert.equal(approved.json<{ status: string }>().status, 'approved')
    assert.deepEqual(approved.json<{ attributes: string[] }>().attributes, [], 'narrowed')
    assertRefusal(await approve(police, id), { status: 409, code: 'EXCHANGE_GRANT_DECIDED' })

    const revoked = await x.call(police, 'POST', `/grants/${id}/revoke`)
    assert.equal(revoked.json<{ status: string }>().status, 'revoked')
    const reason = 'Đối chiếu người bệnh khi tiếp đón'
    const second = (await ask(hospital, { reason })).json<{ id: string; reason: string }>()
    assert.equal(second.reason, reason)
    for (const body of [{ reason: '' }, { reason: 'x'.repeat(1001) }, { note: 'x' }])
      assert.equal(
        (await x.call(police, 'POST', `/grants/${second.id}/refuse`, body)).statusCode,
        400,
      )
    assert.equal((await ask(hospital, { reason: '' })).statusCode, 400)
    const refused = await x.call(police, 'POST', `/grants/${second.id}/refuse`, {
      reason: 'Chưa nêu căn cứ pháp lý',
    })
    assert.deepEqual(
      (({ status, decisionNote, reason: asked }) => ({ status, decisionNote, asked }))(
        refused.json<{ status: string; decisionNote: string; reason: string }>(),
      ),
      { status: 'refused', decisionNote: 'Chưa nêu căn cứ pháp lý', asked: reason },
    )
    assert.equal((await x.call(police, 'POST', '/grants/nope/refuse')).statusCode, 400)

    const seen = (actor: Actor) =>
      x.call(actor, 'GET', '/grants').then((r) => r.json<{ id: string }[]>().map((g) => g.id))
    assert.deepEqual((await seen(hospital)).sort(), [id, second.id].sort())
    assert.deepEqual((await seen(police)).sort(), [id, second.id].sort())
    assert.deepEqual(await seen(bank), [])
    assert.equal((await seen(admin)).length, 2)
  })
})
