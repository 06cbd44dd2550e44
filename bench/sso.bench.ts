import type { AddressInfo } from 'node:net'
import autocannon from 'autocannon'
import Provider from 'oidc-provider'
import { buildApp } from '../src/app.js'
import { generateSigningKey } from '../src/modules/identity/index.js'
import { deriveSsoSecrets, registerClient } from '../src/modules/sso/index.js'
import { loadConfig } from '../src/platform/config/config.js'
import type { Database } from '../src/platform/db/database.js'
import type { BenchResult } from './report.js'

const SCOPE = 'population.resident.read'
const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' })

async function tokenLoad(url: string, clientId: string, secret: string) {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: 50,
    duration: 10,
    headers: {
      authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: `grant_type=client_credentials&scope=${SCOPE}`,
  })
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  }
}

/**
 * The same provider library with nothing of ours: static client, in-memory storage, the same
 * ES256 JWT access tokens. What is left of the difference is the platform's share (database
 * client lookup, Fastify and the mount).
 */
async function bareProvider() {
  const audience = 'urn:bench:api'
  const provider = new Provider('http://127.0.0.1/oidc', {
    clients: [
      {
        client_id: 'bare',
        client_secret: 'bare-secret',
        grant_types: ['client_credentials'],
        redirect_uris: [],
        response_types: [],
        id_token_signed_response_alg: 'ES256',
        scope: SCOPE,
      },
    ],
    jwks: { keys: [await generateSigningKey()] },
    scopes: [SCOPE],
    features: {
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => audience,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: SCOPE,
          audience,
          accessTokenTTL: 600,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'ES256' } },
        }),
      },
    },
  })
  const server = provider.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/token`, close: () => server.close() }
}

/** client_credentials tokens per second from the platform's provider against a bare one. */
export async function benchClientCredentials(database: Database): Promise<BenchResult> {
  const app = await buildApp({ config, database })
  const { clientId, clientSecret } = await registerClient(
    { db: database.db, secrets: deriveSsoSecrets(config.SSO_SECRET), allowHttp: true },
    {
      name: 'Bench machine client',
      kind: 'machine',
      authMethod: 'client_secret_basic',
      role: 'communePolice',
      scopes: [SCOPE],
    },
  )
  const appUrl = await app.listen({ host: '127.0.0.1', port: 0 })
  const bare = await bareProvider()
  try {
    const baseline = await tokenLoad(bare.url, 'bare', 'bare-secret')
    if (baseline.errors > 0) throw new Error(`the bare provider failed ${baseline.errors} requests`)
    const ours = await tokenLoad(`${appUrl}/oidc/token`, clientId, clientSecret!)
    return {
      name: 'sso.token.client_credentials',
      value: ours.rps,
      unit: 'tokens/s',
      baseline: baseline.rps,
      ratio: ours.rps / baseline.rps,
      extra: {
        p99ms: ours.p99,
        bareP99ms: baseline.p99,
        errors: ours.errors,
        bareErrors: baseline.errors,
        connections: 50,
      },
    }
  } finally {
    await app.close()
    bare.close()
  }
}
