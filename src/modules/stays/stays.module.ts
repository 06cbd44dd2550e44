import type { Database } from '../../platform/db/database.js'
import { defineModule } from '../../platform/modules/module.js'
import type { MessageSender, QrRouteOptions } from '../identity/index.js'
import type { Sso } from '../sso/index.js'
import { declarationRoutes } from './declarations/declarations.routes.js'
import { ensureDemonstrationStays } from './declarations/declarations.demonstration.js'
import { ensureDemonstrationEstablishment } from './establishments/establishments.demonstration.js'
import { establishmentRoutes } from './establishments/establishments.routes.js'
import { purgeIdempotencyKeys } from './idempotency.js'
import { myStayRoutes } from './declarations/my-stays.js'
import { policeRoutes } from './police/police.routes.js'
import { roomingListRoutes } from './rooming-lists/rooming-list.routes.js'
import { staysPermissions } from './stays.permissions.js'
import { tripRoutes } from './trips/trips.routes.js'
import { watchListRoutes } from './watch-list/watch-list.routes.js'

const PREFIX = '/api/v1/stays'

/** Accommodation declaration (models 9-12): establishments, declarations, trips, watch list. */
export const staysModule = defineModule<{
  database: Database
  sender: MessageSender
  sso: Pick<Sso, 'registry'>
  identityTokens: QrRouteOptions
}>({
  name: 'stays',
  access: staysPermissions,
  routes: ({ database, sender, sso, identityTokens: identity }) => [
    { plugin: establishmentRoutes(database, { sender, registry: sso.registry }), prefix: PREFIX },
    { plugin: policeRoutes(database), prefix: PREFIX },
    { plugin: declarationRoutes({ database, identity }), prefix: PREFIX },
    { plugin: myStayRoutes(database.db), prefix: '/api/v1/me' },
    { plugin: watchListRoutes(database), prefix: PREFIX },
    { plugin: tripRoutes({ db: database.db, identity }), prefix: PREFIX },
    { plugin: roomingListRoutes({ db: database.db, identity }), prefix: PREFIX },
  ],
  // Stale idempotency keys only take room.
  housekeeping: [
    {
      name: 'idempotency-keys',
      purge: ({ database }, now) => purgeIdempotencyKeys(database.db, now),
    },
  ],
  demonstration: async ({ database }) => {
    // The demonstration staff member's hotel, so the establishment console works out of the box.
    await ensureDemonstrationEstablishment(database.db)
    // Three weeks of guests, so that the tourism and public-order dashboards are not empty.
    await ensureDemonstrationStays(database.db)
    return undefined
  },
})
