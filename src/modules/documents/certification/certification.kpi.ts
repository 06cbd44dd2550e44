import { and, count, gte, lt, sql } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { certifications } from './certification.tables.js'

export interface CertifiedCopiesKpi {
  /** Certified copies issued in the period, by certifying commune (revoked ones included). */
  communes: { communeCode: string; issued: number; revoked: number }[]
  totals: { issued: number; revoked: number; requested: number; refused: number }
}

// Vietnam keeps +07:00 all year: a calendar day there starts at 17:00 UTC the day before.
const dayStart = (day: string): Date => new Date(`${day}T00:00:00+07:00`)
const dayAfter = (day: string): Date => new Date(dayStart(day).getTime() + 86_400_000)

/**
 * Model 4: certified electronic copies issued in the period (Vietnam calendar days, both
 * included), by commune, and the requests received and refused.
 */
export async function certifiedCopiesKpi(
  db: Executor,
  period: { from: string; to: string },
): Promise<CertifiedCopiesKpi> {
  const from = dayStart(period.from)
  const to = dayAfter(period.to)
  const issuedIn = and(
    sql`${certifications.bookNumber} IS NOT NULL`,
    gte(certifications.decidedAt, from),
    lt(certifications.decidedAt, to),
  )
  const rows = await db
    .select({
      communeCode: certifications.communeCode,
      issued: count(),
      revoked: sql<number>`count(*) FILTER (WHERE ${certifications.status} = 'revoked')`.mapWith(
        Number,
      ),
    })
    .from(certifications)
    .where(issuedIn)
    .groupBy(certifications.communeCode)
    .orderBy(certifications.communeCode)
  const [received] = await db
    .select({
      requested: count(),
      refused: sql<number>`count(*) FILTER (WHERE ${certifications.status} = 'refused')`.mapWith(
        Number,
      ),
    })
    .from(certifications)
    .where(and(gte(certifications.requestedAt, from), lt(certifications.requestedAt, to)))
  const communes = rows.map((r) => ({ ...r, issued: Number(r.issued) }))
  return {
    communes,
    totals: {
      issued: communes.reduce((sum, c) => sum + c.issued, 0),
      revoked: communes.reduce((sum, c) => sum + c.revoked, 0),
      requested: Number(received?.requested ?? 0),
      refused: received?.refused ?? 0,
    },
  }
}
