import type { Database } from '../../platform/db/database.js'
import { defineModule } from '../../platform/modules/module.js'
import { documentsPermissions } from './documents.permissions.js'

/** The document vault, certified electronic copies and selective disclosure (models 4, 32, 33, 34). */
export const documentsModule = defineModule<{
  database: Database
  config: { PUBLIC_URL: string }
}>({
  name: 'documents',
  access: documentsPermissions,
  routes: () => [],
})
