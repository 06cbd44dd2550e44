import type { IncomingMessage, ServerResponse } from 'node:http'
import middie from '@fastify/middie'
import type { JWK } from 'jose'
import type Provider from 'oidc-provider'
import type { Authenticator } from '../../platform/auth/access.js'
import type { Config } from '../../platform/config/config.js'
import type { Database } from '../../platform/db/database.js'
import { memoizeUntilSuccess } from '../../platform/async/memo.js'
import type { App } from '../../platform/http/server.js'
import { assertSigningJwks, deviceCookies, generateSigningKey } from '../identity/index.js'
import { ClientDirectory } from './provider-adapter.js'
import { bearerAuthenticator } from './bearer-authenticator.js'
import { clientRoutes } from './sso.clients.routes.js'
import { ensureWebClient, type RegistryContext } from './sso.clients.service.js'
import { interactionRoutes } from './sso.interactions.routes.js'
import { meConsentRoutes } from './sso.me.routes.js'
import { apiAudience, createProvider } from './provider.js'
import { deriveSsoSecrets } from './secrets.js'
import { webSessionRoutes } from './sso.web-session.routes.js'

export type SsoConfig = Pick<
  Config,
  'NODE_ENV' | 'PUBLIC_URL' | 'SSO_SIGNING_KEYS' | 'SSO_SECRET' | 'SESSION_TTL_HOURS'
>

export interface Sso {
  provider: Provider
  /** Accepts the provider's access tokens for the platform's API (machine clients). */
  authenticator: Authenticator
  /** The client registry, for modules that register clients of their own (an establishment's). */
  registry: RegistryContext
  /** Mounts the provider at /oidc, its sign-in steps, the web app's sign-in and the registry. */
  register(app: App): Promise<void>
}

/** Signing keys from configuration, or (development, tests) one made for this process. */
async function signingKeysOf(config: SsoConfig): Promise<JWK[]> {
  const keys = config.SSO_SIGNING_KEYS
    ? (JSON.parse(config.SSO_SIGNING_KEYS) as JWK[])
    : [await generateSigningKey()]
  assertSigningJwks(keys)
  return keys
}

/** The single sign-on of the province (model 24): one OpenID provider for every system. */
export async function createSso(database: Database, config: SsoConfig): Promise<Sso> {
  const db = database.db
  const publicUrl = config.PUBLIC_URL.replace(/\/$/, '')
  const signingKeys = await signingKeysOf(config)
  const secrets = deriveSsoSecrets(config.SSO_SECRET)
  const allowHttp = config.NODE_ENV !== 'production'
  const sessionTtlHours = config.SESSION_TTL_HOURS
  const devices = deviceCookies(config.SSO_SECRET)
  const clients = new ClientDirectory(db, secrets)
  const registry: RegistryContext = {
    db,
    secrets,
    allowHttp,
    changed: (id: string) => {
      clients.forget(id)
    },
  }
  const provider = createProvider({
    db,
    publicUrl,
    signingKeys,
    secrets,
    clients,
    sessionTtlHours,
  })
  return {
    provider,
    registry,
    authenticator: bearerAuthenticator({
      db,
      issuer: `${publicUrl}/oidc`,
      audience: apiAudience(publicUrl),
      signingKeys,
    }),
    async register(app) {
      const client = memoizeUntilSuccess(() => ensureWebClient(registry, publicUrl))
      await app.register(middie)
      const handle = provider.callback()
      app.use('/oidc', (req: IncomingMessage, res: ServerResponse) => void handle(req, res))
      await app.register(interactionRoutes({ db, provider, sessionTtlHours, devices }), {
        prefix: '/sso/interaction',
      })
      await app.register(webSessionRoutes({ db, publicUrl, client, sessionTtlHours }), {
        prefix: '/auth',
      })
      await app.register(clientRoutes(registry), { prefix: '/api/v1/sso' })
      await app.register(meConsentRoutes(db), { prefix: '/api/v1/me' })
    },
  }
}
