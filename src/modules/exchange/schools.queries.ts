import { and, asc, eq, gt, inArray, lt, or } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { exchangeCalls, exchangeGrants, exchangeMembers } from './exchange.tables.js'

/**
 * Schools connected to the exchange as of an instant: members of type school with a grant
 * approved and not expired then, or with at least one call logged before it.
 */
export async function findConnectedSchools(
  db: Executor,
  at: Date,
): Promise<{ code: string; unitCode: string | null }[]> {
  const granted = db
    .select({ code: exchangeGrants.consumerCode })
    .from(exchangeGrants)
    .where(and(eq(exchangeGrants.status, 'approved'), gt(exchangeGrants.expiresAt, at)))
  const called = db
    .select({ code: exchangeCalls.consumerCode })
    .from(exchangeCalls)
    .where(lt(exchangeCalls.occurredAt, at))
  return db
    .select({ code: exchangeMembers.code, unitCode: exchangeMembers.unitCode })
    .from(exchangeMembers)
    .where(
      and(
        eq(exchangeMembers.type, 'school'),
        or(inArray(exchangeMembers.code, granted), inArray(exchangeMembers.code, called)),
      ),
    )
    .orderBy(asc(exchangeMembers.code))
}
