import type { Database } from '../../platform/db/database.js'
import { defineModule } from '../../platform/modules/module.js'
import type { QrRouteOptions } from '../identity/index.js'
import { credentialRoutes, issuerMetadataRoutes } from './credentials/credentials.routes.js'
import { documentsPermissions } from './documents.permissions.js'

/** The document vault, certified electronic copies and selective disclosure (models 4, 32, 33, 34). */
export const documentsModule = defineModule<{
  database: Database
  config: { PUBLIC_URL: string }
  /** The platform's signing keys and issuer: credentials are signed and published with them. */
  identityTokens: QrRouteOptions
}>({
  name: 'documents',
  access: documentsPermissions,
  routes: ({ database, identityTokens }) => {
    const issuer = { issuer: identityTokens.issuer, keys: identityTokens.keys }
    return [
      { plugin: credentialRoutes({ database, issuer }), prefix: '/api/v1' },
      { plugin: issuerMetadataRoutes(issuer), prefix: '' },
    ]
  },
})
