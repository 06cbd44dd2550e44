import type { Principal } from '../../platform/auth/principal.js'
import type { Database } from '../../platform/db/database.js'
import { accountProfile } from '../identity/index.js'
import type { KpiBoard } from './kpi.service.js'

/** What the plan's services share: the database, the live KPIs, the report day and the clock. */
export interface PlanContext {
  database: Database
  kpis: KpiBoard
  /** Reports of a month are due before this day of it (PLAN_REPORT_DAY). */
  reportDay: number
  now: () => Date
}

/** The staff member's name as the registry has it, kept beside a change; null if unknown. */
export async function nameOf(database: Database, principal: Principal): Promise<string | null> {
  const profile = await accountProfile(database.db, principal.accountId).catch(() => undefined)
  return profile?.fullName ?? null
}
