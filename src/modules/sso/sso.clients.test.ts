import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose'
import * as oidc from 'openid-client'
import {
  enrol,
  pickResident,
  type Actor,
  useListeningApp,
  describeOnEngines,
  UserAgent,
  refusalOf,
  TODAY,
} from '../../../test/kit/index.js'
import { provinceOfCommune, seedPopulation } from '../population/index.js'
import { anySubject, oauthError, relyingParties, type Registered } from './sso.test-support.js'

describeOnEngines('client registry, consent and machine clients', (db) => {
  const served = useListeningApp(db)
  let admin: Actor
  let resident: Actor
  const rp = relyingParties(served, () => admin)
  const app = () => served().app

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 26, today: TODAY })
    resident = await enrol(app(), db())
    const province = await provinceOfCommune(db().db, resident.communeCode)
    admin = await enrol(app(), db(), { role: 'administrator', unitCodes: [province] })
  })

  const consents = async () =>
    (
      await app().inject({
        method: 'GET',
        url: '/api/v1/me/consents',
        headers: { cookie: resident.cookie },
      })
    ).json<{ clientId: string; claims: string[] }[]>()

  it('releases the personal number only under its scope, with consent remembered until revoked', async () => {
    const health = await rp.register({ name: 'Bệnh viện tỉnh' }, 'https://bv.example.vn/cb')
    const scope = { scope: 'openid profile personal_number' }
    const first = await rp.signIn(health, resident, scope)
    const info = await oidc.fetchUserInfo(
      first.config,
      first.tokens.access_token,
      first.tokens.claims()!.sub,
    )
    assert.equal(info.personal_number, resident.personalNumber)
    const given = (await consents()).find((c) => c.clientId === health.clientId)
    assert.ok(given?.claims.includes('personal_number'))

    const config = await rp.discover(health)
    const quiet = new UserAgent(served().origin)
    const again = await rp.authorize(config, scope, health.callback)
    let prompts = 0
    const at = (await quiet.follow(again.url, health.callback)).url
    assert.match(at, /\/sso\/interaction\//)
    const uid = /interaction\/([^/?]+)/.exec(at)![1]!
    const login = await quiet.request(`/sso/interaction/${uid}/login`, {
      json: { personalNumber: resident.personalNumber, password: 'mật khẩu đủ dài 2026' },
    })
    const { redirectTo } = (await login.json()) as { redirectTo: string }
    const after = await quiet.follow(redirectTo, health.callback)
    if (after.url.includes('/sso/interaction/')) prompts++
    assert.equal(prompts, 0, 'consent is remembered for the client')

    const revoke = await app().inject({
      method: 'DELETE',
      url: `/api/v1/me/consents/${health.clientId}`,
      headers: { cookie: resident.cookie },
    })
    assert.equal(revoke.statusCode, 204)
    await assert.rejects(
      oidc.fetchUserInfo(first.config, first.tokens.access_token, anySubject),
      'tokens given under the consent are revoked with it',
    )
    assert.equal((await consents()).length, 0)
    const asked = await rp.authorize(config, scope, health.callback)
    const fresh = new UserAgent(served().origin)
    const declined = new URL(
      await rp.signInAt(fresh, asked.url, resident, {
        consent: false,
        callback: health.callback,
      }),
    )
    assert.equal(declined.searchParams.get('error'), 'access_denied', 'asked again, and declined')
  })

  async function machine(body: Record<string, unknown>): Promise<Registered> {
    const response = await app().inject({
      method: 'POST',
      url: '/api/v1/sso/clients',
      headers: { cookie: admin.cookie },
      payload: { kind: 'machine', authMethod: 'client_secret_basic', ...body },
    })
    assert.equal(response.statusCode, 201, response.body)
    return { ...response.json<Omit<Registered, 'callback'>>(), callback: '' }
  }

  const readResident = (token: string, number: string) =>
    app().inject({
      method: 'GET',
      url: `/api/v1/population/residents/${number}?purpose=residence_management`,
      headers: { authorization: `Bearer ${token}` },
    })

  it('gives a machine client API tokens bounded by its role, units and scopes', async () => {
    const system = await machine({
      name: 'Phần mềm công an xã',
      role: 'communePolice',
      unitCodes: [resident.communeCode],
      scopes: ['population.resident.read'],
    })
    const config = await rp.discover(system)
    const granted = await oidc.clientCredentialsGrant(config, { scope: 'population.resident.read' })
    assert.equal(
      (await readResident(granted.access_token, resident.personalNumber)).statusCode,
      200,
    )
    const elsewhere = await pickResident(db(), `commune_code <> '${resident.communeCode}'`)
    // Outside its units, answered as a number that does not exist (issue 17 item 4).
    const outside = await readResident(granted.access_token, elsewhere.personalNumber)
    assert.equal(outside.statusCode, 404)
    assert.equal(refusalOf(outside).code, 'POPULATION_RESIDENT_NOT_FOUND')

    const unscoped = await oidc.clientCredentialsGrant(config)
    assert.equal(
      (await readResident(unscoped.access_token, resident.personalNumber)).statusCode,
      403,
    )
    await assert.rejects(
      oidc.clientCredentialsGrant(config, { scope: 'identity.staff.manage' }),
      oauthError('invalid_scope'),
    )

    const rotated = await app().inject({
      method: 'POST',
      url: `/api/v1/sso/clients/${system.clientId}/secret`,
      headers: { cookie: admin.cookie },
    })
    assert.equal(rotated.statusCode, 200)
    await assert.rejects(oidc.clientCredentialsGrant(config), oauthError('invalid_client'))
    const renewed = await rp.discover({ ...system, ...rotated.json<{ clientSecret: string }>() })
    const fresh = await oidc.clientCredentialsGrant(renewed, { scope: 'population.resident.read' })

    const disabled = await app().inject({
      method: 'DELETE',
      url: `/api/v1/sso/clients/${system.clientId}`,
      headers: { cookie: admin.cookie },
    })
    assert.equal(disabled.statusCode, 204)
    assert.equal((await readResident(fresh.access_token, resident.personalNumber)).statusCode, 401)
    await assert.rejects(oidc.clientCredentialsGrant(renewed), oauthError('invalid_client'))
  })

  /** A machine client that authenticates with its own key (private_key_jwt), ready to ask. */
  async function keyClient(name: string) {
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true })
    const jwk = await exportJWK(publicKey)
    const kid = await calculateJwkThumbprint(jwk)
    const system = await machine({
      name,
      authMethod: 'private_key_jwt',
      jwks: { keys: [{ ...jwk, kid, alg: 'ES256', use: 'sig' }] },
      role: 'communeOfficer',
      unitCodes: [resident.communeCode],
      scopes: ['population.resident.read'],
    })
    const config = await oidc.discovery(
      rp.issuer(),
      system.clientId,
      undefined,
      oidc.PrivateKeyJwt({ key: privateKey, kid }),
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the test server speaks plain http
      { execute: [oidc.allowInsecureRequests] },
    )
    return { system, config }
  }

  const rotate = (clientId: string) =>
    app().inject({
      method: 'POST',
      url: `/api/v1/sso/clients/${clientId}/secret`,
      headers: { cookie: admin.cookie },
    })

  it('revokes the tokens issued under a secret the moment it is rotated', async () => {
    const system = await machine({
      name: 'Phần mềm công an xã (đổi khoá)',
      role: 'communePolice',
      unitCodes: [resident.communeCode],
      scopes: ['population.resident.read'],
    })
    const scope = { scope: 'population.resident.read' }
    const before = await oidc.clientCredentialsGrant(await rp.discover(system), scope)
    const read = (token: string) => readResident(token, resident.personalNumber)
    assert.equal((await read(before.access_token)).statusCode, 200)

    const rotated = await rotate(system.clientId)
    assert.equal(rotated.statusCode, 200)
    assert.equal((await read(before.access_token)).statusCode, 401, 'issued under the old secret')
    const renewed = { ...system, ...rotated.json<{ clientSecret: string }>() }
    const after = await oidc.clientCredentialsGrant(await rp.discover(renewed), scope)
    assert.equal((await read(after.access_token)).statusCode, 200, 'issued under the new one')

    // A person's sign-in at a web client: its access token (for userinfo) goes with the secret.
    const portal = await rp.register(
      { name: 'Cổng dịch vụ (đổi khoá)' },
      'https://cv.example.vn/cb',
    )
    const signedIn = await rp.signIn(portal, resident)
    const token = signedIn.tokens.access_token
    await oidc.fetchUserInfo(signedIn.config, token, anySubject)
    assert.equal((await rotate(portal.clientId)).statusCode, 200)
    await assert.rejects(oidc.fetchUserInfo(signedIn.config, token, anySubject))
  })

  it('refuses to rotate the secret of a key-authenticated client, leaving its tokens alone', async () => {
    const { system, config } = await keyClient('Hệ thống khoá riêng')
    const granted = await oidc.clientCredentialsGrant(config, { scope: 'population.resident.read' })
    assert.equal((await rotate(system.clientId)).statusCode, 422)
    assert.equal(
      (await readResident(granted.access_token, resident.personalNumber)).statusCode,
      200,
    )
  })

  it("lets a bank's system record a resident's payment account, in its own name only", async () => {
    const bank = await machine({
      name: 'Ngân hàng thương mại',
      role: 'partnerSystem',
      agencyCode: 'VCB',
      scopes: ['identity.links.record'],
    })
    const config = await rp.discover(bank)
    const { access_token: token } = await oidc.clientCredentialsGrant(config, {
      scope: 'identity.links.record',
    })
    const record = (payload: Record<string, unknown>) =>
      app().inject({
        method: 'POST',
        url: `/api/v1/identity/accounts/${resident.personalNumber}/links`,
        headers: { authorization: `Bearer ${token}` },
        payload,
      })
    const recorded = await record({ kind: 'paymentAccount', on: '2026-11-20' })
    assert.equal(recorded.statusCode, 200, recorded.body)
    assert.equal(recorded.json<{ provider: string }>().provider, 'VCB')
    assert.equal((await record({ kind: 'paymentAccount', on: '2099-01-01' })).statusCode, 422)
    assert.equal(
      (await record({ kind: 'paymentAccount', on: '2026-11-20', provider: 'other' })).statusCode,
      400,
      'the provider is never taken from the request',
    )
    const me = await app().inject({
      method: 'GET',
      url: '/api/v1/identity/me',
      headers: { cookie: resident.cookie },
    })
    const account = me.json<{ conditions: { paymentAccount: boolean } }>()
    assert.equal(account.conditions.paymentAccount, true)
  })

  it('authenticates a machine client by its own key (private_key_jwt)', async () => {
    const { system, config } = await keyClient('Hệ thống lưu trú khách sạn')
    assert.equal(system.clientSecret, undefined, 'no secret for a key-authenticated client')
    const granted = await oidc.clientCredentialsGrant(config, { scope: 'population.resident.read' })
    assert.equal(
      (await readResident(granted.access_token, resident.personalNumber)).statusCode,
      200,
    )
  })

  it('refuses registrations that would be unsafe', async () => {
    const cases: [Record<string, unknown>, number][] = [
      [{ kind: 'web', name: 'x', redirectUris: ['http://portal.example.vn/cb'] }, 422],
      [
        {
          kind: 'web',
          name: 'x',
          redirectUris: ['https://a.example.vn/cb', 'https://b.example.vn/cb'],
        },
        422,
      ],
      [{ kind: 'web', name: 'x', redirectUris: ['https://a.example.vn/cb#frag'] }, 422],
      [{ kind: 'web', name: 'x', redirectUris: ['not a url'] }, 422],
      [{ kind: 'machine', name: 'x', role: 'analyst', scopes: ['population.resident.read'] }, 422],
      [{ kind: 'machine', name: 'x', authMethod: 'private_key_jwt', role: 'analyst' }, 422],
      [{ kind: 'machine', name: 'x', role: 'communePolice', unitCodes: ['01'] }, 403],
      [{ kind: 'web', name: 'x', redirectUris: ['https://a.example.vn/cb'], secret: 'mine' }, 400],
    ]
    for (const [body, status] of cases) {
      const response = await app().inject({
        method: 'POST',
        url: '/api/v1/sso/clients',
        headers: { cookie: admin.cookie },
        payload: { authMethod: 'client_secret_basic', ...body },
      })
      assert.equal(response.statusCode, status, JSON.stringify(body))
    }
  })

  it('signs the web app in through the provider: the browser gets a session cookie, never a token', async () => {
    const agent = new UserAgent(served().origin)
    const start = await agent.request('/auth/login?returnTo=/me/qr')
    assert.equal(start.status, 303)
    const home = `${served().origin}/me/qr`
    const landed = await rp.signInAt(agent, start.headers.get('location')!, resident, {
      callback: home,
    })
    assert.equal(landed, home)
    assert.ok(agent.cookieNames().includes('cds_session'))
    for (const name of agent.cookieNames()) assert.doesNotMatch(name, /token/i)
    const me = await agent.request('/api/v1/identity/me')
    assert.equal(me.status, 200)
    assert.equal(
      ((await me.json()) as { personalNumber: string }).personalNumber,
      resident.personalNumber,
    )

    const out = await agent.request('/auth/logout', { method: 'POST' })
    const { redirectTo } = (await out.json()) as { redirectTo: string }
    assert.match(redirectTo, /\/oidc\/session\/end\?/)
    assert.equal((await agent.request('/api/v1/identity/me')).status, 401)
  })

  it('sends an outside return address home instead', async () => {
    const start = await new UserAgent(served().origin).request(
      '/auth/login?returnTo=//evil.example',
    )
    const cookie = start.headers.getSetCookie().find((c) => c.startsWith('cds_auth='))!
    const flow = JSON.parse(
      Buffer.from(cookie.split(';')[0]!.slice(9), 'base64url').toString(),
    ) as {
      returnTo: string
    }
    assert.equal(flow.returnTo, '/')
  })
})
