import type { Database } from '../../platform/db/database.js'
import { defineModule } from '../../platform/modules/module.js'
import { myRecordRoutes } from './residents/my-record.js'
import { populationPermissions } from './population.permissions.js'
import { populationRoutes } from './population.routes.js'

/** The population registry: search and records for officers, their own record for residents. */
export const populationModule = defineModule<{ database: Database }>({
  name: 'population',
  access: populationPermissions,
  routes: ({ database }) => [
    { plugin: populationRoutes(database), prefix: '/api/v1/population' },
    { plugin: myRecordRoutes(database.db), prefix: '/api/v1/me' },
  ],
})
