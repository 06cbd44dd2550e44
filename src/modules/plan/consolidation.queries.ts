import { and, desc, eq, sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { planConsolidations } from './plan.tables.js'

export type Consolidation = typeof planConsolidations.$inferSelect

/** Waits for the year's numbering, then holds it until the transaction ends. */
export async function lockConsolidationYear(tx: Executor, year: number): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(106, ${year})`)
}

/** The highest number issued in the year, 0 before the first. */
export async function lastConsolidationNumber(tx: Executor, year: number): Promise<number> {
  const [last] = await tx
    .select({ number: sql<number>`coalesce(max(${planConsolidations.number}), 0)::int` })
    .from(planConsolidations)
    .where(eq(planConsolidations.year, year))
  return last?.number ?? 0
}

export async function insertConsolidation(
  tx: Executor,
  consolidation: typeof planConsolidations.$inferInsert,
): Promise<Consolidation> {
  const [inserted] = await tx.insert(planConsolidations).values(consolidation).returning()
  return inserted!
}

/** The latest consolidations issued (of one month when given), newest first. */
export async function findConsolidations(
  db: Executor,
  filter: { month?: string | undefined; limit: number },
): Promise<Consolidation[]> {
  return db
    .select()
    .from(planConsolidations)
    .where(and(filter.month === undefined ? undefined : eq(planConsolidations.month, filter.month)))
    .orderBy(desc(planConsolidations.issuedAt), desc(planConsolidations.id))
    .limit(filter.limit)
}

export async function findConsolidation(
  db: Executor,
  id: number,
): Promise<Consolidation | undefined> {
  const [row] = await db.select().from(planConsolidations).where(eq(planConsolidations.id, id))
  return row
}
