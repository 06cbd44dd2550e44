import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyRequest } from 'fastify'
import type { Executor } from '../../platform/db/database.js'
import {
  AppError,
  errorResponses as errors,
  type ErrorEnvelope,
} from '../../platform/http/errors.js'
import { receiveTransfer, simulatedCallback } from './callback.service.js'
import { paymentsErrors } from './payments.errors.js'
import {
  BankParams,
  CallbackBody,
  CallbackHeaders,
  ReconciliationQuery,
  ReconciliationSchema,
  ReferenceParams,
  SettledSchema,
  type Settled,
} from './payments.schemas.js'
import { DEMO_BANK } from './payments.types.js'
import { reconcileDay, reconciliationCsv } from './reconciliation.service.js'
import { assertSignedByBank } from './signature.js'

export interface PaymentRouteOptions {
  db: Executor
  /** Each connected bank's callback secret, by bank code. */
  bankSecrets: ReadonlyMap<string, string>
}

const tags = ['payments']

const CALLBACK_DESCRIPTION = `A bank reports a transfer to the collecting account. The body is JSON
{ transactionId, reference, amount (whole đồng), paidAt (ISO 8601), payerAccount? }, signed: the header
x-bank-timestamp holds the signing time in Unix seconds (within 5 minutes of ours) and x-bank-signature the
hex HMAC-SHA256, with the bank's secret, of "<timestamp>.<raw body>". The transfer is recorded once per bank
and transactionId, whatever it settles; a retry gets the first answer. A transfer whose reference is unknown,
whose amount differs from the payment's, or whose payment was already paid settles nothing and waits in the
reconciliation.`

interface ValidationProblem {
  instancePath: string
  keyword: string
  message?: string
}

// The bytes each callback's signature covers, kept by this plugin's parser for its one route.
const rawBodies = new WeakMap<FastifyRequest, string>()

const header = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name]
  return typeof value === 'string' ? value : undefined
}

/**
 * The banks' callback under /api/v1/payments. Public: a bank is no signed-in caller, its signature
 * authenticates it. The plugin parses JSON itself, as text kept beside the parsed body, so that the
 * signature is checked on the bytes sent; the rest of the app keeps its own parser. The body is
 * validated only once signed: an unsigned caller learns nothing about it.
 */
export const callbackRoutes =
  ({ db, bankSecrets }: PaymentRouteOptions): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.removeContentTypeParser('application/json')
    app.addContentTypeParser(
      'application/json',
      { parseAs: 'string', bodyLimit: 64 * 1024 },
      (request, body, done) => {
        const raw = body as string
        rawBodies.set(request, raw)
        try {
          done(null, JSON.parse(raw))
        } catch {
          // Not JSON: the schema refuses it, once the signature is known good.
          done(null, raw)
        }
      },
    )

    app.post(
      '/banks/:bank/callback',
      {
        schema: {
          tags,
          summary: 'Ngân hàng báo thanh toán / A bank reports a payment',
          description: CALLBACK_DESCRIPTION,
          params: BankParams,
          headers: CallbackHeaders,
          body: CallbackBody,
          response: { 200: SettledSchema, ...errors(400, 401, 404, 409, 413, 415, 422) },
        },
        config: { access: 'public' },
        attachValidation: true,
        preValidation: async (request) => {
          assertSignedByBank(bankSecrets, {
            bank: request.params.bank,
            timestamp: header(request, 'x-bank-timestamp'),
            signature: header(request, 'x-bank-signature'),
            rawBody: rawBodies.get(request) ?? '',
            now: new Date(),
          })
        },
      },
      async (request) => {
        if (request.validationError)
          throw paymentsErrors.refuse(
            'CALLBACK_INVALID',
            (request.validationError.validation as ValidationProblem[]).map((v) => ({
              field: v.instancePath,
              rule: v.keyword,
              message: v.message ?? '',
            })),
          )
        return receiveTransfer(db, { bank: request.params.bank, body: request.body })
      },
    )
  }

const wantsCsv = (request: FastifyRequest): boolean =>
  (request.headers.accept ?? '').includes('text/csv')

/**
 * Payments under /api/v1/payments: the day's reconciliation and, outside production, a simulated
 * bank that pays a request through the very callback a bank calls.
 */
export const paymentRoutes =
  (options: PaymentRouteOptions & { canSimulate: boolean }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const { db, bankSecrets } = options
    app.get(
      '/reconciliation',
      {
        schema: {
          tags,
          summary: 'Đối soát thu trong ngày / The day’s reconciliation',
          description:
            'Requests paid that day (Vietnam time), requests made by its end and still unpaid, and transfers of that day that settled nothing, with totals; as CSV with Accept: text/csv.',
          querystring: ReconciliationQuery,
          response: {
            200: {
              content: {
                'application/json': { schema: ReconciliationSchema },
                'text/csv': { schema: Type.String() },
              },
            },
            ...errors(400, 401, 403, 422),
          },
        },
        config: { access: 'payments.reconcile' },
      },
      async (request, reply) => {
        const reconciliation = await reconcileDay(db, request.query)
        if (!wantsCsv(request)) return reply.send(reconciliation)
        return reply
          .type('text/csv; charset=utf-8')
          .header(
            'content-disposition',
            `attachment; filename="doi-soat-${reconciliation.day}.csv"`,
          )
          .send(reconciliationCsv(reconciliation))
      },
    )

    // A development stand-in for a bank: it is not even registered in production.
    if (!options.canSimulate) return
    app.post(
      '/:reference/simulate',
      {
        schema: {
          tags,
          summary:
            'Mô phỏng ngân hàng báo đã thanh toán (chỉ môi trường phát triển) / Simulate a bank paying (development only)',
          params: ReferenceParams,
          response: { 200: SettledSchema, ...errors(401, 403, 404, 409, 422) },
        },
        config: { access: 'me.manage' },
      },
      async (request) => {
        const secret = bankSecrets.get(DEMO_BANK)
        if (secret === undefined) throw paymentsErrors.refuse('BANK_UNKNOWN')
        const call = await simulatedCallback(db, {
          reference: request.params.reference,
          secret,
          now: new Date(),
        })
        const answer = await app.inject({
          method: 'POST',
          url: `${app.prefix}/banks/${DEMO_BANK}/callback`,
          headers: call.headers,
          payload: call.rawBody,
        })
        if (answer.statusCode === 200) return answer.json<Settled>()
        // The bank's refusal, as this request's own.
        const { error } = answer.json<ErrorEnvelope>()
        throw new AppError(error.code, { status: answer.statusCode, ...error })
      },
    )
  }
