import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { requirePrincipal } from '../../../platform/auth/access.js'
import type { Principal } from '../../../platform/auth/principal.js'
import { memoizeUntilSuccess } from '../../../platform/async/memo.js'
import type { Database } from '../../../platform/db/database.js'
import { errorResponses as errors } from '../../../platform/http/errors.js'
import type { MessageSender } from '../../identity/index.js'
import type { RegistryContext } from '../../sso/index.js'
import { IdempotencyHeaders } from '../declarations/declarations.schemas.js'
import { issueApiCredentials } from './establishments-credentials.js'
import { findEstablishmentTypes } from './establishments.queries.js'
import {
  presentEstablishment,
  presentEstablishmentType,
  presentStaffMember,
} from './establishments.presenters.js'
import {
  CredentialsSchema,
  DecisionBody,
  EstablishmentListQuery,
  EstablishmentParams,
  EstablishmentSchema,
  PoliceEstablishmentSchema,
  EstablishmentTypeSchema,
  NewEstablishmentBody,
  StaffBody,
  StaffMemberSchema,
  StaffParams,
} from './establishments.schemas.js'
import {
  decideEstablishment,
  getEstablishmentForStaff,
  listEstablishmentsInJurisdiction,
  listMyEstablishments,
  listWorkplaces,
  registerEstablishment,
} from './establishments.service.js'
import { listStaff, nameStaff, removeStaff, type OwnerContext } from './establishments-staff.js'
import { idempotencyOf, sendOutcome } from '../idempotency.js'
import { presentForPolice } from './establishments-owners.js'
import { ensureStaysReference } from '../stays.reference.js'

export interface EstablishmentRouteOptions {
  /** Tells owners the police's decision. */
  sender: MessageSender
  /** The SSO's client registry, for each establishment's API client. */
  registry: RegistryContext
}

const tags = ['stays']
const DEFAULT_LIMIT = 100

function actor(request: FastifyRequest): Principal {
  return requirePrincipal(request)
}
const ownerContext = (request: FastifyRequest): OwnerContext => ({
  owner: actor(request),
  ip: request.ip,
})

/**
 * Establishments that declare guests (models 9-12) under /api/v1/stays: the owner registers,
 * the police of the place decide, the owner then names staff and gets API credentials. The
 * types and the deadline rule are loaded before the first request is served.
 */
