import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type, type TSchema } from '@sinclair/typebox'
import { requirePrincipal } from '../../platform/auth/access.js'
import type { Executor } from '../../platform/db/database.js'
import { errorResponses as errors } from '../../platform/http/errors.js'
import { catalogueOf, membersAdministered, servicesOf } from './catalogue.service.js'
import { decideOnGrant, listGrants, requestGrant, type Decision } from './grants.service.js'
import {
  listMembers,
  publishService,
  registerMember,
  type BuiltinCheck,
} from './members.service.js'
import { presentGrant, presentMember, presentService } from './exchange.presenters.js'
import {
  ApproveBody,
  CatalogueQuery,
  Grant,
  GrantRequestBody,
  IdParams,
  Member,
  RefuseBody,
  MemberBody,
  Service,
  ServiceBody,
  ServicesQuery,
} from './exchange.schemas.js'

const tags = ['exchange']
const optionalDate = (value: string | undefined) =>
  value === undefined ? undefined : new Date(value)

/** Members, their data services, grants and the catalogue, under /api/v1/exchange. */
export const exchangeRoutes =
  (db: Executor, isBuiltin: BuiltinCheck): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/members',
      {
        schema: {
          tags,
          summary: 'Đăng ký thành viên trục liên thông / Register a member of the exchange',
          body: MemberBody,
          response: { 201: Member, ...errors(400, 401, 403, 409) },
        },
        config: { access: 'exchange.manage' },
      },
      async (request, reply) => {
        const admin = requirePrincipal(request)
        const member = await registerMember(db, request.body, admin.accountId)
        return reply.code(201).send(presentMember(member))
      },
    )

    app.get(
      '/members',
      {
        schema: {
          tags,
          summary: 'Các thành viên / Members',
          response: { 200: Type.Array(Member), ...errors(401, 403) },
        },
        config: { access: 'exchange.read' },
      },
      async () => (await listMembers(db)).map(presentMember),
    )

    app.get(
      '/members/mine',
      {
        schema: {
          tags,
          summary: 'Các thành viên tôi quản trị / The members I administer',
          response: { 200: Type.Array(Member), ...errors(401, 403) },
        },
        config: { access: 'exchange.read' },
      },
      async (request) =>
        (await membersAdministered(db, requirePrincipal(request))).map(presentMember),
    )

    app.post(
      '/services',
      {
        schema: {
          tags,
          summary: 'Công bố dịch vụ dữ liệu / Publish a data service',
          body: ServiceBody,
          response: { 201: Service, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: { access: 'exchange.manage' },
      },
      async (request, reply) => {
        const service = await publishService(db, request.body, isBuiltin)
        return reply.code(201).send(presentService(service))
      },
    )

    app.get(
      '/services',
      {
        schema: {
          tags,
          summary:
            'Dịch vụ do thành viên của tôi công bố / Services my members publish (all for an administrator)',
          querystring: ServicesQuery,
          response: { 200: Type.Array(Service), ...errors(400, 401, 403) },
        },
        config: { access: 'exchange.read' },
      },
      async (request) =>
        (await servicesOf(db, requirePrincipal(request), request.query.provider)).map(
          presentService,
        ),
    )

    app.get(
      '/catalogue',
      {
        schema: {
          tags,
          summary:
            'Danh mục dịch vụ thành viên có thể đề nghị / Services a member may ask for (all for an administrator)',
          querystring: CatalogueQuery,
          response: { 200: Type.Array(Service), ...errors(400, 401, 403, 404) },
        },
        config: { access: 'exchange.read' },
      },
      async (request) =>
        (await catalogueOf(db, requirePrincipal(request), request.query.member)).map(
          presentService,
        ),
    )

    app.get(
      '/grants',
      {
        schema: {
          tags,
          summary: 'Quyền truy cập của thành viên / Grants asked for or given by my members',
          response: { 200: Type.Array(Grant), ...errors(401, 403) },
        },
        config: { access: 'exchange.read' },
      },
      async (request) => (await listGrants(db, requirePrincipal(request))).map(presentGrant),
    )

    app.post(
      '/grants',
      {
        schema: {
          tags,
          summary: 'Đề nghị cấp quyền truy cập dịch vụ / Ask for access to a service',
          body: GrantRequestBody,
          response: { 201: Grant, ...errors(400, 401, 403, 404, 422) },
        },
        config: { access: 'exchange.grants' },
      },
      async (request, reply) => {
        const { expiresAt, ...rest } = request.body
        const grant = await requestGrant(
          db,
          { principal: requirePrincipal(request), now: new Date() },
          { ...rest, expiresAt: optionalDate(expiresAt) },
        )
        return reply.code(201).send(presentGrant(grant))
      },
    )

    const decide = (outcome: Decision['outcome'], summary: string, body: TSchema) =>
      app.post(
        `/grants/:id/${outcome}`,
        {
          schema: {
            tags,
            summary,
            params: IdParams,
            body,
            response: { 200: Grant, ...errors(400, 401, 403, 404, 409, 422) },
          },
          config: { access: 'exchange.grants' },
          // Every term is optional: a request without a body decides on the terms as asked.
          preValidation: async (request) => {
            request.body ??= {}
          },
        },
        async (request) => {
          const terms = (request.body ?? {}) as { expiresAt?: string } & Omit<
            Decision,
            'outcome' | 'expiresAt'
          >
          const grant = await decideOnGrant(
            db,
            { principal: requirePrincipal(request), now: new Date() },
            request.params.id,
            { ...terms, outcome, expiresAt: optionalDate(terms.expiresAt) },
          )
          return presentGrant(grant)
        },
      )
    decide('approve', 'Chấp thuận cấp quyền / Approve a grant', ApproveBody)
    decide('refuse', 'Từ chối cấp quyền, nêu lý do / Refuse a grant, saying why', RefuseBody)
    decide('revoke', 'Thu hồi quyền đã cấp, nêu lý do / Revoke an approved grant', RefuseBody)
  }
