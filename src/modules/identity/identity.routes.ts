import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Config } from '../../platform/config/config.js'
import type { Database } from '../../platform/db/database.js'
import { requirePrincipal } from '../../platform/auth/access.js'
import { channelOf, hasPermission } from '../../platform/auth/principal.js'
import { PERMISSIONS } from '../../platform/auth/roles.js'
import { errorResponses } from '../../platform/http/errors.js'
import {
  Accepted,
  CompletePasswordResetBody,
  ConfirmRegistrationBody,
  DevelopmentMessages,
  Done,
  LevelRaised,
  MyAccountSchema,
  NumberParams,
  PasswordResetBody,
  RecoveryCodes,
  RegistrationBody,
  SecondFactorBody,
  SignInBody,
  SignedIn,
  TotpConfirmBody,
  TotpSetup,
} from './identity.schemas.js'
import { raiseToLevel2 } from './accounts/level-two.service.js'
import { beginTotpSetup, confirmTotpSetup, getMyAccount } from './accounts/me.service.js'
import { DEVICE_COOKIE, deviceCookies, setDeviceCookie } from './sessions/device-cookies.js'
import { listDevelopmentMessages, type MessageSender } from './sign-in/message-sender.js'
import {
  completePasswordReset,
  confirmRegistration,
  startPasswordReset,
  startPhoneSignIn,
  startRegistration,
} from './accounts/registration.service.js'
import { SESSION_COOKIE, revokeSession } from './sessions/sessions.js'
import { completeSecondFactor, signIn } from './sign-in/sign-in.service.js'

export interface IdentityRouteOptions {
  database: Database
  sender: MessageSender
  config: Pick<Config, 'SESSION_TTL_HOURS' | 'NODE_ENV' | 'SSO_SECRET'>
}

const errors = errorResponses
const tags = ['identity']
const PUBLIC = { access: 'public' }

function principalOf(request: FastifyRequest) {
  return requirePrincipal(request)
}

function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    path: '/',
    expires: expiresAt,
  })
}

