import { developmentKeysFile, type Config } from '../../platform/config/config.js'
import type { Database } from '../../platform/db/database.js'
import type { AccessLogNamers } from '../audit/index.js'
import { defineModule } from '../../platform/modules/module.js'
import type { QrRouteOptions } from '../identity/index.js'
import { credentialRoutes, issuerMetadataRoutes } from './credentials/credentials.routes.js'
import { certificationDeps, type CertificationConfig } from './certification/certification-deps.js'
import {
  myCertificationRoutes,
  officerCertificationRoutes,
  verificationRoutes,
} from './certification/certification.routes.js'
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
  config: Pick<Config, 'PUBLIC_URL' | 'NODE_ENV' | 'DATA_DIR' | 'DOCUMENT_SEAL_KEYS'> &
    CertificationConfig
  /** The platform's signing keys and issuer: credentials are signed and published with them. */
  identityTokens: QrRouteOptions
}>({
  name: 'documents',
  access: documentsPermissions,
  routes: ({ database, config, identityTokens, names }) => {
    configureDocumentSeal({
      jwks: config.DOCUMENT_SEAL_KEYS,
      developmentFile: developmentKeysFile(config, 'document-seal-keys.json'),
    })
    const issuer = { issuer: identityTokens.issuer, keys: identityTokens.keys }
    const certification = certificationDeps(database, config)
    return [
      { plugin: myVaultRoutes(database.db, names.agencies), prefix: '/api/v1/me' },
      { plugin: myShareRoutes(database, { publicUrl: config.PUBLIC_URL }), prefix: '/api/v1/me' },
      { plugin: issueRoutes(database), prefix: '/api/v1/documents' },
      { plugin: sharedRoutes(database, names.agencies), prefix: '/api/v1/documents' },
      { plugin: credentialRoutes({ database, issuer }), prefix: '/api/v1' },
      { plugin: issuerMetadataRoutes(issuer), prefix: '' },
      { plugin: myCertificationRoutes(certification), prefix: '/api/v1/me' },
      { plugin: officerCertificationRoutes(certification), prefix: '/api/v1/documents' },
      { plugin: verificationRoutes(certification), prefix: '/api/v1/verify' },
    ]
  },
  // Documents agencies would have issued to the demonstration residents.
  demonstration: async ({ database }) => {
    await ensureDemonstrationVaults(database.db)
    return undefined
  },
})
