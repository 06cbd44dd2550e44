import { createHash, timingSafeEqual } from 'node:crypto'
import { isIP } from 'node:net'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import type { Database } from '../db/database.js'
import { errorResponses, platformErrors, refuse } from './errors.js'

const digest = (value: string) => createHash('sha256').update(value).digest()

const isLoopback = (address: string): boolean =>
  isIP(address) !== 0 && /^(127\.|::1$|::ffff:127\.)/.test(address)

/**
 * Metrics tell an outsider the traffic, the errors and the pool's state: only the scraper may
 * read them, by bearer token when one is configured, else from the machine itself.
 * @throws PLATFORM_METRICS_FORBIDDEN (401 without the token, 403 from elsewhere without one)
 */
function metricsGuard(token: string | undefined) {
  const expected = token === undefined ? undefined : digest(token)
  return async (request: FastifyRequest): Promise<void> => {
    if (expected === undefined) {
      if (isLoopback(request.ip)) return
      throw platformErrors.refuse('PLATFORM_METRICS_FORBIDDEN')
    }
    const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1]
    if (given !== undefined && timingSafeEqual(digest(given), expected)) return
    throw refuse('PLATFORM_METRICS_FORBIDDEN', 401, 'Cần mã truy cập / Bearer token required')
  }
}

/** Prometheus metrics: requests and latencies by route, the database pool, the process. */
export function registerMetrics(
  app: FastifyInstance,
  database: Database,
  options: { token?: string } = {},
): void {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  const labelNames = ['method', 'route', 'status'] as const
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests',
    labelNames,
    registers: [registry],
  })
  const latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency',
    labelNames,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  })
  new Gauge({
    name: 'db_pool_connections',
    help: 'database pool connections by state',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const stats = database.poolStats()
      this.set({ state: 'total' }, stats.total)
      this.set({ state: 'idle' }, stats.idle)
      this.set({ state: 'waiting' }, stats.waiting)
    },
  })

  app.addHook('onResponse', async (request, reply) => {
    // The route pattern, never the raw URL: URLs can carry identity numbers.
    const labels = {
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status: String(reply.statusCode),
    }
    requests.inc(labels)
    latency.observe(labels, reply.elapsedTime / 1000)
  })

  app.get(
    '/metrics',
    {
      schema: { hide: true, response: { 200: { type: 'string' }, ...errorResponses(401, 403) } },
      config: { access: 'public' },
      onRequest: metricsGuard(options.token),
    },
    async (_request, reply) => reply.type(registry.contentType).send(await registry.metrics()),
  )
}
