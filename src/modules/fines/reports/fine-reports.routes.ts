import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { requirePrincipal } from '../../../platform/auth/access.js'
import type { Executor } from '../../../platform/db/database.js'
import { errorResponses as errors } from '../../../platform/http/errors.js'
import { FineReportQuery, FineReportSchema } from './fine-reports.schemas.js'
import { fineReport } from './fine-reports.service.js'

/** Reports on traffic fines for the police and the committee, under /api/v1/fines (model 18). */
export const fineReportRoutes =
  (db: Executor): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/reports',
      {
        schema: {
          tags: ['fines'],
          summary:
            'Báo cáo vi phạm, nộp phạt theo hành vi, xã và tháng / Fines by article, commune and month',
          querystring: FineReportQuery,
          response: { 200: FineReportSchema, ...errors(400, 401, 403, 422) },
        },
        config: { access: 'fines.reports.read' },
      },
      async (request) => fineReport(db, requirePrincipal(request), request.query),
    )
  }
