import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type Provider from 'oidc-provider'
import type { Interaction, InteractionResults } from 'oidc-provider'
import type { Executor } from '../../platform/db/database.js'
import { errorResponses } from '../../platform/http/errors.js'
import {
  DEVICE_COOKIE,
  SecondFactorBody,
  SignInBody,
  accountProfile,
  passwordStep,
  secondFactorStep,
  setDeviceCookie,
  type DeviceCookies,
} from '../identity/index.js'
import { claimsOfScopes } from './claims.js'
import { acrOfSignIn } from './assurance.js'
import { findClient } from './sso.clients.queries.js'
import { rememberConsent } from './sso.consents.service.js'
import { countSignIn } from './sso.kpi.js'
import { interactionNotFound, interactionStepInvalid } from './sso.errors.js'

export interface InteractionRouteOptions {
  db: Executor
  provider: Provider
  sessionTtlHours: number
  /** Device cookies let a known browser past an account's sign-in lock (identity module). */
  devices?: DeviceCookies
}

const PENDING_COOKIE = 'cds_sso_pending'
const tags = ['sso']
const PUBLIC = { access: 'public' }
const UidParams = Type.Object({ uid: Type.String({ pattern: '^[A-Za-z0-9_-]{10,64}$' }) })
const Redirect = Type.Object({ redirectTo: Type.String() })
const LoginResult = Type.Union([Redirect, Type.Object({ next: Type.Literal('second-factor') })])
const Details = Type.Object({
  uid: Type.String(),
  prompt: Type.Union([Type.Literal('login'), Type.Literal('consent')]),
  client: Type.Object({ clientId: Type.String(), name: Type.String() }),
  scopes: Type.Array(Type.String()),
  claims: Type.Array(Type.String()),
  acrRequested: Type.Union([Type.String(), Type.Null()]),
})
const ConsentBody = Type.Object({ approve: Type.Boolean() }, { additionalProperties: false })

/**
 * The provider's login and consent steps as a JSON API, for the web app's sign-in page. Each
 * call finds its interaction through the provider's cookie, scoped to this interaction's path.
 */
