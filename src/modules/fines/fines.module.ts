import type { Database } from '../../platform/db/database.js'
import { defineModule } from '../../platform/modules/module.js'
import { payeeOf, type PaymentsConfig } from '../payments/index.js'
import { appealsRoutes } from './appeals/appeals.routes.js'
import { ensureDemonstrationCamera } from './camera/camera.demonstration.js'
import { cameraRoutes } from './camera/camera.routes.js'
import { evidenceRoutes } from './evidence/evidence.routes.js'
import { ensureDemonstrationFines } from './fines.demonstration.js'
import { finesPermissions } from './fines.permissions.js'
import { finesRoutes, myFinesRoutes } from './fines.routes.js'
import { finePaymentRoutes } from './payments/fine-payments.routes.js'
import { recordFinePaid } from './payments/fine-payments.service.js'
import { sendFineReminders } from './reminders/reminders.service.js'
import { fineReportRoutes } from './reports/fine-reports.routes.js'
import { seedVehicles } from './vehicles/vehicles.service.js'

const PREFIX = '/api/v1/fines'

/**
 * Traffic fines (model 18): the fine table of Decree 168/2024, the vehicle registry, violations,
 * appeals, reminders and payment by VietQR.
 */
export const finesModule = defineModule<{
  database: Database
  config: { SAMPLE_SEED: number; SSO_SECRET?: string | undefined } & PaymentsConfig
}>({
  name: 'fines',
  access: finesPermissions,
  routes: ({ database, config }) => [
    { plugin: finesRoutes(database.db), prefix: PREFIX },
    { plugin: evidenceRoutes(database.db), prefix: PREFIX },
    { plugin: appealsRoutes(database.db), prefix: PREFIX },
    { plugin: cameraRoutes(database.db), prefix: PREFIX },
    { plugin: myFinesRoutes(database.db), prefix: '/api/v1/me' },
    {
      plugin: finePaymentRoutes(database.db, {
        payee: payeeOf(config),
        canSimulate: config.NODE_ENV !== 'production',
      }),
      prefix: PREFIX,
    },
    { plugin: fineReportRoutes(database.db), prefix: PREFIX },
  ],
  housekeeping: [
    { name: 'reminders', purge: ({ database }, now) => sendFineReminders(database, now) },
  ],
  // A fine is paid when the bank's transfer is matched in the payments module.
  subscribers: ({ database }) => [{ name: 'fines.payments', handle: recordFinePaid(database.db) }],
  // The sample population's vehicles, drawn from the same seed, once; a traffic camera client;
  // fines to try paying.
  demonstration: async ({ database, config }) => {
    await seedVehicles(database, { seed: config.SAMPLE_SEED })
    await ensureDemonstrationCamera(database, { ssoSecret: config.SSO_SECRET })
    await ensureDemonstrationFines(database)
    return undefined
  },
})
