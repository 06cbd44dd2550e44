import type { Database } from '../../platform/db/database.js'
import { defineModule } from '../../platform/modules/module.js'
import { paymentsPermissions } from './payments.permissions.js'
import { callbackRoutes, paymentRoutes } from './payments.routes.js'
import type { PaymentsConfig } from './payments.types.js'
import { bankSecretsOf } from './signature.js'

const PREFIX = '/api/v1/payments'

/** Fees and fines paid by VietQR: requests, banks' signed callbacks, daily reconciliation. */
export const paymentsModule = defineModule<{ database: Database; config: PaymentsConfig }>({
  name: 'payments',
  access: paymentsPermissions,
  routes: ({ database, config }) => {
    const options = { db: database.db, bankSecrets: bankSecretsOf(config) }
    return [
      { plugin: callbackRoutes(options), prefix: PREFIX },
      {
        plugin: paymentRoutes({ ...options, canSimulate: config.NODE_ENV !== 'production' }),
        prefix: PREFIX,
      },
    ]
  },
})
