import type { Config } from './platform/config/config.js'
import type { Database } from './platform/db/database.js'
import { registerHealth } from './platform/http/health.js'
import { registerMetrics } from './platform/http/metrics.js'
import { createServer, type App } from './platform/http/server.js'
import { populationRoutes } from './modules/population/index.js'

export interface AppDependencies {
  config: Pick<Config, 'LOG_LEVEL'>
  database: Database
}

export const VERSION = '0.1.0'

/** The whole HTTP application: platform plugins, then every module. Tests build it too. */
export async function buildApp(deps: AppDependencies): Promise<App> {
  const app = await createServer({ logLevel: deps.config.LOG_LEVEL, version: VERSION })
  registerMetrics(app, deps.database)
  registerHealth(app, deps.database)
  await app.register(populationRoutes(deps.database), { prefix: '/api/v1/population' })
  return app
}
