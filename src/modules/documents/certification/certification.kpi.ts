import type { Executor } from '../../../platform/db/database.js'
import { tallyCertifications } from './certification.queries.js'

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
  const { communes, received } = await tallyCertifications(db, {
    from: dayStart(period.from),
    to: dayAfter(period.to),
  })
  return {
    communes,
    totals: {
      issued: communes.reduce((sum, c) => sum + c.issued, 0),
      revoked: communes.reduce((sum, c) => sum + c.revoked, 0),
      ...received,
    },
  }
}
