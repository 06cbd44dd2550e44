import { developmentKeysFile, type Config } from '../../platform/config/config.js'
import type { Database } from '../../platform/db/database.js'
import type { AccessLogNamers } from '../audit/index.js'
import { defineModule } from '../../platform/modules/module.js'
import { documentsPermissions } from './documents.permissions.js'
import { configureDocumentSeal } from './vault/seal.js'
import { myShareRoutes, sharedRoutes } from './sharing/sharing.routes.js'
import { issueRoutes } from './vault/issue.routes.js'
import { ensureDemonstrationVaults } from './vault/vault.demonstration.js'
import { myVaultRoutes } from './vault/vault.routes.js'

/** The document vault, certified electronic copies and selective disclosure (models 4, 32, 33, 34). */
export const documentsModule = defineModule<{
  database: Database
  /** Agencies' names, for the issuer of a document. */
  names: Pick<AccessLogNamers, 'agencies'>
  config: Pick<Config, 'PUBLIC_URL' | 'NODE_ENV' | 'DATA_DIR' | 'DOCUMENT_SEAL_KEYS'>
}>({
  name: 'documents',
  access: documentsPermissions,
  routes: ({ database, config, names }) => {
    configureDocumentSeal({
      jwks: config.DOCUMENT_SEAL_KEYS,
      developmentFile: developmentKeysFile(config, 'document-seal-keys.json'),
    })
    return [
      { plugin: myVaultRoutes(database.db, names.agencies), prefix: '/api/v1/me' },
      { plugin: myShareRoutes(database, { publicUrl: config.PUBLIC_URL }), prefix: '/api/v1/me' },
      { plugin: issueRoutes(database), prefix: '/api/v1/documents' },
      { plugin: sharedRoutes(database, names.agencies), prefix: '/api/v1/documents' },
    ]
  },
  // Documents agencies would have issued to the demonstration residents.
  demonstration: async ({ database }) => {
    await ensureDemonstrationVaults(database.db)
    return undefined
  },
})
