import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { requirePrincipal } from '../../platform/auth/access.js'
import { errorResponses } from '../../platform/http/errors.js'
import {
  ATTACHMENT_TYPES,
  attachFile,
  MAX_ATTACHMENT_BYTES,
  readAttachment,
  removeAttachment,
} from './attachments.service.js'
import type { PlanContext } from './context.js'
import { attachmentTooLarge, attachmentTypeRefused } from './plan.errors.js'
import { presentReminder, presentReport } from './plan.presenters.js'
import { listReminders } from './reminders.service.js'
import {
  AttachmentParams,
  AttachmentQuery,
  AttachmentSchema,
  DraftBody,
  MonthQuery,
  NewReportBody,
  ReminderListSchema,
  ReportListQuery,
  ReportListSchema,
  ReportParams,
  ReportSchema,
} from './reports.schemas.js'
import { createReport, getReport, listReports, saveDraft, submitReport } from './reports.service.js'

const errors = errorResponses
const tags = ['plan']
const READ = { access: 'plan.read' }
const REPORT = { access: 'plan.report' }

/** RFC 6266 with RFC 5987: an ASCII fallback, and the real (Vietnamese) name in UTF-8. */
const disposition = (fileName: string): string =>
  `attachment; filename="${fileName.normalize('NFD').replace(/[^\x20-\x7e]|["\\]/g, '_')}"; ` +
  `filename*=UTF-8''${encodeURIComponent(fileName)}`

/** Monthly reports: drafts, submission, attachments, reminders. */
export const reportRoutes =
  (ctx: PlanContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    // Attachments arrive as the file itself (its type in Content-Type), not as multipart.
    app.addContentTypeParser(
      Object.keys(ATTACHMENT_TYPES),
      { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES },
      (_request, body, done) => {
        done(null, body)
      },
    )
    app.get(
      '/reports',
      {
        schema: {
          tags,
          summary: 'Danh sách báo cáo / Reports',
          querystring: ReportListQuery,
          response: { 200: ReportListSchema, ...errors(400, 401, 403) },
        },
        config: READ,
      },
      async (request) => ({
        reports: (await listReports(ctx, requirePrincipal(request), request.query)).map(
          presentReport,
        ),
      }),
    )
    app.post(
      '/reports',
      {
        schema: {
          tags,
          summary: 'Tạo báo cáo tháng (bản nháp) / Start a monthly report (draft)',
          body: NewReportBody,
          response: { 201: ReportSchema, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: REPORT,
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(presentReport(await createReport(ctx, requirePrincipal(request), request.body))),
    )
    app.get(
      '/reports/:id',
      {
        schema: {
          tags,
          summary: 'Một báo cáo / One report',
          params: ReportParams,
          response: { 200: ReportSchema, ...errors(400, 401, 403, 404) },
        },
        config: READ,
      },
      async (request) =>
        presentReport(await getReport(ctx, requirePrincipal(request), request.params.id)),
    )
    app.put(
      '/reports/:id',
      {
        schema: {
          tags,
          summary: 'Lưu bản nháp / Save a draft',
          params: ReportParams,
          body: DraftBody,
          response: { 200: ReportSchema, ...errors(400, 401, 403, 404, 409) },
        },
        config: REPORT,
      },
      async (request) =>
        presentReport(
          await saveDraft(ctx, requirePrincipal(request), request.params.id, request.body),
        ),
    )
    app.post(
      '/reports/:id/submission',
      {
        schema: {
          tags,
          summary: 'Gửi báo cáo / Submit a report',
          params: ReportParams,
          response: { 200: ReportSchema, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: REPORT,
      },
      async (request) =>
        presentReport(await submitReport(ctx, requirePrincipal(request), request.params.id)),
    )
    app.post(
      '/reports/:id/attachments',
      {
        schema: {
          tags,
          summary: 'Đính kèm tệp (PDF, PNG, JPEG, DOCX, XLSX; tối đa 2 MiB) / Attach a file',
          params: ReportParams,
          querystring: AttachmentQuery,
          response: { 201: AttachmentSchema, ...errors(400, 401, 403, 404, 409, 413, 415) },
        },
        config: REPORT,
        // Fastify's own refusals of the body, in the plan's words and codes.
        errorHandler: (error, _request, _reply) => {
          if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
            throw attachmentTooLarge(MAX_ATTACHMENT_BYTES)
          if (
            error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ||
            error.code === 'FST_ERR_CTP_EMPTY_TYPE'
          )
            throw attachmentTypeRefused(Object.keys(ATTACHMENT_TYPES))
          throw error
        },
      },
      async (request, reply) => {
        const content = request.body
        if (!Buffer.isBuffer(content)) throw attachmentTypeRefused(Object.keys(ATTACHMENT_TYPES))
        const saved = await attachFile(ctx, requirePrincipal(request), request.params.id, {
          fileName: request.query.name,
          contentType: (request.headers['content-type'] ?? '').split(';')[0]!.trim(),
          content,
        })
        return reply.code(201).send({ ...saved, uploadedAt: saved.uploadedAt.toISOString() })
      },
    )
    app.get(
      '/reports/:id/attachments/:attachmentId',
      {
        schema: {
          tags,
          summary: 'Tải tệp đính kèm / Download an attachment',
          params: AttachmentParams,
          response: {
            200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }),
            ...errors(400, 401, 403, 404),
          },
        },
        config: READ,
      },
      async (request, reply) => {
        const file = await readAttachment(
          ctx,
          requirePrincipal(request),
          request.params.id,
          request.params.attachmentId,
        )
        return reply
          .type(file.contentType)
          .header('content-disposition', disposition(file.fileName))
          .header('x-content-type-options', 'nosniff')
          .send(file.content)
      },
    )
    app.delete(
      '/reports/:id/attachments/:attachmentId',
      {
        schema: {
          tags,
          summary: 'Gỡ tệp đính kèm / Remove an attachment',
          params: AttachmentParams,
          response: { 204: Type.Null(), ...errors(400, 401, 403, 404, 409) },
        },
        config: REPORT,
      },
      async (request, reply) => {
        await removeAttachment(
          ctx,
          requirePrincipal(request),
          request.params.id,
          request.params.attachmentId,
        )
        return reply.code(204).send(null)
      },
    )
    app.get(
      '/reminders',
      {
        schema: {
          tags,
          summary: 'Nhắc hạn báo cáo / Report reminders',
          querystring: MonthQuery,
          response: { 200: ReminderListSchema, ...errors(400, 401, 403) },
        },
        config: READ,
      },
      async (request) => ({
        reminders: (await listReminders(ctx, requirePrincipal(request), request.query.month)).map(
          presentReminder,
        ),
      }),
    )
  }
