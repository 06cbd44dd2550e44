import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Static, TSchema } from '@sinclair/typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { requirePersonalNumber, requirePrincipal } from '../../../platform/auth/access.js'
import type { Principal } from '../../../platform/auth/principal.js'
import { errorResponses as errors } from '../../../platform/http/errors.js'
import { presentCertification, presentForOfficer } from './certification.presenters.js'
import type { CertificationRow } from './certification.queries.js'
import {
  ApproveBody,
  BookQuery,
  CertificationIdParams,
  CertificationListSchema,
  CertificationRequestBody,
  CertificationSchema,
  CopyCheckSchema,
  FileSchema,
  OfficerCertificationSchema,
  OfficerListSchema,
  QueueQuery,
  ReasonBody,
  VerificationSchema,
  VerifyParams,
} from './certification.schemas.js'
import {
  approveCertification,
  certificationBook,
  certificationForOfficer,
  certificationQueue,
  getMyCertification,
  listMyCertifications,
  myCertifiedCopy,
  originalForOfficer,
  refuseCertification,
  requestCertification,
  revokeCertification,
  type Acting,
  type CertificationDeps,
} from './certification.service.js'
import { checkPresentedCopy, verifyCertification } from './verification.js'

const tags = ['documents']
const MANAGE = { access: 'me.manage' }
const READ = { access: 'me.read' }
const CERTIFY = { access: 'documents.certify' }
const PUBLIC = { access: 'public' }

const actingOf = (request: FastifyRequest): Acting => ({
  principal: requirePrincipal(request),
  ip: request.ip,
})

