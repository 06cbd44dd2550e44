import type { Database } from '../../platform/db/database.js'
import { defineModule } from '../../platform/modules/module.js'
import { isBuiltinService } from './builtins.js'
import { exchangePermissions } from './exchange.permissions.js'
import { exchangeRoutes } from './exchange.routes.js'
import { registerPlatformServices } from './platform-services.js'

registerPlatformServices()

/** The provincial data-exchange gateway (LGSP, model 25), in the manner of X-Road (ADR 16). */
export const exchangeModule = defineModule<{ database: Database }>({
  name: 'exchange',
  access: exchangePermissions,
  routes: ({ database }) => [
    { plugin: exchangeRoutes(database.db, isBuiltinService), prefix: '/api/v1/exchange' },
  ],
})
