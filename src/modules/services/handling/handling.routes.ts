import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest } from 'fastify'
import { requirePersonalNumber, requirePrincipal } from '../../../platform/auth/access.js'
import { errorResponses as errors } from '../../../platform/http/errors.js'
import { DossierCodeParams } from '../services.schemas.js'
import { answerInfoRequest } from './answer.js'
import {
  approveDossier,
  assignDossier,
  outcomeOf,
  refuseDossier,
  requestInfo,
} from './decisions.js'
import {
  readAttachmentForOfficer,
  readDossierForOfficer,
  type HandlingContext,
} from './dossier-view.js'
import type { HandlingDeps } from './handling.types.js'
import {
  AnswerBody,
  AssignBody,
  AttachmentParams,
  DecisionBody,
  HandlingOutcomeSchema,
  InfoRequestBody,
  OfficerDossierSchema,
  PdfSchema,
  PurposeQuery,
  QueueQuery,
  QueueSchema,
} from './handling.schemas.js'
import { listQueue } from './queue.js'
import { resultForOfficer, resultForResident } from './result.js'

const tags = ['services']
const HANDLE = { access: 'services.handle' }
const ANSWER = { access: 'me.manage' }
const READ = { access: 'me.read' }

const lookOf = (request: FastifyRequest, purpose: string): HandlingContext => ({
  principal: requirePrincipal(request),
  purpose,
  ip: request.ip,
})

const pdfName = (code: string) => `attachment; filename="ket-qua-${code}.pdf"`

/**
 * The one-stop shop's officers under /api/v1/services: the queue of their units, a dossier read
 * with a purpose, and its handling (assign, ask for more, approve, refuse, the result).
 */
