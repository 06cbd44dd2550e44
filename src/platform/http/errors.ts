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
  platformErrors.refuse('DATABASE_UNAVAILABLE', { retryAfterSeconds: 5 })

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

/** An AppError in one line: the code, HTTP status, message and details of a refusal. */
export const refuse = (
  code: string,
  status: number,
  message: string,
  details?: unknown,
): AppError => new AppError(code, { status, message, details })

/** A message in one language: fixed, or made from the refusal's parameters. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a spec's own parameter type is checked where it is written
type Text = string | ((params: any) => string)

/** One error code of a catalogue: its HTTP status and its message, Vietnamese first. */
export interface ErrorSpec {
  status: number
  vi: Text
  /** The English message; left out only where the message has always been Vietnamese alone. */
  en?: Text
}

type ParamsOf<S> = S extends { vi: (params: infer P) => string }
  ? P
  : S extends { en: (params: infer P) => string }
    ? P
    : Record<string, unknown> | undefined

type RefusalArgs<S> = S extends
  { vi: (params: never) => string } | { en: (params: never) => string }
  ? [params: ParamsOf<S> & Record<string, unknown>, details?: unknown]
  : [details?: unknown]

/** A module's error codes, declared once as data, and the refusals built from them. */
export interface ErrorCatalogue<M extends string, S extends Record<string, ErrorSpec>> {
  readonly prefix: M
  readonly specs: S
  /** The full code of each key: `${prefix}_${key}` (the key alone without a prefix). */
  readonly codes: { readonly [K in keyof S & string]: M extends '' ? K : `${M}_${K}` }
  /**
   * The refusal for a key. A message made from parameters takes them first, then the details
   * (the parameters themselves when left out); a fixed message takes only the details.
   */
  refuse<K extends keyof S & string>(key: K, ...args: RefusalArgs<S[K]>): AppError
}

// Every catalogue declared, by prefix: the OpenAPI document lists their codes.
const catalogues = new Map<string, Record<string, ErrorSpec>>()

const textOf = (text: Text | undefined, params: unknown): string | undefined =>
  typeof text === 'function' ? text(params) : text

/**
 * Declares a module's error codes: `defineErrors('PLAN', { MODEL_NOT_FOUND: { status: 404, vi,
 * en } })` gives the codes `PLAN_MODEL_NOT_FOUND`, ... and `refuse('MODEL_NOT_FOUND', ...)`,
 * which accepts only the catalogue's keys. The message reads `vi / en`, as every refusal does.
 * A prefix is declared once.
 */
export function defineErrors<const M extends string, const S extends Record<string, ErrorSpec>>(
  prefix: M,
  specs: S,
): ErrorCatalogue<M, S> {
  if (catalogues.has(prefix)) throw new Error(`error catalogue ${prefix} is declared twice`)
  catalogues.set(prefix, specs)
  const codeOf = (key: string): string => (prefix ? `${prefix}_${key}` : key)
  const codes = Object.fromEntries(Object.keys(specs).map((key) => [key, codeOf(key)]))
  return {
    prefix,
    specs,
    codes: codes as ErrorCatalogue<M, S>['codes'],
    refuse(key, ...args) {
      const spec = specs[key]!
      const parameterised = typeof spec.vi === 'function' || typeof spec.en === 'function'
      const [params, details] = parameterised ? args : [undefined, args[0]]
      const vi = textOf(spec.vi, params)!
      const en = textOf(spec.en, params)
      const message = en === undefined ? vi : `${vi} / ${en}`
      return new AppError(codeOf(key), {
        status: spec.status,
        message,
        details: parameterised && args.length < 2 ? params : details,
      })
    },
  }
}

/** Every declared code with its status, sorted by code: what the OpenAPI document lists. */
export function errorCodes(): { code: string; status: number; module: string }[] {
  return [...catalogues]
    .flatMap(([prefix, specs]) =>
      Object.entries(specs).map(([key, spec]) => ({
        code: prefix ? `${prefix}_${key}` : key,
        status: spec.status,
        module: prefix || 'PLATFORM',
      })),
    )
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
}

