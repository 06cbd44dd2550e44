import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { requirePrincipal } from '../../../platform/auth/access.js'
import type { Executor } from '../../../platform/db/database.js'
import { errorResponses as errors } from '../../../platform/http/errors.js'
import type { Payee } from '../../payments/index.js'
import { FinePaymentSchema, ViolationParams } from './fine-payments.schemas.js'
import { myFinePayment, payMyFine } from './fine-payments.service.js'

const tags = ['fines']

/** Paying one's own traffic fine by VietQR, under /api/v1/fines (model 18). */
export const finePaymentRoutes =
  (db: Executor, options: { payee: Payee; canSimulate: boolean }): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/violations/:id/payment',
      {
        schema: {
          tags,
          summary: 'Nộp phạt bằng VietQR (chủ xe) / Pay a fine by VietQR (the owner)',
          params: ViolationParams,
          response: { 200: FinePaymentSchema, ...errors(400, 401, 403, 404, 409, 422) },
        },
        config: { access: 'me.manage' },
      },
      async (request) => {
        const principal = requirePrincipal(request)
        const payment = await payMyFine(
          db,
          { principal, ip: request.ip, payee: options.payee },
          request.params.id,
        )
        return { ...payment, receiptDocumentId: null, canSimulate: options.canSimulate }
      },
    )
    app.get(
      '/violations/:id/payment',
      {
        schema: {
          tags,
          summary: 'Khoản nộp phạt và biên lai (chủ xe) / A fine’s payment and receipt (the owner)',
          params: ViolationParams,
          response: { 200: FinePaymentSchema, ...errors(400, 401, 403, 404) },
        },
        config: { access: 'me.read' },
      },
      async (request) => ({
        ...(await myFinePayment(db, requirePrincipal(request), request.params.id)),
        canSimulate: options.canSimulate,
      }),
    )
  }
