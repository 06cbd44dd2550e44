import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { requirePrincipal } from '../../../platform/auth/access.js'
import type { Executor } from '../../../platform/db/database.js'
import { errorResponses as errors } from '../../../platform/http/errors.js'
import { ViolationParams } from '../violations/violations.schemas.js'
import {
  EvidenceListSchema,
  EvidenceParams,
  EvidenceSchema,
  ImageSchema,
} from './evidence.schemas.js'
import { addEvidence, evidenceOf, readEvidence } from './evidence.service.js'
import { IMAGE_LIMIT_BYTES } from './images.js'

const tags = ['fines']
// Any declared type reaches the content check: a file's type is what its bytes say.
const UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/octet-stream']

/** Evidence images of violations under /api/v1/fines. */
export const evidenceRoutes =
  (db: Executor): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.addContentTypeParser(
      UPLOAD_TYPES,
      // Room above the limit, so that a file just over it gets the service's own refusal.
      { parseAs: 'buffer', bodyLimit: 2 * IMAGE_LIMIT_BYTES },
      (_request, body, done) => {
        done(null, body)
      },
    )
    app.post(
      '/violations/:id/evidence',
      {
        schema: {
          tags,
          summary:
            'Thêm ảnh bằng chứng (JPEG, PNG, WebP) / Add an evidence image (JPEG, PNG, WebP)',
          params: ViolationParams,
          response: { 201: EvidenceSchema, ...errors(400, 401, 403, 404, 409, 413, 415, 422) },
        },
        config: { access: 'fines.record' },
      },
      async (request, reply) => {
        const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0)
        const view = await addEvidence(
          db,
          { principal: requirePrincipal(request), ip: request.ip },
          request.params.id,
          body,
        )
        return reply.code(201).send(view)
      },
    )
    app.get(
      '/violations/:id/evidence',
      {
        schema: {
          tags,
          summary: 'Danh sách ảnh bằng chứng / The evidence images of a violation',
          params: ViolationParams,
          response: { 200: EvidenceListSchema, ...errors(400, 401, 403, 404) },
        },
        config: { access: 'me.read' },
      },
      async (request) => ({
        items: await evidenceOf(db, requirePrincipal(request), request.params.id),
      }),
    )
    app.get(
      '/violations/:id/evidence/:ordinal',
      {
        schema: {
          tags,
          summary: 'Một ảnh bằng chứng / One evidence image',
          params: EvidenceParams,
          response: { 200: ImageSchema, ...errors(400, 401, 403, 404) },
        },
        config: { access: 'me.read' },
      },
      async (request, reply) => {
        const file = await readEvidence(
          db,
          requirePrincipal(request),
          request.params.id,
          request.params.ordinal,
        )
        return reply
          .type(file.mediaType)
          .header('cache-control', 'private, max-age=3600')
          .header('x-content-type-options', 'nosniff')
          .header('etag', `"${file.sha256}"`)
          .send(file.content)
      },
    )
  }