interface OpenApiObject {
  components?: { schemas?: Record<string, unknown> }
}

/**
 * For @fastify/swagger's `transformObject`: the document gains `components.schemas.ErrorCode`, the
 * enum of every declared code (each module's, as `x-error-codes` by module too), and the
 * envelope's `code` refers to it, so that types generated from the document know the codes.
 */
export function withErrorCodes<T extends OpenApiObject>(openapiObject: T): T {
  const codes = errorCodes()
  const schemas = (openapiObject.components ??= {}).schemas ?? {}
  openapiObject.components.schemas = schemas
  const byModule: Record<string, Record<string, number>> = {}
  for (const { code, status, module } of codes) (byModule[module] ??= {})[code] = status
  schemas.ErrorCode = {
    type: 'string',
    description: 'stable machine-readable code, MODULE_SNAKE_CASE',
    enum: codes.map((c) => c.code),
    'x-error-codes': byModule,
  }
  const envelope = schemas.ErrorEnvelope as
    { properties?: { error?: { properties?: Record<string, unknown> } } } | undefined
  const fields = envelope?.properties?.error?.properties
  if (fields) fields.code = { $ref: '#/components/schemas/ErrorCode' }
  return openapiObject
}

/**
 * The platform's own codes, outside any module: the request's shape, its route, access, and the
 * server's state. Written in full where they are answered (some before any route); declared here
 * so that the document lists them with the modules' codes.
 */
export const platformErrors = defineErrors('', {
  REQUEST_INVALID: {
    status: 400,
    vi: 'Yêu cầu không hợp lệ',
    en: (p: { context: string }) => `Invalid request (${p.context})`,
  },
  REQUEST_REJECTED: { status: 400, vi: 'Yêu cầu bị từ chối', en: 'Request rejected' },
  REQUEST_URL_TOO_LONG: { status: 414, vi: 'Địa chỉ quá dài', en: 'Address too long' },
  REQUEST_INVALID_URL: { status: 400, vi: 'Địa chỉ không hợp lệ', en: 'Invalid address' },
  REQUEST_HEADERS_TOO_LARGE: {
    status: 431,
    vi: 'Tiêu đề yêu cầu quá lớn',
    en: 'Request headers too large',
  },
  REQUEST_MALFORMED: { status: 400, vi: 'Yêu cầu sai cú pháp HTTP', en: 'Malformed HTTP request' },
  ROUTE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy', en: 'Not found' },
  INTERNAL_ERROR: { status: 500, vi: 'Lỗi hệ thống', en: 'Internal error' },
  DATABASE_UNAVAILABLE: {
    status: 503,
    vi: 'Cơ sở dữ liệu tạm thời không sẵn sàng, vui lòng thử lại sau giây lát',
    en: 'The database is temporarily unavailable, please try again shortly',
  },
  AUTH_REQUIRED: { status: 401, vi: 'Cần đăng nhập', en: 'Sign-in required' },
  AUTH_FORBIDDEN: {
    status: 403,
    vi: 'Vai trò của bạn không có quyền này',
    en: 'Your role does not allow this',
  },
  AUTH_OUTSIDE_JURISDICTION: {
    status: 403,
    vi: 'Hồ sơ nằm ngoài địa bàn được giao',
    en: 'The record is outside your jurisdiction',
  },
  PLATFORM_SHUTTING_DOWN: {
    status: 503,
    vi: 'Hệ thống đang khởi động lại, vui lòng thử lại',
    en: 'Restarting, please retry',
  },
  PLATFORM_WEB_APP_NOT_BUILT: {
    status: 503,
    vi: 'Ứng dụng web chưa được build: chạy npm run build:web',
    en: 'The web app is not built: run npm run build:web',
  },
  // 401 without the token, 403 from elsewhere without one
  PLATFORM_METRICS_FORBIDDEN: {
    status: 403,
    vi: 'Chỉ đọc được từ máy chủ',
    en: 'Readable from the server only (set METRICS_TOKEN)',
  },
})
