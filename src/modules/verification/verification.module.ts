import type { Database } from '../../platform/db/database.js'
import { defineModule } from '../../platform/modules/module.js'
import type { QrRouteOptions } from '../identity/index.js'
import { verificationPermissions } from './verification.permissions.js'
import { partnerAdministrationRoutes } from './partners.routes.js'
import { ensureDemonstrationPartner } from './verification.demonstration.js'
import { verificationRoutes } from './verification.routes.js'

/** Identity checks at partners: hospitals, notaries, pawnshops, exam boards, schools (models 6-8, 16, 17, 21). */
export const verificationModule = defineModule<{
  database: Database
  identityTokens: QrRouteOptions
}>({
  name: 'verification',
  access: verificationPermissions,
  routes: ({ database, identityTokens }) => [
    {
      plugin: verificationRoutes({
        database,
        identity: { keys: identityTokens.keys, issuer: identityTokens.issuer },
      }),
      prefix: '/api/v1/verification',
    },
    { plugin: partnerAdministrationRoutes({ database }), prefix: '/api/v1/verification' },
  ],
  demonstration: async ({ database }) => {
    await ensureDemonstrationPartner(database)
    return undefined
  },
})
