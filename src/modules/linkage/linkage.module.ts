import type { Database } from '../../platform/db/database.js'
import { defineModule } from '../../platform/modules/module.js'
import { datasetRoutes } from './datasets/datasets.routes.js'
import { resumeStalledImports } from './datasets/datasets.service.js'
import { linkagePermissions } from './linkage.permissions.js'

const PREFIX = '/api/v1/linkage'

/**
 * Cleaning agency data against the registry (models 34, 35): agencies import their lists as
 * datasets (legacy Vietnamese fonts converted), which are then matched to the population.
 */
export const linkageModule = defineModule<{
  database: Database
  config: { LINKAGE_UPLOAD_MAX_MB: number }
}>({
  name: 'linkage',
  access: linkagePermissions,
  routes: ({ database, config }) => [
    {
      plugin: datasetRoutes(database.db, {
        uploadLimitBytes: config.LINKAGE_UPLOAD_MAX_MB * 1024 * 1024,
      }),
      prefix: PREFIX,
    },
  ],
  // An import whose runner went quiet (a restart, a crash) resumes from its last batch.
  jobs: ({ database }) => [
    { name: 'linkage.imports', everyMs: 60_000, run: () => resumeStalledImports(database.db) },
  ],
})
