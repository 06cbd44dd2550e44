import type { Database } from '../../platform/db/database.js'
import { defineModule } from '../../platform/modules/module.js'
import { ensureDemonstrationAccounts } from './demonstration.js'
import { identityPermissions } from './identity.permissions.js'
import { identityRoutes, type IdentityRouteOptions } from './identity.routes.js'
import { kioskRoutes } from './kiosk/kiosk.routes.js'
import { linkRoutes } from './accounts/links.routes.js'
import type { MessageSender } from './sign-in/message-sender.js'
import { mySessionRoutes } from './sessions/my-sessions.js'
import { purgeExpiredTokenUses } from './qr/identity-token.queries.js'
import { bindIdentityRing } from './qr/partner-checks.js'
import { qrRoutes, type QrRouteOptions } from './qr/qr.routes.js'
import { staffRoutes } from './staff/staff.routes.js'

/** Accounts, sign-in (web and kiosk), staff grants, identity QR tokens and partners' links. */
export const identityModule = defineModule<{
  database: Database
  sender: MessageSender
  config: IdentityRouteOptions['config']
  /** The identity-token keys, issuer and lifetime, shared with the modules that verify QRs. */
  identityTokens: QrRouteOptions
}>({
  name: 'identity',
  access: identityPermissions,
  routes: ({ database, sender, config, identityTokens }) => {
    // The exchange's identity-QR check verifies with this app's keys (qr/partner-checks.ts).
    bindIdentityRing(database.db, identityTokens)
    return [
      { plugin: identityRoutes({ database, sender, config }), prefix: '/api/v1/identity' },
      { plugin: linkRoutes(database), prefix: '/api/v1/identity' },
      { plugin: qrRoutes(identityTokens), prefix: '/api/v1/identity' },
      { plugin: staffRoutes(database), prefix: '/api/v1/identity/staff' },
      { plugin: mySessionRoutes(database.db), prefix: '/api/v1/me' },
      {
        plugin: kioskRoutes({
          database,
          sender,
          keys: identityTokens.keys,
          issuer: identityTokens.issuer,
        }),
        prefix: '/api/v1/kiosk',
      },
    ]
  },
  // Spent identity-token ids only take room once their tokens expired.
  housekeeping: [
    { name: 'token-uses', purge: ({ database }, now) => purgeExpiredTokenUses(database.db, now) },
  ],
  demonstration: ({ database }) => ensureDemonstrationAccounts(database.db),
})
