import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { requirePrincipal } from '../../../platform/auth/access.js'
import type { Principal } from '../../../platform/auth/principal.js'
import type { Database } from '../../../platform/db/database.js'
import { errorResponses as errors } from '../../../platform/http/errors.js'
import { lastEventIdOf } from '../../../platform/http/sse.js'
import { LiveFeed } from './live-feed.js'
import {
  CurrentGuestsQuery,
  DeclarationDetailSchema,
  DeclarationPageSchema,
  DeclarationParams,
  LateByEstablishmentQuery,
  LateByEstablishmentSchema,
  LiveHeaders,
  PersonParams,
  PersonStaysQuery,
  PoliceDeclarationsQuery,
  PurposeQuery,
} from './police-view.schemas.js'
import {
  lateByEstablishment,
  listCurrentGuests,
  listPoliceDeclarations,
  readDeclaration,
  searchPersonStays,
  type ViewContext,
} from './police-view.service.js'

const tags = ['stays']
const POLICE = { access: 'stays.police.read' }

function principalOf(request: FastifyRequest): Principal {
  return requirePrincipal(request)
}
const viewContext = (request: FastifyRequest, purpose: string): ViewContext => ({
  principal: principalOf(request),
  purpose,
  ip: request.ip,
})

/**
 * The police's view of accommodation declarations under /api/v1/stays: lists and a person's
 * stays inside the officer's jurisdiction, every declaration shown audited with its purpose,
 * and a live stream of new declarations and watch-list alerts.
 */
export const policeRoutes =
  (database: Database): FastifyPluginAsyncTypebox =>
  async (app) => {
    const feed = new LiveFeed(database, (err) => {
      app.log.error({ err }, 'the live declaration feed failed to poll')
    })
    app.addHook('preClose', async () => {
      await feed.close()
    })

    app.get(
      '/police/declarations',
      {
        schema: {
          tags,
          summary: 'Khai báo lưu trú trên địa bàn / Declarations in my jurisdiction',
          querystring: PoliceDeclarationsQuery,
          response: { 200: DeclarationPageSchema, ...errors(400, 401, 403, 422) },
        },
        config: POLICE,
      },
      async (request) =>
        listPoliceDeclarations(
          database,
          viewContext(request, request.query.purpose),
          request.query,
        ),
    )

    app.get(
      '/police/guests',
      {
        schema: {
          tags,
          summary: 'Khách đang lưu trú trên địa bàn / Current guests in my jurisdiction',
          querystring: CurrentGuestsQuery,
          response: { 200: DeclarationPageSchema, ...errors(400, 401, 403) },
        },
        config: POLICE,
      },
      async (request) =>
        listCurrentGuests(database, viewContext(request, request.query.purpose), request.query),
    )

    app.get(
      '/police/late-by-establishment',
      {
        schema: {
          tags,
          summary: 'Khai báo trễ hạn theo cơ sở / Late declarations by establishment',
          querystring: LateByEstablishmentQuery,
          response: { 200: LateByEstablishmentSchema, ...errors(400, 401, 403, 422) },
        },
        config: POLICE,
      },
      async (request) => lateByEstablishment(database, principalOf(request), request.query),
    )

    app.get(
      '/police/people/:personalNumber/stays',
      {
        schema: {
          tags,
          summary:
            'Lưu trú của một người trên toàn tỉnh (công an tỉnh) / A person’s stays in the province (provincial police)',
          params: PersonParams,
          querystring: PersonStaysQuery,
          response: { 200: DeclarationPageSchema, ...errors(400, 401, 403) },
        },
        config: POLICE,
      },
      async (request) =>
        searchPersonStays(
          database,
          viewContext(request, request.query.purpose),
          request.params.personalNumber,
          request.query,
        ),
    )

    app.get(
      '/declarations/:id',
      {
        schema: {
          tags,
          summary:
            'Một khai báo lưu trú (công an địa bàn hoặc cơ sở khai báo) / One declaration (police of the place or the declaring establishment)',
          params: DeclarationParams,
          querystring: PurposeQuery,
          response: { 200: DeclarationDetailSchema, ...errors(400, 401, 403, 404) },
        },
        config: { access: 'stays.declaration.read' },
      },
      async (request) =>
        readDeclaration(database, viewContext(request, request.query.purpose), request.params.id),
    )

    app.get(
      '/police/live',
      {
        schema: {
          tags,
          summary:
            'Khai báo mới và cảnh báo theo thời gian thực (SSE) / New declarations and alerts, live (server-sent events)',
          description:
            "Events 'stays.declared' {declarationId, establishment {id, name}, arrivalAt, late, flags, guestKind} and 'stays.watch_alert' {alertId, communeCode}, in your jurisdiction; a comment every 15 s keeps the connection open. Each event's id is its place in the outbox: reconnecting with Last-Event-ID brings the events after it first (an id the stream did not write is ignored; a client too far behind gets 'stays.resync' {}, to reload its lists). The session and role are checked again every 5 s and before each event: once the caller has signed out (or the session expired, or the token was revoked) or lost the role, the stream sends 'stays.ended' {reason: 'signed-out' | 'access-revoked'} and ends.",
          headers: LiveHeaders,
          response: {
            200: {
              description: 'text/event-stream',
              content: { 'text/event-stream': { schema: Type.String() } },
            },
            ...errors(401, 403),
          },
        },
        config: POLICE,
      },
      async (request, reply) => {
        const caller = {
          principal: principalOf(request),
          reauthenticate: () => request.reauthenticate(),
        }
        await feed.open(reply, caller, lastEventIdOf(request))
      },
    )
  }
