import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import * as oidc from 'openid-client'
import { enrol, PASSWORD, type Actor } from '../../../test/actors.js'
import { useListeningApp } from '../../../test/app.js'
import { describeOnEngines } from '../../../test/harness.js'
import { UserAgent } from '../../../test/user-agent.js'
import { provinceOfCommune, seedPopulation } from '../population/index.js'

const RP = 'https://rp.example.vn'
const CALLBACK = `${RP}/callback`

interface Registered {
  clientId: string
  clientSecret: string
  callback: string
}
/** An OAuth error response from the provider, by its `error` code. */
const oauthError = (code: string) => (e: unknown) => (e as { error?: string }).error === code

const BOTH_LEVELS = 'urn:congdanso:eid:level1 urn:congdanso:eid:level2'

describeOnEngines('single sign-on through a real OpenID relying party', (db) => {
  const served = useListeningApp(db)
  let admin: Actor
  let resident: Actor
  let portal: Registered
  let other: Registered

  const http = () => served().app
  const issuer = () => new URL(`${served().origin}/oidc`)

  async function register(body: Record<string, unknown>, callback = CALLBACK): Promise<Registered> {
    const response = await http().inject({
      method: 'POST',
      url: '/api/v1/sso/clients',
      headers: { cookie: admin.cookie },
      payload: { ...body, redirectUris: [callback] },
    })
    assert.equal(response.statusCode, 201, response.body)
    return { ...response.json<Omit<Registered, 'callback'>>(), callback }
  }

  const relyingParty = (client: Registered) =>
    oidc.discovery(
      issuer(),
      client.clientId,
      undefined,
      oidc.ClientSecretBasic(client.clientSecret),
      {
        execute: [oidc.allowInsecureRequests],
      },
    )

  /** The authorization request a relying party sends, with its PKCE and state to check later. */
  async function authorize(
    config: oidc.Configuration,
    extra: Record<string, string> = {},
    callback = CALLBACK,
  ) {
    const verifier = oidc.randomPKCECodeVerifier()
    const state = oidc.randomState()
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: callback,
      scope: 'openid profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      ...extra,
    })
    return { url: url.href, verifier, state }
  }

  /** The resident's side: sign in on the provider's pages and agree when asked. */
  async function signInAt(
    agent: UserAgent,
    authorizationUrl: string,
    who: Actor,
    { consent = true, callback = CALLBACK } = {},
  ): Promise<string> {
    let at = (await agent.follow(authorizationUrl, callback)).url
    for (let step = 0; step < 4 && !at.startsWith(callback); step++) {
      const uid = /\/sso\/interaction\/([^/?]+)/.exec(at)?.[1]
      assert.ok(uid, `an interaction page, not ${at}`)
      const details = await (await agent.request(`/sso/interaction/${uid}/details`)).json()
      const prompt = (details as { prompt: string }).prompt
      const answer =
        prompt === 'login'
          ? await agent.request(`/sso/interaction/${uid}/login`, {
              json: { personalNumber: who.personalNumber, password: PASSWORD },
            })
          : await agent.request(`/sso/interaction/${uid}/consent`, { json: { approve: consent } })
      assert.equal(answer.status, 200, await answer.clone().text())
      const { redirectTo } = (await answer.json()) as { redirectTo: string }
      at = (await agent.follow(redirectTo, callback)).url
    }
    return at
  }

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 24, today: '2026-11-27' })
    resident = await enrol(http(), db())
    const province = await provinceOfCommune(db().db, resident.communeCode)
    admin = await enrol(http(), db(), { role: 'administrator', unitCodes: [province] })
    const web = {
      kind: 'web',
      authMethod: 'client_secret_basic',
    }
    portal = await register({
      ...web,
      name: 'Cổng dịch vụ công tỉnh',
      postLogoutRedirectUris: [`${RP}/`],
    })
    other = await register({ ...web, name: 'Hệ thống y tế' }, 'https://yte.example.vn/callback')
  })

  it('publishes discovery with code flow, PKCE S256 and both eID levels', async () => {
    const config = await relyingParty(portal)
    const metadata = config.serverMetadata()
    assert.equal(metadata.issuer, issuer().href)
    assert.deepEqual(metadata.response_types_supported, ['code'])
    assert.deepEqual(metadata.code_challenge_methods_supported, ['S256'])
    assert.ok(metadata.acr_values_supported?.includes('urn:congdanso:eid:level2'))
    assert.ok(metadata.subject_types_supported?.includes('pairwise'))
  })

  it('signs a resident in: code + PKCE, token, userinfo, rotating refresh, logout', async () => {
    const config = await relyingParty(portal)
    const agent = new UserAgent(served().origin)
    const request = await authorize(config, { nonce: 'n-0S6_WzA2Mj', acr_values: BOTH_LEVELS })
    const callback = await signInAt(agent, request.url, resident)
    const tokens = await oidc.authorizationCodeGrant(config, new URL(callback), {
      pkceCodeVerifier: request.verifier,
      expectedState: request.state,
      expectedNonce: 'n-0S6_WzA2Mj',
    })
    const claims = tokens.claims()!
    assert.equal(claims.acr, 'urn:congdanso:eid:level1')
    const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)
    assert.ok(typeof userinfo.name === 'string' && userinfo.name.length > 0)
    assert.equal(userinfo.personal_number, undefined, 'the number needs its own scope')

    assert.ok(tokens.refresh_token)
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token)
    assert.ok(refreshed.refresh_token && refreshed.refresh_token !== tokens.refresh_token)
    await assert.rejects(
      oidc.refreshTokenGrant(config, tokens.refresh_token),
      oauthError('invalid_grant'),
    )

    const logout = oidc.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token!,
      post_logout_redirect_uri: `${RP}/`,
    })
    const page = await agent.request(logout.href)
    const html = await page.text()
    assert.match(html, /Đăng xuất/)
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1]
    assert.ok(xsrf)
    const ended = await agent.request('/oidc/session/end/confirm', {
      form: { xsrf, logout: 'yes' },
    })
    assert.equal(ended.headers.get('location'), `${RP}/`)
    const again = await agent.follow((await authorize(config)).url, CALLBACK)
    assert.match(again.url, /\/sso\/interaction\//, 'signed out: the next visit asks to sign in')
  })

  it('gives each client its own subject for the same person', async () => {
    const subjectAt = async (client: Registered) => {
      const config = await relyingParty(client)
      const request = await authorize(config, {}, client.callback)
      const callback = await signInAt(new UserAgent(served().origin), request.url, resident, {
        callback: client.callback,
      })
      const tokens = await oidc.authorizationCodeGrant(config, new URL(callback), {
        pkceCodeVerifier: request.verifier,
        expectedState: request.state,
      })
      return tokens.claims()!.sub
    }
    const [a, b] = [await subjectAt(portal), await subjectAt(other)]
    assert.notEqual(a, b)
    assert.notEqual(a, resident.accountId)
  })
})
