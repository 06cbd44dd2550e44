import type { Database } from '../../platform/db/database.js'
import { defineModule } from '../../platform/modules/module.js'
import { isBuiltinService, registerBuiltinService } from './builtins.js'
import { callRoutes } from './calls.routes.js'
import { exchangePermissions } from './exchange.permissions.js'
import { exchangeRoutes } from './exchange.routes.js'
import { gatewayRoutes } from './gateway.routes.js'
import { RESIDENT_VERIFICATION, residentVerification } from './resident-verification.js'

registerBuiltinService(RESIDENT_VERIFICATION, residentVerification)

/** The provincial data-exchange gateway (LGSP, model 25), in the manner of X-Road (ADR 16). */
export const exchangeModule = defineModule<{ database: Database }>({
  name: 'exchange',
  access: exchangePermissions,
  routes: ({ database }) => [
    { plugin: exchangeRoutes(database.db, isBuiltinService), prefix: '/api/v1/exchange' },
    { plugin: callRoutes(database.db), prefix: '/api/v1/exchange' },
    { plugin: gatewayRoutes(database), prefix: '' },
  ],
})
