import type { Readable } from 'node:stream'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { requirePrincipal } from '../../../platform/auth/access.js'
import type { Executor } from '../../../platform/db/database.js'
import { errorResponses as errors } from '../../../platform/http/errors.js'
import { linkageErrors } from '../linkage.errors.js'
import { presentDataset } from './datasets.presenters.js'
import {
  DatasetListSchema,
  DatasetParams,
  DatasetSchema,
  ImportBody,
  UploadQuery,
} from './datasets.schemas.js'
import { datasetOf, datasetsOf, runImport, startImport, uploadDataset } from './datasets.service.js'

const tags = ['linkage']
// Any declared type reaches the content check: a file's kind is what its bytes say.
const UPLOAD_TYPES = [
  'text/csv',
  'text/plain',
  'application/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
  'application/octet-stream',
]

const isStream = (body: unknown): body is Readable =>
  typeof body === 'object' && body !== null && 'pipe' in body

/** Datasets of agencies under /api/v1/linkage: upload, preview, mapping, import and progress. */
export const datasetRoutes =
  (db: Executor, options: { uploadLimitBytes: number }): FastifyPluginAsyncTypebox =>
  async (app) => {
    // The body is handed over as the stream it is: the service stores it chunk by chunk.
    app.addContentTypeParser(UPLOAD_TYPES, (_request, payload, done) => {
      done(null, payload)
    })
    app.post(
      '/datasets',
      {
        schema: {
          tags,
          summary: 'Tải lên danh sách (CSV, XLSX) / Upload a list (CSV, XLSX)',
          querystring: UploadQuery,
          response: { 201: DatasetSchema, ...errors(400, 401, 403, 409, 413, 415, 422) },
        },
        config: { access: 'linkage.datasets.import' },
      },
      async (request, reply) => {
        if (!isStream(request.body)) throw linkageErrors.refuse('FILE_BINARY')
        const declared = Number(request.headers['content-length'] ?? 0)
        if (declared > options.uploadLimitBytes) {
          request.body.resume()
          throw linkageErrors.refuse('FILE_TOO_LARGE', { limitBytes: options.uploadLimitBytes })
        }
        const dataset = await uploadDataset(
          db,
          requirePrincipal(request),
          request.query,
          request.body,
          options.uploadLimitBytes,
        )
        return reply.code(201).send(presentDataset(dataset))
      },
    )
    app.get(
      '/datasets',
      {
        schema: {
          tags,
          summary: "Danh sách của cơ quan, đơn vị tôi / My agency and units' datasets",
          response: { 200: DatasetListSchema, ...errors(401, 403) },
        },
        config: { access: 'linkage.datasets.read' },
      },
      async (request) => ({
        items: (await datasetsOf(db, requirePrincipal(request))).map(presentDataset),
      }),
    )
    app.get(
      '/datasets/:id',
      {
        schema: {
          tags,
          summary:
            'Một danh sách: xem trước, ghép cột, tiến độ / A dataset: preview, mapping, progress',
          params: DatasetParams,
          response: { 200: DatasetSchema, ...errors(400, 401, 403, 404) },
        },
        config: { access: 'linkage.datasets.read' },
      },
      async (request) =>
        presentDataset(await datasetOf(db, requirePrincipal(request), request.params.id)),
    )
    app.post(
      '/datasets/:id/import',
      {
        schema: {
          tags,
          summary:
            'Nhập danh sách theo cách ghép cột (tiếp tục nếu bị gián đoạn) / Import with a mapping (resumes if interrupted)',
          params: DatasetParams,
          body: ImportBody,
          response: { 202: DatasetSchema, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: { access: 'linkage.datasets.import' },
      },
      async (request, reply) => {
        const dataset = await startImport(
          db,
          requirePrincipal(request),
          request.params.id,
          request.body,
        )
        void runImport(db, dataset.id).catch((error: unknown) => {
          request.log.error({ err: error, datasetId: dataset.id }, 'linkage import stopped')
        })
        return reply.code(202).send(presentDataset(dataset))
      },
    )
  }
