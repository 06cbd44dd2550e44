import type { Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import { watchEntryNotPending, watchExpiryInvalid } from '../stays.errors.js'
import { latestExpiry } from './watch-list-expiry.js'
import { APPROVE, type Officer } from './watch-list.policy.js'
import {
  findEntriesToReview,
  isPending,
  updateEntry,
  type WatchListEntry,
} from './watch-list.queries.js'
import {
  auditChange,
  concealWhileInForce,
  entryInJurisdiction,
  unitsWithin,
} from './watch-list.service.js'
import { listingStatus } from './watch-list-status.js'

/**
 * Provincial police's review of the listings their units answer for: requests awaiting a decision
 * first, then listings in force, soonest to expire first.
 */
export async function listForReview(
  db: Executor,
  principal: Principal,
  page: { limit?: number | undefined; offset?: number | undefined },
  now = new Date(),
): Promise<WatchListEntry[]> {
  return findEntriesToReview(db, await unitsWithin(db, principal, APPROVE), {
    limit: page.limit ?? 100,
    offset: page.offset ?? 0,
    now,
  })
}

/** @throws STAY_WATCH_ENTRY_NOT_FOUND, AUTH_OUTSIDE_JURISDICTION, STAY_WATCH_ENTRY_NOT_PENDING */
async function pendingEntry(
  db: Executor,
  principal: Principal,
  id: string,
  now: Date,
): Promise<WatchListEntry> {
  const entry = await entryInJurisdiction(db, principal, id, APPROVE)
  const status = listingStatus(entry, now)
  if (status !== 'pending') throw watchEntryNotPending(id, status)
  return entry
}

/**
 * Approves a request: from now on the person's stays raise alerts, until the expiry asked for.
 * A request whose expiry passed while it waited cannot be approved; the unit asks again.
 * @throws STAY_WATCH_ENTRY_NOT_FOUND, AUTH_OUTSIDE_JURISDICTION, STAY_WATCH_ENTRY_NOT_PENDING,
 *   STAY_WATCH_EXPIRY_INVALID
 */
export async function approveListing(
  db: Executor,
  officer: Officer,
  id: string,
  now = new Date(),
): Promise<WatchListEntry> {
  const entry = await pendingEntry(db, officer.principal, id, now)
  if (entry.expiresAt.getTime() <= now.getTime())
    throw watchExpiryInvalid(latestExpiry(now).toISOString())
  return db.transaction(async (tx) => {
    const approved = await updateEntry(
      tx,
      id,
      { approval: 'approved', decidedBy: officer.principal.accountId, decidedAt: now },
      isPending,
    )
    if (!approved) throw watchEntryNotPending(id, 'decided')
    await auditChange(tx, officer, 'stays.watchlist.approve', approved, APPROVE)
    await concealWhileInForce(tx, approved)
    return approved
  })
}

/**
 * Refuses a request, with the reason the requesting unit reads. It never alerted anyone.
 * @throws STAY_WATCH_ENTRY_NOT_FOUND, AUTH_OUTSIDE_JURISDICTION, STAY_WATCH_ENTRY_NOT_PENDING
 */
export async function refuseListing(
  db: Executor,
  officer: Officer,
  id: string,
  reason: string,
  now = new Date(),
): Promise<WatchListEntry> {
  await pendingEntry(db, officer.principal, id, now)
  return db.transaction(async (tx) => {
    const refused = await updateEntry(
      tx,
      id,
      {
        approval: 'refused',
        decidedBy: officer.principal.accountId,
        decidedAt: now,
        refusalReason: reason,
      },
      isPending,
    )
    if (!refused) throw watchEntryNotPending(id, 'decided')
    await auditChange(tx, officer, 'stays.watchlist.refuse', refused, APPROVE)
    return refused
  })
}
