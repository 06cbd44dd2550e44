import assert from 'node:assert/strict'
import * as oidc from 'openid-client'
import { PASSWORD, type Actor, UserAgent } from '../../../test/kit/index.js'
import type { App } from '../../platform/http/server.js'

export const RP = 'https://rp.example.vn'
export const CALLBACK = `${RP}/callback`
export const LEVEL_1 = 'urn:congdanso:eid:level1'
export const LEVEL_2 = 'urn:congdanso:eid:level2'

export interface Registered {
  clientId: string
  clientSecret: string
  callback: string
}

/** An OAuth error response from the provider, by its `error` code. */
export const oauthError = (code: string) => (e: unknown) => {
  const error = e as { error?: string; cause?: unknown }
  // Refusals of client authentication arrive as a WWW-Authenticate challenge instead of a body.
  return error.error === code || JSON.stringify(error.cause ?? null).includes(`"${code}"`)
}

/** For tokens that must be refused before their subject is even looked at. */
// eslint-disable-next-line @typescript-eslint/no-deprecated
export const anySubject: typeof oidc.skipSubjectCheck = oidc.skipSubjectCheck

/**
 * Follows redirects as a browser does, submitting the provider's self-posting forms (the sign-out
 * of the previous person before another one signs in).
 */
async function followThrough(agent: UserAgent, url: string, stopAt: string): Promise<string> {
  let page = await agent.follow(url, stopAt)
  for (let posts = 0; posts < 3; posts++) {
    const html = page.response.status === 200 ? await page.response.text() : ''
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1]
    if (!action) return page.url
    const inputs = [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)]
    const posted = await agent.request(action, {
      form: Object.fromEntries(inputs.map(([, name, value]) => [name!, value!])),
    })
    page = await agent.follow(new URL(posted.headers.get('location')!, action).href, stopAt)
  }
  return page.url
}

/** What a relying party and a resident's browser do against a listening platform. */
export function relyingParties(served: () => { app: App; origin: string }, admin: () => Actor) {
  const issuer = () => new URL(`${served().origin}/oidc`)

  async function register(body: Record<string, unknown>, callback = CALLBACK): Promise<Registered> {
    const response = await served().app.inject({
      method: 'POST',
      url: '/api/v1/sso/clients',
      headers: { cookie: admin().cookie },
      payload: {
        kind: 'web',
        authMethod: 'client_secret_basic',
        redirectUris: [callback],
        ...body,
      },
    })
    assert.equal(response.statusCode, 201, response.body)
    return { ...response.json<Omit<Registered, 'callback'>>(), callback }
  }

  const discover = (client: Registered) =>
    oidc.discovery(
      issuer(),
      client.clientId,
      undefined,
      oidc.ClientSecretBasic(client.clientSecret),
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the test server speaks plain http
      { execute: [oidc.allowInsecureRequests] },
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

  /**
   * The resident's side: sign in on the provider's pages (with a second-factor code when asked)
   * and answer the consent question; returns where the provider finally sends the browser.
   */
  async function signInAt(
    agent: UserAgent,
    authorizationUrl: string,
    who: Actor,
    options: { consent?: boolean; callback?: string; secondFactor?: () => string } = {},
  ): Promise<string> {
    const callback = options.callback ?? CALLBACK
    let at = (await agent.follow(authorizationUrl, callback)).url
    for (let step = 0; step < 4 && !at.startsWith(callback); step++) {
      const uid = /\/sso\/interaction\/([^/?]+)/.exec(at)?.[1]
      assert.ok(uid, `an interaction page, not ${at}`)
      const details = (await (await agent.request(`/sso/interaction/${uid}/details`)).json()) as {
        prompt: string
      }
      let answer =
        details.prompt === 'login'
          ? await agent.request(`/sso/interaction/${uid}/login`, {
              json: { personalNumber: who.personalNumber, password: PASSWORD },
            })
          : await agent.request(`/sso/interaction/${uid}/consent`, {
              json: { approve: options.consent ?? true },
            })
      assert.equal(answer.status, 200, await answer.clone().text())
      let body = (await answer.json()) as { redirectTo?: string; next?: string }
      if (body.next === 'second-factor') {
        assert.ok(options.secondFactor, 'a second factor was asked for')
        answer = await agent.request(`/sso/interaction/${uid}/second-factor`, {
          json: { code: options.secondFactor() },
        })
        assert.equal(answer.status, 200, await answer.clone().text())
        body = (await answer.json()) as { redirectTo?: string }
      }
      at = await followThrough(agent, body.redirectTo!, callback)
    }
    return at
  }

  /** A whole sign-in by a fresh browser, ending with the relying party's token exchange. */
  async function signIn(
    client: Registered,
    who: Actor,
    extra: Record<string, string> = {},
    options: { secondFactor?: () => string } = {},
  ) {
    const config = await discover(client)
    const request = await authorize(config, extra, client.callback)
    const agent = new UserAgent(served().origin)
    const callback = await signInAt(agent, request.url, who, {
      callback: client.callback,
      ...options,
    })
    const tokens = await oidc.authorizationCodeGrant(config, new URL(callback), {
      pkceCodeVerifier: request.verifier,
      expectedState: request.state,
    })
    return { config, tokens, agent }
  }

  return { issuer, register, discover, authorize, signInAt, signIn }
}
