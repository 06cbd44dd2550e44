import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, it } from 'node:test'
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose'
import * as oidc from 'openid-client'
import {
  TODAY,
  assertRefusal,
  describeOnEngines,
  enrol,
  useListeningApp,
  type Actor,
} from '../../../test/kit/index.js'
import { provinceOfCommune, seedPopulation } from '../population/index.js'
import { exchangeKpi, verifyCallLog } from './index.js'
import { exchangeClient } from './exchange.test-support.js'

/** A member's own system, served by the test: echoes, waits past the timeout, or fails. */
async function providerSystem(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (c: Buffer) => chunks.push(c))
    request.on('end', () => {
      if (request.url?.startsWith('/api/slow')) {
        setTimeout(() => response.end('{}'), 1_500).unref()
        return
      }
      if (request.url?.startsWith('/api/boom')) {
        response.writeHead(500).end('internal')
        return
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          url: request.url,
          purpose: request.headers['x-purpose'],
          consumer: request.headers['x-exchange-consumer'],
          requestId: request.headers['x-request-id'],
          authorization: request.headers.authorization ?? null,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      )
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api` }
}

describeOnEngines('exchange: calls through the gateway', (db) => {
  const served = useListeningApp(db)
  const app = () => served().app
  const x = exchangeClient(app)
  let admin: Actor
  let provider: { server: Server; url: string }
  let hospitalToken: string
  let bankToken: string
  let person: { personal_number: string; full_name: string; birth_date: string }

  /** A member's system: an SSO machine client with its own key, through openid-client. */
  async function systemToken(agencyCode: string): Promise<string> {
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true })
    const jwk = await exportJWK(publicKey)
    const kid = await calculateJwkThumbprint(jwk)
    const registered = await app().inject({
      method: 'POST',
      url: '/api/v1/sso/clients',
      headers: { cookie: admin.cookie },
      payload: {
        kind: 'machine',
        name: `Hệ thống ${agencyCode}`,
        authMethod: 'private_key_jwt',
        jwks: { keys: [{ ...jwk, kid, alg: 'ES256', use: 'sig' }] },
        role: 'partnerSystem',
        agencyCode,
        scopes: ['exchange.call'],
      },
    })
    assert.equal(registered.statusCode, 201, registered.body)
    const config = await oidc.discovery(
      new URL(`${served().origin}/oidc`),
      registered.json<{ clientId: string }>().clientId,
      undefined,
      oidc.PrivateKeyJwt({ key: privateKey, kid }),
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the test server speaks plain http
      { execute: [oidc.allowInsecureRequests] },
    )
    const granted = await oidc.clientCredentialsGrant(config, { scope: 'exchange.call' })
    return granted.access_token
  }

  const call = (
    token: string | undefined,
    path: string,
    options: { purpose?: string; payload?: unknown; requestId?: string; method?: 'GET' } = {},
  ) =>
    app().inject({
      method: options.method ?? (options.payload === undefined ? 'GET' : 'POST'),
      url: `/x/${path}`,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(options.purpose ? { 'x-purpose': options.purpose } : {}),
        ...(options.requestId ? { 'x-request-id': options.requestId } : {}),
      },
      ...(options.payload === undefined ? {} : { payload: options.payload as object }),
    })

  before(async () => {
    provider = await providerSystem()
    await seedPopulation(db(), { scale: 1_000, seed: 25, today: TODAY })
    const first = await enrol(app(), db())
    const province = await provinceOfCommune(db().db, first.communeCode)
    admin = await enrol(app(), db(), { role: 'administrator', unitCodes: [province] })
    const officer = (agencyCode: string) =>
      enrol(app(), db(), { role: 'departmentOfficer', unitCodes: [province], agencyCode })
    const [police, health, hospital, bank] = [
      await officer('CATINH'),
      await officer('SOYTE'),
      await officer('BVDKDN'),
      await officer('NHCSXH'),
    ]
    for (const code of ['CATINH', 'SOYTE', 'BVDKDN', 'NHCSXH']) await x.member(admin, code)
    const purposes = [
      { code: 'medical_checkin', name: 'Tiếp đón khám bệnh', legalBasis: 'Luật KCB 2023' },
      { code: 'loan', name: 'Cho vay', legalBasis: 'NĐ 78/2002/NĐ-CP' },
    ]
    const residents = await x.service(admin, {
      providerCode: 'CATINH',
      code: 'residents',
      attributes: ['eidLevel', 'alive', 'communeCode'],
      purposes,
      rateLimitPerMinute: 10_000,
      target: { kind: 'builtin', name: 'resident-verification' },
    })
    const http = (code: string, rateLimitPerMinute: number) =>
      x.service(admin, {
        providerCode: 'SOYTE',
        code,
        purposes,
        rateLimitPerMinute,
        target: { kind: 'http', url: provider.url, timeoutMs: 300 },
      })
    // A service another module builds into the platform, published by its provider like any other.
    const eligibility = await x.service(admin, {
      providerCode: 'CATINH',
      code: 'eligibility',
      attributes: ['householdSize', 'age', 'alive'],
      purposes,
      target: { kind: 'builtin', name: 'eligibility-facts' },
    })
    await x.grant(bank, police, {
      consumerCode: 'NHCSXH',
      purposes: ['loan'],
      serviceId: eligibility.id,
      attributes: ['householdSize', 'age'],
    })
    const records = await http('records', 1_000)
    const limited = await http('limited', 2)
    const old = await http('old', 1_000)
    const ask = { consumerCode: 'BVDKDN', purposes: ['medical_checkin'] }
    await x.grant(hospital, police, {
      ...ask,
      serviceId: residents.id,
      attributes: ['eidLevel', 'alive'],
    })
    for (const service of [records, limited, old])
      await x.grant(hospital, health, { ...ask, serviceId: service.id })
    await db().query(
      `UPDATE exchange_grants SET expires_at = now() - interval '1 minute' WHERE service_id = $1`,
      [old.id],
    )
    hospitalToken = await systemToken('BVDKDN')
    bankToken = await systemToken('NHCSXH')
    person = (
      await db().query<typeof person>(
        `SELECT personal_number, full_name, birth_date::text FROM residents
        WHERE status = 'resident' ORDER BY personal_number LIMIT 1`,
      )
    )[0]!
  })

  after(() => provider.server.close())

  it('verifies a resident through the built-in, releasing only what the grant names', async () => {
    const question = {
      personalNumber: person.personal_number,
      fullName: person.full_name.toUpperCase(),
      birthDate: person.birth_date,
    }
    const matched = await call(hospitalToken, 'CATINH/residents/verify', {
      purpose: 'medical_checkin',
      payload: question,
      requestId: 'kham-benh-0001',
    })
    assert.equal(matched.statusCode, 200, matched.body)
    // The first resident by number is the one enrolled first: an eID account at level 1.
    assert.deepEqual(matched.json(), { match: true, eidLevel: 1, alive: true })
    assert.equal(matched.headers['x-request-id'], 'kham-benh-0001')

    const wrong = await call(hospitalToken, 'CATINH/residents/verify', {
      purpose: 'medical_checkin',
      payload: { ...question, birthDate: '1900-01-01' },
    })
    assert.deepEqual(wrong.json(), { match: false })
    assert.match(String(wrong.headers['x-request-id']), /^[\w-]{8,}$/, 'generated when absent')
    assertRefusal(
      await call(hospitalToken, 'CATINH/residents/verify', {
        purpose: 'medical_checkin',
        payload: { personalNumber: 'x' },
      }),
      { status: 400, code: 'EXCHANGE_BUILTIN_BODY_INVALID' },
    )
  })

  it('answers a service built in by another module only to the member granted it (model 20)', async () => {
    const question = {
      personalNumber: person.personal_number,
      fullName: person.full_name,
      birthDate: person.birth_date,
    }
    const facts = await call(bankToken, 'CATINH/eligibility', {
      purpose: 'loan',
      payload: question,
    })
    assert.equal(facts.statusCode, 200, facts.body)
    const body = facts.json<Record<string, unknown>>()
    assert.equal(body.match, true)
    assert.equal(typeof body.householdSize, 'number')
    assert.equal(typeof body.age, 'number')
    assert.equal(body.alive, undefined, 'alive is not in the grant')
    assertRefusal(
      await call(hospitalToken, 'CATINH/eligibility', { purpose: 'loan', payload: question }),
      { status: 403, code: 'EXCHANGE_NO_GRANT' },
    )
  })

  it('refuses before the provider: no token, another member, no or expired grant, purpose, rate, unknown service', async () => {
    const purpose = 'medical_checkin'
    assert.equal((await call(undefined, 'SOYTE/records/x', { purpose })).statusCode, 401)
    assertRefusal(await call(bankToken, 'SOYTE/records/x', { purpose }), {
      status: 403,
      code: 'EXCHANGE_NO_GRANT',
    })
    assertRefusal(await call(hospitalToken, 'SOYTE/old/x', { purpose }), {
      status: 403,
      code: 'EXCHANGE_NO_GRANT',
    })
    assertRefusal(await call(hospitalToken, 'SOYTE/records/x'), {
      status: 400,
      code: 'EXCHANGE_PURPOSE_MISSING',
    })
    assertRefusal(await call(hospitalToken, 'SOYTE/records/x', { purpose: 'loan' }), {
      status: 403,
      code: 'EXCHANGE_PURPOSE_NOT_GRANTED',
    })
    for (const path of ['SOYTE/nothing/x', 'NOBODY/records/x'])
      assertRefusal(await call(hospitalToken, path, { purpose }), {
        status: 404,
        code: 'EXCHANGE_SERVICE_NOT_FOUND',
      })
    assertRefusal(await call(hospitalToken, 'SOYTE/records/a/..%2F..%2Fadmin', { purpose }), {
      status: 400,
      code: 'EXCHANGE_PATH_INVALID',
    })
    assert.equal((await call(hospitalToken, 'SOYTE/limited/a', { purpose })).statusCode, 200)
    assert.equal((await call(hospitalToken, 'SOYTE/limited/a', { purpose })).statusCode, 200)
    const over = await call(hospitalToken, 'SOYTE/limited/a', { purpose })
    assertRefusal(over, { status: 429, code: 'EXCHANGE_RATE_LIMITED' })
    assert.ok(Number(over.headers['retry-after']) >= 1, 'Retry-After in seconds')
  })

  it("forwards to the member's system with purpose, consumer and request id, never the token", async () => {
    const answered = await call(hospitalToken, 'SOYTE/records/patients/7?from=2026-01-01', {
      purpose: 'medical_checkin',
      payload: { q: 'hồ sơ' },
      requestId: 'req-forward-1',
    })
    assert.equal(answered.statusCode, 200, answered.body)
    assert.deepEqual(answered.json(), {
      url: '/api/patients/7?from=2026-01-01',
      purpose: 'medical_checkin',
      consumer: 'BVDKDN',
      requestId: 'req-forward-1',
      authorization: null,
      body: JSON.stringify({ q: 'hồ sơ' }),
    })
  })

  it('answers 504 for a provider too slow and 502 for one that fails, in its own envelope, and logs both', async () => {
    const purpose = 'medical_checkin'
    assertRefusal(
      await call(hospitalToken, 'SOYTE/records/slow', { purpose, requestId: 'r-slow' }),
      {
        status: 504,
        code: 'EXCHANGE_PROVIDER_TIMEOUT',
      },
    )
    const failed = await call(hospitalToken, 'SOYTE/records/boom', { purpose, requestId: 'r-boom' })
    assertRefusal(failed, { status: 502, code: 'EXCHANGE_PROVIDER_FAILED' })

    const log = await x.call(admin, 'GET', '/calls?status=502')
    const entries = log.json<{ requestId: string; errorCode: string; consumerCode: string }[]>()
    assert.ok(
      entries.some((e) => e.requestId === 'r-boom' && e.errorCode === 'EXCHANGE_PROVIDER_FAILED'),
    )
    const timedOut = (await x.call(admin, 'GET', '/calls?consumer=BVDKDN&status=504')).json<
      { requestId: string }[]
    >()
    assert.deepEqual(
      timedOut.map((e) => e.requestId),
      ['r-slow'],
    )
  })

  it('logs every call after authentication, shown to the members concerned, chained and signed', async () => {
    const all = (await x.call(admin, 'GET', '/calls?limit=500')).json<
      { chainIndex: number; requestId: string; consumerCode: string; status: number }[]
    >()
    assert.ok(
      all.some((e) => e.consumerCode === 'NHCSXH' && e.status === 403),
      'refusals too',
    )
    const window = `from=${encodeURIComponent(new Date(Date.now() - 3_600_000).toISOString())}`
    const forwarded = await x.call(admin, 'GET', `/calls?service=records&${window}`)
    assert.ok(forwarded.json<unknown[]>().length >= 3)
    assert.equal((await x.call(admin, 'GET', '/calls?status=abc')).statusCode, 400)
    assert.equal((await x.call(admin, 'GET', '/calls?from=yesterday')).statusCode, 400)
    const byPurpose = (await x.call(admin, 'GET', '/calls?purpose=loan&limit=500')).json<
      { purpose: string | null }[]
    >()
    assert.ok(byPurpose.length > 0 && byPurpose.length < all.length)
    assert.ok(byPurpose.every((e) => e.purpose === 'loan'))
    // Pages follow each other by the last chain index seen, newest first, none twice.
    type Entry = { chainIndex: number }
    const first = (await x.call(admin, 'GET', '/calls?limit=2')).json<Entry[]>()
    const next = (
      await x.call(admin, 'GET', `/calls?limit=2&before=${first.at(-1)!.chainIndex}`)
    ).json<Entry[]>()
    assert.deepEqual(
      [...first, ...next].map((e) => e.chainIndex),
      all.slice(0, 4).map((e) => e.chainIndex),
    )
    for (const query of ['purpose=Loan!', 'purpose=', 'before=0', 'before=x', 'limit=501'])
      assert.equal((await x.call(admin, 'GET', `/calls?${query}`)).statusCode, 400, query)

    const today = new Date().toISOString().slice(0, 10)
    const kpi = await exchangeKpi(db().db, { from: '2026-01-01', to: today })
    assert.deepEqual(
      { members: kpi.members, services: kpi.servicesPublished, calls: kpi.calls },
      { members: 4, services: 5, calls: all.length },
    )
    const verified = await verifyCallLog(db().db)
    assert.equal(verified.ok, true, JSON.stringify(verified))
    assert.equal(verified.checked, all.length)

    const [victim] = await db().query<{ chain_index: number }>(
      `SELECT chain_index FROM exchange_calls WHERE request_id = 'r-boom'`,
    )
    await db().query(`UPDATE exchange_calls SET status = 200 WHERE chain_index = $1`, [
      victim!.chain_index,
    ])
    const tampered = await verifyCallLog(db().db)
    assert.deepEqual(tampered.ok ? null : tampered.firstBroken, {
      chainIndex: victim!.chain_index,
      reason: 'EXCHANGE_HASH_MISMATCH',
    })
  })
})
