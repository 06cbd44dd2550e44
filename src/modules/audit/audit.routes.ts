import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { Database } from '../../platform/db/database.js'
import { authenticationRequired } from '../../platform/auth/access.js'
import { errorResponses } from '../../platform/http/errors.js'
import { listAccessesTo, nameAccessUnits, type UnitNamer } from './audit.access-log.js'

const Nullable = (schema: ReturnType<typeof Type.String>) => Type.Union([schema, Type.Null()])
const AccessLogSchema = Type.Object({
  entries: Type.Array(
    Type.Object({
      at: Type.String(),
      action: Type.String(),
      purpose: Nullable(Type.String()),
      purposeLabel: Type.Union([
        Type.Object({ vi: Type.String(), en: Type.String() }),
        Type.Null(),
      ]),
      actorRole: Type.String(),
      actorAgency: Nullable(Type.String()),
      actorUnitCode: Nullable(Type.String()),
      actorUnitName: Nullable(Type.String()),
      viaSystem: Nullable(Type.String()),
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
 * "Who viewed my data" (Estonia's data tracker): every audited read of the signed-in resident.
 * Unit names come from the population module, handed in so that audit, which population
 * records into, does not import it back.
 */
export const meAuditRoutes =
  (database: Database, unitNames: UnitNamer): FastifyPluginAsyncTypebox =>
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
        const personalNumber = request.principal?.personalNumber
        if (!personalNumber) throw authenticationRequired()
        return nameAccessUnits(
          await listAccessesTo(database.db, personalNumber, request.query),
          unitNames,
        )
      },
    )
  }
