import type { Database } from '../../platform/db/database.js'
import { defineModule } from '../../platform/modules/module.js'
import type { MessageSender } from '../identity/index.js'
import { payeeOf, type PaymentsConfig } from '../payments/index.js'
import { recordFeePaid } from './dossiers/fees.js'
import { myDossierRoutes } from './dossiers/my-dossiers.routes.js'
import { handlingRoutes, myHandlingRoutes, type HandlingDeps } from './handling/index.js'
import { servicesPermissions } from './services.permissions.js'
import { filingRoutes } from './services.routes.js'

const handlingDeps = (database: Database, sender: MessageSender): HandlingDeps => ({
  database,
  sender,
  now: () => new Date(),
  noticeFailed: () => undefined,
})

/** Online public services (models 1, 2, 3, 5): the catalogue, filing, the one-stop shop. */
export const servicesModule = defineModule<{
  database: Database
  sender: MessageSender
  config: { PUBLIC_URL: string } & PaymentsConfig
}>({
  name: 'services',
  access: servicesPermissions,
  routes: ({ database, sender, config }) => [
    { plugin: filingRoutes(database.db), prefix: '/api/v1/services' },
    {
      plugin: myDossierRoutes(database.db, {
        publicUrl: config.PUBLIC_URL,
        payee: payeeOf(config),
      }),
      prefix: '/api/v1/me',
    },
    { plugin: handlingRoutes(handlingDeps(database, sender)), prefix: '/api/v1/services' },
    { plugin: myHandlingRoutes(handlingDeps(database, sender)), prefix: '/api/v1/me' },
  ],
  // A fee is paid when the bank's transfer is matched in the payments module.
  subscribers: ({ database }) => [{ name: 'services.fees', handle: recordFeePaid(database.db) }],
})
