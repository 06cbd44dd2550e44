import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import type { Database } from '../../../platform/db/database.js'
import { errorResponses } from '../../../platform/http/errors.js'
import { SESSION_COOKIE } from '../sessions/sessions.js'
import type { MessageSender } from '../sign-in/message-sender.js'
import { KioskChallenge, KioskSignedIn, KioskSignInBody, KioskVerifyBody } from './kiosk.schemas.js'
import {
  completeKioskSignIn,
  startKioskSignIn,
  type KioskContext,
  type KioskIdentityKeys,
} from './kiosk.service.js'

export interface KioskRouteOptions extends KioskIdentityKeys {
  database: Database
  sender: MessageSender
}

const tags = ['identity']
const PUBLIC = { access: 'public' }

const contextOf = (request: FastifyRequest): KioskContext => ({
  ip: request.ip,
  userAgent: request.headers['user-agent'] ?? null,
})

/** Signing in at a kiosk: the identity QR, then the code sent to the phone. */
export const kioskRoutes =
  ({ database, sender, keys, issuer }: KioskRouteOptions): FastifyPluginAsyncTypebox =>
  async (app) => {
    const db = database.db
    app.post(
      '/sign-in',
      {
        schema: {
          tags,
          summary:
            'Đăng nhập ki-ốt bằng mã QR định danh, gửi mã tới điện thoại / Kiosk sign-in with the identity QR, a code sent to the phone',
          body: KioskSignInBody,
          response: { 201: KioskChallenge, ...errorResponses(400, 404, 409, 422, 429, 503) },
        },
        config: PUBLIC,
      },
      async (request, reply) => {
        const challenge = await startKioskSignIn(
          db,
          { sender, keys, issuer },
          contextOf(request),
          request.body.identityToken,
        )
        return reply.code(201).send({ ...challenge, expiresAt: challenge.expiresAt.toISOString() })
      },
    )
    app.post(
      '/sign-in/verify',
      {
        schema: {
          tags,
          summary:
            'Nhập mã đã gửi tới điện thoại, mở phiên ki-ốt / The code sent to the phone opens a kiosk session',
          body: KioskVerifyBody,
          response: { 200: KioskSignedIn, ...errorResponses(400, 404, 409, 422, 429) },
        },
        config: PUBLIC,
      },
      async (request, reply) => {
        const signedIn = await completeKioskSignIn(db, contextOf(request), request.body)
        // No expiry on the cookie: the session slides on the server, which alone says when it ends.
        reply.setCookie(SESSION_COOKIE, signedIn.token, {
          httpOnly: true,
          secure: true,
          sameSite: 'strict',
          path: '/',
        })
        return {
          channel: 'kiosk' as const,
          expiresAt: signedIn.expiresAt.toISOString(),
          person: signedIn.person,
        }
      },
    )
  }
