import type { Executor } from '../../platform/db/database.js'
import { findVerifiedSellers } from './sellers.service.js'

export interface VerifiedSellersKpi {
  total: number
  communes: { communeCode: string; sellers: number }[]
}

/** Model 22: the province's verified household sellers of tourism and local specialties. */
export async function verifiedSellersKpi(db: Executor): Promise<VerifiedSellersKpi> {
  const counts = new Map<string, number>()
  for (const s of await findVerifiedSellers(db))
    counts.set(s.communeCode, (counts.get(s.communeCode) ?? 0) + 1)
  const communes = [...counts]
    .map(([communeCode, sellers]) => ({ communeCode, sellers }))
    .sort((a, b) => a.communeCode.localeCompare(b.communeCode))
  return { total: communes.reduce((n, c) => n + c.sellers, 0), communes }
}
