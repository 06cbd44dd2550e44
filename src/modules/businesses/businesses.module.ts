import type { Database } from '../../platform/db/database.js'
import { defineModule } from '../../platform/modules/module.js'
import { ensureDemonstrationBusinesses } from './businesses.demonstration.js'
import { businessesPermissions } from './businesses.permissions.js'
import { businessRoutes } from './businesses.routes.js'

/** The register of household businesses and model 22's verified sellers. */
export const businessesModule = defineModule<{ database: Database }>({
  name: 'businesses',
  access: businessesPermissions,
  routes: ({ database }) => [{ plugin: businessRoutes(database.db), prefix: '/api/v1/businesses' }],
  // The demonstration commune's household businesses, for the sellers' page and the SSO claim.
  demonstration: async ({ database }) => {
    await ensureDemonstrationBusinesses(database.db)
    return undefined
  },
})
