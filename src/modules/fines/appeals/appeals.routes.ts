import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { requirePrincipal } from '../../../platform/auth/access.js'
import type { Executor } from '../../../platform/db/database.js'
import { errorResponses as errors } from '../../../platform/http/errors.js'
import { ImageSchema } from '../evidence/evidence.schemas.js'
import { BASE64_MAX_LENGTH } from '../evidence/images.js'
import { ViolationDetailSchema, ViolationParams } from '../violations/violations.schemas.js'
import {
  AppealBody,
  AppealListSchema,
  AppealParams,
  AppealSchema,
  AppealsQuery,
  AttachmentParams,
  DecisionBody,
  MAX_APPEAL_ATTACHMENTS,
} from './appeals.schemas.js'
import {
  confirmViolation,
  decideAppeal,
  fileAppeal,
  listAppeals,
  readAppealAttachment,
} from './appeals.service.js'

const tags = ['fines']
const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
}

/** Confirming, appealing and deciding appeals under /api/v1/fines. */
export const appealsRoutes =
  (db: Executor): FastifyPluginAsyncTypebox =>
  async (app) => {
    const caller = (request: Parameters<typeof requirePrincipal>[0]) => ({
      principal: requirePrincipal(request),
      ip: request.ip,
    })
    app.post(
      '/violations/:id/confirm',
      {
        schema: {
          tags,
          summary: 'Chủ phương tiện xác nhận vi phạm / The owner confirms the violation',
          params: ViolationParams,
          response: { 200: ViolationDetailSchema, ...errors(400, 401, 403, 404, 409) },
        },
        config: { access: 'me.manage' },
      },
      async (request) => confirmViolation(db, caller(request), request.params.id),
    )
    app.post(
      '/violations/:id/appeals',
      {
        bodyLimit: MAX_APPEAL_ATTACHMENTS * BASE64_MAX_LENGTH + 64 * 1024,
        schema: {
          tags,
          summary:
            'Chủ phương tiện khiếu nại vi phạm trước hạn / The owner appeals before the deadline',
          params: ViolationParams,
          body: AppealBody,
          response: { 201: AppealSchema, ...errors(400, 401, 403, 404, 409, 413, 415, 422) },
        },
        config: { access: 'me.manage' },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await fileAppeal(db, caller(request), request.params.id, request.body)),
    )
    app.get(
      '/appeals',
      {
        schema: {
          tags,
          summary: 'Đơn khiếu nại trên địa bàn / Appeals in the officer’s communes',
          querystring: AppealsQuery,
          response: { 200: AppealListSchema, ...errors(400, 401, 403) },
        },
        config: { access: 'fines.appeals.decide' },
      },
      async (request) => ({
        items: await listAppeals(db, requirePrincipal(request), request.query),
      }),
    )
    app.post(
      '/appeals/:id/decision',
      {
        schema: {
          tags,
          summary: 'Quyết định về đơn khiếu nại / Decide an appeal',
          params: AppealParams,
          body: DecisionBody,
          response: { 200: AppealSchema, ...errors(400, 401, 403, 404, 409) },
        },
        config: { access: 'fines.appeals.decide' },
      },
      async (request) => decideAppeal(db, caller(request), request.params.id, request.body),
    )
    app.get(
      '/appeals/:id/attachments/:ordinal',
      {
        schema: {
          tags,
          summary:
            'Tải tệp đính kèm của đơn khiếu nại (công an địa bàn) / Download an appeal’s attachment (police of the place)',
          params: AttachmentParams,
          response: { 200: ImageSchema, ...errors(400, 401, 403, 404) },
        },
        config: { access: 'fines.appeals.decide' },
      },
      async (request, reply) => {
        const { id, ordinal } = request.params
        const file = await readAppealAttachment(db, caller(request), id, ordinal)
        // The name is made of the checked id and ordinal only: nothing the sender chose.
        const name = `khieu-nai-${id}-${ordinal}.${EXTENSIONS[file.mediaType] ?? 'bin'}`
        return reply
          .type(file.mediaType)
          .header('content-disposition', `attachment; filename="${name}"`)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .send(file.content)
      },
    )
  }
