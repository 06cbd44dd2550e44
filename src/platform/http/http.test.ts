import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { LightMyRequestResponse } from 'fastify'
import {
  testConfig,
  useApp,
  ENGINES,
  describeOnEngines,
  openTestDatabase,
} from '../../../test/kit/index.js'
import { buildApp } from '../../app.js'
import { AppError, type ErrorEnvelope } from './errors.js'
import { createServer, type App } from './server.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** Asserts the one error shape every failure leaves in, and returns it. */
function envelopeOf(
  res: LightMyRequestResponse,
  status: number,
  code: string,
): ErrorEnvelope['error'] {
  assert.equal(res.statusCode, status, res.body)
  assert.match(String(res.headers['content-type']), /^application\/json/)
  const body = res.json<ErrorEnvelope>()
  assert.deepEqual(Object.keys(body), ['error'], res.body)
  assert.deepEqual(Object.keys(body.error).sort(), ['code', 'details', 'message', 'requestId'])
  assert.equal(body.error.code, code, res.body)
  assert.ok(body.error.message.length > 0, res.body)
  assert.equal(
    body.error.requestId,
    res.headers['x-request-id'],
    'the body and header carry one id',
  )
  return body.error
}

describeOnEngines('the HTTP platform', (db) => {
  const app = useApp(db)
  const get = (url: string, headers: Record<string, string> = {}) =>
    app().inject({ method: 'GET', url, headers })

  it('answers an unknown route with the error envelope, without echoing the query', async () => {
    const res = await get('/api/v1/nothing-here?q=Nguyen')
    const error = envelopeOf(res, 404, 'ROUTE_NOT_FOUND')
    assert.equal(error.details, null)
    assert.match(error.message, /\/api\/v1\/nothing-here/)
    // Query strings carry search terms (names): they stay out of responses too.
    assert.doesNotMatch(error.message, /Nguyen/)
  })

  it('answers invalid input with 400 REQUEST_INVALID listing the offending field', async () => {
    const cases: [string, string][] = [
      ['/api/v1/population/units/7A', 'code'],
      ['/api/v1/population/units?asOf=01-07-2025', 'asOf'],
    ]
    for (const [url, field] of cases) {
      const error = envelopeOf(await get(url), 400, 'REQUEST_INVALID')
      assert.ok(Array.isArray(error.details), url)
      const details = error.details as { field: string; rule: string; message: string }[]
      assert.ok(
        details.some((d) => d.field.replace(/^\//, '') === field && d.rule.length > 0),
        `${url}: ${JSON.stringify(details)}`,
      )
    }
  })

  it('gives every response a request id, reusing a well-formed one from the caller', async () => {
    const first = await get('/healthz')
    const second = await get('/healthz')
    assert.match(String(first.headers['x-request-id']), UUID)
    assert.notEqual(first.headers['x-request-id'], second.headers['x-request-id'])

    const given = await get('/api/v1/nothing-here', { 'x-request-id': 'gateway-7f3a_01' })
    assert.equal(given.headers['x-request-id'], 'gateway-7f3a_01')
    assert.equal(envelopeOf(given, 404, 'ROUTE_NOT_FOUND').requestId, 'gateway-7f3a_01')

    // An id that could smuggle text into logs or headers is replaced, not echoed.
    for (const bad of ['two words', 'x'.repeat(65), 'id";drop']) {
      const res = await get('/healthz', { 'x-request-id': bad })
      assert.match(String(res.headers['x-request-id']), UUID, bad)
    }
  })

  it('reports liveness on /healthz', async () => {
    const res = await get('/healthz')
    assert.equal(res.statusCode, 200)
    assert.equal(res.json<{ status: string }>().status, 'ok')
  })

  it('reports readiness on /readyz once the database is reachable and migrated', async () => {
    const res = await get('/readyz')
    assert.equal(res.statusCode, 200, res.body)
    assert.deepEqual(res.json(), { status: 'ok', checks: { database: 'ok', migrations: 'ok' } })
  })

  it('exposes Prometheus metrics labelled by route pattern, never by raw URL', async () => {
    // A 12-digit run is what an identity number looks like in a URL.
    await get('/api/v1/population/units/12345')
    await get('/api/v1/population/units/079123456789')
    await get('/api/v1/unknown/079123456789')
    const res = await get('/metrics')
    assert.equal(res.statusCode, 200)
    assert.match(String(res.headers['content-type']), /^text\/plain/)
    const lines = res.body.split('\n')
    const requests = lines.filter((l) => l.startsWith('http_requests_total{'))
    assert.ok(
      requests.some(
        (l) => l.includes('route="/api/v1/population/units/:code"') && l.includes('status="404"'),
      ),
      requests.join('\n'),
    )
    assert.ok(
      requests.some(
        (l) => l.includes('route="/api/v1/population/units/:code"') && l.includes('status="400"'),
      ),
      requests.join('\n'),
    )
    const routes = requests.map((l) => /route="([^"]*)"/.exec(l)?.[1] ?? '(none)')
    for (const route of routes) assert.doesNotMatch(route, /\d{3,}/, `raw URL as label: ${route}`)
    assert.ok(!res.body.includes('079123456789'), 'identity-like number in metrics')
    for (const state of ['total', 'idle', 'waiting']) {
      assert.match(res.body, new RegExp(`^db_pool_connections\\{state="${state}"\\} \\d+$`, 'm'))
    }
  })

  it('publishes an OpenAPI 3 document of its routes', async () => {
    const res = await get('/api/docs/json')
    assert.equal(res.statusCode, 200)
    const doc = res.json<{ openapi: string; paths: Record<string, unknown> }>()
    assert.match(doc.openapi, /^3\./)
    const paths = Object.keys(doc.paths)
    assert.ok(paths.includes('/api/v1/population/units/{code}'), paths.join(', '))
    assert.ok(paths.includes('/healthz'), paths.join(', '))
  })

  it('serves the API documentation as HTML', async () => {
    // @fastify/swagger-ui answers /api/docs itself and redirects some of its other entry points:
    // follow a few hops, as a browser would.
    let res = await get('/api/docs')
    for (let hops = 0; hops < 3 && res.statusCode >= 300 && res.statusCode < 400; hops++) {
      res = await get(String(res.headers.location))
    }
    assert.equal(res.statusCode, 200)
    assert.match(String(res.headers['content-type']), /^text\/html/)
    assert.match(res.body, /<html/i)
  })
})

describeOnEngines(
  'readiness of a database that is not migrated',
  (db) => {
    const app = useApp(db)

    it('answers /readyz 503 naming the pending migrations, while /healthz stays 200', async () => {
      const res = await app().inject({ method: 'GET', url: '/readyz' })
      assert.equal(res.statusCode, 503, res.body)
      const body = res.json<{ status: string; checks: { database: string; migrations: string } }>()
      assert.equal(body.status, 'unavailable')
      assert.equal(body.checks.database, 'ok')
      assert.match(body.checks.migrations, /^[1-9]\d* pending$/)
      assert.equal((await app().inject({ method: 'GET', url: '/healthz' })).statusCode, 200)
    })
  },
  { migrate: false },
)

for (const engine of ENGINES) {
  void describe(`readiness of a database that went away [${engine}]`, () => {
    let app: App | undefined
    before(async () => {
      const test = await openTestDatabase(engine)
      app = await buildApp({ config: testConfig, database: test.database })
      await app.ready()
      await test.drop()
    })
    after(async () => {
      await app?.close()
    })

    it('answers /readyz 503 with the database unreachable', async () => {
      const res = await app!.inject({ method: 'GET', url: '/readyz' })
      assert.equal(res.statusCode, 503, res.body)
      assert.deepEqual(res.json(), {
        status: 'unavailable',
        checks: { database: 'unreachable', migrations: 'unknown' },
      })
    })
  })
}

describe('the route contract', () => {
  const server = () => createServer({ logLevel: 'silent', version: 'test' })
  const response = { 200: { type: 'object', properties: { ok: { type: 'boolean' } } } }

  /** Registers routes on a fresh server, readies it and closes it again. */
  async function build(register: (app: App) => void | Promise<void>): Promise<void> {
    const app = await server()
    try {
      await register(app)
      await app.ready()
    } finally {
      await app.close()
    }
  }

  it('accepts a route that declares its access and its response', async () => {
    await build((app) => {
      app.get('/complete', { schema: { response }, config: { access: 'public' } }, () => ({
        ok: true,
      }))
    })
  })

  it('refuses a route without config.access, naming it', async () => {
    await assert.rejects(
      build((app) => {
        app.get('/no-access', { schema: { response } }, () => ({ ok: true }))
      }),
      /GET \/no-access.*access/,
    )
  })

  it('refuses a route without a response schema, naming it, also inside a plugin', async () => {
    await assert.rejects(
      build(async (app) => {
        // Async, as every module's routes are: the refusal rejects registration.
        await app.register(
          async (plugin) => {
            plugin.get('/no-schema', { config: { access: 'public' } }, () => ({ ok: true }))
          },
          { prefix: '/module' },
        )
      }),
      /GET \/module\/no-schema.*response schema/,
    )
  })
})

describe('errors thrown inside routes', () => {
  let app: App | undefined
  before(async () => {
    app = await createServer({ logLevel: 'silent', version: 'test' })
    const response = { 200: { type: 'object', properties: { ok: { type: 'boolean' } } } }
    app.get('/crash', { schema: { response }, config: { access: 'public' } }, () => {
      throw new Error('connect ECONNREFUSED 10.20.30.40:5432 password authentication failed')
    })
    app.get('/conflict', { schema: { response }, config: { access: 'public' } }, () => {
      throw new AppError('TEST_CONFLICT', {
        status: 409,
        message: 'Đã tồn tại / Already exists',
        details: { field: 'code' },
      })
    })
    app.get('/preparing', { schema: { response }, config: { access: 'public' } }, () => {
      throw new AppError('TEST_NOT_READY', {
        status: 503,
        message: 'Đang chuẩn bị / Being prepared',
        details: { retryAfterSeconds: 30 },
      })
    })
    await app.ready()
  })
  after(async () => {
    await app?.close()
  })

  it('tells a client refused for now when to come back (Retry-After, RFC 9110 10.2.3)', async () => {
    const res = await app!.inject({ method: 'GET', url: '/preparing' })
    envelopeOf(res, 503, 'TEST_NOT_READY')
    assert.equal(res.headers['retry-after'], '30')
  })

  it('turns an unexpected error into a bare 500 INTERNAL_ERROR without internals', async () => {
    const res = await app!.inject({ method: 'GET', url: '/crash' })
    const error = envelopeOf(res, 500, 'INTERNAL_ERROR')
    assert.equal(error.details, null)
    for (const leak of ['ECONNREFUSED', '10.20.30.40', 'password', 'stack', '    at ', '.ts:']) {
      assert.ok(!res.body.includes(leak), `"${leak}" leaked in ${res.body}`)
    }
  })

  it('passes an AppError through as its own status, code, message and details', async () => {
    const res = await app!.inject({ method: 'GET', url: '/conflict' })
    const error = envelopeOf(res, 409, 'TEST_CONFLICT')
    assert.equal(error.message, 'Đã tồn tại / Already exists')
    assert.deepEqual(error.details, { field: 'code' })
  })
})
