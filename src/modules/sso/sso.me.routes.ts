import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { requirePrincipal } from '../../platform/auth/access.js'
import type { Executor } from '../../platform/db/database.js'
import { errorResponses } from '../../platform/http/errors.js'
import { consentNotFound } from './sso.errors.js'
import { listConsents, revokeConsent } from './sso.consents.service.js'
import { ClientParams, ConsentSchema } from './sso.schemas.js'

/** The systems a resident lets see their data, and the way to take that back. */
export const meConsentRoutes =
  (db: Executor): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/consents',
      {
        schema: {
          tags: ['me'],
          summary: 'Các ứng dụng tôi đã đồng ý / Systems I share data with',
          response: { 200: Type.Array(ConsentSchema), ...errorResponses(401) },
        },
        config: { access: 'me.read' },
      },
      async (request) => {
        const consents = await listConsents(db, requirePrincipal(request).accountId)
        return consents.map((c) => ({ ...c, grantedAt: c.grantedAt.toISOString() }))
      },
    )

    app.delete(
      '/consents/:clientId',
      {
        schema: {
          tags: ['me'],
          summary: 'Rút lại sự đồng ý / Withdraw a consent',
          params: ClientParams,
          response: { 204: Type.Null(), ...errorResponses(401, 404) },
        },
        config: { access: 'me.manage' },
      },
      async (request, reply) => {
        const revoked = await revokeConsent(
          db,
          requirePrincipal(request).accountId,
          request.params.clientId,
        )
        if (!revoked) throw consentNotFound()
        return reply.code(204).send(null)
      },
    )
  }
