import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import { requirePrincipal } from '../../platform/auth/access.js'
import type { Database } from '../../platform/db/database.js'
import { errorResponses as errors } from '../../platform/http/errors.js'
import { callThroughGateway } from './gateway.service.js'

/** The header naming why the consumer asks: one of the purposes its grant allows. */
export const PURPOSE_HEADER = 'x-purpose'

// A call carries a question, not a file: providers that need more take it by their own means.
const BODY_LIMIT = 1024 * 1024

const Named = {
  provider: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$' }),
  service: Type.String({ pattern: '^[a-z0-9][a-z0-9_.-]{0,63}$' }),
}

// OpenAPI has no wildcard parameter: the document shows the call without a path, and the route
// with one (same contract) stays out of it.
const ROUTES = [
  { url: '/x/:provider/:service', hide: false, params: Type.Object(Named) },
  {
    url: '/x/:provider/:service/*',
    hide: true,
    params: Type.Object({ ...Named, '*': Type.String({ maxLength: 1000 }) }),
  },
]

/**
 * The gateway: `GET|POST /x/{provider}/{service}/{path}`, called by a member's system with its
 * SSO access token and an `X-Purpose` header. Bodies pass through as bytes, whatever their type,
 * so what the log hashes is exactly what was sent.
 */
export const gatewayRoutes =
  (database: Database): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.removeAllContentTypeParsers()
    app.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: BODY_LIMIT },
      (_r, body, done) => {
        done(null, body)
      },
    )
    for (const { url, hide, params } of ROUTES)
      app.route({
        method: ['GET', 'POST'],
        url,
        schema: {
          hide,
          tags: ['exchange'],
          summary:
            'Gọi dịch vụ dữ liệu qua trục liên thông (tiêu đề X-Purpose) / Call a data service through the gateway (X-Purpose header)',
          params,
          response: {
            '2xx': Type.Unknown({ description: "the provider's answer, as it gave it" }),
            ...errors(400, 401, 403, 404, 429, 502, 504),
          },
        },
        config: { access: 'exchange.call' },
        handler: async (request, reply) => {
          const purpose = request.headers[PURPOSE_HEADER]
          const query = request.url.indexOf('?')
          const answer = await callThroughGateway(database, {
            principal: requirePrincipal(request),
            requestId: request.id,
            method: request.method === 'POST' ? 'POST' : 'GET',
            provider: request.params.provider,
            service: request.params.service,
            path: '*' in request.params ? request.params['*'] : '',
            search: query < 0 ? '' : request.url.slice(query),
            purpose: typeof purpose === 'string' ? purpose : undefined,
            contentType: request.headers['content-type'],
            body: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
          })
          if (answer.retryAfter !== undefined) reply.header('retry-after', answer.retryAfter)
          return reply.code(answer.status).type(answer.contentType).send(answer.body)
        },
      })
  }
