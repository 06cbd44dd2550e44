import type { Database } from '../../platform/db/database.js'
import type { MessageSender } from '../identity/index.js'
import { refreshKpis } from './kpi.service.js'
import { ensurePlanReference } from './plan.reference.js'
import { sendDueReminders } from './reminders.service.js'

/**
 * The plan's periodic work, run every hour by main.ts: the month's KPI snapshot is kept current
 * even when nobody opens the scorecard (so the trend has every month), and the deadline's
 * reminders go out on their day.
 */
export async function runPlanDuties(
  database: Database,
  options: { sender: MessageSender; reportDay: number; now?: Date },
): Promise<void> {
  const now = options.now ?? new Date()
  await ensurePlanReference(database.db)
  await refreshKpis(database, now)
  const run = await sendDueReminders(database, {
    sender: options.sender,
    reportDay: options.reportDay,
    now,
  })
  if (run.failed.length > 0)
    throw new AggregateError(
      run.failed.map((f) => f.error),
      `plan reminders not sent to ${run.failed.map((f) => f.agencyCode).join(', ')}`,
    )
}
