import type { Database } from '../../platform/db/database.js'
import { defineModule } from '../../platform/modules/module.js'
import type { QrRouteOptions } from '../identity/index.js'
import { ensureDemonstrationCheckpoints } from './checkpoints.demonstration.js'
import { checkpointsPermissions } from './checkpoints.permissions.js'
import { checkpointsRoutes } from './checkpoints.routes.js'
import { ticketsRoutes } from './tickets.routes.js'

/** Gates at tourist sites, industrial parks and stations (models 13-15); chip-card tickets (19). */
export const checkpointsModule = defineModule<{
  database: Database
  identityTokens: QrRouteOptions
}>({
  name: 'checkpoints',
  access: checkpointsPermissions,
  routes: ({ database, identityTokens }) => {
    const options = {
      database,
      identity: { keys: identityTokens.keys, issuer: identityTokens.issuer },
    }
    return [
      { plugin: checkpointsRoutes(options), prefix: '/api/v1/checkpoints' },
      { plugin: ticketsRoutes(options), prefix: '/api/v1/checkpoints' },
    ]
  },
  demonstration: async ({ database }) => {
    // A tourist site for the demonstration operator's staff; tickets on today's coach trip.
    await ensureDemonstrationCheckpoints(database)
    return undefined
  },
})
