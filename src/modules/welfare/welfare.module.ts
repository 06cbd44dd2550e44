import type { Database } from '../../platform/db/database.js'
import { defineModule } from '../../platform/modules/module.js'
import { keepListsTrue } from './registry/registry-events.js'
import { ensureDemonstrationWelfare } from './welfare.demonstration.js'
import { myBenefitsRoutes, welfareRoutes } from './welfare.routes.js'
import { welfarePermissions } from './welfare.permissions.js'

/**
 * Social programmes paid cashless (models 20 and 36): programmes as data, beneficiary lists kept
 * true by the registry's events, monthly payment lists to linked payment accounts (model 23),
 * the bank's file and its reconciliation, and the citizen's own benefits.
 */
export const welfareModule = defineModule<{ database: Database }>({
  name: 'welfare',
  access: welfarePermissions,
  routes: ({ database }) => [
    { plugin: welfareRoutes(database), prefix: '/api/v1/welfare' },
    { plugin: myBenefitsRoutes(database), prefix: '/api/v1/me' },
  ],
  subscribers: ({ database }) => [{ name: 'welfare.registry', handle: keepListsTrue(database) }],
  // Lists and this month's payment lists in the demonstration accounts' commune.
  demonstration: async ({ database }) => {
    await ensureDemonstrationWelfare(database)
    return undefined
  },
})
