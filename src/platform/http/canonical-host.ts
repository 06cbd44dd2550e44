import type { FastifyInstance, FastifyRequest } from 'fastify'

// Operations probe the server by whatever address reaches it.
const ANY_HOST = ['/healthz', '/readyz', '/metrics']

const isNavigation = (request: FastifyRequest): boolean =>
  (request.method === 'GET' || request.method === 'HEAD') &&
  (request.headers['sec-fetch-mode'] === 'navigate' ||
    (request.headers.accept ?? '').includes('text/html'))

/**
 * A page opened by another of this server's addresses (http://127.0.0.1:3000, a LAN address)
 * goes to PUBLIC_URL first: sign-in sets its cookie on one host and comes back to PUBLIC_URL's, so
 * on any other host it could never finish. Only browser navigation moves; API calls keep working
 * on any address.
 */
export function redirectToPublicHost(app: FastifyInstance, publicUrl: string): void {
  const canonical = new URL(publicUrl)
  app.addHook('onRequest', async (request, reply) => {
    if (request.host.toLowerCase() === canonical.host.toLowerCase()) return
    if (!isNavigation(request) || ANY_HOST.includes(request.url.split('?')[0] ?? '')) return
    return reply.redirect(new URL(request.url, canonical).href, 307)
  })
}
