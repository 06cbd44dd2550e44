import type { Executor } from '../../platform/db/database.js'
import { findConnectedSchools } from './schools.queries.js'

export interface SchoolsKpi {
  connected: number
  /** By the commune a school sits in; schools without one are counted in `connected` only. */
  communes: { communeCode: string; connected: number }[]
}

/** Model 31: schools connected to the exchange (an approved grant, or calls made). */
export async function schoolsConnectedKpi(db: Executor, at: Date): Promise<SchoolsKpi> {
  const schools = await findConnectedSchools(db, at)
  const counts = new Map<string, number>()
  for (const s of schools) if (s.unitCode) counts.set(s.unitCode, (counts.get(s.unitCode) ?? 0) + 1)
  return {
    connected: schools.length,
    communes: [...counts]
      .map(([communeCode, connected]) => ({ communeCode, connected }))
      .sort((a, b) => a.communeCode.localeCompare(b.communeCode)),
  }
}
