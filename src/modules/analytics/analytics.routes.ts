import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { requirePrincipal } from '../../platform/auth/access.js'
import type { Principal } from '../../platform/auth/principal.js'
import { errorResponses } from '../../platform/http/errors.js'
import { boundariesMissing, exportNeedsChart } from './analytics.errors.js'
import { READ } from './analytics.policy.js'
import type { Analytics } from './analytics.runtime.js'
import {
  Binary,
  DashboardSchema,
  GeoJsonSchema,
  LayerParams,
  PeriodExportQuery,
  PeriodQuery,
  SnapshotExportQuery,
  SnapshotQuery,
  StatusSchema,
  type ExportQuery,
} from './analytics.schemas.js'
import {
  dashboardCatalogue,
  DASHBOARDS,
  showDashboard,
  type DashboardId,
} from './analytics.service.js'
import { boundaryLayer } from './boundaries.js'
import { chartCsv, chartsWorkbook } from './chart-export.js'

const errors = errorResponses
const tags = ['analytics']
const config = { access: READ }

function actor(request: FastifyRequest): Principal {
  return requirePrincipal(request)
}

/**
 * The leaders' dashboards under /api/v1/analytics: population, labour, digital citizens,
 * public order and tourism, each as named charts, each chart exportable as CSV or XLSX; the
 * map layers; and the copy's status. Aggregates only, within the caller's units.
 */
export const analyticsRoutes =
  (analytics: Analytics): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/status',
      {
        schema: {
          tags,
          summary:
            'Bản sao phân tích và các bảng điều khiển / The analytical copy and the dashboards',
          response: { 200: StatusSchema, ...errors(401, 403) },
        },
        config,
      },
      async () => ({ ...analytics.status(), dashboards: dashboardCatalogue() }),
    )
    for (const [id, { spec, filters }] of Object.entries(DASHBOARDS)) {
      const querystring = filters === 'snapshot' ? SnapshotQuery : PeriodQuery
      app.get(
        `/${id}`,
        {
          schema: {
            tags,
            summary: `${spec.title.vi} / ${spec.title.en}`,
            querystring,
            response: { 200: DashboardSchema, ...errors(400, 401, 403, 404, 422, 503) },
          },
          config,
        },
        async (request) =>
          showDashboard(analytics, actor(request), id as DashboardId, request.query),
      )
      app.get(
        `/${id}/export`,
        {
          schema: {
            tags,
            summary: `${spec.title.vi}: xuất số liệu / ${spec.title.en}: data as CSV or XLSX`,
            querystring: filters === 'snapshot' ? SnapshotExportQuery : PeriodExportQuery,
            response: {
              200: Binary('CSV (one chart) or XLSX (one sheet per chart)'),
              ...errors(400, 401, 403, 404, 422, 503),
            },
          },
          config,
        },
        async (request, reply) => {
          const {
            chart,
            format,
            lang = 'vi',
            ...query
          } = request.query as ExportQuery & Record<string, string>
          if (format === 'csv' && !chart) throw exportNeedsChart()
          const view = await showDashboard(
            analytics,
            actor(request),
            id as DashboardId,
            query,
            chart,
          )
          const name = `${id}${chart ? `-${chart}` : ''}`
          if (format === 'csv')
            return reply
              .type('text/csv; charset=utf-8')
              .header('content-disposition', `attachment; filename="${name}.csv"`)
              .send(chartCsv(view.charts[0]!, lang))
          return reply
            .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
            .header('content-disposition', `attachment; filename="${name}.xlsx"`)
            .send(await chartsWorkbook(view.charts, lang))
        },
      )
    }
    app.get(
      '/maps/:layer',
      {
        schema: {
          tags,
          summary: 'Ranh giới cho bản đồ / Boundaries for the maps',
          params: LayerParams,
          response: { 200: GeoJsonSchema, ...errors(400, 401, 403, 404) },
        },
        config,
      },
      async (request) => {
        const layer = boundaryLayer(request.params.layer)
        if (!layer) throw boundariesMissing(request.params.layer)
        return layer
      },
    )
  }
