import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { requirePersonalNumber, requirePrincipal } from '../../platform/auth/access.js'
import type { Executor } from '../../platform/db/database.js'
import { errorResponses as errors } from '../../platform/http/errors.js'
import { fineTable } from './fine-table.js'
import { listMyFines, listOverdue, readViolation } from './violations/violation-reads.service.js'
import { presentViolation } from './violations/violations.presenters.js'
import {
  ArticleListSchema,
  MyFinesSchema,
  NewViolationBody,
  OverduePageSchema,
  OverdueQuery,
  ViolationDetailSchema,
  ViolationParams,
  ViolationSchema,
} from './violations/violations.schemas.js'
import { recordViolation } from './violations/violations.service.js'

const tags = ['fines']

/** Traffic fines under /api/v1/fines (model 18). */
export const finesRoutes =
  (db: Executor): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/articles',
      {
        schema: {
          tags,
          summary:
            'Các điều khoản xử phạt (Nghị định 168/2024) / The fine table’s articles (Decree 168/2024)',
          response: { 200: ArticleListSchema, ...errors(401, 403) },
        },
        config: { access: 'fines.record' },
      },
      async () => {
        const table = fineTable()
        return {
          decree: table.decree,
          items: table.articles.map(({ code, vehicleClass, minFine, maxFine, vi, en }) => ({
            code,
            vehicleClass,
            minFine,
            maxFine,
            vi,
            en,
          })),
        }
      },
    )
    app.post(
      '/violations',
      {
        schema: {
          tags,
          summary: 'Ghi nhận vi phạm giao thông (cảnh sát) / Record a traffic violation (police)',
          body: NewViolationBody,
          response: { 201: ViolationSchema, ...errors(400, 401, 403, 422) },
        },
        config: { access: 'fines.record' },
      },
      async (request, reply) => {
        const row = await recordViolation(
          db,
          { officer: requirePrincipal(request), ip: request.ip, source: 'officer' },
          request.body,
        )
        return reply.code(201).send(presentViolation(row))
      },
    )
    app.get(
      '/violations/:id',
      {
        schema: {
          tags,
          summary:
            'Một vi phạm: chủ phương tiện hoặc công an địa bàn / One violation: its owner or the police of its place',
          params: ViolationParams,
          response: { 200: ViolationDetailSchema, ...errors(400, 401, 403, 404) },
        },
        config: { access: 'me.read' },
      },
      async (request) =>
        readViolation(
          db,
          { principal: requirePrincipal(request), ip: request.ip },
          request.params.id,
        ),
    )
    app.get(
      '/overdue',
      {
        schema: {
          tags,
          summary: 'Vi phạm quá hạn nộp phạt trên địa bàn / Overdue fines in the police’s communes',
          querystring: OverdueQuery,
          response: { 200: OverduePageSchema, ...errors(400, 401, 403) },
        },
        config: { access: 'fines.read' },
      },
      async (request) => listOverdue(db, requirePrincipal(request), request.query),
    )
  }

/** The signed-in resident's fines under /api/v1/me. */
export const myFinesRoutes =
  (db: Executor): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/fines',
      {
        schema: {
          tags,
          summary:
            'Vi phạm giao thông của phương tiện tôi sở hữu / Traffic violations of my vehicles',
          response: { 200: MyFinesSchema, ...errors(401, 403) },
        },
        config: { access: 'me.read' },
      },
      async (request) => ({ items: await listMyFines(db, requirePersonalNumber(request)) }),
    )
  }
