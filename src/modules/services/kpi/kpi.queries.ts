import { and, gte, isNull, lt, ne, sql } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { dossiers } from '../services.tables.js'

export interface CommuneTally {
  communeCode: string
  filed: number
  online: number
  kiosk: number
  levelTwo: number
  decided: number
  decidedOnTime: number
}

const count = (condition: ReturnType<typeof sql>) =>
  sql<number>`(count(*) FILTER (WHERE ${condition}))::int`

/**
 * Filings received in [from, to) by handling commune: a linked filing counts once (its own row),
 * its parts not; the decided ones are the parts and single dossiers decided in the period.
 */
export async function tallyFilings(
  db: Executor,
  period: { from: Date; to: Date },
): Promise<CommuneTally[]> {
  const received = and(gte(dossiers.receivedAt, period.from), lt(dossiers.receivedAt, period.to))
  const decided = and(gte(dossiers.decidedAt, period.from), lt(dossiers.decidedAt, period.to))
  return db
    .select({
      communeCode: dossiers.communeCode,
      filed: count(sql`${received} AND ${isNull(dossiers.parentId)}`),
      online: count(
        sql`${received} AND ${isNull(dossiers.parentId)} AND ${ne(dossiers.channel, 'counter')}`,
      ),
      kiosk: count(
        sql`${received} AND ${isNull(dossiers.parentId)} AND ${dossiers.channel} = 'kiosk'`,
      ),
      levelTwo: count(
        sql`${received} AND ${isNull(dossiers.parentId)} AND ${dossiers.eidLevel} = 2`,
      ),
      decided: count(sql`${decided} AND ${dossiers.status} <> 'linked'`),
      decidedOnTime: count(
        sql`${decided} AND ${dossiers.status} <> 'linked' AND ${dossiers.decidedAt} <= ${dossiers.dueAt}`,
      ),
    })
    .from(dossiers)
    .where(sql`${received} OR ${decided}`)
    .groupBy(dossiers.communeCode)
    .orderBy(dossiers.communeCode)
}
