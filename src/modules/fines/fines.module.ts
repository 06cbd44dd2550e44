import type { Database } from '../../platform/db/database.js'
import { defineModule } from '../../platform/modules/module.js'
import { appealsRoutes } from './appeals/appeals.routes.js'
import { ensureDemonstrationCamera } from './camera/camera.demonstration.js'
import { cameraRoutes } from './camera/camera.routes.js'
import { evidenceRoutes } from './evidence/evidence.routes.js'
import { finesPermissions } from './fines.permissions.js'
import { finesRoutes, myFinesRoutes } from './fines.routes.js'
import { sendFineReminders } from './reminders/reminders.service.js'
import { seedVehicles } from './vehicles/vehicles.service.js'

/** Traffic fines (model 18): the fine table of Decree 168/2024 and the vehicle registry. */
export const finesModule = defineModule<{
  database: Database
  config: { SAMPLE_SEED: number; SSO_SECRET?: string | undefined }
}>({
  name: 'fines',
  access: finesPermissions,
  routes: ({ database }) => [
    { plugin: finesRoutes(database.db), prefix: '/api/v1/fines' },
    { plugin: evidenceRoutes(database.db), prefix: '/api/v1/fines' },
    { plugin: appealsRoutes(database.db), prefix: '/api/v1/fines' },
    { plugin: cameraRoutes(database.db), prefix: '/api/v1/fines' },
    { plugin: myFinesRoutes(database.db), prefix: '/api/v1/me' },
  ],
  housekeeping: [
    { name: 'reminders', purge: ({ database }, now) => sendFineReminders(database, now) },
  ],
  // The sample population's vehicles, drawn from the same seed, once; a traffic camera client.
  demonstration: async ({ database, config }) => {
    await seedVehicles(database, { seed: config.SAMPLE_SEED })
    await ensureDemonstrationCamera(database, { ssoSecret: config.SSO_SECRET })
    return undefined
  },
})
