import type { FastifyPluginAsync } from 'fastify'
import { memoizeUntilSuccess } from '../../platform/async/memo.js'
import type { Database } from '../../platform/db/database.js'
import { consolidationRoutes } from './consolidation.routes.js'
import { createKpiBoard } from './kpi.service.js'
import { modelRoutes } from './models.routes.js'
import type { PlanContext } from './context.js'
import { ensurePlanReference } from './plan.reference.js'
import { reportRoutes } from './reports.routes.js'

export interface PlanRouteOptions {
  database: Database
  /** PLAN_REPORT_DAY: reports of a month are due before this day of it. */
  reportDay: number
  /** The clock, for tests of the calendar rules; the real one otherwise. */
  now?: () => Date
}

/**
 * Plan 106's own system under /api/v1/plan: the scorecard of the 43 models, monthly reports and
 * the consolidated report. The plan's reference data is loaded before the first plan request is
 * served (not at registration: the app is also built over databases not migrated yet).
 */
export const planRoutes =
  (options: PlanRouteOptions): FastifyPluginAsync =>
  async (app) => {
    const loaded = memoizeUntilSuccess(() => ensurePlanReference(options.database.db))
    app.addHook('preHandler', async () => {
      await loaded()
    })
    const kpis = createKpiBoard(options.database, {
      onError: (err: unknown) => {
        app.log.error({ err }, 'plan KPI refresh failed')
      },
    })
    const ctx: PlanContext = {
      database: options.database,
      kpis,
      reportDay: options.reportDay,
      now: options.now ?? (() => new Date()),
    }
    app.addHook('onClose', () => kpis.settle())
    await app.register(modelRoutes(ctx))
    await app.register(reportRoutes(ctx))
    await app.register(consolidationRoutes(ctx))
  }
