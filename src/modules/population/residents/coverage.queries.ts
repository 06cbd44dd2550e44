import { and, asc, eq, lte, sql } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { residents } from '../population.tables.js'

/** The age from which a citizen may hold an eID account of level 2 (Decree 69/2024/NĐ-CP). */
export const EID_ELIGIBLE_AGE = 14

export interface UnitCoverage {
  communeCode: string
  /** Living residents aged 14 or more on the day. */
  eligible: number
  eidLevel2: number
  paymentAccount: number
  digitalSignature: number
}

/** The latest birth date of someone who is `age` on `day` (29 February → 28 February). */
function bornOnOrBefore(day: string, age: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const lastOfMonth = new Date(Date.UTC(y - age, m, 0)).getUTCDate()
  const date = new Date(Date.UTC(y - age, m - 1, Math.min(d, lastOfMonth)))
  return date.toISOString().slice(0, 10)
}

/**
 * Model 23's three conditions of a digital citizen by commune, from the registry: of the
 * residents aged 14 or more, how many hold an eID of level 2, an e-payment account, a digital
 * signature. Read-only; one pass over the residents, so callers should not run it per request.
 */
export async function digitalCitizenCoverage(
  db: Executor,
  options: { asOf?: string } = {},
): Promise<UnitCoverage[]> {
  const day = options.asOf ?? vietnamDate()
  return db
    .select({
      communeCode: residents.communeCode,
      eligible: sql<number>`count(*)::int`,
      eidLevel2: sql<number>`(count(*) FILTER (WHERE ${residents.eidLevel} = 2))::int`,
      paymentAccount: sql<number>`(count(*) FILTER (WHERE ${residents.hasPaymentAccount}))::int`,
      digitalSignature: sql<number>`(count(*) FILTER (WHERE ${residents.hasDigitalSignature}))::int`,
    })
    .from(residents)
    .where(
      and(
        eq(residents.status, 'resident'),
        lte(residents.birthDate, bornOnOrBefore(day, EID_ELIGIBLE_AGE)),
      ),
    )
    .groupBy(residents.communeCode)
    .orderBy(asc(residents.communeCode))
}