export const establishmentRoutes =
  (database: Database, options: EstablishmentRouteOptions): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { db } = database
    const loaded = memoizeUntilSuccess(() => ensureStaysReference(db))
    app.addHook('preHandler', async () => {
      await loaded()
    })

    app.get(
      '/establishment-types',
      {
        schema: {
          tags,
          summary: 'Loại cơ sở lưu trú / Establishment types',
          response: { 200: Type.Array(EstablishmentTypeSchema) },
        },
        config: { access: 'public' },
      },
      async () => (await findEstablishmentTypes(db)).map(presentEstablishmentType),
    )

    app.post(
      '/establishments',
      {
        schema: {
          tags,
          summary:
            'Đăng ký cơ sở lưu trú (định danh mức 2) / Register an establishment (eID level 2)',
          headers: IdempotencyHeaders,
          body: NewEstablishmentBody,
          response: { 201: EstablishmentSchema, ...errors(400, 401, 403, 422) },
        },
        config: { access: 'me.manage' },
      },
      async (request, reply) =>
        sendOutcome(
          reply,
          await registerEstablishment(db, {
            owner: actor(request),
            establishment: request.body,
            idempotency: idempotencyOf(request),
          }),
        ),
    )

    app.get(
      '/establishments/mine',
      {
        schema: {
          tags,
          summary: 'Cơ sở của tôi / My establishments',
          response: { 200: Type.Array(EstablishmentSchema), ...errors(401, 403) },
        },
        config: { access: 'me.read' },
      },
      async (request) => (await listMyEstablishments(db, actor(request))).map(presentEstablishment),
    )

    app.get(
      '/establishments/workplaces',
      {
        schema: {
          tags,
          summary: 'Cơ sở nơi tôi làm việc / The establishments I declare guests for',
          response: { 200: Type.Array(EstablishmentSchema), ...errors(401, 403) },
        },
        // Any signed-in person may ask; someone with no staff grant gets an empty list.
        config: { access: 'me.read' },
      },
      async (request) => (await listWorkplaces(db, actor(request))).map(presentEstablishment),
    )

    app.get(
      '/establishments',
      {
        schema: {
          tags,
          summary: 'Cơ sở trên địa bàn (công an) / Establishments in my jurisdiction (police)',
          querystring: EstablishmentListQuery,
          response: { 200: Type.Array(PoliceEstablishmentSchema), ...errors(400, 401, 403) },
        },
        config: { access: 'stays.police.read' },
      },
      async (request) =>
        presentForPolice(
          db,
          { principal: actor(request), ip: request.ip },
          await listEstablishmentsInJurisdiction(db, actor(request), {
            status: request.query.status,
            limit: request.query.limit ?? DEFAULT_LIMIT,
          }),
        ),
    )

    app.get(
      '/establishments/:id',
      {
        schema: {
          tags,
          summary: 'Cơ sở nơi tôi làm việc / The establishment I declare for',
          params: EstablishmentParams,
          response: { 200: EstablishmentSchema, ...errors(400, 401, 403, 404) },
        },
        config: { access: 'stays.declare' },
      },
      async (request) =>
        presentEstablishment(await getEstablishmentForStaff(db, actor(request), request.params.id)),
    )

    app.post(
      '/establishments/:id/decision',
      {
        schema: {
          tags,
          summary: 'Duyệt hoặc từ chối cơ sở / Approve or refuse an establishment',
          params: EstablishmentParams,
          body: DecisionBody,
          response: { 200: EstablishmentSchema, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: { access: 'stays.establishment.decide' },
      },
      async (request) =>
        presentEstablishment(
          await decideEstablishment(
            db,
            { officer: actor(request), ip: request.ip, sender: options.sender },
            { establishmentId: request.params.id, ...request.body },
          ),
        ),
    )

    app.get(
      '/establishments/:id/staff',
      {
        schema: {
          tags,
          summary: 'Nhân viên của cơ sở (chủ cơ sở) / Staff of my establishment (owner)',
          params: EstablishmentParams,
          response: { 200: Type.Array(StaffMemberSchema), ...errors(400, 401, 403, 404) },
        },
        config: { access: 'me.read' },
      },
      async (request) =>
        (await listStaff(db, actor(request), request.params.id)).map(presentStaffMember),
    )

    app.post(
      '/establishments/:id/staff',
      {
        schema: {
          tags,
          summary: 'Giao tài khoản nhân viên (chủ cơ sở) / Name a staff member (owner)',
          params: EstablishmentParams,
          body: StaffBody,
          response: { 201: StaffMemberSchema, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: { access: 'me.manage' },
      },
      async (request, reply) =>
        reply.code(201).send(
          presentStaffMember(
            await nameStaff(db, ownerContext(request), {
              establishmentId: request.params.id,
              personalNumber: request.body.personalNumber,
            }),
          ),
        ),
    )

    app.delete(
      '/establishments/:id/staff/:grantId',
      {
        schema: {
          tags,
          summary: 'Thu hồi tài khoản nhân viên (chủ cơ sở) / Revoke a staff member (owner)',
          params: StaffParams,
          response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 409) },
        },
        config: { access: 'me.manage' },
      },
      async (request, reply) => {
        await removeStaff(db, ownerContext(request), {
          establishmentId: request.params.id,
          grantId: request.params.grantId,
        })
        return reply.code(204).send(null)
      },
    )

    app.post(
      '/establishments/:id/credentials',
      {
        schema: {
          tags,
          summary:
            'Khoá API cho phần mềm của cơ sở (chủ cơ sở) / API credentials for the establishment software (owner)',
          params: EstablishmentParams,
          response: { 200: CredentialsSchema, ...errors(400, 401, 403, 404, 409) },
        },
        config: { access: 'me.manage' },
      },
      async (request) =>
        issueApiCredentials(db, options.registry, ownerContext(request), request.params.id),
    )
  }
