import { inArray } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { exchangeMembers } from './exchange.tables.js'

/**
 * Members' names by code, for the access log (a member's system acts under its code as an
 * agency). A member has one name, given in Vietnamese; it stands in both languages.
 */
export async function memberNames(
  db: Executor,
  codes: readonly string[],
): Promise<Map<string, { vi: string; en: string }>> {
  if (codes.length === 0) return new Map()
  const rows = await db
    .select({ code: exchangeMembers.code, name: exchangeMembers.name })
    .from(exchangeMembers)
    .where(inArray(exchangeMembers.code, [...codes]))
  return new Map(rows.map((r) => [r.code, { vi: r.name, en: r.name }]))
}
