import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import * as oidc from 'openid-client'
import {
  enrol,
  type Actor,
  useListeningApp,
  describeOnEngines,
  UserAgent,
  TODAY,
} from '../../../test/kit/index.js'
import { currentTotp } from '../identity/index.js'
import { provinceOfCommune, seedPopulation } from '../population/index.js'
import {
  CALLBACK,
  LEVEL_2,
  anySubject,
  oauthError,
  relyingParties,
  type Registered,
} from './sso.test-support.js'

describeOnEngines('single sign-on refusals', (db) => {
  const served = useListeningApp(db)
  let admin: Actor
  let resident: Actor
  let portal: Registered
  const rp = relyingParties(served, () => admin)

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 25, today: TODAY })
    resident = await enrol(served().app, db())
    const province = await provinceOfCommune(db().db, resident.communeCode)
    admin = await enrol(served().app, db(), { role: 'administrator', unitCodes: [province] })
    portal = await rp.register({ name: 'Cổng dịch vụ công tỉnh' })
  })

  /** Where the provider sends a fresh browser for an authorization request, without signing in. */
  async function firstHop(params: Record<string, string>) {
    const config = await rp.discover(portal)
    const url = new URL(config.serverMetadata().authorization_endpoint!)
    for (const [k, v] of Object.entries({ client_id: portal.clientId, ...params }))
      url.searchParams.set(k, v)
    return new UserAgent(served().origin).request(url.href)
  }

  it('refuses an authorization request without PKCE, or with the plain method', async () => {
    const base = { redirect_uri: CALLBACK, response_type: 'code', scope: 'openid', state: 's' }
    for (const pkce of [
      {} as Record<string, string>,
      { code_challenge: 'x'.repeat(43), code_challenge_method: 'plain' },
    ]) {
      const response = await firstHop({ ...base, ...pkce })
      const location = new URL(response.headers.get('location')!)
      assert.equal(location.origin + location.pathname, CALLBACK)
      assert.equal(location.searchParams.get('error'), 'invalid_request')
    }
  })

  it('refuses implicit and hybrid flows', async () => {
    for (const responseType of ['id_token', 'code id_token', 'token']) {
      const response = await firstHop({
        redirect_uri: CALLBACK,
        response_type: responseType,
        scope: 'openid',
        nonce: 'n',
        code_challenge: 'x'.repeat(43),
        code_challenge_method: 'S256',
      })
      const location = response.headers.get('location') ?? ''
      assert.match(location, /error=unsupported_response_type/, responseType)
    }
  })

  it('never redirects to a URI the client did not register, not even a near one', async () => {
    for (const redirect of [`${CALLBACK}/`, `${CALLBACK}?x=1`, 'https://evil.example/callback']) {
      const config = await rp.discover(portal)
      const request = await rp.authorize(config, {}, redirect)
      const response = await new UserAgent(served().origin).request(request.url)
      assert.equal(response.status, 400, redirect)
      assert.equal(response.headers.get('location'), null)
      assert.match(await response.text(), /redirect_uri/)
    }
  })

  it('takes a code once: a replay fails and revokes what the code gave', async () => {
    const config = await rp.discover(portal)
    const request = await rp.authorize(config)
    const callback = await rp.signInAt(new UserAgent(served().origin), request.url, resident)
    const checks = { pkceCodeVerifier: request.verifier, expectedState: request.state }
    const tokens = await oidc.authorizationCodeGrant(config, new URL(callback), checks)
    await assert.rejects(
      oidc.authorizationCodeGrant(config, new URL(callback), checks),
      oauthError('invalid_grant'),
    )
    await assert.rejects(
      oidc.fetchUserInfo(config, tokens.access_token, anySubject),
      (e: unknown) => JSON.stringify((e as { cause?: unknown }).cause).includes('invalid_token'),
      'the access token from the replayed code is revoked',
    )
  })

  it('refuses an expired code and a wrong verifier', async () => {
    const config = await rp.discover(portal)
    for (const spoil of ['expire', 'verifier'] as const) {
      const request = await rp.authorize(config)
      const callback = await rp.signInAt(new UserAgent(served().origin), request.url, resident)
      const code = new URL(callback).searchParams.get('code')!
      if (spoil === 'expire')
        await db().query(
          `UPDATE sso_payloads SET expires_at = now() - interval '1 second'
            WHERE model = 'AuthorizationCode' AND id = $1`,
          [code],
        )
      await assert.rejects(
        oidc.authorizationCodeGrant(config, new URL(callback), {
          pkceCodeVerifier: spoil === 'verifier' ? oidc.randomPKCECodeVerifier() : request.verifier,
          expectedState: request.state,
        }),
        oauthError('invalid_grant'),
        spoil,
      )
    }
  })

  it('answers a level-2 request for a level-1 account with a clear refusal', async () => {
    const config = await rp.discover(portal)
    const agent = new UserAgent(served().origin)
    const request = await rp.authorize(config, { acr_values: LEVEL_2 })
    const callback = new URL(await rp.signInAt(agent, request.url, resident))
    assert.equal(callback.searchParams.get('error'), 'unmet_authentication_requirements')
    assert.match(callback.searchParams.get('error_description') ?? '', /mức 2/)
    assert.equal(callback.searchParams.get('code'), null)

    const level2 = await enrol(served().app, db())
    await db().query(`UPDATE eid_accounts SET level = 2 WHERE id = $1`, [level2.accountId])
    const { tokens } = await rp.signIn(portal, level2, { acr_values: LEVEL_2 })
    assert.equal(tokens.claims()!.acr, LEVEL_2)
  })

  it('asks a session signed in at level 1 to sign in again for level 2, then refuses', async () => {
    const config = await rp.discover(portal)
    const agent = new UserAgent(served().origin)
    const first = await rp.authorize(config)
    await rp.signInAt(agent, first.url, resident)
    const second = await rp.authorize(config, { acr_values: LEVEL_2 })
    const hop = await agent.follow(second.url, CALLBACK)
    assert.match(hop.url, /\/sso\/interaction\//, 'not waved through on the level-1 session')
    const callback = new URL(await rp.signInAt(agent, second.url, resident))
    assert.equal(callback.searchParams.get('error'), 'unmet_authentication_requirements')
  })

  it('keeps the sign-in page usable after a wrong password, and checks the step order', async () => {
    const config = await rp.discover(portal)
    const agent = new UserAgent(served().origin)
    const at = (await agent.follow((await rp.authorize(config)).url, CALLBACK)).url
    const uid = /\/sso\/interaction\/([^/?]+)/.exec(at)![1]!
    const wrong = await agent.request(`/sso/interaction/${uid}/login`, {
      json: { personalNumber: resident.personalNumber, password: 'sai mật khẩu rồi 123' },
    })
    assert.equal(wrong.status, 401)
    const envelope = (await wrong.json()) as { error: { code: string } }
    assert.equal(envelope.error.code, 'IDENTITY_SIGN_IN_FAILED')
    const early = await agent.request(`/sso/interaction/${uid}/consent`, {
      json: { approve: true },
    })
    assert.equal(early.status, 409)
    const stranger = await new UserAgent(served().origin).request(`/sso/interaction/${uid}/details`)
    assert.equal(stranger.status, 404, 'the interaction belongs to the browser that started it')
  })

  it('asks for the second factor when the account has one', async () => {
    const setup = await served().app.inject({
      method: 'POST',
      url: '/api/v1/identity/totp',
      headers: { cookie: resident.cookie },
    })
    const { secret } = setup.json<{ secret: string }>()
    const confirmed = await served().app.inject({
      method: 'POST',
      url: '/api/v1/identity/totp/confirm',
      headers: { cookie: resident.cookie },
      payload: { code: currentTotp(secret) },
    })
    assert.equal(confirmed.statusCode, 200, confirmed.body)
    let asked = 0
    const secondFactor = () => {
      asked++
      // The setup spent the current code: the authenticator's next one.
      return currentTotp(secret, Date.now() + 30_000)
    }
    const { tokens } = await rp.signIn(portal, resident, {}, { secondFactor })
    assert.equal(asked, 1)
    assert.ok(tokens.claims()!.sub)
  })
})
