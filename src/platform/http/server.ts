import { randomUUID } from 'node:crypto'
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify'
import cookie from '@fastify/cookie'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { loggerOptions, OneLinePerRequest } from '../logging/logger.js'
import { declaredAccess } from '../auth/access.js'
import {
  platformErrors,
  clientErrorHandler,
  frameworkErrors,
  registerErrorHandling,
  withErrorCodes,
} from './errors.js'
import { redirectToPublicHost } from './canonical-host.js'
import { registerSecurityHeaders } from './security-headers.js'
import { guardRequestSchemas, refuseNonFiniteNumbers } from './input-guard.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with the access it declared, for the test that walks them all. */
    routeContracts: { method: string; url: string; access: string }[]
  }
  interface FastifyContextConfig {
    /** 'public', or the permission a caller needs. Every route must say which. */
    access?: string
    /**
     * A public route that still learns who calls when they present credentials (a session, a
     * partner's token), so that what they do can be audited under their name.
     */
    identifiesCaller?: boolean
  }
}

export type App = FastifyInstance

/**
 * Refuses, at registration, a route that does not say who may call it or what it answers:
 * the response schema is the privacy guard (unlisted columns are never serialised).
 */
function requireRouteContract(route: RouteOptions): void {
  const where = `${String(route.method)} ${route.url}`
  // The API's own documentation is public; its routes come from @fastify/swagger-ui.
  if (route.url.startsWith('/api/docs')) {
    route.config = { ...route.config, access: 'public' }
    return
  }
  if (!declaredAccess(route.config?.access)) {
    throw new Error(
      `route ${where} declares no known access (config.access: 'public' or a permission)`,
    )
  }
  if (!route.schema?.response) throw new Error(`route ${where} declares no response schema`)
}

export interface ServerOptions {
  logLevel: string
  version: string
  /** Readable logs, one line a request, for a developer's terminal (JSON otherwise). */
  prettyLogs?: boolean
  /** Reverse proxies whose X-Forwarded-* headers are believed: addresses, CIDR ranges. */
  trustedProxies?: string[]
  /** The platform's address (PUBLIC_URL): pages move to its host; HSTS when it is https. */
  publicUrl?: string
}

export async function createServer(options: ServerOptions): Promise<App> {
  const app = Fastify({
    logger: loggerOptions(options.logLevel, options.prettyLogs),
    ...(options.prettyLogs ? { logController: new OneLinePerRequest() } : {}),
    genReqId: (req) => {
      const given = req.headers['x-request-id']
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID()
    },
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: true } },
    return503OnClosing: false,
    frameworkErrors,
    clientErrorHandler,
    // Behind a proxy every connection comes from it: request.ip is the client only when the
    // forwarded header comes from a proxy we know, and never from a client claiming one.
    trustProxy: options.trustedProxies?.length ? options.trustedProxies : false,
  }).withTypeProvider<TypeBoxTypeProvider>()

  const contracts: App['routeContracts'] = []
  app.decorate('routeContracts', contracts)
  app.addHook('onRoute', (route) => {
    requireRouteContract(route)
    guardRequestSchemas(route)
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD')
        contracts.push({ method, url: route.url, access: route.config?.access ?? 'public' })
    }
  })
  // Once shutting down: new requests on kept-alive connections get the envelope, and each finished
  // response closes its connection, since an idle keep-alive socket would hold app.close() open
  // for keepAliveTimeout (72 s), past the grace period.
  let closing = false
  app.addHook('preClose', async () => {
    closing = true
  })
  app.addHook('onRequest', async () => {
    if (closing) {
      throw platformErrors.refuse('PLATFORM_SHUTTING_DOWN')
    }
  })
  app.addHook('preHandler', refuseNonFiniteNumbers)
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id)
    if (closing) reply.header('connection', 'close')
  })
  registerErrorHandling(app)
  registerSecurityHeaders(app, { publicUrl: options.publicUrl ?? '' })
  if (options.publicUrl) redirectToPublicHost(app, options.publicUrl)
  await app.register(cookie)
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Công Dân Số API',
        description: 'Nền tảng công dân số theo Đề án 06 / The Project 06 digital-citizen platform',
        version: options.version,
        license: { name: 'MPL-2.0', url: 'https://mozilla.org/MPL/2.0/' },
      },
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json.$id === 'string' ? json.$id : `def-${i}`,
    },
    // Every module's error codes, as one enum the envelope's `code` refers to.
    transformObject: (document) =>
      'openapiObject' in document ? withErrorCodes(document.openapiObject) : document.swaggerObject,
  })
  await app.register(swaggerUi, { routePrefix: '/api/docs' })
  return app
}
