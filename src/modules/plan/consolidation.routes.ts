import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { requirePrincipal } from '../../platform/auth/access.js'
import { errorResponses } from '../../platform/http/errors.js'
import {
  consolidationFile,
  issueConsolidation,
  listConsolidations,
} from './consolidation.service.js'
import type { PlanContext } from './context.js'
import { presentConsolidation } from './plan.presenters.js'
import { Month, RowId } from './plan.schemas.js'
import { MonthQuery } from './reports.schemas.js'

const errors = errorResponses
const tags = ['plan']
const READ = { access: 'plan.read' }
const MANAGE = { access: 'plan.manage' }

const Count = Type.Integer({ minimum: 0 })
const ConsolidationSchema = Type.Object({
  id: Type.Integer(),
  month: Type.String(),
  year: Type.Integer(),
  number: Type.Integer({ description: 'the document number within its year' }),
  issuedAt: Type.String(),
  totals: Type.Object({
    models: Type.Object({
      not_started: Count,
      in_progress: Count,
      done: Count,
      overdue: Count,
    }),
    reports: Type.Object({ expected: Count, submitted: Count, late: Count, missing: Count }),
  }),
})
const Params = Type.Object({ id: RowId })
const Binary = (description: string) =>
  Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description })

const SUMMARIES = {
  pdf: 'Báo cáo tổng hợp (PDF) / The consolidated report as a PDF',
  xlsx: 'Số liệu tổng hợp (XLSX) / The consolidated figures as a workbook',
}

/** The standing office's consolidated monthly report, and its two downloads. */
export const consolidationRoutes =
  (ctx: PlanContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/consolidations',
      {
        schema: {
          tags,
          summary: "Tổng hợp báo cáo tháng / Consolidate a month's reports",
          body: Type.Object({ month: Month }, { additionalProperties: false }),
          response: { 201: ConsolidationSchema, ...errors(400, 401, 403, 422) },
        },
        config: MANAGE,
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            presentConsolidation(
              await issueConsolidation(ctx, requirePrincipal(request), request.body.month),
            ),
          ),
    )
    app.get(
      '/consolidations',
      {
        schema: {
          tags,
          summary: 'Các báo cáo tổng hợp / Consolidated reports',
          querystring: MonthQuery,
          response: {
            200: Type.Object({ consolidations: Type.Array(ConsolidationSchema) }),
            ...errors(400, 401, 403),
          },
        },
        config: READ,
      },
      async (request) => ({
        consolidations: (
          await listConsolidations(ctx, requirePrincipal(request), request.query.month)
        ).map(presentConsolidation),
      }),
    )
    for (const kind of ['pdf', 'xlsx'] as const) {
      app.get(
        kind === 'pdf' ? '/consolidations/:id/report.pdf' : '/consolidations/:id/figures.xlsx',
        {
          schema: {
            tags,
            summary: SUMMARIES[kind],
            params: Params,
            response: { 200: Binary(`the .${kind} file`), ...errors(400, 401, 403, 404) },
          },
          config: READ,
        },
        async (request, reply) => {
          const file = await consolidationFile(
            ctx,
            requirePrincipal(request),
            request.params.id,
            kind,
          )
          return reply
            .type(file.contentType)
            .header('content-disposition', `attachment; filename="${file.fileName}"`)
            .send(file.body)
        },
      )
    }
  }
