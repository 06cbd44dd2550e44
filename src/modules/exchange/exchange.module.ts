import type { Config } from '../../platform/config/config.js'
import type { Database } from '../../platform/db/database.js'
import { defineModule } from '../../platform/modules/module.js'
import { withAccessLog } from './builtin-access-log.js'
import { isBuiltinService, registerBuiltinService } from './builtins.js'
import { callRoutes } from './calls.routes.js'
import { ensureDemonstrationExchange } from './exchange.demonstration.js'
import { exchangePermissions } from './exchange.permissions.js'
import { exchangeRoutes } from './exchange.routes.js'
import { gatewayRoutes } from './gateway.routes.js'
import { registerPlatformServices } from './platform-services.js'
import { RESIDENT_VERIFICATION, residentVerification } from './resident-verification.js'
import { startWebhooks, webhookRoutes, webhookSubscriber } from './subscriptions/webhooks.js'

registerBuiltinService(
  RESIDENT_VERIFICATION,
  withAccessLog(RESIDENT_VERIFICATION, residentVerification),
)
registerPlatformServices()

/** The provincial data-exchange gateway (LGSP, model 25), in the manner of X-Road (ADR 16). */
export const exchangeModule = defineModule<{
  database: Database
  config: Pick<Config, 'NODE_ENV'>
}>({
  name: 'exchange',
  access: exchangePermissions,
  routes: ({ database, config }) => [
    { plugin: exchangeRoutes(database.db, isBuiltinService), prefix: '/api/v1/exchange' },
    { plugin: callRoutes(database.db), prefix: '/api/v1/exchange' },
    { plugin: gatewayRoutes(database), prefix: '' },
    webhookRoutes(database, config.NODE_ENV === 'production'),
  ],
  subscribers: ({ database }) => [webhookSubscriber(database)],
  start: ({ database }, log) => startWebhooks(database, log),
  // Members, services, grants and calls for the demonstration accounts' exchange pages.
  demonstration: async ({ database }) => {
    await ensureDemonstrationExchange(database)
    return undefined
  },
})
