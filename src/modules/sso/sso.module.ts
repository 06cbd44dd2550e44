import type { Database } from '../../platform/db/database.js'
import { defineModule } from '../../platform/modules/module.js'
import { purgeExpiredSsoState } from './provider-adapter.js'
import { ssoPermissions } from './sso.permissions.js'
import type { Sso } from './sso.js'

/**
 * The single sign-on provider. Made before the app (its authenticator and client registry serve
 * the platform and other modules), mounted after every other module's routes.
 */
export const ssoModule = defineModule<{ database: Database; sso: Sso }>({
  name: 'sso',
  access: ssoPermissions,
  routes: ({ sso }) => [{ mount: (app) => sso.register(app) }],
  // Expired provider state only takes room.
  housekeeping: [
    { name: 'state', purge: ({ database }, now) => purgeExpiredSsoState(database.db, now) },
  ],
})
