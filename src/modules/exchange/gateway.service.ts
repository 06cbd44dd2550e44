import type { Principal } from '../../platform/auth/principal.js'
import type { Database } from '../../platform/db/database.js'
import type { AuditEntryInput } from '../audit/index.js'
import { AppError } from '../../platform/http/errors.js'
import { createRateQuota } from '../../platform/http/rate-quota.js'
import { builtinHandler } from './builtins.js'
import { sha256Hex, type CallRecord } from './call-log.js'
import { logCall } from './call-log.service.js'
import { exchangeErrors } from './exchange.errors.js'
import { membersOf } from './exchange.policy.js'
import { findServiceWithGrant, type ServiceRow } from './exchange.queries.js'

const DEFAULT_TIMEOUT_MS = 10_000
const RATE_WINDOW_SECONDS = 60
const rateQuota = createRateQuota(RATE_WINDOW_SECONDS)

export interface GatewayRequest {
  principal: Principal
  requestId: string
  method: 'GET' | 'POST'
  provider: string
  service: string
  /** What follows /x/{provider}/{service}/, and the query string as sent ('' or '?…'). */
  path: string
  search: string
  purpose: string | undefined
  contentType: string | undefined
  body: Buffer
}

export interface GatewayAnswer {
  status: number
  contentType: string
  body: Buffer
  /** Seconds to wait, on a refusal for the rate limit. */
  retryAfter?: number
  /** A built-in's access to a resident's data, logged with the call. */
  access?: AuditEntryInput
}

interface Passed {
  consumerCode: string
  service: ServiceRow
  purpose: string
  attributes: readonly string[]
}

/** The checks before anything reaches the provider, each with its own refusal. */
async function admit(
  database: Database,
  request: GatewayRequest,
  consumerCode: string | undefined,
  now: Date,
): Promise<Passed> {
  const found = await findServiceWithGrant(database.db, {
    providerCode: request.provider,
    code: request.service,
    consumerCode: consumerCode ?? '',
    now,
  })
  if (!found) throw exchangeErrors.refuse('SERVICE_NOT_FOUND')
  if (!consumerCode) throw exchangeErrors.refuse('CALLER_NOT_MEMBER')
  const { service, grant } = found
  if (!grant) throw exchangeErrors.refuse('NO_GRANT')
  if (!request.purpose) throw exchangeErrors.refuse('PURPOSE_MISSING')
  if (!grant.purposes.includes(request.purpose))
    throw exchangeErrors.refuse('PURPOSE_NOT_GRANTED', { allowed: grant.purposes })
  const key = `exchange:${consumerCode}:${service.id}`
  const { allowed, windowStartedAt } = await rateQuota(
    database.db,
    key,
    service.rateLimitPerMinute,
    now,
  )
  if (!allowed) {
    const ends = windowStartedAt.getTime() + RATE_WINDOW_SECONDS * 1000
    const retryAfterSeconds = Math.max(1, Math.ceil((ends - now.getTime()) / 1000))
    throw exchangeErrors.refuse('RATE_LIMITED', { retryAfterSeconds })
  }
  return { consumerCode, service, purpose: request.purpose, attributes: grant.attributes }
}

const JSON_TYPE = 'application/json; charset=utf-8'
const jsonAnswer = (status: number, body: unknown): GatewayAnswer => ({
  status,
  contentType: JSON_TYPE,
  body: Buffer.from(JSON.stringify(body)),
})

/** A built-in service, answered in process. */
async function callBuiltin(
  name: string,
  request: GatewayRequest,
  passed: Passed & { db: Database['db'] },
): Promise<GatewayAnswer> {
  const handler = builtinHandler(name)
  if (!handler) throw exchangeErrors.refuse('BUILTIN_UNKNOWN')
  let body: unknown
  if (request.body.length > 0) {
    try {
      body = JSON.parse(request.body.toString('utf8'))
    } catch {
      throw exchangeErrors.refuse('BUILTIN_BODY_INVALID', { expected: 'JSON' })
    }
  }
  const answer = await handler({
    method: request.method,
    path: request.path,
    query: Object.fromEntries(new URLSearchParams(request.search)),
    body,
    consumerCode: passed.consumerCode,
    purpose: passed.purpose,
    attributes: passed.attributes,
    db: passed.db,
  })
  const json = jsonAnswer(answer.status, answer.body)
  return answer.access ? { ...json, access: answer.access } : json
}

