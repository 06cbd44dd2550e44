import type { Database } from '../../platform/db/database.js'
import { defineModule } from '../../platform/modules/module.js'
import type { MessageSender } from '../identity/index.js'
import { runPlanDuties } from './duties.service.js'
import { planPermissions } from './plan.permissions.js'
import { planRoutes } from './plan.routes.js'

/** Plan 106: its models, monthly reports, consolidation and KPI scorecard. */
export const planModule = defineModule<{
  database: Database
  sender: MessageSender
  config: { PLAN_REPORT_DAY: number }
}>({
  name: 'plan',
  access: planPermissions,
  routes: ({ database, config }) => [
    { plugin: planRoutes({ database, reportDay: config.PLAN_REPORT_DAY }), prefix: '/api/v1/plan' },
  ],
  jobs: ({ database, sender, config }) => [
    {
      // The month's KPI snapshot, and the report reminders on their days.
      name: 'plan.duties',
      everyMs: 3_600_000,
      run: (now) => runPlanDuties(database, { sender, reportDay: config.PLAN_REPORT_DAY, now }),
    },
  ],
})
