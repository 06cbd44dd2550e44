import { asc, getTableColumns, gte, sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { planKpiSnapshots } from './plan.tables.js'

export type KpiSnapshot = typeof planKpiSnapshots.$inferSelect
export type NewKpiSnapshot = typeof planKpiSnapshots.$inferInsert

/** Stores the month's snapshots, each replacing the one of its KPI and month. */
export async function upsertSnapshots(
  db: Executor,
  rows: NewKpiSnapshot[],
): Promise<KpiSnapshot[]> {
  if (rows.length === 0) return []
  return db
    .insert(planKpiSnapshots)
    .values(rows)
    .onConflictDoUpdate({
      target: [planKpiSnapshots.kpiKey, planKpiSnapshots.month],
      set: {
        state: sql`excluded.state`,
        indicators: sql`excluded.indicators`,
        breakdown: sql`excluded.breakdown`,
        reason: sql`excluded.reason`,
        computedAt: sql`excluded.computed_at`,
      },
    })
    .returning()
}

/** Snapshots from a month on, without the by-unit breakdown unless asked. */
export async function findSnapshots(
  db: Executor,
  sinceMonth: string,
  withBreakdown = false,
): Promise<KpiSnapshot[]> {
  const { breakdown: _breakdown, ...columns } = getTableColumns(planKpiSnapshots)
  const rows = await db
    .select(withBreakdown ? { ...columns, breakdown: planKpiSnapshots.breakdown } : columns)
    .from(planKpiSnapshots)
    .where(gte(planKpiSnapshots.month, sinceMonth))
    .orderBy(asc(planKpiSnapshots.month))
  return rows.map((r) => ({ breakdown: null, ...r }))
}
