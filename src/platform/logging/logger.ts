import { createRequire } from 'node:module'
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify'
import { stdSerializers, type DestinationStream, type LoggerOptions } from 'pino'
import type PinoPretty from 'pino-pretty'

// Keys that hold personal data anywhere in a logged object. Logging a resident is a bug; this is
// the net under it.
const PERSONAL_KEYS = [
  'fullName',
  'full_name',
  'fullNameFolded',
  'name',
  'personalNumber',
  'personal_number',
  'oldIdNumber',
  'number',
  'phone',
  'phoneNumber',
  'address',
  'birthDate',
  'email',
  'passportNumber',
  'passport_number',
  'visaNumber',
  'password',
  'authorization',
  'cookie',
]

const REDACT_PATHS = [
  ...PERSONAL_KEYS,
  ...PERSONAL_KEYS.map((k) => `*.${k}`),
  ...PERSONAL_KEYS.map((k) => `*.*.${k}`),
  ...PERSONAL_KEYS.map((k) => `*.*.*.${k}`),
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
]

// A 9- or 12-digit run in a URL is an identity number: mask it, and drop query strings, where
// search terms (names) travel.
export function maskUrl(url: string): string {
  const path = url.split('?')[0] ?? ''
  return path.replace(/\d{9,12}/g, (m) => '*'.repeat(m.length))
}

// A failed statement carries its bound values (Drizzle's `params`, the message's "params:" line)
// and PostgreSQL's `detail` quotes key values: whatever a query was about must not reach the log.
const BOUND_VALUE_KEYS = new Set(['params', 'parameters', 'values'])

function scrubText(text: string): string {
  return text
    .replace(/\nparams: [^\n]*/g, '\nparams: [redacted]')
    .replace(/\)=\([^)]*\)/g, ')=([redacted])')
    .replace(/\d{9,12}/g, (m) => '*'.repeat(m.length))
}

function scrubError(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value)
  if (depth > 4 || value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map((v) => scrubError(v, depth + 1))
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      BOUND_VALUE_KEYS.has(key) ? '[redacted]' : scrubError(v, depth + 1),
    ]),
  )
}

/**
 * Readable lines for a developer's terminal: pino-pretty, in this process and synchronous so that
 * what start-up prints after a log line comes after it. A development dependency: without it
 * (an install that left those out), JSON as in production.
 */
function prettyStream(): DestinationStream | undefined {
  try {
    const pretty = createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty
    return pretty({
      sync: true,
      singleLine: true,
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname,reqId',
    })
  } catch {
    return undefined
  }
}

/** @param pretty readable lines instead of JSON: for development on a terminal only. */
export function loggerOptions(
  level: string,
  pretty = false,
): LoggerOptions & { stream?: DestinationStream } {
  const stream = pretty ? prettyStream() : undefined
  return {
    ...(stream ? { stream } : {}),
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      err: (err: Error) => scrubError(stdSerializers.errWithCause(err)),
      req: (req: FastifyRequest) => ({
        method: req.method,
        url: maskUrl(req.url),
        requestId: req.id,
      }),
    },
  }
}

/**
 * One line a request, written when it is answered (method, masked path, status, time), in place of
 * Fastify's two ("incoming request", "request completed"): what a developer reads. Errors are
 * logged as before.
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (error) {
      super.requestCompleted(error, request, reply)
      return
    }
    reply.log.info(
      `${request.method} ${maskUrl(request.url)} ${reply.statusCode} ${Math.round(reply.elapsedTime)} ms`,
    )
  }
}
