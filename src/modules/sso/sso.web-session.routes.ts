import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply } from 'fastify'
import * as oidc from 'openid-client'
import { memoizeUntilSuccess } from '../../platform/async/memo.js'
import type { Executor } from '../../platform/db/database.js'
import { errorResponses } from '../../platform/http/errors.js'
import { SESSION_COOKIE, openBrowserSession, revokeSession } from '../identity/index.js'

export interface WebSessionOptions {
  db: Executor
  publicUrl: string
  /** The web app's own registration, made on first use (the database may not be migrated yet). */
  client: () => Promise<{ clientId: string; clientSecret: string }>
  sessionTtlHours: number
}

const FLOW_COOKIE = 'cds_auth'
const tags = ['sso']
const PUBLIC = { access: 'public' }
const cookieBase = { httpOnly: true, secure: true, sameSite: 'lax' as const }

/** Where to go after signing in: a path of this site only, never another origin. */
const localPath = (value: string | undefined): string =>
  value && /^\/(?![/\\])/.test(value) ? value : '/'

interface Flow {
  verifier: string
  state: string
  nonce: string
  returnTo: string
}

const encodeFlow = (flow: Flow) => Buffer.from(JSON.stringify(flow)).toString('base64url')
function decodeFlow(value: string | undefined): Flow | undefined {
  if (!value) return undefined
  try {
    return JSON.parse(Buffer.from(value, 'base64url').toString()) as Flow
  } catch {
    return undefined
  }
}

/**
 * The relying party talks to the provider in-process: same code path as over the network, but
 * no dependence on how the public address routes back to this instance.
 */
function inProcessFetch(app: FastifyInstance): oidc.CustomFetch {
  return async (input, init) => {
    const url = new URL(input)
    const { body } = init
    const response = await app.inject({
      method: init.method as 'GET',
      url: url.pathname + url.search,
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      ...(body instanceof URLSearchParams || typeof body === 'string'
        ? { payload: body.toString() }
        : {}),
    })
    const headers = new Headers()
    for (const [name, value] of Object.entries(response.headers))
      for (const v of [value].flat()) if (v !== undefined) headers.append(name, String(v))
    return new Response(new Uint8Array(response.rawPayload), {
      status: response.statusCode,
      headers,
    })
  }
}

/**
 * Backend-for-frontend: the web app signs people in through the provider as a confidential
 * client. Tokens stay on the server; the browser only ever holds the platform's session cookie.
 */
export const webSessionRoutes =
  (options: WebSessionOptions): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { publicUrl } = options
    const redirectUri = `${publicUrl}/auth/callback`
    const provider = memoizeUntilSuccess(async () => {
      const client = await options.client()
      return oidc.discovery(
        new URL(`${publicUrl}/oidc`),
        client.clientId,
        undefined,
        oidc.ClientSecretBasic(client.clientSecret),
        {
          [oidc.customFetch]: inProcessFetch(app),
          ...(publicUrl.startsWith('http:')
            ? // eslint-disable-next-line @typescript-eslint/no-deprecated -- a development address only: production refuses http
              { execute: [oidc.allowInsecureRequests] }
            : {}),
        },
      )
    })

    const leave = (reply: FastifyReply, to: string) => reply.redirect(to, 303)

    app.get(
      '/login',
      {
        schema: {
          tags,
          summary: 'Đăng nhập qua SSO / Sign in through the SSO',
          querystring: Type.Object({ returnTo: Type.Optional(Type.String({ maxLength: 500 })) }),
          response: { 303: Type.Null() },
        },
        config: PUBLIC,
      },
      async (request, reply) => {
        const flow: Flow = {
          verifier: oidc.randomPKCECodeVerifier(),
          state: oidc.randomState(),
          nonce: oidc.randomNonce(),
          returnTo: localPath(request.query.returnTo),
        }
        const url = oidc.buildAuthorizationUrl(await provider(), {
          redirect_uri: redirectUri,
          scope: 'openid profile',
          code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
          code_challenge_method: 'S256',
          state: flow.state,
          nonce: flow.nonce,
        })
        reply.setCookie(FLOW_COOKIE, encodeFlow(flow), {
          ...cookieBase,
          path: '/auth',
          maxAge: 900,
        })
        return leave(reply, url.href)
      },
    )

    app.get(
      '/callback',
      {
        schema: {
          tags,
          summary: 'Trở về từ SSO / Return from the SSO',
          // The provider's answer (RFC 6749 4.1.2, RFC 9207); other parameters pass untouched.
          querystring: Type.Object({
            code: Type.Optional(Type.String()),
            state: Type.Optional(Type.String()),
            iss: Type.Optional(Type.String()),
            error: Type.Optional(Type.String()),
            error_description: Type.Optional(Type.String()),
          }),
          response: { 303: Type.Null() },
        },
        config: PUBLIC,
      },
      async (request, reply) => {
        const flow = decodeFlow(request.cookies[FLOW_COOKIE])
        reply.clearCookie(FLOW_COOKIE, { path: '/auth' })
        if (!flow) return leave(reply, '/?signInError=expired')
        if (request.query.error)
          return leave(reply, `/?signInError=${encodeURIComponent(request.query.error)}`)
        const tokens = await oidc
          .authorizationCodeGrant(await provider(), new URL(request.url, publicUrl), {
            pkceCodeVerifier: flow.verifier,
            expectedState: flow.state,
            expectedNonce: flow.nonce,
          })
          .catch((error: unknown) => {
            request.log.warn({ err: error }, 'the provider refused the code exchange')
            return undefined
          })
        const accountId = tokens?.claims()?.sub
        if (!accountId) return leave(reply, '/?signInError=failed')
        const session = await openBrowserSession(options.db, {
          accountId,
          ttlHours: options.sessionTtlHours,
          secondFactorDone: true,
          userAgent: request.headers['user-agent'] ?? null,
        })
        reply.setCookie(SESSION_COOKIE, session.token, {
          ...cookieBase,
          path: '/',
          expires: session.expiresAt,
        })
        return leave(reply, flow.returnTo)
      },
    )

    app.post(
      '/logout',
      {
        schema: {
          tags,
          summary: 'Đăng xuất / Sign out',
          response: { 200: Type.Object({ redirectTo: Type.String() }), ...errorResponses(503) },
        },
        config: PUBLIC,
      },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE]
        if (token) await revokeSession(options.db, token)
        reply.clearCookie(SESSION_COOKIE, { path: '/' })
        const config = await provider()
        const url = oidc.buildEndSessionUrl(config, {
          client_id: config.clientMetadata().client_id,
          post_logout_redirect_uri: `${publicUrl}/`,
        })
        return { redirectTo: url.href }
      },
    )
  }
