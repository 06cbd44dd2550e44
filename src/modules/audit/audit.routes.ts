import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type, type TSchema } from '@sinclair/typebox'
import type { Database } from '../../platform/db/database.js'
import { requirePersonalNumber } from '../../platform/auth/access.js'
import { errorResponses } from '../../platform/http/errors.js'
import { listAccessesTo, nameAccesses, type AccessLogNamers } from './access-log.service.js'

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])
const Label = Type.Object({ vi: Type.String(), en: Type.String() })
const AccessLogSchema = Type.Object({
  entries: Type.Array(
    Type.Object({
      at: Type.String(),
      action: Type.String(),
      actionLabel: Nullable(Label),
      purpose: Nullable(Type.String()),
      purposeLabel: Nullable(Label),
      actorRole: Type.String(),
      actorAgency: Nullable(Type.String()),
      actorAgencyName: Nullable(Label),
      actorUnitCode: Nullable(Type.String()),
      actorUnitName: Nullable(Type.String()),
      actorEstablishmentName: Nullable(Type.String()),
      viaSystem: Nullable(Type.String()),
      viaSystemName: Nullable(Type.String()),
    }),
  ),
  next: Nullable(Type.String()),
})
const Query = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
    before: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
)

/**
 * "Who viewed my data" (Estonia's data tracker): every audited read of the signed-in resident,
 * each office, establishment and partner system by name. The names come from the modules that
 * own them, handed in so that audit, which they record into, does not import them back.
 */
export const meAuditRoutes =
  (database: Database, namers: AccessLogNamers): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/access-log',
      {
        schema: {
          tags: ['me'],
          summary: 'Ai đã xem dữ liệu của tôi / Who viewed my data',
          querystring: Query,
          response: {
            200: AccessLogSchema,
            ...errorResponses(400, 401),
          },
        },
        config: { access: 'me.read' },
      },
      async (request) => {
        const personalNumber = requirePersonalNumber(request)
        return nameAccesses(
          await listAccessesTo(database.db, personalNumber, request.query),
          namers,
        )
      },
    )
  }
