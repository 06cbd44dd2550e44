import type { Executor } from '../../../platform/db/database.js'
import { findOfPerson } from '../beneficiaries/beneficiaries.queries.js'
import { findLinesOfPerson } from '../periods/periods.queries.js'
import { programmeOf } from '../programmes/programmes.js'
import type { MyBenefits } from '../welfare.schemas.js'

/** A resident's own entries on programmes' lists and their payments (the citizen app). */
export async function myBenefits(db: Executor, personalNumber: string): Promise<MyBenefits> {
  const entries = await findOfPerson(db, personalNumber)
  return {
    benefits: entries.map((e) => {
      const programme = programmeOf(e.programmeCode)
      return {
        programmeCode: e.programmeCode,
        name: programme.name,
        amount: programme.amount,
        status: e.status,
        communeCode: e.communeCode,
        fromPeriod: e.fromPeriod,
        untilPeriod: e.untilPeriod,
      }
    }),
    payments: (await findLinesOfPerson(db, personalNumber)).map((p) => ({
      ...p,
      settledAt: p.settledAt?.toISOString() ?? null,
    })),
  }
}
