import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import * as oidc from 'openid-client'
import { enrol, type Actor } from '../../../test/actors.js'
import { useListeningApp } from '../../../test/app.js'
import { describeOnEngines } from '../../../test/harness.js'
import { UserAgent } from '../../../test/user-agent.js'
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
  let portal: Registered
  let other: Registered
  const rp = relyingParties(served, () => admin)

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 24, today: '2026-11-27' })
    resident = await enrol(served().app, db())
    const province = await provinceOfCommune(db().db, resident.communeCode)
    admin = await enrol(served().app, db(), { role: 'administrator', unitCodes: [province] })
    portal = await rp.register({
      name: 'Cổng dịch vụ công tỉnh',
      postLogoutRedirectUris: [`${RP}/`],
    })
    other = await rp.register({ name: 'Hệ thống y tế' }, 'https://yte.example.vn/callback')
  })

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
})