/**
 * The path under the provider's base URL, each segment encoded again, so that no `..` or
 * encoded slash leaves the base the provider registered.
 * @throws EXCHANGE_PATH_INVALID
 */
function safePath(path: string): string {
  const segments = path.split('/')
  if (segments.some((s) => s === '.' || s === '..')) throw exchangeErrors.refuse('PATH_INVALID')
  return segments.map(encodeURIComponent).join('/')
}

/** A member's own endpoint, over HTTP, within the service's timeout. */
async function forward(
  target: { url: string; timeoutMs?: number | undefined },
  request: GatewayRequest,
  passed: Passed,
): Promise<GatewayAnswer> {
  const base = target.url.endsWith('/') ? target.url : `${target.url}/`
  const url = new URL(safePath(request.path), base)
  url.search = request.search
  const headers: Record<string, string> = {
    'x-request-id': request.requestId,
    'x-purpose': passed.purpose,
    'x-exchange-consumer': passed.consumerCode,
  }
  if (request.contentType) headers['content-type'] = request.contentType
  let response: Response
  try {
    response = await fetch(url, {
      method: request.method,
      headers,
      ...(request.method === 'POST' ? { body: new Uint8Array(request.body) } : {}),
      redirect: 'manual',
      signal: AbortSignal.timeout(target.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    })
  } catch (error) {
    const name = (error as { name?: string }).name
    if (name === 'TimeoutError') throw exchangeErrors.refuse('PROVIDER_TIMEOUT')
    throw exchangeErrors.refuse('PROVIDER_FAILED')
  }
  const body = Buffer.from(await response.arrayBuffer())
  if (response.status >= 500)
    throw exchangeErrors.refuse('PROVIDER_FAILED', { providerStatus: response.status })
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? 'application/octet-stream',
    body,
  }
}

/** The gateway's own envelope, as the platform's error handler would write it. */
function refusalAnswer(error: AppError, requestId: string): GatewayAnswer {
  const answer = jsonAnswer(error.status, {
    error: { code: error.code, message: error.message, details: error.details, requestId },
  })
  const retry = (error.details as { retryAfterSeconds?: number } | null)?.retryAfterSeconds
  return retry === undefined ? answer : { ...answer, retryAfter: retry }
}

/**
 * A call through the gateway: checked (service, member, grant, purpose, rate), passed to the
 * provider or the built-in, and logged with both sides, the purpose, the status and the hashes
 * of both bodies, refusals and failures included. Answers once the log holds the call.
 */
export async function callThroughGateway(
  database: Database,
  request: GatewayRequest,
): Promise<GatewayAnswer> {
  const started = new Date()
  const [consumerCode] = membersOf(request.principal, 'exchange.call')
  let answer: GatewayAnswer
  let errorCode: string | null = null
  try {
    const passed = await admit(database, request, consumerCode, started)
    const { target } = passed.service
    answer =
      target.kind === 'builtin'
        ? await callBuiltin(target.name, request, { ...passed, db: database.db })
        : await forward(target, request, passed)
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    errorCode = error.code
    answer = refusalAnswer(error, request.requestId)
  }
  const record: CallRecord = {
    requestId: request.requestId,
    occurredAt: started,
    consumerCode: consumerCode ?? '',
    clientId: request.principal.clientId ?? request.principal.accountId,
    providerCode: request.provider.slice(0, 64),
    serviceCode: request.service.slice(0, 64),
    purpose: request.purpose?.slice(0, 64) ?? null,
    status: answer.status,
    errorCode,
    durationMs: Date.now() - started.getTime(),
    requestSha256: sha256Hex(request.body),
    responseSha256: sha256Hex(answer.body),
  }
  await logCall(database, record, answer.access ? [answer.access] : [])
  return answer
}
