import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { requirePersonalNumber, requirePrincipal } from '../../platform/auth/access.js'
import type { Executor } from '../../platform/db/database.js'
import { errorResponses as errors } from '../../platform/http/errors.js'
import { sendOutcome } from '../../platform/http/idempotency.js'
import { describeService, listCatalogue } from './catalogue/catalogue.presenters.js'
import { lookUpDossier } from './dossiers/my-dossiers.js'
import { ATTACHMENT_LIMIT_BYTES, uploadAttachment } from './filing/attachments.js'
import { discardDraft, listDrafts, saveDraft } from './filing/drafts.js'
import { startForm } from './filing/form-start.js'
import { submitDossier } from './filing/submit.js'
import { idempotencyOf } from './idempotency.js'
import {
  AttachmentSchema,
  CatalogueQuery,
  CatalogueSchema,
  DossierCodeParams,
  DraftBody,
  DraftListSchema,
  DraftSchema,
  FilingBody,
  FormStartSchema,
  IdempotencyHeaders,
  LookupSchema,
  ReceiptSchema,
  ServiceCodeParams,
  ServiceDetailSchema,
} from './services.schemas.js'
import { Type } from '@sinclair/typebox'

const tags = ['services']
const PUBLIC = { access: 'public' }
const READ = { access: 'me.read' }
const FILE = { access: 'me.manage' }

// Any declared type reaches the content check: a file's type is what its bytes say.
const UPLOAD_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'application/octet-stream']

/** The catalogue, forms, drafts and filing under /api/v1/services. */
export const filingRoutes =
  (db: Executor): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.addContentTypeParser(
      UPLOAD_TYPES,
      // Room above the limit, so that a file just over it gets the service's own refusal.
      { parseAs: 'buffer', bodyLimit: 2 * ATTACHMENT_LIMIT_BYTES },
      (_request, body, done) => {
        done(null, body)
      },
    )
    app.get(
      '/catalogue',
      {
        schema: {
          tags,
          summary: 'Danh mục dịch vụ công / The public services',
          querystring: CatalogueQuery,
          response: { 200: CatalogueSchema, ...errors(400) },
        },
        config: PUBLIC,
      },
      async (request) => ({ services: listCatalogue(request.query.q) }),
    )
    app.get(
      '/catalogue/:code',
      {
        schema: {
          tags,
          summary: 'Một dịch vụ công: tờ khai, giấy tờ, các bước / One service',
          params: ServiceCodeParams,
          response: { 200: ServiceDetailSchema, ...errors(400, 404) },
        },
        config: PUBLIC,
      },
      async (request) => describeService(request.params.code),
    )
    app.get(
      '/catalogue/:code/form',
      {
        schema: {
          tags,
          summary: 'Tờ khai điền sẵn từ CSDL dân cư / The form filled from the registry',
          params: ServiceCodeParams,
          response: { 200: FormStartSchema, ...errors(400, 401, 403, 404) },
        },
        config: READ,
      },
      async (request) => startForm(db, requirePrincipal(request), request.params.code),
    )
    app.get(
      '/drafts',
      {
        schema: {
          tags,
          summary: 'Bản nháp của tôi / My drafts',
          response: { 200: DraftListSchema, ...errors(401, 403) },
        },
        config: READ,
      },
      async (request) => ({ drafts: await listDrafts(db, requirePrincipal(request).accountId) }),
    )
    app.put(
      '/drafts/:code',
      {
        schema: {
          tags,
          summary: 'Lưu bản nháp / Save a draft',
          params: ServiceCodeParams,
          body: DraftBody,
          response: { 200: DraftSchema, ...errors(400, 401, 403, 404, 413) },
        },
        config: FILE,
      },
      async (request) =>
        saveDraft(db, requirePrincipal(request).accountId, request.params.code, request.body.data),
    )
    app.delete(
      '/drafts/:code',
      {
        schema: {
          tags,
          summary: 'Xóa bản nháp / Discard a draft',
          params: ServiceCodeParams,
          response: { 204: Type.Null(), ...errors(400, 401, 403) },
        },
        config: FILE,
      },
      async (request, reply) => {
        await discardDraft(db, requirePrincipal(request).accountId, request.params.code)
        return reply.code(204).send(null)
      },
    )
    app.post(
      '/attachments',
      {
        schema: {
          tags,
          summary: 'Tải lên bản quét giấy tờ (PDF, JPEG, PNG) / Upload a scan',
          response: { 201: AttachmentSchema, ...errors(400, 401, 403, 413, 415) },
        },
        config: FILE,
      },
      async (request, reply) => {
        const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0)
        return reply
          .code(201)
          .send(await uploadAttachment(db, requirePrincipal(request).accountId, body))
      },
    )
    app.post(
      '/dossiers',
      {
        schema: {
          tags,
          summary: 'Nộp hồ sơ / File a dossier',
          headers: IdempotencyHeaders,
          body: FilingBody,
          response: { 201: ReceiptSchema, ...errors(400, 401, 403, 404, 422) },
        },
        config: FILE,
      },
      async (request, reply) => {
        requirePersonalNumber(request)
        return sendOutcome(
          reply,
          await submitDossier(db, {
            principal: requirePrincipal(request),
            filing: request.body,
            idempotency: idempotencyOf(request),
          }),
        )
      },
    )
    app.get(
      '/lookup/:code',
      {
        schema: {
          tags,
          summary: 'Tra cứu tình trạng hồ sơ theo mã / Where a dossier stands, by its code',
          params: DossierCodeParams,
          response: { 200: LookupSchema, ...errors(400, 404) },
        },
        config: PUBLIC,
      },
      async (request) => lookUpDossier(db, request.params.code),
    )
  }
