import assert from 'node:assert/strict'
import { connect, type AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { Type } from '@sinclair/typebox'
import { useApp, describeOnEngines } from '../../../test/kit/index.js'
import type { ErrorEnvelope } from './errors.js'
import { createServer, type App } from './server.js'

/** One raw HTTP exchange: what a proxy or a broken client sends, answered as the server wrote it. */
async function rawExchange(port: number, request: string): Promise<string> {
  const socket = connect(port, '127.0.0.1')
  socket.write(request)
  let answer = ''
  for await (const chunk of socket) answer += String(chunk)
  return answer
}

function envelopeIn(answer: string, status: number): ErrorEnvelope['error'] {
  const [head = '', body = ''] = answer.split('\r\n\r\n')
  assert.match(head, new RegExp(`^HTTP/1.1 ${status} `), answer)
  assert.match(head, /content-type: application\/json/i, answer)
  const parsed = JSON.parse(body) as ErrorEnvelope
  assert.deepEqual(Object.keys(parsed.error).sort(), ['code', 'details', 'message', 'requestId'])
  return parsed.error
}

describe('errors raised before any route', () => {
  let app: App
  let port: number
  before(async () => {
    app = await createServer({ logLevel: 'silent', version: 'test' })
    app.get(
      '/things/:id',
      {
        schema: { params: Type.Object({ id: Type.String() }), response: { 200: Type.String() } },
        config: { access: 'public' },
      },
      async () => 'ok',
    )
    await app.listen({ host: '127.0.0.1', port: 0 })
    port = (app.server.address() as AddressInfo).port
  })
  after(async () => {
    await app.close()
  })

  const get = (path: string, headers = '') =>
    rawExchange(
      port,
      `GET ${path} HTTP/1.1\r\nhost: localhost\r\n${headers}connection: close\r\n\r\n`,
    )

  it('answers bad percent-encoding in the path with the envelope', async () => {
    const error = envelopeIn(await get('/things/%E0%A4%A'), 400)
    assert.equal(error.code, 'REQUEST_INVALID_URL')
    assert.ok(error.requestId.length > 0)
  })

  it('answers a path parameter past the length limit with the envelope', async () => {
    const error = envelopeIn(await get(`/things/${'a'.repeat(600)}`), 414)
    assert.equal(error.code, 'REQUEST_URL_TOO_LONG')
  })

  it('answers oversized headers with the envelope', async () => {
    const error = envelopeIn(await get('/things/1', `x-big: ${'b'.repeat(20_000)}\r\n`), 431)
    assert.equal(error.code, 'REQUEST_HEADERS_TOO_LARGE')
  })

  it('answers a bad Transfer-Encoding with the envelope', async () => {
    const answer = await rawExchange(
      port,
      'POST /things/1 HTTP/1.1\r\nhost: localhost\r\ntransfer-encoding: chunked, gzip\r\nconnection: close\r\n\r\n',
    )
    assert.equal(envelopeIn(answer, 400).code, 'REQUEST_MALFORMED')
  })
})

describeOnEngines('headers and operations endpoints', (db) => {
  const app = useApp(db, { PUBLIC_URL: 'https://congdanso.example.vn' })
  const plain = useApp(db, { METRICS_TOKEN: 'a-metrics-token-of-32-characters' })

  it('marks every kind of answer nosniff and unframeable, with HSTS over https', async () => {
    for (const url of [
      '/healthz',
      '/api/v1/population/units/75',
      '/api/v1/nothing-here',
      '/api/docs/json',
      '/oidc/.well-known/openid-configuration',
      '/interaction/unknown',
    ]) {
      const res = await app().inject({ method: 'GET', url })
      assert.equal(res.headers['x-content-type-options'], 'nosniff', url)
      assert.equal(res.headers['x-frame-options'], 'DENY', url)
      assert.match(String(res.headers['content-security-policy']), /frame-ancestors 'none'/, url)
      assert.match(String(res.headers['strict-transport-security']), /^max-age=\d{7,}/, url)
    }
    const overHttp = await plain().inject({ method: 'GET', url: '/healthz' })
    assert.equal(overHttp.headers['strict-transport-security'], undefined)
  })

  it('serves /metrics only to the machine itself, or to the holder of METRICS_TOKEN', async () => {
    const metrics = (target: App, remoteAddress: string, authorization?: string) =>
      target.inject({
        method: 'GET',
        url: '/metrics',
        remoteAddress,
        headers: authorization ? { authorization } : {},
      })
    assert.equal((await metrics(app(), '127.0.0.1')).statusCode, 200)
    assert.equal((await metrics(app(), '203.0.113.8')).statusCode, 403)
    assert.equal((await metrics(plain(), '127.0.0.1')).statusCode, 401)
    assert.equal((await metrics(plain(), '203.0.113.8', 'Bearer wrong')).statusCode, 401)
    const allowed = await metrics(plain(), '203.0.113.8', 'Bearer a-metrics-token-of-32-characters')
    assert.equal(allowed.statusCode, 200)
    assert.match(allowed.body, /http_requests_total/)
  })
})

describeOnEngines('the public address', (db) => {
  const app = useApp(db, { PUBLIC_URL: 'http://localhost:3000' })
  const open = (host: string, url: string, accept = 'text/html,application/xhtml+xml') =>
    app().inject({ method: 'GET', url, headers: { host, accept } })

  it("sends a page opened on another of the server's addresses to PUBLIC_URL", async () => {
    for (const host of ['127.0.0.1:3000', '192.168.1.20:3000']) {
      const res = await open(host, '/me?tab=stays')
      assert.equal(res.statusCode, 307, host)
      assert.equal(res.headers.location, 'http://localhost:3000/me?tab=stays')
    }
    assert.notEqual((await open('localhost:3000', '/me')).statusCode, 307)
  })

  it('keeps the API and the health checks answering on any address', async () => {
    const api = await open('127.0.0.1:3000', '/api/v1/population/units/75', 'application/json')
    assert.notEqual(api.statusCode, 307, api.body)
    assert.equal(api.headers.location, undefined)
    for (const url of ['/healthz', '/readyz', '/metrics'])
      assert.equal((await open('127.0.0.1:3000', url)).statusCode, 200, url)
  })
})