export const identityRoutes =
  ({ database, sender, config }: IdentityRouteOptions): FastifyPluginAsyncTypebox =>
  async (app) => {
    const db = database.db
    const devices = deviceCookies(config.SSO_SECRET)
    const signInContext = (request: FastifyRequest) => ({
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
      sessionTtlHours: config.SESSION_TTL_HOURS,
      devices,
      device: request.cookies[DEVICE_COOKIE],
    })

    app.post(
      '/registrations',
      {
        schema: {
          tags,
          summary: 'Đăng ký tài khoản mức 1 / Register a level-1 account',
          body: RegistrationBody,
          response: { 202: Accepted, ...errors(400, 409, 422, 429, 503) },
        },
        config: PUBLIC,
      },
      async (request, reply) => {
        await startRegistration(db, sender, request.body)
        return reply.code(202).send({ status: 'accepted', expiresInSeconds: 300 })
      },
    )
    app.post(
      '/registrations/confirm',
      {
        schema: {
          tags,
          summary: 'Xác nhận mã và đặt mật khẩu / Confirm the code, set a password',
          body: ConfirmRegistrationBody,
          response: { 201: Done, ...errors(400, 404, 409, 422) },
        },
        config: PUBLIC,
      },
      async (request, reply) => {
        await confirmRegistration(db, request.body)
        return reply.code(201).send({ status: 'done' })
      },
    )
    app.post(
      '/sessions',
      {
        schema: {
          tags,
          summary: 'Đăng nhập / Sign in',
          body: SignInBody,
          response: { 200: SignedIn, ...errors(400, 401, 422, 429) },
        },
        config: PUBLIC,
      },
      async (request, reply) => {
        const session = await signIn(db, signInContext(request), request.body)
        setSessionCookie(reply, session.token, session.expiresAt)
        if (session.device) setDeviceCookie(reply, session.device)
        return {
          secondFactorRequired: session.secondFactorRequired,
          expiresAt: session.expiresAt.toISOString(),
        }
      },
    )
    app.post(
      '/sessions/second-factor',
      {
        schema: {
          tags,
          summary: 'Xác thực hai lớp / Second factor',
          body: SecondFactorBody,
          response: { 200: Done, ...errors(400, 401, 429) },
        },
        config: PUBLIC,
      },
      async (request, reply) => {
        const { device } = await completeSecondFactor(
          db,
          signInContext(request),
          request.cookies[SESSION_COOKIE] ?? '',
          request.body.code,
        )
        if (device) setDeviceCookie(reply, device)
        return { status: 'done' as const }
      },
    )
    app.delete(
      '/sessions/current',
      {
        schema: { tags, summary: 'Đăng xuất / Sign out', response: { 200: Done, ...errors(401) } },
        config: { access: 'me.read' },
      },
      async (request, reply) => {
        await revokeSession(db, request.cookies[SESSION_COOKIE] ?? '')
        reply.clearCookie(SESSION_COOKIE, { path: '/' })
        return { status: 'done' as const }
      },
    )
    app.post(
      '/password-resets',
      {
        schema: {
          tags,
          summary: 'Quên mật khẩu / Forgotten password',
          body: PasswordResetBody,
          response: { 202: Accepted, ...errors(400, 429, 503) },
        },
        config: PUBLIC,
      },
      async (request, reply) => {
        await startPasswordReset(db, sender, request.body)
        return reply.code(202).send({ status: 'accepted', expiresInSeconds: 300 })
      },
    )
    app.post(
      '/sign-in-codes',
      {
        schema: {
          tags,
          summary:
            'Mã đăng nhập qua điện thoại khi tài khoản tạm khóa / A sign-in code by phone while the account is locked',
          body: PasswordResetBody,
          response: { 202: Accepted, ...errors(400, 429, 503) },
        },
        config: PUBLIC,
      },
      async (request, reply) => {
        await startPhoneSignIn(db, sender, request.body)
        return reply.code(202).send({ status: 'accepted', expiresInSeconds: 300 })
      },
    )
    app.post(
      '/password-resets/confirm',
      {
        schema: {
          tags,
          summary: 'Đặt lại mật khẩu / Reset the password',
          body: CompletePasswordResetBody,
          response: { 200: Done, ...errors(400, 422) },
        },
        config: PUBLIC,
      },
      async (request) => {
        await completePasswordReset(db, request.body)
        return { status: 'done' as const }
      },
    )
    app.post(
      '/totp',
      {
        schema: {
          tags,
          summary: 'Bắt đầu cài TOTP / Start TOTP setup',
          response: { 200: TotpSetup, ...errors(401) },
        },
        config: { access: 'me.read' },
      },
      async (request) => {
        const setup = await beginTotpSetup(db, principalOf(request).accountId)
        return { secret: setup.secret, otpauthUri: setup.uri }
      },
    )
    app.post(
      '/totp/confirm',
      {
        schema: {
          tags,
          summary: 'Xác nhận TOTP / Confirm TOTP',
          body: TotpConfirmBody,
          response: { 200: RecoveryCodes, ...errors(400, 401, 409) },
        },
        config: { access: 'me.read' },
      },
      async (request) => confirmTotpSetup(db, principalOf(request).accountId, request.body.code),
    )
    app.post(
      '/accounts/:personalNumber/level2',
      {
        schema: {
          tags,
          summary: 'Nâng tài khoản lên mức 2 / Raise an account to level 2',
          params: NumberParams,
          response: { 200: LevelRaised, ...errors(401, 403, 404, 409, 422) },
        },
        config: { access: 'identity.account.raiseLevel' },
      },
      async (request) => {
        const raised = await raiseToLevel2(
          database,
          { principal: principalOf(request), ip: request.ip },
          request.params.personalNumber,
        )
        return { level: raised.level, raisedAt: raised.raisedAt.toISOString() }
      },
    )
    app.get(
      '/me',
      {
        schema: {
          tags,
          summary: 'Tài khoản của tôi / My account',
          response: { 200: MyAccountSchema, ...errors(401) },
        },
        config: { access: 'me.read' },
      },
      async (request) => {
        const principal = principalOf(request)
        const permissions = PERMISSIONS.filter((p) => hasPermission(principal, p))
        const account = await getMyAccount(db, principal.accountId)
        return { ...account, permissions, channel: channelOf(principal) }
      },
    )
    // The development outbox exists so the flows can be tried without an SMS gateway; it is not
    // even registered outside development and tests.
    if (sender.kind === 'development' && config.NODE_ENV !== 'production') {
      app.get(
        '/development/messages',
        {
          schema: {
            tags,
            summary: 'Tin nhắn (chỉ môi trường phát triển) / Messages (development only)',
            response: { 200: DevelopmentMessages },
          },
          config: PUBLIC,
        },
        async () => ({ messages: await listDevelopmentMessages(db) }),
      )
    }
  }