const sendPdf = (reply: FastifyReply, pdf: Buffer, name: string) =>
  reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="${name}.pdf"`)
    .header('x-content-type-options', 'nosniff')
    .send(pdf)

const copyName = (row: { bookNumber: number | null; bookYear: number | null }) =>
  `ban-sao-chung-thuc-${String(row.bookYear)}-${String(row.bookNumber)}`

/** The resident's certified copies under /api/v1/me: ask for one, follow it, take the PDF. */
export const myCertificationRoutes =
  (deps: CertificationDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { db } = deps.database
    app.post(
      '/certifications',
      {
        schema: {
          tags,
          summary:
            'Yêu cầu chứng thực bản sao từ giấy tờ trong kho / Ask for a certified copy of a vault document',
          body: CertificationRequestBody,
          response: { 201: CertificationSchema, ...errors(400, 401, 403, 404, 422) },
        },
        config: MANAGE,
      },
      async (request, reply) => {
        const row = await requestCertification(
          deps,
          actingOf(request),
          requirePersonalNumber(request),
          request.body.documentId,
        )
        return reply.code(201).send(presentCertification(row, deps.publicUrl))
      },
    )
    app.get(
      '/certifications',
      {
        schema: {
          tags,
          summary: 'Các yêu cầu chứng thực của tôi / My certifications',
          response: { 200: CertificationListSchema, ...errors(401, 403) },
        },
        config: READ,
      },
      async (request) => ({
        items: (await listMyCertifications(db, requirePersonalNumber(request))).map((row) =>
          presentCertification(row, deps.publicUrl),
        ),
      }),
    )
    app.get(
      '/certifications/:id',
      {
        schema: {
          tags,
          summary: 'Một yêu cầu chứng thực / One certification',
          params: CertificationIdParams,
          response: { 200: CertificationSchema, ...errors(400, 401, 403, 404) },
        },
        config: READ,
      },
      async (request) =>
        presentCertification(
          await getMyCertification(db, requirePersonalNumber(request), request.params.id),
          deps.publicUrl,
        ),
    )
    app.get(
      '/certifications/:id/pdf',
      {
        schema: {
          tags,
          summary: 'Tải bản sao chứng thực (PDF ký số) / Download the signed certified copy',
          params: CertificationIdParams,
          response: { 200: FileSchema, ...errors(400, 401, 403, 404, 409) },
        },
        config: READ,
      },
      async (request, reply) => {
        const { row, pdf } = await myCertifiedCopy(
          db,
          requirePersonalNumber(request),
          request.params.id,
        )
        return sendPdf(reply, pdf, copyName(row))
      },
    )
  }

/** The commune officer's side under /api/v1/documents: queue, compare, decide, the book. */
export const officerCertificationRoutes =
  (deps: CertificationDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { db } = deps.database
    const present = (row: Parameters<typeof presentForOfficer>[0]) =>
      presentForOfficer(row, deps.publicUrl)
    /** A list of the commune's certifications, as the officer reads them. */
    const list = <Query extends TSchema>(
      path: string,
      summary: string,
      querystring: Query,
      rows: (principal: Principal, query: Static<Query>) => Promise<CertificationRow[]>,
    ) => {
      app.get(
        path,
        {
          schema: {
            tags,
            summary,
            querystring,
            response: { 200: OfficerListSchema, ...errors(400, 401, 403) },
          },
          config: CERTIFY,
        },
        async (request) => ({
          items: (await rows(requirePrincipal(request), request.query)).map(present),
        }),
      )
    }
    list(
      '/certifications',
      'Hàng chờ chứng thực của xã / The commune’s certification queue',
      QueueQuery,
      (principal, query) =>
        certificationQueue(db, principal, query.status ?? 'requested', query.limit ?? 50),
    )
    app.get(
      '/certifications/:id',
      {
        schema: {
          tags,
          summary: 'Một yêu cầu chứng thực / One certification',
          params: CertificationIdParams,
          response: { 200: OfficerCertificationSchema, ...errors(400, 401, 403, 404) },
        },
        config: CERTIFY,
      },
      async (request) =>
        present(await certificationForOfficer(db, requirePrincipal(request), request.params.id)),
    )
    app.get(
      '/certifications/:id/original',
      {
        schema: {
          tags,
          summary: 'Xem bản chính để đối chiếu (ghi nhật ký) / The original, to compare (audited)',
          params: CertificationIdParams,
          response: { 200: FileSchema, ...errors(400, 401, 403, 404) },
        },
        config: CERTIFY,
      },
      async (request, reply) => {
        const original = await originalForOfficer(deps, actingOf(request), request.params.id)
        return reply
          .type(original.mediaType)
          .header('content-disposition', 'inline')
          .header('x-content-type-options', 'nosniff')
          .send(original.content)
      },
    )
    app.post(
      '/certifications/:id/approve',
      {
        schema: {
          tags,
          summary:
            'Chứng thực: cấp bản sao ký số, vào sổ chứng thực / Certify: the signed copy, entered in the book',
          params: CertificationIdParams,
          body: ApproveBody,
          response: {
            200: OfficerCertificationSchema,
            ...errors(400, 401, 403, 404, 409, 422, 503),
          },
        },
        config: CERTIFY,
      },
      async (request) =>
        present(
          await approveCertification(
            deps,
            actingOf(request),
            request.params.id,
            request.body.officerTitle,
          ),
        ),
    )
    // Refusing and revoking take the same reason and answer with the certification.
    const withReason = [
      {
        path: '/certifications/:id/refuse',
        summary: 'Từ chối chứng thực, nêu lý do / Refuse, with a reason',
        decide: refuseCertification,
      },
      {
        path: '/certifications/:id/revoke',
        summary: 'Thu hồi chứng thực, nêu lý do / Revoke a certification, with a reason',
        decide: revokeCertification,
      },
    ]
    for (const { path, summary, decide } of withReason) {
      app.post(
        path,
        {
          schema: {
            tags,
            summary,
            params: CertificationIdParams,
            body: ReasonBody,
            response: {
              200: OfficerCertificationSchema,
              ...errors(400, 401, 403, 404, 409, 422),
            },
          },
          config: CERTIFY,
        },
        async (request) =>
          present(await decide(deps, actingOf(request), request.params.id, request.body.reason)),
      )
    }
    list(
      '/certification-book',
      'Sổ chứng thực bản sao của xã theo năm / The commune’s certification book',
      BookQuery,
      (principal, query) => certificationBook(db, principal, query.communeCode, query.year),
    )
  }

/** Anyone holding a copy checks it under /api/v1/verify, without signing in. */
export const verificationRoutes =
  (deps: CertificationDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { db } = deps.database
    app.addContentTypeParser(
      ['application/pdf', 'application/octet-stream'],
      { parseAs: 'buffer', bodyLimit: 20 * 1024 * 1024 },
      (_request, body, done) => {
        done(null, body)
      },
    )
    app.get(
      '/:code',
      {
        schema: {
          tags,
          summary: 'Kiểm tra bản sao chứng thực theo mã / Verify a certified copy by its code',
          params: VerifyParams,
          response: { 200: VerificationSchema, ...errors(400, 404, 429) },
        },
        config: PUBLIC,
      },
      async (request) => verifyCertification(db, request.params.code, request.ip),
    )
    app.post(
      '/:code/check',
      {
        schema: {
          tags,
          summary:
            'Đối chiếu tệp PDF được xuất trình với bản đã chứng thực / Check a presented PDF against the record',
          params: VerifyParams,
          response: { 200: CopyCheckSchema, ...errors(400, 404, 413, 415, 429) },
        },
        config: PUBLIC,
      },
      async (request) => checkPresentedCopy(db, request.params.code, request.ip, request.body),
    )
  }
