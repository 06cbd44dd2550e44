import type { Socket } from 'node:net'
import { randomUUID } from 'node:crypto'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { isDatabaseUnavailable } from '../db/unavailable.js'

/** The one error type routes and services throw; reaches the client as the error envelope. */
export class AppError extends Error {
  readonly status: number
  readonly details: unknown
  constructor(
    readonly code: string,
    options: { status: number; message: string; details?: unknown },
  ) {
    super(options.message)
    this.status = options.status
    this.details = options.details ?? null
  }
}

export interface ErrorEnvelope {
  error: { code: string; message: string; details: unknown; requestId: string }
}

export const ErrorEnvelopeSchema = {
  $id: 'ErrorEnvelope',
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'details', 'requestId'],
      properties: {
        code: { type: 'string', description: 'stable machine-readable code, MODULE_SNAKE_CASE' },
        message: { type: 'string', description: 'human-readable explanation, Vietnamese first' },
        details: {},
        requestId: { type: 'string' },
      },
    },
  },
} as const

// One way of naming a field: 'asOf', 'code', 'address.commune', whichever rule failed.
function fieldOf(
  path: string,
  params: { missingProperty?: string; additionalProperty?: string },
): string {
  const parts = path.split('/').filter(Boolean)
  const leaf = params.missingProperty ?? params.additionalProperty
  return [...parts, ...(leaf ? [leaf] : [])].join('.')
}

function envelope(
  code: string,
  message: string,
  details: unknown,
  requestId: string,
): ErrorEnvelope {
  return { error: { code, message, details, requestId } }
}

// A database restart takes seconds: the request may be sent again then, as it is.
const databaseUnavailable = (): AppError =>
  new AppError('DATABASE_UNAVAILABLE', {
    status: 503,
    message:
      'Cơ sở dữ liệu tạm thời không sẵn sàng, vui lòng thử lại sau giây lát / The database is temporarily unavailable, please try again shortly',
    details: { retryAfterSeconds: 5 },
  })

/** Every failure leaves as the envelope; unexpected ones as a bare 500 with no internals. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.addSchema(ErrorEnvelopeSchema)
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (isDatabaseUnavailable(error)) error = databaseUnavailable()
    if (error instanceof AppError) {
      const retryAfter = (error.details as { retryAfterSeconds?: unknown } | null)
        ?.retryAfterSeconds
      if ((error.status === 429 || error.status === 503) && typeof retryAfter === 'number')
        reply.header('retry-after', String(retryAfter))
      return reply
        .status(error.status)
        .send(envelope(error.code, error.message, error.details, request.id))
    }
    if (error.validation) {
      const details = error.validation.map((v) => ({
        field: fieldOf(
          v.instancePath,
          v.params as { missingProperty?: string; additionalProperty?: string },
        ),
        rule: v.keyword,
        message: v.message ?? '',
      }))
      return reply
        .status(400)
        .send(
          envelope(
            'REQUEST_INVALID',
            `Yêu cầu không hợp lệ / Invalid request (${error.validationContext ?? 'input'})`,
            details,
            request.id,
          ),
        )
    }
    const status = error.statusCode ?? 500
    if (status < 500) {
      return reply
        .status(status)
        .send(envelope(error.code || 'REQUEST_REJECTED', error.message, null, request.id))
    }
    request.log.error({ err: error }, 'unhandled error')
    return reply
      .status(500)
      .send(envelope('INTERNAL_ERROR', 'Lỗi hệ thống / Internal error', null, request.id))
  })
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send(
        envelope(
          'ROUTE_NOT_FOUND',
          `Không tìm thấy / Not found: ${request.method} ${request.url.split('?')[0]}`,
          null,
          request.id,
        ),
      ),
  )
}

// Refusals of Fastify's router, before any route: the URL is not repeated (it can carry numbers).
const ROUTER_REFUSALS: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_MAX_PARAM_LENGTH: {
    status: 414,
    code: 'REQUEST_URL_TOO_LONG',
    message: 'Địa chỉ quá dài / Address too long',
  },
}
const BAD_URL = {
  status: 400,
  code: 'REQUEST_INVALID_URL',
  message: 'Địa chỉ không hợp lệ / Invalid address',
}

/** Fastify's `frameworkErrors`: what its router refuses leaves as the envelope too. */
export function frameworkErrors(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const refusal = ROUTER_REFUSALS[error.code] ?? BAD_URL
  void reply.status(refusal.status).send(envelope(refusal.code, refusal.message, null, request.id))
}

// Node's HTTP parser refuses these before Fastify sees a request: answered on the socket itself.
const PARSER_REFUSALS: Record<
  string,
  { status: number; reason: string; code: string; message: string }
> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    code: 'REQUEST_HEADERS_TOO_LARGE',
    message: 'Tiêu đề yêu cầu quá lớn / Request headers too large',
  },
}
const MALFORMED = {
  status: 400,
  reason: 'Bad Request',
  code: 'REQUEST_MALFORMED',
  message: 'Yêu cầu sai cú pháp HTTP / Malformed HTTP request',
}

/** Fastify's `clientErrorHandler`: a request Node could not parse gets the envelope, then the socket closes. */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) return
  const refusal = PARSER_REFUSALS[error.code ?? ''] ?? MALFORMED
  const body = JSON.stringify(envelope(refusal.code, refusal.message, null, randomUUID()))
  socket.end(
    `HTTP/1.1 ${refusal.status} ${refusal.reason}\r\ncontent-type: application/json; charset=utf-8\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  )
}

/** Response schemas of the error statuses a route can answer, all the envelope. */
export function errorResponses(...statuses: number[]): Record<number, { $ref: string }> {
  return Object.fromEntries(statuses.map((status) => [status, { $ref: 'ErrorEnvelope#' }]))
}
