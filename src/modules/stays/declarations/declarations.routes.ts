import type { Static, TObject } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { requirePrincipal } from '../../../platform/auth/access.js'
import type { Principal } from '../../../platform/auth/principal.js'
import { memoizeUntilSuccess } from '../../../platform/async/memo.js'
import type { Database, Executor } from '../../../platform/db/database.js'
import { errorResponses as errors } from '../../../platform/http/errors.js'
import {
  checkOutStay,
  correctDeclaration,
  extendStay,
  type ChangeTarget,
} from './declarations-changes.js'
import {
  CheckOutBody,
  CorrectionBody,
  DeclareBody,
  DeclaredSchema,
  ExtensionBody,
  GuestsQuery,
  IdempotencyHeaders,
  RegisterPageSchema,
  RegisterQuery,
} from './declarations.schemas.js'
import { declareGuests } from './declarations.service.js'
import type { DeclareContext } from './declarations.types.js'
import {
  listCurrentGuests,
  listEstablishmentDeclarations,
  type RegisterReader,
} from './declarations-views.js'
import { EstablishmentParams } from '../establishments/establishments.schemas.js'
import { idempotencyOf, sendOutcome } from '../idempotency.js'
import {
  DeclarationPageSchema,
  DeclarationParams,
  PoliceDeclarationSchema,
  type PoliceDeclaration,
} from '../police/police-view.schemas.js'
import { ensureStaysReference } from '../stays.reference.js'

export interface DeclarationRouteOptions {
  database: Database
  /** The identity-token keys and issuer, to verify guests' identity QRs offline. */
  identity: DeclareContext['identity']
}

const tags = ['stays']
const DECLARE = 'stays.declare'

function actor(request: FastifyRequest): Principal {
  return requirePrincipal(request)
}

const reader = (request: FastifyRequest): RegisterReader => ({
  principal: actor(request),
  ip: request.ip,
})

const target = (request: FastifyRequest & { params: { id: string } }): ChangeTarget => ({
  principal: actor(request),
  declarationId: request.params.id,
})

/**
 * Declaring guests under /api/v1/stays, for an establishment's staff (a session) or its own
 * software (its SSO machine client): check-in, check-out, extension, correction, and the
 * establishment's register. Every create takes an Idempotency-Key.
 */
export const declarationRoutes =
  ({ database, identity }: DeclarationRouteOptions): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { db } = database
    // The deadline rule must be there before the first declaration.
    const loaded = memoizeUntilSuccess(() => ensureStaysReference(db))
    app.addHook('preHandler', async () => {
      await loaded()
    })

    app.post(
      '/establishments/:id/declarations',
      {
        schema: {
          tags,
          summary: 'Khai báo lưu trú một khách hoặc một đoàn / Declare a guest or a group',
          params: EstablishmentParams,
          headers: IdempotencyHeaders,
          body: DeclareBody,
          response: { 201: DeclaredSchema, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: { access: DECLARE },
      },
      async (request, reply) => {
        const outcome = await declareGuests(db, {
          principal: actor(request),
          establishmentId: request.params.id,
          input: request.body,
          idempotency: idempotencyOf(request),
          identity,
        })
        return sendOutcome(reply, outcome)
      },
    )

    app.get(
      '/establishments/:id/guests',
      {
        schema: {
          tags,
          summary: 'Khách đang lưu trú / Guests staying now',
          params: EstablishmentParams,
          querystring: GuestsQuery,
          response: { 200: DeclarationPageSchema, ...errors(400, 401, 403, 404) },
        },
        config: { access: DECLARE },
      },
      async (request) =>
        listCurrentGuests(database, reader(request), request.params.id, request.query),
    )

    app.get(
      '/establishments/:id/declarations',
      {
        schema: {
          tags,
          summary: 'Sổ khai báo lưu trú của cơ sở / The establishment’s declarations',
          params: EstablishmentParams,
          querystring: RegisterQuery,
          response: { 200: RegisterPageSchema, ...errors(400, 401, 403, 404, 422) },
        },
        config: { access: DECLARE },
      },
      async (request) =>
        listEstablishmentDeclarations(database, reader(request), request.params.id, request.query),
    )

    /** A change of a declaration: its id, a body, the changed declaration back. */
    function changeRoute<B extends TObject>(
      action: string,
      summary: string,
      body: B,
      change: (db: Executor, target: ChangeTarget, input: Static<B>) => Promise<PoliceDeclaration>,
    ): void {
      app.post(
        `/declarations/:id/${action}`,
        {
          schema: {
            tags,
            summary,
            params: DeclarationParams,
            body,
            response: { 200: PoliceDeclarationSchema, ...errors(400, 401, 403, 404, 409, 422) },
          },
          config: { access: DECLARE },
        },
        async (request) => change(db, target(request), request.body as Static<B>),
      )
    }
    changeRoute('check-out', 'Khách trả phòng / Check a guest out', CheckOutBody, checkOutStay)
    changeRoute('extension', 'Gia hạn lưu trú / Extend a stay', ExtensionBody, extendStay)
    changeRoute(
      'corrections',
      'Sửa khai báo, giữ bản cũ / Correct a declaration, keeping the original',
      CorrectionBody,
      correctDeclaration,
    )
  }
