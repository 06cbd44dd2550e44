import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { requirePrincipal } from '../../platform/auth/access.js'
import type { Executor } from '../../platform/db/database.js'
import { errorResponses as errors } from '../../platform/http/errors.js'
import { presentViolation } from './violations/violations.presenters.js'
import { NewViolationBody, ViolationSchema } from './violations/violations.schemas.js'
import { recordViolation } from './violations/violations.service.js'

const tags = ['fines']

/** Traffic fines under /api/v1/fines (model 18). */
export const finesRoutes =
  (db: Executor): FastifyPluginAsyncTypebox =>
  async (app) => {
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
  }
