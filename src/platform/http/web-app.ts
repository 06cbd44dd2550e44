import { access } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import { Type } from '@sinclair/typebox'
import type { FastifyReply } from 'fastify'
import { errorResponses, platformErrors, type AppError } from './errors.js'
import { PAGE_CONTENT_SECURITY_POLICY } from './security-headers.js'
import type { App } from './server.js'

/** Where `npm run build:web` writes the app (web/vite.config.ts). */
export const WEB_APP_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url))

/**
 * The paths the browser app draws itself: each answers index.html, and the app's router takes it
 * from there. Listed rather than a catch-all, so that an unknown path under /api still gets the
 * JSON 404 and nothing here shadows a route of a module.
 */
export const WEB_APP_PATHS = [
  '/',
  '/sign-up',
  '/forgot-password',
  '/me',
  '/me/*',
  '/officer',
  '/officer/*',
  '/plan',
  '/plan/*',
  '/dashboards',
  '/dashboards/*',
  '/establishment',
  '/establishment/*',
  '/police/*',
  '/kiosk',
  '/kiosk/*',
  '/services',
  '/services/*',
  '/open-data',
  '/sso/interaction/:uid',
  '/start',
  '/preferences',
  '/verify',
  '/verify/*',
  '/shared/*',
  '/credentials/*',
  '/partner/*',
  '/operator/*',
  '/sellers',
] as const

/** Hashed names change with the content: a year, never revalidated. */
const IMMUTABLE = 'public, max-age=31536000, immutable'

const notBuilt = (): AppError => platformErrors.refuse('PLATFORM_WEB_APP_NOT_BUILT')

export interface WebAppOptions {
  /** The built app; web/dist by default. */
  root?: string
}

/**
 * Serves the built browser app: hashed assets cached for a year (their names change with their
 * content), index.html never cached (it names the current assets). Text files go out as the build
 * compressed them (`.br`, `.gz` beside each, web/vite.config.ts), by the browser's Accept-Encoding,
 * with no compression work per request; a file without them goes out as it is. Every route keeps
 * the platform's contract: public access and a response schema, hidden from the API documentation.
 */
export async function registerWebApp(app: App, options: WebAppOptions = {}): Promise<void> {
  const root = options.root ?? WEB_APP_DIST
  // Cache-Control is set here, not through sendFile's options: @fastify/static drops those when it
  // falls back from a missing .br or .gz to the plain file. Assets only once found: a 404 is not
  // to be kept for a year.
  const assets = path.join(root, 'assets') + path.sep
  await app.register(fastifyStatic, {
    serve: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (response, file) => {
      if (file.startsWith(assets)) response.setHeader('cache-control', IMMUTABLE)
    },
  })
  const contract = {
    schema: { hide: true, response: { 200: Type.String(), ...errorResponses(404, 503) } },
    config: { access: 'public' },
  }

  const sendIndex = async (reply: FastifyReply, status = 200): Promise<FastifyReply> => {
    await access(`${root}/index.html`).catch(() => {
      throw notBuilt()
    })
    return reply
      .status(status)
      .header('cache-control', 'no-cache')
      .header('content-security-policy', PAGE_CONTENT_SECURITY_POLICY)
      .header('vary', 'accept-encoding')
      .sendFile('index.html', root)
  }
  for (const route of WEB_APP_PATHS) {
    app.get(route, contract, async (_request, reply) => sendIndex(reply))
  }

  // Any other page a browser asks for gets the app, whose router draws its not-found page, with
  // the 404 status; the API, and whatever does not ask for a page, keep the JSON envelope.
  app.get('/*', contract, async (request, reply) => {
    if (/^\/api(\/|\?|$)/.test(request.url) || !request.headers.accept?.includes('text/html')) {
      reply.callNotFound()
      return reply
    }
    return sendIndex(reply, 404)
  })

  app.get<{ Params: { '*': string } }>('/assets/*', contract, async (request, reply) =>
    reply.header('vary', 'accept-encoding').sendFile(request.params['*'], `${root}/assets`),
  )
}
