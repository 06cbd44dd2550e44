import { and, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { finePayments, violations } from '../fines.tables.js'

export interface FigureRow {
  key: string
  violations: number
  fined: number
  paid: number
  paidAmount: number
  paidOnline: number
}

const PAID = sql`${violations.status} = 'paid'`
const ONLINE = sql`${PAID} AND ${finePayments.paidAt} IS NOT NULL`

/** What each group counts: violations, their fines, those paid, those paid online. */
const figures = {
  violations: sql<number>`count(*)::int`,
  fined: sql<string | number>`coalesce(sum(${violations.fine}), 0)::bigint`,
  paid: sql<number>`(count(*) FILTER (WHERE ${PAID}))::int`,
  paidAmount: sql<
    string | number
  >`coalesce(sum(${violations.fine}) FILTER (WHERE ${PAID}), 0)::bigint`,
  paidOnline: sql<number>`(count(*) FILTER (WHERE ${ONLINE}))::int`,
}

export const GROUPINGS = {
  article: sql<string>`${violations.articleCode}`,
  commune: sql<string>`${violations.communeCode}`,
  month: sql<string>`to_char(${violations.occurredAt} AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM')`,
} as const

/**
 * Violations that occurred in [from, to) in the units (communes, or provinces for all their
 * communes), grouped, with their payments.
 */
export async function countViolationsBy(
  db: Executor,
  options: { groupBy: SQL<string>; unitCodes: string[]; from: Date; to: Date },
): Promise<FigureRow[]> {
  if (options.unitCodes.length === 0) return []
  const rows = await db
    .select({ key: options.groupBy, ...figures })
    .from(violations)
    .leftJoin(finePayments, eq(finePayments.violationId, violations.id))
    .where(
      and(
        gte(violations.occurredAt, options.from),
        lt(violations.occurredAt, options.to),
        or(
          inArray(violations.communeCode, options.unitCodes),
          inArray(violations.provinceCode, options.unitCodes),
        ),
      ),
    )
    .groupBy(options.groupBy)
    .orderBy(options.groupBy)
  // bigint sums come back as text on one engine and numbers on the other.
  return rows.map((r) => ({
    ...r,
    fined: Number(r.fined),
    paidAmount: Number(r.paidAmount),
  }))
}

/**
 * Model 18's KPI over [from, to): violations with a resident owner notified in the period, those
 * the owner saw in the app, and those paid online.
 */
export async function countNotifiedInApp(
  db: Executor,
  span: { from: Date; to: Date },
): Promise<{ notified: number; seenInApp: number; paid: number; paidOnline: number }> {
  const [row] = await db
    .select({
      notified: sql<number>`count(*)::int`,
      seenInApp: sql<number>`(count(*) FILTER (WHERE ${violations.seenInAppAt} IS NOT NULL))::int`,
      paid: sql<number>`(count(*) FILTER (WHERE ${PAID}))::int`,
      paidOnline: sql<number>`(count(*) FILTER (WHERE ${ONLINE}))::int`,
    })
    .from(violations)
    .leftJoin(finePayments, eq(finePayments.violationId, violations.id))
    .where(
      and(
        eq(violations.ownerKind, 'resident'),
        gte(violations.recordedAt, span.from),
        lt(violations.recordedAt, span.to),
      ),
    )
  return row ?? { notified: 0, seenInApp: 0, paid: 0, paidOnline: 0 }
}
