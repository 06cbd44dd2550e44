import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type, type TSchema } from '@sinclair/typebox'
import { errorResponses } from '../../platform/http/errors.js'
import type { Analytics } from './analytics.runtime.js'
import { Binary, LabelSchema } from './analytics.schemas.js'
import { datasetCatalogue, datasetCsv, publishDataset } from './open-data.js'

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])
const errors = errorResponses
const tags = ['open data']
const config = { access: 'public' }

const Params = Type.Object({ id: Type.String({ pattern: '^[a-z0-9-]{1,60}$' }) })
const CsvQuery = Type.Object(
  {
    lang: Type.Optional(
      Type.Union([Type.Literal('vi'), Type.Literal('en')], { description: 'labels; default vi' }),
    ),
  },
  { additionalProperties: false },
)
const Cell = Type.Object({
  value: Nullable(Type.Integer({ description: 'null when withheld' })),
  suppressed: Type.Boolean({ description: 'withheld: below the threshold, or would reveal one' }),
})
const CatalogueSchema = Type.Object({
  datasets: Type.Array(
    Type.Object({
      id: Type.String(),
      title: LabelSchema,
      description: LabelSchema,
      threshold: Type.Integer(),
      json: Type.String({ description: 'path of the JSON table' }),
      csv: Type.String({ description: 'path of the CSV (one line per cell)' }),
    }),
  ),
})
const TableSchema = Type.Object({
  id: Type.String(),
  title: LabelSchema,
  description: LabelSchema,
  threshold: Type.Integer({ description: 'cells below this are withheld' }),
  asOf: Type.String({ format: 'date' }),
  builtAt: Type.String({ description: 'when the analytical copy was built' }),
  columns: Type.Array(Type.Object({ key: Type.String(), label: LabelSchema })),
  rows: Type.Array(
    Type.Object({
      code: Type.String({ description: 'commune code (2025 structure)' }),
      label: Type.String(),
      cells: Type.Array(Cell, { description: 'in the order of columns' }),
      total: Cell,
    }),
  ),
  totals: Type.Object({ cells: Type.Array(Cell), total: Cell }),
  suppressedCells: Type.Integer(),
})

const PREFIX = '/api/v1/analytics/open-data'

/**
 * Open data (model 41), public and documented: aggregated tables of the province by commune,
 * small cells withheld so that none can be recovered from the published totals.
 */
export const openDataRoutes =
  (analytics: Analytics): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/',
      {
        schema: {
          tags,
          summary: 'Danh mục dữ liệu mở / The open datasets',
          response: { 200: CatalogueSchema },
        },
        config,
      },
      async () => ({
        datasets: datasetCatalogue().map((d) => ({
          ...d,
          json: `${PREFIX}/${d.id}`,
          csv: `${PREFIX}/${d.id}/csv`,
        })),
      }),
    )
    app.get(
      '/:id',
      {
        schema: {
          tags,
          summary: 'Một bộ dữ liệu mở (JSON) / One open dataset as JSON',
          params: Params,
          response: { 200: TableSchema, ...errors(400, 404, 503) },
        },
        config,
      },
      async (request) => publishDataset(analytics, request.params.id),
    )
    app.get(
      '/:id/csv',
      {
        schema: {
          tags,
          summary: 'Một bộ dữ liệu mở (CSV) / One open dataset as CSV',
          params: Params,
          querystring: CsvQuery,
          response: {
            200: Binary('row_code,row_label,column_code,column_label,value,suppressed'),
            ...errors(400, 404, 503),
          },
        },
        config,
      },
      async (request, reply) => {
        const table = await publishDataset(analytics, request.params.id)
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${table.id}-${table.asOf}.csv"`)
          .send(datasetCsv(table, request.query.lang ?? 'vi'))
      },
    )
  }
