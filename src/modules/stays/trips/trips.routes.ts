import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { requirePrincipal } from '../../../platform/auth/access.js'
import type { Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import { errorResponses as errors } from '../../../platform/http/errors.js'
import { DeclaredSchema, IdempotencyHeaders } from '../declarations/declarations.schemas.js'
import type { DeclareContext } from '../declarations/declarations.types.js'
import { EstablishmentParams } from '../establishments/establishments.schemas.js'
import { idempotencyOf, sendOutcome } from '../idempotency.js'
import { presentManifest, presentTrip } from './trips.presenters.js'
import {
  BoardingBody,
  ManifestSchema,
  NewTripBody,
  TripListQuery,
  TripListSchema,
  TripParams,
  TripSchema,
} from './trips.schemas.js'
import { boardPassengers, createTrip, getManifest, listTrips } from './trips.service.js'

export interface TripRouteOptions {
  db: Executor
  /** The identity-token keys and issuer, to verify passengers' identity QRs offline. */
  identity: DeclareContext['identity']
}

const tags = ['stays']
const DECLARE = { access: 'stays.declare' }

function staffOf(request: FastifyRequest): Principal {
  return requirePrincipal(request)
}

/**
 * Long-distance coaches (model 12) under /api/v1/stays: the operator's staff open a trip, declare
 * each passenger by scanning them as they board, and keep the manifest.
 */
export const tripRoutes =
  ({ db, identity }: TripRouteOptions): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/establishments/:id/trips',
      {
        schema: {
          tags,
          summary: 'Tạo chuyến xe khách / Open a coach trip',
          params: EstablishmentParams,
          headers: IdempotencyHeaders,
          body: NewTripBody,
          response: { 201: TripSchema, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: DECLARE,
      },
      async (request, reply) =>
        sendOutcome(
          reply,
          await createTrip(db, {
            principal: staffOf(request),
            establishmentId: request.params.id,
            trip: request.body,
            idempotency: idempotencyOf(request),
          }),
        ),
    )

    app.get(
      '/establishments/:id/trips',
      {
        schema: {
          tags,
          summary: 'Các chuyến xe của nhà xe / The operator’s trips',
          params: EstablishmentParams,
          querystring: TripListQuery,
          response: { 200: TripListSchema, ...errors(400, 401, 403, 404, 422) },
        },
        config: DECLARE,
      },
      async (request) => ({
        trips: (await listTrips(db, staffOf(request), request.params.id, request.query)).map(
          presentTrip,
        ),
      }),
    )

    app.post(
      '/trips/:id/passengers',
      {
        schema: {
          tags,
          summary: 'Khai báo hành khách lên xe / Declare boarding passengers',
          params: TripParams,
          headers: IdempotencyHeaders,
          body: BoardingBody,
          response: { 201: DeclaredSchema, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: DECLARE,
      },
      async (request, reply) =>
        sendOutcome(
          reply,
          await boardPassengers(db, {
            principal: staffOf(request),
            tripId: request.params.id,
            guests: request.body.guests,
            idempotency: idempotencyOf(request),
            identity,
          }),
        ),
    )

    app.get(
      '/trips/:id/manifest',
      {
        schema: {
          tags,
          summary: 'Danh sách hành khách của chuyến / The trip’s passenger manifest',
          params: TripParams,
          response: { 200: ManifestSchema, ...errors(400, 401, 403, 404) },
        },
        config: DECLARE,
      },
      async (request) =>
        presentManifest(await getManifest(db, staffOf(request), request.params.id)),
    )
  }
