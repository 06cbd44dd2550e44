import type { Database } from '../../platform/db/database.js'
import { defineModule } from '../../platform/modules/module.js'
import { myDossierRoutes } from './dossiers/my-dossiers.routes.js'
import { servicesPermissions } from './services.permissions.js'
import { filingRoutes } from './services.routes.js'

/** Online public services (models 1, 2, 3, 5): the catalogue, filing, the one-stop shop. */
export const servicesModule = defineModule<{ database: Database }>({
  name: 'services',
  access: servicesPermissions,
  routes: ({ database }) => [
    { plugin: filingRoutes(database.db), prefix: '/api/v1/services' },
    { plugin: myDossierRoutes(database.db), prefix: '/api/v1/me' },
  ],
})
