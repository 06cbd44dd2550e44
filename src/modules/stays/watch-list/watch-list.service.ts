import { actingRole, jurisdictionOf, type Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import type { Permission } from '../../../platform/auth/roles.js'
import { concealFromSubject, recordAudit, revealToSubject } from '../../audit/index.js'
import { communesOfUnit } from '../../population/index.js'
import {
  watchApprovalRequired,
  watchEntryExists,
  watchEntryNotActive,
  watchEntryNotFound,
  watchEntryRemoved,
} from '../stays.errors.js'
import { decodePosition, pageOf } from './watch-list-cursor.js'
import { checkedExpiry } from './watch-list-expiry.js'
import {
  assertUnitInJurisdiction,
  listingConcealment,
  listsDirectly,
  MANAGE,
  type Officer,
} from './watch-list.policy.js'
import {
  findCurrentEntryFor,
  findEntriesOfUnits,
  findEntry,
  insertEntry,
  updateEntry,
  type WatchListEntry,
} from './watch-list.queries.js'
import type { NewWatchListEntry } from './watch-list.schemas.js'
import { listingStatus } from './watch-list-status.js'

/**
 * The watch list is kept out of "who viewed my data" while it lasts: a listed person must not
 * learn it from the access log. Changes are audited (for the security team) with no subject.
 */
export async function auditChange(
  tx: Executor,
  { principal, ip }: Officer,
  action: string,
  entry: WatchListEntry,
  permission = MANAGE,
): Promise<void> {
  await recordAudit(tx, {
    actor: {
      accountId: principal.accountId,
      role: actingRole(principal, permission),
      clientId: principal.clientId,
    },
    subjectPersonalNumber: null,
    action,
    purpose: null,
    summary: {
      entryId: entry.id,
      responsibleUnitCode: entry.responsibleUnitCode,
      approval: entry.approval,
      expiresAt: entry.expiresAt.toISOString(),
    },
    sourceIp: ip,
  })
}

/** From now on alerts may come: their reads stay hidden from the person until it ends. */
export const concealWhileInForce = (tx: Executor, entry: WatchListEntry): Promise<void> =>
  concealFromSubject(tx, listingConcealment(entry.id), entry.expiresAt)

/**
 * Lists a person for the unit that will answer the alerts, a unit inside the officer's own. It
 * takes effect at once when the officer may list this person (listsDirectly); otherwise it is a
 * request that gives no alert until provincial police approve it.
 * @throws STAY_UNIT_UNKNOWN, AUTH_OUTSIDE_JURISDICTION, STAY_WATCH_EXPIRY_INVALID,
 *   STAY_WATCH_ENTRY_EXISTS
 */
export async function addWatchListEntry(
  db: Executor,
  officer: Officer,
  input: NewWatchListEntry,
  now = new Date(),
): Promise<WatchListEntry> {
  const expiresAt = checkedExpiry(input.expiresAt, now)
  await assertUnitInJurisdiction(db, officer.principal, input.responsibleUnitCode)
  const person =
    'personalNumber' in input.person
      ? { personalNumber: input.person.personalNumber, nationality: null, passportNumber: null }
      : { personalNumber: null, ...input.person }
  const direct = await listsDirectly(db, officer.principal, person.personalNumber)
  return db.transaction(async (tx) => {
    const row = { ...person, responsibleUnitCode: input.responsibleUnitCode }
    const existing = await findCurrentEntryFor(tx, row, now)
    if (existing) throw watchEntryExists(existing.id)
    const entry = await insertEntry(tx, {
      ...row,
      reason: input.reason,
      caseReference: input.caseReference,
      legalBasis: input.legalBasis,
      expiresAt,
      addedBy: officer.principal.accountId,
      addedAt: now,
      ...(direct
        ? { approval: 'approved', decidedBy: officer.principal.accountId, decidedAt: now }
        : { approval: 'pending' }),
    })
    await auditChange(
      tx,
      officer,
      direct ? 'stays.watchlist.add' : 'stays.watchlist.request',
      entry,
    )
    if (direct) await concealWhileInForce(tx, entry)
    return entry
  })
}

/** @throws STAY_WATCH_ENTRY_NOT_FOUND, STAY_UNIT_UNKNOWN, AUTH_OUTSIDE_JURISDICTION */
export async function entryInJurisdiction(
  db: Executor,
  principal: Principal,
  id: string,
  permission: Permission = MANAGE,
): Promise<WatchListEntry> {
  const entry = await findEntry(db, id)
  if (!entry) throw watchEntryNotFound(id)
  await assertUnitInJurisdiction(db, principal, entry.responsibleUnitCode, permission)
  return entry
}

/**
 * Ends a listing (or withdraws a request), keeping the entry and the reason. From then on the
 * person's access log shows the reads its alerts made.
 * @throws STAY_WATCH_ENTRY_NOT_FOUND, AUTH_OUTSIDE_JURISDICTION, STAY_WATCH_ENTRY_REMOVED
 */
export async function removeWatchListEntry(
  db: Executor,
  officer: Officer,
  id: string,
  reason: string,
  now = new Date(),
): Promise<WatchListEntry> {
  await entryInJurisdiction(db, officer.principal, id)
  return db.transaction(async (tx) => {
    const removed = await updateEntry(tx, id, {
      removedBy: officer.principal.accountId,
      removedAt: now,
      removalReason: reason,
    })
    if (!removed) throw watchEntryRemoved(id)
    await auditChange(tx, officer, 'stays.watchlist.remove', removed)
    await revealToSubject(tx, listingConcealment(id), now)
    return removed
  })
}

/**
 * Extends a listing in force. Whoever renews answers for it as for a new listing: an officer who
 * could not list the person directly asks provincial police to renew instead.
 * @throws STAY_WATCH_ENTRY_NOT_FOUND, AUTH_OUTSIDE_JURISDICTION, STAY_WATCH_APPROVAL_REQUIRED,
 *   STAY_WATCH_EXPIRY_INVALID, STAY_WATCH_ENTRY_NOT_ACTIVE
 */
export async function renewWatchListEntry(
  db: Executor,
  officer: Officer,
  id: string,
  expiresAtText: string,
  now = new Date(),
): Promise<WatchListEntry> {
  const entry = await entryInJurisdiction(db, officer.principal, id)
  if (!(await listsDirectly(db, officer.principal, entry.personalNumber)))
    throw watchApprovalRequired()
  const expiresAt = checkedExpiry(expiresAtText, now)
  const status = listingStatus(entry, now)
  if (status !== 'active') throw watchEntryNotActive(id, status)
  return db.transaction(async (tx) => {
    const renewed = await updateEntry(tx, id, { expiresAt })
    if (!renewed) throw watchEntryNotActive(id, 'ended')
    await auditChange(tx, officer, 'stays.watchlist.renew', renewed)
    await concealWhileInForce(tx, renewed)
    return renewed
  })
}

/** The units whose entries an officer sees: their own and every commune inside them. */
export async function unitsWithin(
  db: Executor,
  principal: Principal,
  permission = MANAGE,
): Promise<string[]> {
  const own = jurisdictionOf(principal, permission)
  const communes = await Promise.all(own.map((code) => communesOfUnit(db, code)))
  return [...new Set([...own, ...communes.flat()])]
}

/**
 * Entries answered by units inside the officer's jurisdiction, newest first: those pending or in
 * force, or with `all` every one, ended, refused and expired too.
 */
export async function listWatchList(
  db: Executor,
  principal: Principal,
  page: { limit?: number | undefined; after?: string | undefined; include?: 'current' | 'all' },
  now = new Date(),
): Promise<{ items: WatchListEntry[]; next: string | null }> {
  const limit = page.limit ?? 100
  const rows = await findEntriesOfUnits(db, await unitsWithin(db, principal), {
    limit: limit + 1,
    after: decodePosition(page.after),
    all: page.include === 'all',
    now,
  })
  return pageOf(rows, limit)
}
