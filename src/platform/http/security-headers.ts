import type { FastifyInstance } from 'fastify'

/**
 * The web app's pages: only the app's own files (scripts, styles and fonts from this origin, no
 * inline script); camera frames and QR images are drawn from blob: and data: URLs.
 */
export const PAGE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * Headers every answer carries: the API, its documentation, the web app and the SSO provider's
 * pages alike. Set on the raw response as the request arrives, because the provider (mounted as
 * middleware) and its interaction pages (hijacked replies) write their answers past Fastify's
 * hooks; a route that sets its own value (the pages' full policy) overrides these.
 */
export function registerSecurityHeaders(app: FastifyInstance, options: { publicUrl: string }) {
  const headers: [string, string][] = [
    ['x-content-type-options', 'nosniff'],
    ['x-frame-options', 'DENY'],
    ['content-security-policy', "frame-ancestors 'none'"],
    ['referrer-policy', 'same-origin'],
    // Only over https: a browser told so by a plain-http development server would refuse it.
    ...(options.publicUrl.startsWith('https:')
      ? [['strict-transport-security', 'max-age=31536000; includeSubDomains'] as [string, string]]
      : []),
  ]
  app.addHook('onRequest', async (_request, reply) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value)
  })
}
