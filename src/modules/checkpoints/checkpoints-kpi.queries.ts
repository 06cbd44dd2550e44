import { and, count, eq, gte, lt, sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { vietnamDays } from '../../platform/time/vietnam.js'
import { checkpointPassages, checkpointSites, type SiteKind } from './checkpoints.tables.js'
import { countBoarded } from './tickets.queries.js'

/** Sites onboarded (at the period's end) and passages recorded in the period, of one kind. */
export interface CheckpointsKpi {
  sites: number
  passages: number
  /** Of which posted by camera systems (model 14's AI cameras). */
  byCamera: number
  flagged: number
}

/**
 * What models 13, 14 and 15 measure for their kind of site.
 * @param period Vietnam calendar days, both included
 */
export async function checkpointsKpi(
  db: Executor,
  kind: SiteKind,
  period: { from: string; to: string },
): Promise<CheckpointsKpi> {
  const span = vietnamDays(period)
  const [sites] = await db
    .select({ n: count() })
    .from(checkpointSites)
    .where(and(eq(checkpointSites.kind, kind), lt(checkpointSites.createdAt, span.to)))
  const [passages] = await db
    .select({
      n: count(),
      camera: sql<number>`count(*) FILTER (WHERE ${checkpointPassages.method} = 'camera')::int`,
      flagged: sql<number>`count(${checkpointPassages.flag})::int`,
    })
    .from(checkpointPassages)
    .innerJoin(checkpointSites, eq(checkpointSites.id, checkpointPassages.siteId))
    .where(
      and(
        eq(checkpointSites.kind, kind),
        gte(checkpointPassages.occurredAt, span.from),
        lt(checkpointPassages.occurredAt, span.to),
      ),
    )
  return {
    sites: sites?.n ?? 0,
    passages: passages?.n ?? 0,
    byCamera: passages?.camera ?? 0,
    flagged: passages?.flagged ?? 0,
  }
}

/**
 * Model 19: tickets validated by the chip card or identity QR at boarding in the period.
 * @param period Vietnam calendar days, both included
 */
export async function ticketsValidated(
  db: Executor,
  period: { from: string; to: string },
): Promise<number> {
  return countBoarded(db, vietnamDays(period))
}
