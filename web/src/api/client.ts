import createClient, { type Middleware } from 'openapi-fetch'
import createQueryHooks from 'openapi-react-query'
import type { paths } from './schema'

/** One failure of the platform, from its error envelope, or of the network. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
    /** From `Retry-After` on a 429. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

interface Envelope {
  error: { code: string; message: string; details: unknown }
}

const isEnvelope = (value: unknown): value is Envelope =>
  typeof value === 'object' &&
  value !== null &&
  'error' in value &&
  typeof (value as Envelope).error.code === 'string'

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  /** Sent as JSON; a Blob (a chosen file) is sent as it is, with its own type. */
  body?: unknown
  signal?: AbortSignal
  /** Extra request headers, e.g. an `Idempotency-Key` kept for the retries of one submission. */
  headers?: Record<string, string>
}

export interface ApiResponse<T> {
  data: T
  /** Server time minus this device's time, from the `Date` header (ms); 0 when unknown. */
  clockOffsetMs: number
}

/** The ApiError a failed response stands for: its envelope's code, else `HTTP_<status>`. */
function refusal(response: Response, text: string, body: unknown): ApiError {
  const retryAfter = Number(response.headers.get('retry-after'))
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null
  if (isEnvelope(body)) {
    const { code, message, details } = body.error
    return new ApiError(response.status, code, message, details, retryAfterSeconds)
  }
  return new ApiError(
    response.status,
    `HTTP_${String(response.status)}`,
    text,
    null,
    retryAfterSeconds,
  )
}

/** A request that got no answer: `NETWORK`, which queries retry; a cancellation stays one. */
const networkFailure = (error: unknown): unknown =>
  error instanceof DOMException && error.name === 'AbortError'
    ? error
    : new ApiError(0, 'NETWORK', 'network unreachable')

/** Calls the platform with the session cookie; refusals throw ApiError with the envelope's code. */
export async function request<T>(
  path: string,
  options: RequestOptions = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers, accept: 'application/json' }
  const file = options.body instanceof Blob ? options.body : undefined
  if (options.body !== undefined) headers['content-type'] = file ? file.type : 'application/json'
  let response: Response
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      body: file ?? (options.body === undefined ? null : JSON.stringify(options.body)),
      signal: options.signal ?? null,
    })
  } catch (error) {
    throw networkFailure(error)
  }
  const text = await response.text()
  let body: unknown = undefined
  try {
    body = text ? JSON.parse(text) : undefined
  } catch {
    body = undefined
  }
  if (!response.ok) throw refusal(response, text, body)
  return { data: body as T, clockOffsetMs: clockOffsetMs(response) }
}

/** Server time minus this device's time, from a response's `Date` header (ms); 0 when unknown. */
export function clockOffsetMs(response: Response): number {
  const serverDate = Date.parse(response.headers.get('date') ?? '')
  return Number.isNaN(serverDate) ? 0 : serverDate - Date.now()
}

export const api = async <T>(path: string, options?: RequestOptions): Promise<T> =>
  (await request<T>(path, options)).data

// Refusals and lost connections reach callers as ApiError, as with `request`, so that queries and
// forms treat both alike.
const throwRefusals: Middleware = {
  onError: ({ error }) => {
    const failure = networkFailure(error)
    return failure instanceof Error ? failure : undefined
  },
  async onResponse({ response }) {
    if (response.ok) return undefined
    const text = await response.clone().text()
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      body = undefined
    }
    throw refusal(response, text, body)
  },
}

/**
 * The typed client: paths, parameters, bodies and answers checked against the OpenAPI document
 * (schema.d.ts), e.g. `(await platform.GET('/api/v1/me/record')).data`.
 */
export const platform = createClient<paths>({
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
})
platform.use(throwRefusals)

/**
 * TanStack Query hooks over the typed client, keyed by method, path and parameters, e.g.
 * `platformQuery.useQuery('get', '/api/v1/plan/access')` or `platformQuery.useMutation('post', …)`.
 */
export const platformQuery = createQueryHooks(platform)
