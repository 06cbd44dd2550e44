import { createServer as createNetServer, type AddressInfo } from 'node:net'
import { after, before } from 'node:test'
import { buildApp, type AppConfig } from '../../src/app.js'
import { loadConfig } from '../../src/platform/config/config.js'
import type { App } from '../../src/platform/http/server.js'
import type { Database } from '../../src/platform/db/database.js'

export const testConfig: AppConfig = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' })

/**
 * The real application over a test database, built once for a suite, configured as testConfig
 * with `config` over it.
 */
export function useApp(db: () => Database, config: Partial<AppConfig> = {}): () => App {
  let app: App | undefined
  before(async () => {
    app = await buildApp({ config: { ...testConfig, ...config }, database: db() })
    await app.ready()
  })
  after(async () => {
    await app?.close()
  })
  return () => {
    if (!app) throw new Error('app not built yet')
    return app
  }
}

/** A free TCP port on the loopback, for an app whose public address must be known in advance. */
export async function freePort(): Promise<number> {
  const server = createNetServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/**
 * The real application listening on a loopback port that is also its public address, for
 * clients that must reach it over HTTP (OpenID relying parties, a browser).
 */
export function useListeningApp(db: () => Database): () => { app: App; origin: string } {
  let served: { app: App; origin: string } | undefined
  before(async () => {
    const port = await freePort()
    const origin = `http://127.0.0.1:${port}`
    const app = await buildApp({ config: { ...testConfig, PUBLIC_URL: origin }, database: db() })
    await app.listen({ host: '127.0.0.1', port })
    served = { app, origin }
  })
  after(async () => {
    await served?.app.close()
  })
  return () => {
    if (!served) throw new Error('app not listening yet')
    return served
  }
}
