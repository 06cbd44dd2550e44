import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { requirePrincipal } from '../../platform/auth/access.js'
import type { Executor } from '../../platform/db/database.js'
import { errorResponses as errors } from '../../platform/http/errors.js'
import { presentBusiness, presentTrades } from './businesses.presenters.js'
import {
  BusinessListQuery,
  BusinessParams,
  BusinessSchema,
  EndBusinessBody,
  NewBusinessBody,
  SellersByCommuneSchema,
  SellersQuery,
  TradeSchema,
} from './businesses.schemas.js'
import {
  endBusiness,
  getBusiness,
  listBusinesses,
  registerBusiness,
  type OfficerContext,
} from './businesses.service.js'
import { listVerifiedSellersByCommune } from './sellers.service.js'

const tags = ['businesses']
const DEFAULT_LIMIT = 100

const officerContext = (request: FastifyRequest): OfficerContext => ({
  officer: requirePrincipal(request),
  ip: request.ip,
})

/**
 * The register of household businesses under /api/v1/businesses (model 22): commune officers
 * register and end their commune's businesses; anyone reads the province's verified sellers of
 * tourism and local specialties.
 */
export const businessRoutes =
  (db: Executor): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/trades',
      {
        schema: {
          tags,
          summary: 'Ngành nghề kinh doanh / Trades',
          response: { 200: Type.Array(TradeSchema) },
        },
        config: { access: 'public' },
      },
      () => presentTrades(),
    )

    app.get(
      '/sellers',
      {
        schema: {
          tags,
          summary:
            'Người bán hộ kinh doanh đã xác thực, theo xã / Verified household sellers by commune',
          querystring: SellersQuery,
          response: { 200: SellersByCommuneSchema, ...errors(400) },
        },
        config: { access: 'public' },
      },
      async (request) => listVerifiedSellersByCommune(db, request.query),
    )

    app.post(
      '/',
      {
        schema: {
          tags,
          summary: 'Đăng ký hộ kinh doanh (cán bộ xã) / Register a household business',
          body: NewBusinessBody,
          response: { 201: BusinessSchema, ...errors(400, 401, 403, 409, 422) },
        },
        config: { access: 'businesses.manage' },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(presentBusiness(await registerBusiness(db, officerContext(request), request.body))),
    )

    app.get(
      '/',
      {
        schema: {
          tags,
          summary: 'Hộ kinh doanh trên địa bàn / Household businesses in my jurisdiction',
          querystring: BusinessListQuery,
          response: { 200: Type.Array(BusinessSchema), ...errors(400, 401, 403) },
        },
        config: { access: 'businesses.read' },
      },
      async (request) =>
        (
          await listBusinesses(db, requirePrincipal(request), {
            ...request.query,
            limit: request.query.limit ?? DEFAULT_LIMIT,
          })
        ).map(presentBusiness),
    )

    app.get(
      '/:id',
      {
        schema: {
          tags,
          summary: 'Một hộ kinh doanh / One household business',
          params: BusinessParams,
          response: { 200: BusinessSchema, ...errors(400, 401, 403, 404) },
        },
        config: { access: 'businesses.read' },
      },
      async (request) =>
        presentBusiness(await getBusiness(db, requirePrincipal(request), request.params.id)),
    )

    app.post(
      '/:id/end',
      {
        schema: {
          tags,
          summary: 'Chấm dứt hoạt động hộ kinh doanh / End a household business',
          params: BusinessParams,
          body: EndBusinessBody,
          response: { 200: BusinessSchema, ...errors(400, 401, 403, 404, 409) },
        },
        config: { access: 'businesses.manage' },
      },
      async (request) =>
        presentBusiness(
          await endBusiness(db, officerContext(request), {
            id: request.params.id,
            reason: request.body.reason,
          }),
        ),
    )
  }