export const handlingRoutes =
  (deps: HandlingDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { database } = deps
    const withLog: HandlingDeps = {
      ...deps,
      noticeFailed: (err, code) => {
        app.log.warn({ err, code }, 'a dossier notice could not be sent')
      },
    }
    app.get(
      '/queue',
      {
        schema: {
          tags,
          summary: 'Hồ sơ cần xử lý của đơn vị / The queue of my units',
          querystring: QueueQuery,
          response: { 200: QueueSchema, ...errors(400, 401, 403) },
        },
        config: HANDLE,
      },
      async (request) =>
        listQueue(database.db, requirePrincipal(request), request.query, deps.now()),
    )
    app.get(
      '/handling/:code',
      {
        schema: {
          tags,
          summary: 'Xem hồ sơ để xử lý (ghi nhật ký kèm mục đích) / A dossier, read with a purpose',
          params: DossierCodeParams,
          querystring: PurposeQuery,
          response: { 200: OfficerDossierSchema, ...errors(400, 401, 403, 404, 409) },
        },
        config: HANDLE,
      },
      async (request) =>
        readDossierForOfficer(
          database,
          lookOf(request, request.query.purpose),
          request.params.code,
          deps.now(),
        ),
    )
    app.get(
      '/handling/:code/attachments/:id',
      {
        schema: {
          tags,
          summary: 'Tải giấy tờ đính kèm của hồ sơ / Download a dossier’s scan',
          params: AttachmentParams,
          querystring: PurposeQuery,
          response: { 200: PdfSchema, ...errors(400, 401, 403, 404, 409) },
        },
        config: HANDLE,
      },
      async (request, reply) => {
        const file = await readAttachmentForOfficer(
          database,
          lookOf(request, request.query.purpose),
          request.params.code,
          request.params.id,
        )
        return reply
          .type(file.mediaType)
          .header('content-disposition', 'attachment')
          .header('x-content-type-options', 'nosniff')
          .send(file.content)
      },
    )
    app.post(
      '/handling/:code/assign',
      {
        schema: {
          tags,
          summary:
            'Nhận xử lý hoặc giao cho đồng nghiệp / Take the dossier or give it to a colleague',
          params: DossierCodeParams,
          body: AssignBody,
          response: { 200: HandlingOutcomeSchema, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: HANDLE,
      },
      async (request) =>
        outcomeOf(
          await assignDossier(
            withLog,
            requirePrincipal(request),
            request.params.code,
            request.body.assigneeId,
          ),
        ),
    )
    app.post(
      '/handling/:code/request-info',
      {
        schema: {
          tags,
          summary: 'Yêu cầu bổ sung (tạm dừng thời hạn) / Ask for more (the clock pauses)',
          params: DossierCodeParams,
          body: InfoRequestBody,
          response: { 200: HandlingOutcomeSchema, ...errors(400, 401, 403, 404, 409) },
        },
        config: HANDLE,
      },
      async (request) =>
        outcomeOf(
          await requestInfo(
            withLog,
            requirePrincipal(request),
            request.params.code,
            request.body.message,
          ),
        ),
    )
    app.post(
      '/handling/:code/approve',
      {
        schema: {
          tags,
          summary: 'Duyệt hồ sơ (cập nhật CSDL dân cư nếu có) / Approve (the registry changes)',
          params: DossierCodeParams,
          body: DecisionBody,
          response: { 200: HandlingOutcomeSchema, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: HANDLE,
      },
      async (request) =>
        outcomeOf(
          await approveDossier(
            withLog,
            requirePrincipal(request),
            request.params.code,
            request.body.reason,
          ),
        ),
    )
    app.post(
      '/handling/:code/refuse',
      {
        schema: {
          tags,
          summary: 'Từ chối hồ sơ, nêu lý do / Refuse, with the reason',
          params: DossierCodeParams,
          body: DecisionBody,
          response: { 200: HandlingOutcomeSchema, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: HANDLE,
      },
      async (request) =>
        outcomeOf(
          await refuseDossier(
            withLog,
            requirePrincipal(request),
            request.params.code,
            request.body.reason,
          ),
        ),
    )
    app.get(
      '/handling/:code/result.pdf',
      {
        schema: {
          tags,
          summary: 'Kết quả giải quyết (PDF) / The result (PDF)',
          params: DossierCodeParams,
          querystring: PurposeQuery,
          response: { 200: PdfSchema, ...errors(400, 401, 403, 404, 409) },
        },
        config: HANDLE,
      },
      async (request, reply) => {
        const pdf = await resultForOfficer(
          database,
          lookOf(request, request.query.purpose),
          request.params.code,
        )
        return reply
          .type('application/pdf')
          .header('content-disposition', pdfName(request.params.code))
          .send(pdf)
      },
    )
  }

/** The resident's side of handling under /api/v1/me: answering, and the result. */
export const myHandlingRoutes =
  (deps: HandlingDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/dossiers/:code/answer',
      {
        schema: {
          tags,
          summary: 'Trả lời yêu cầu bổ sung / Answer a request for more',
          params: DossierCodeParams,
          body: AnswerBody,
          response: { 200: HandlingOutcomeSchema, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: ANSWER,
      },
      async (request) => {
        requirePersonalNumber(request)
        return outcomeOf(
          await answerInfoRequest(
            deps,
            requirePrincipal(request),
            request.params.code,
            request.body,
          ),
        )
      },
    )
    app.get(
      '/dossiers/:code/result.pdf',
      {
        schema: {
          tags,
          summary: 'Kết quả hồ sơ của tôi (PDF) / My dossier’s result (PDF)',
          params: DossierCodeParams,
          response: { 200: PdfSchema, ...errors(400, 401, 403, 404, 409) },
        },
        config: READ,
      },
      async (request, reply) => {
        requirePersonalNumber(request)
        const pdf = await resultForResident(
          deps.database.db,
          requirePrincipal(request),
          request.params.code,
        )
        return reply
          .type('application/pdf')
          .header('content-disposition', pdfName(request.params.code))
          .send(pdf)
      },
    )
  }
