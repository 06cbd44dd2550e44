import { after, before } from 'node:test'
import { buildApp, type AppConfig } from '../src/app.js'
import { loadConfig } from '../src/platform/config/config.js'
import type { App } from '../src/platform/http/server.js'
import type { Database } from '../src/platform/db/database.js'

export const testConfig: AppConfig = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' })

/** The real application over a test database, built once for a suite. */
export function useApp(db: () => Database): () => App {
  let app: App | undefined
  before(async () => {
    app = await buildApp({ config: testConfig, database: db() })
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
