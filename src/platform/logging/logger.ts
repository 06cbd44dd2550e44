import type { FastifyRequest } from 'fastify'
import type { LoggerOptions } from 'pino'

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

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      req: (req: FastifyRequest) => ({
        method: req.method,
        url: maskUrl(req.url),
        requestId: req.id,
      }),
    },
  }
}
