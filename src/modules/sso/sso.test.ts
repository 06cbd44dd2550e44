import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, it } from 'node:test'
import * as oidc from 'openid-client'
import {
  enrol,
  type Actor,
  useListeningApp,
  describeOnEngines,
  UserAgent,
  refusalOf,
  TODAY,
} from '../../../test/kit/index.js'
import { provinceOfCommune, seedPopulation } from '../population/index.js'
import {
  CALLBACK,
  LEVEL_1,
  LEVEL_2,
  RP,
  oauthError,
  relyingParties,
  type Registered,
} from './sso.test-support.js'

describeOnEngines('single sign-on through a real OpenID relying party', (db) => {
  const served = useListeningApp(db)
  let admin: Actor
  let resident: Actor
  let level2: Actor
  let portal: Registered
  let other: Registered
  const rp = relyingParties(served, () => admin)
  /** A system's sector identifier document (OpenID Connect Core 8.1), served over the loopback. */
  const sectorDocuments = new Map<string, unknown>()
  const sectorServer = createServer((request, response) => {
    const document = sectorDocuments.get(request.url ?? '')
    response.writeHead(document ? 200 : 404, { 'content-type': 'application/json' })
    response.end(JSON.stringify(document ?? {}))
  })
  const sectorUri = (path: string, redirectUris: unknown) => {
    sectorDocuments.set(path, redirectUris)
    return `http://127.0.0.1:${(sectorServer.address() as AddressInfo).port}${path}`
  }

  before(async () => {
    await new Promise<void>((resolve) => sectorServer.listen(0, '127.0.0.1', resolve))
    await seedPopulation(db(), { scale: 1_000, seed: 24, today: TODAY })
    resident = await enrol(served().app, db())
    const province = await provinceOfCommune(db().db, resident.communeCode)
    admin = await enrol(served().app, db(), { role: 'administrator', unitCodes: [province] })
    level2 = await enrol(served().app, db())
    await db().query(`UPDATE eid_accounts SET level = 2 WHERE id = $1`, [level2.accountId])
    portal = await rp.register({
      name: 'Cổng dịch vụ công tỉnh',
      postLogoutRedirectUris: [`${RP}/`],
    })
    other = await rp.register({ name: 'Hệ thống y tế' }, 'https://yte.example.vn/callback')
  })
  after(() => new Promise((resolve) => sectorServer.close(resolve)))

  it('publishes discovery with code flow, PKCE S256 and both eID levels', async () => {
    const metadata = (await rp.discover(portal)).serverMetadata()
    assert.equal(metadata.issuer, rp.issuer().href)
    assert.deepEqual(metadata.response_types_supported, ['code'])
    assert.deepEqual(metadata.code_challenge_methods_supported, ['S256'])
    assert.ok(metadata.acr_values_supported?.includes(LEVEL_2))
    assert.ok(metadata.subject_types_supported?.includes('pairwise'))
  })

  it('signs a resident in: code + PKCE, token, userinfo, rotating refresh, logout', async () => {
    const config = await rp.discover(portal)
    const agent = new UserAgent(served().origin)
    const request = await rp.authorize(config, {
      nonce: 'n-0S6_WzA2Mj',
      acr_values: `${LEVEL_1} ${LEVEL_2}`,
    })
    const callback = await rp.signInAt(agent, request.url, resident)
    const tokens = await oidc.authorizationCodeGrant(config, new URL(callback), {
      pkceCodeVerifier: request.verifier,
      expectedState: request.state,
      expectedNonce: 'n-0S6_WzA2Mj',
    })
    const claims = tokens.claims()!
    assert.equal(claims.acr, LEVEL_1)
    const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)
    assert.ok(typeof userinfo.name === 'string' && userinfo.name.length > 0)
    assert.equal(userinfo.eid_level, 1)
    assert.equal(userinfo.personal_number, undefined, 'the number needs its own scope')

    assert.ok(tokens.refresh_token)
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token)
    assert.ok(refreshed.refresh_token && refreshed.refresh_token !== tokens.refresh_token)
    await assert.rejects(
      oidc.refreshTokenGrant(config, tokens.refresh_token),
      oauthError('invalid_grant'),
      'a rotated refresh token is spent',
    )

    const logout = oidc.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token!,
      post_logout_redirect_uri: `${RP}/`,
    })
    const html = await (await agent.request(logout.href)).text()
    assert.match(html, /Đăng xuất/)
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1]
    assert.ok(xsrf)
    const ended = await agent.request('/oidc/session/end/confirm', {
      form: { xsrf, logout: 'yes' },
    })
    assert.equal(ended.headers.get('location'), `${RP}/`)
    const again = await agent.follow((await rp.authorize(config)).url, CALLBACK)
    assert.match(again.url, /\/sso\/interaction\//, 'signed out: the next visit asks to sign in')
  })

  it('gives each client its own subject for the same person', async () => {
    const a = (await rp.signIn(portal, resident)).tokens.claims()!.sub
    const b = (await rp.signIn(other, resident)).tokens.claims()!.sub
    assert.notEqual(a, b)
    assert.notEqual(a, resident.accountId)
    const again = (await rp.signIn(portal, resident)).tokens.claims()!.sub
    assert.equal(again, a, 'stable for one client')
  })

  it('gives two systems on one host their own subjects, and one sector its shared one', async () => {
    const callbacks = ['https://dvc.example.vn/a/callback', 'https://dvc.example.vn/b/callback']
    const [a, b] = await Promise.all(
      callbacks.map((callback, i) => rp.register({ name: `Hệ thống ${i}` }, callback)),
    )
    const subjectAt = async (client: Registered) =>
      (await rp.signIn(client, resident)).tokens.claims()!.sub
    assert.notEqual(await subjectAt(a!), await subjectAt(b!), 'one host, two systems')

    const hosts = ['https://benhvien.example.vn/cb', 'https://tiemchung.example.vn/cb']
    const sector = sectorUri('/yte.json', hosts)
    const [h, v] = await Promise.all(
      hosts.map((callback, i) =>
        rp.register({ name: `Y tế ${i}`, sectorIdentifierUri: sector }, callback),
      ),
    )
    assert.equal(await subjectAt(h!), await subjectAt(v!), 'one sector across its hosts')
    assert.notEqual(await subjectAt(h!), await subjectAt(a!))
  })

  it('registers a sector identifier only when its document lists the redirect URIs', async () => {
    const port = (sectorServer.address() as AddressInfo).port
    const refused = [
      sectorUri('/other.json', ['https://other.example.vn/cb']),
      sectorUri('/object.json', { redirect_uris: ['https://x.example.vn/cb'] }),
      `http://127.0.0.1:${port}/missing.json`,
      'https://sector.example.vn/x.json#frag',
      'not a url',
    ]
    for (const uri of refused) {
      const response = await served().app.inject({
        method: 'POST',
        url: '/api/v1/sso/clients',
        headers: { cookie: admin.cookie },
        payload: {
          kind: 'web',
          name: 'x',
          authMethod: 'client_secret_basic',
          redirectUris: ['https://x.example.vn/cb'],
          sectorIdentifierUri: uri,
        },
      })
      assert.equal(response.statusCode, 422, `${uri}: ${response.body}`)
      assert.equal(refusalOf(response).code, 'SSO_CLIENT_INVALID')
    }
  })

  it('names the eID level in every ID token, asked for or not', async () => {
    const { tokens, config } = await rp.signIn(portal, resident)
    assert.equal(tokens.claims()!.acr, LEVEL_1)
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!)
    assert.equal(refreshed.claims()!.acr, LEVEL_1, 'and in the one a refresh brings')
    assert.equal((await rp.signIn(portal, level2)).tokens.claims()!.acr, LEVEL_2)
  })

  it('honours an essential acr in the claims request, or refuses it', async () => {
    const essential = (acr: Record<string, unknown>) => ({
      claims: JSON.stringify({ id_token: { acr: { essential: true, ...acr } } }),
    })
    const refused = async (who: Actor, extra: Record<string, string>) => {
      const config = await rp.discover(portal)
      const request = await rp.authorize(config, extra)
      const agent = new UserAgent(served().origin)
      return new URL(await rp.signInAt(agent, request.url, who)).searchParams.get('error')
    }
    assert.equal(
      await refused(resident, essential({ values: [LEVEL_2] })),
      'unmet_authentication_requirements',
    )
    assert.equal(
      await refused(level2, essential({ value: 'urn:other:loa' })),
      'unmet_authentication_requirements',
    )
    const at = async (who: Actor, acr: Record<string, unknown>) =>
      (await rp.signIn(portal, who, essential(acr))).tokens.claims()!.acr
    assert.equal(await at(level2, { values: [LEVEL_2] }), LEVEL_2)
    assert.equal(await at(level2, { value: LEVEL_1 }), LEVEL_1, 'exactly the value asked for')
    assert.equal(await at(resident, { values: [LEVEL_1, LEVEL_2] }), LEVEL_1)
  })

  it('releases nothing more through the claims request than the scopes do', async () => {
    const config = await rp.discover(portal)
    const request = await rp.authorize(config, {
      claims: JSON.stringify({ userinfo: { personal_number: { essential: true } } }),
    })
    const response = await new UserAgent(served().origin).request(request.url)
    const location = new URL(response.headers.get('location')!)
    assert.equal(location.origin + location.pathname, CALLBACK)
    assert.equal(location.searchParams.get('error'), 'invalid_request')
  })

  it('lets another person sign in when a client steps up to level 2', async () => {
    const config = await rp.discover(portal)
    const agent = new UserAgent(served().origin)
    const first = await rp.authorize(config)
    const before = await oidc.authorizationCodeGrant(
      config,
      new URL(await rp.signInAt(agent, first.url, resident)),
      { pkceCodeVerifier: first.verifier, expectedState: first.state },
    )
    const second = await rp.authorize(config, { acr_values: LEVEL_2 })
    const callback = new URL(await rp.signInAt(agent, second.url, level2))
    assert.equal(callback.searchParams.get('error'), null, callback.href)
    const after = await oidc.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: second.verifier,
      expectedState: second.state,
    })
    assert.equal(after.claims()!.acr, LEVEL_2)
    assert.notEqual(after.claims()!.sub, before.claims()!.sub)
    await assert.rejects(
      oidc.fetchUserInfo(config, before.access_token, before.claims()!.sub),
      (e: unknown) => JSON.stringify((e as { cause?: unknown }).cause).includes('invalid_token'),
      "the first person's tokens went with their sign-out",
    )
  })
})
