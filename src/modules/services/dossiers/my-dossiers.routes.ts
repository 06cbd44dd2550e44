import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { requirePersonalNumber, requirePrincipal } from '../../../platform/auth/access.js'
import type { Executor } from '../../../platform/db/database.js'
import { errorResponses as errors } from '../../../platform/http/errors.js'
import {
  DossierCodeParams,
  MyDossierListQuery,
  MyDossierListSchema,
  FeeSchema,
  MyDossierSchema,
  PdfSchema,
} from '../services.schemas.js'
import { getMyDossier, listMyDossiers } from './my-dossiers.js'
import { myReceiptPdf } from './receipt-pdf.js'
import { feeOfMyDossier } from './fees.js'
import type { Payee } from '../../payments/index.js'

const tags = ['services']
const READ = { access: 'me.read' }

/** The resident's own dossiers under /api/v1/me. */
export const myDossierRoutes =
  (db: Executor, options: { publicUrl: string; payee: Payee }): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/dossiers',
      {
        schema: {
          tags,
          summary: 'Hồ sơ của tôi / My dossiers',
          querystring: MyDossierListQuery,
          response: { 200: MyDossierListSchema, ...errors(400, 401, 403) },
        },
        config: READ,
      },
      async (request) => listMyDossiers(db, requirePersonalNumber(request), request.query),
    )
    app.get(
      '/dossiers/:code',
      {
        schema: {
          tags,
          summary: 'Một hồ sơ của tôi và diễn biến / One of my dossiers and its timeline',
          params: DossierCodeParams,
          response: { 200: MyDossierSchema, ...errors(400, 401, 403, 404) },
        },
        config: READ,
      },
      async (request) => getMyDossier(db, requirePrincipal(request), request.params.code),
    )
    app.get(
      '/dossiers/:code/receipt.pdf',
      {
        schema: {
          tags,
          summary: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả (PDF) / The receipt as a PDF',
          params: DossierCodeParams,
          response: {
            200: PdfSchema,
            ...errors(400, 401, 403, 404),
          },
        },
        config: READ,
      },
      async (request, reply) => {
        const pdf = await myReceiptPdf(
          db,
          requirePrincipal(request),
          request.params.code,
          options.publicUrl,
        )
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="bien-nhan-${request.params.code}.pdf"`)
          .send(pdf)
      },
    )
    app.post(
      '/dossiers/:code/fee',
      {
        schema: {
          tags,
          summary: 'Nộp phí, lệ phí bằng VietQR / Pay the fee by VietQR',
          params: DossierCodeParams,
          response: { 200: FeeSchema, ...errors(400, 401, 403, 404, 409) },
        },
        config: { access: 'me.manage' },
      },
      async (request) =>
        feeOfMyDossier(db, requirePrincipal(request), request.params.code, options.payee),
    )
  }