export const interactionRoutes =
  ({
    db,
    provider,
    sessionTtlHours,
    devices,
  }: InteractionRouteOptions): FastifyPluginAsyncTypebox =>
  async (app) => {
    async function interaction(request: FastifyRequest, reply: FastifyReply, uid: string) {
      const details = await provider.interactionDetails(request.raw, reply.raw).catch(() => {
        throw interactionNotFound()
      })
      if (details.uid !== uid) throw interactionNotFound()
      return details
    }

    async function finish(
      request: FastifyRequest,
      reply: FastifyReply,
      result: InteractionResults,
    ) {
      const redirectTo = await provider.interactionResult(request.raw, reply.raw, result, {
        mergeWithLastSubmission: false,
      })
      return { redirectTo }
    }

    /** A signed-in person, or the refusal when the client asked for a higher eID level. */
    async function signedIn(
      request: FastifyRequest,
      reply: FastifyReply,
      details: Interaction,
      signIn: { accountId: string; amr: string[] },
    ) {
      const { accountId, amr } = signIn
      const profile = await accountProfile(db, accountId)
      if (!profile) throw interactionNotFound()
      const level = acrOfSignIn(profile.level, details.params)
      if ('refusal' in level) return finish(request, reply, level.refusal)
      await countSignIn(db, details.params.client_id as string)
      return finish(request, reply, { login: { accountId, acr: level.acr, amr } })
    }

    const signInContext = (request: FastifyRequest) => ({
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
      sessionTtlHours,
      ...(devices ? { devices, device: request.cookies[DEVICE_COOKIE] } : {}),
    })

    app.get(
      '/:uid/details',
      {
        schema: {
          tags,
          summary: 'Bước đăng nhập đang chờ / The pending sign-in step',
          params: UidParams,
          response: { 200: Details, ...errorResponses(404) },
        },
        config: PUBLIC,
      },
      async (request, reply) => {
        const details = await interaction(request, reply, request.params.uid)
        const clientId = details.params.client_id as string
        const client = await findClient(db, clientId)
        const scopes = (typeof details.params.scope === 'string' ? details.params.scope : '')
          .split(' ')
          .filter(Boolean)
        return {
          uid: details.uid,
          prompt: details.prompt.name === 'consent' ? ('consent' as const) : ('login' as const),
          client: { clientId, name: client?.name ?? clientId },
          scopes,
          claims: claimsOfScopes(scopes),
          acrRequested: (details.params.acr_values as string | undefined) ?? null,
        }
      },
    )

    app.post(
      '/:uid/login',
      {
        schema: {
          tags,
          summary: 'Đăng nhập bằng mật khẩu / Sign in with a password',
          params: UidParams,
          body: SignInBody,
          response: { 200: LoginResult, ...errorResponses(400, 401, 404, 409, 422, 429) },
        },
        config: PUBLIC,
      },
      async (request, reply) => {
        const { uid } = request.params
        const details = await interaction(request, reply, uid)
        if (details.prompt.name !== 'login') throw interactionStepInvalid(details.prompt.name)
        const step = await passwordStep(db, signInContext(request), request.body)
        if (step.device) setDeviceCookie(reply, step.device)
        if (step.next === 'done')
          return signedIn(request, reply, details, { accountId: step.accountId, amr: ['pwd'] })
        reply.setCookie(PENDING_COOKIE, step.pendingToken, {
          httpOnly: true,
          secure: true,
          sameSite: 'lax',
          path: `/sso/interaction/${uid}`,
        })
        return { next: 'second-factor' as const }
      },
    )

    app.post(
      '/:uid/second-factor',
      {
        schema: {
          tags,
          summary: 'Mã xác thực thứ hai / Second-factor code',
          params: UidParams,
          body: SecondFactorBody,
          response: { 200: Redirect, ...errorResponses(400, 401, 404, 409, 429) },
        },
        config: PUBLIC,
      },
      async (request, reply) => {
        const { uid } = request.params
        const details = await interaction(request, reply, uid)
        const pending = request.cookies[PENDING_COOKIE]
        if (!pending) throw interactionStepInvalid('login')
        const { accountId, device } = await secondFactorStep(
          db,
          signInContext(request),
          pending,
          request.body.code,
        )
        if (device) setDeviceCookie(reply, device)
        reply.clearCookie(PENDING_COOKIE, { path: `/sso/interaction/${uid}` })
        return signedIn(request, reply, details, { accountId, amr: ['pwd', 'otp'] })
      },
    )

    app.post(
      '/:uid/consent',
      {
        schema: {
          tags,
          summary: 'Đồng ý chia sẻ thông tin / Consent to share',
          params: UidParams,
          body: ConsentBody,
          response: { 200: Redirect, ...errorResponses(400, 404, 409) },
        },
        config: PUBLIC,
      },
      async (request, reply) => {
        const details = await interaction(request, reply, request.params.uid)
        if (details.prompt.name !== 'consent') throw interactionStepInvalid(details.prompt.name)
        if (!request.body.approve)
          return finish(request, reply, {
            error: 'access_denied',
            error_description: 'Người dân không đồng ý / The resident declined',
          })
        const accountId = details.session!.accountId
        const clientId = details.params.client_id as string
        const grant =
          (details.grantId ? await provider.Grant.find(details.grantId) : undefined) ??
          new provider.Grant({ accountId, clientId })
        const missing = details.prompt.details as {
          missingOIDCScope?: string[]
          missingOIDCClaims?: string[]
        }
        if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '))
        if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims)
        const grantId = await grant.save()
        await rememberConsent(db, {
          accountId,
          clientId,
          scopes: missing.missingOIDCScope ?? [],
          claims: missing.missingOIDCClaims ?? [],
        })
        return finish(request, reply, { consent: { grantId } })
      },
    )
  }
