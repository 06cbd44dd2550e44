import { assertJurisdiction } from '../../platform/auth/access.js'
import { actingRole, jurisdictionOf, type Principal } from '../../platform/auth/principal.js'
import type { Permission } from '../../platform/auth/roles.js'
import type { Executor } from '../../platform/db/database.js'
import { AppError } from '../../platform/http/errors.js'
import { recordAudit } from '../audit/index.js'
import { communesOfUnit, provinceOfCommune } from '../population/index.js'
import {
  unitUnknown,
  watchEntryExists,
  watchEntryNotFound,
  watchEntryRemoved,
} from './stays.errors.js'
import { decodePosition, pageOf } from './watch-list.cursor.js'
import {
  findActiveEntriesOfUnits,
  findActiveEntryFor,
  findEntry,
  insertEntry,
  markEntryRemoved,
  type WatchListEntry,
} from './watch-list.queries.js'
import type { Officer } from './watch-list.policy.js'
import type { NewWatchListEntry } from './watch-list.schemas.js'

const MANAGE: Permission = 'stays.watchlist.manage'

/**
 * The watch list is kept out of "who viewed my data": a listed person must not learn it from
 * the access log. Changes are still audited (for the security team), with no subject.
 */
async function auditChange(
  tx: Executor,
  { principal, ip }: Officer,
  action: string,
  entry: WatchListEntry,
): Promise<void> {
  await recordAudit(tx, {
    actor: {
      accountId: principal.accountId,
      role: actingRole(principal, MANAGE),
      clientId: principal.clientId,
    },
    subjectPersonalNumber: null,
    action,
    purpose: null,
    summary: { entryId: entry.id, responsibleUnitCode: entry.responsibleUnitCode },
    sourceIp: ip,
  })
}

/** @throws STAY_UNIT_UNKNOWN, AUTH_OUTSIDE_JURISDICTION */
async function assertUnitInJurisdiction(
  db: Executor,
  principal: Principal,
  unitCode: string,
): Promise<void> {
  const provinceCode = await provinceOfCommune(db, unitCode).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'POPULATION_UNIT_NOT_FOUND')
      throw unitUnknown(unitCode)
    throw error
  })
  assertJurisdiction(principal, MANAGE, { communeCode: unitCode, provinceCode })
}

/**
 * Lists a person for the unit that will answer the alerts, a unit inside the officer's own.
 * @throws STAY_UNIT_UNKNOWN, AUTH_OUTSIDE_JURISDICTION, STAY_WATCH_ENTRY_EXISTS
 */
export async function addWatchListEntry(
  db: Executor,
  officer: Officer,
  input: NewWatchListEntry,
  now = new Date(),
): Promise<WatchListEntry> {
  await assertUnitInJurisdiction(db, officer.principal, input.responsibleUnitCode)
  const person =
    'personalNumber' in input.person
      ? { personalNumber: input.person.personalNumber, nationality: null, passportNumber: null }
      : { personalNumber: null, ...input.person }
  return db.transaction(async (tx) => {
    const row = { ...person, responsibleUnitCode: input.responsibleUnitCode }
    const existing = await findActiveEntryFor(tx, row)
    if (existing) throw watchEntryExists(existing.id)
    const entry = await insertEntry(tx, {
      ...row,
      reason: input.reason,
      addedBy: officer.principal.accountId,
      addedAt: now,
    })
    await auditChange(tx, officer, 'stays.watchlist.add', entry)
    return entry
  })
}

/**
 * Takes a person off the list, keeping the entry and the reason.
 * @throws STAY_WATCH_ENTRY_NOT_FOUND, AUTH_OUTSIDE_JURISDICTION, STAY_WATCH_ENTRY_REMOVED
 */
export async function removeWatchListEntry(
  db: Executor,
  officer: Officer,
  id: string,
  reason: string,
  now = new Date(),
): Promise<WatchListEntry> {
  const entry = await findEntry(db, id)
  if (!entry) throw watchEntryNotFound(id)
  await assertUnitInJurisdiction(db, officer.principal, entry.responsibleUnitCode)
  return db.transaction(async (tx) => {
    const removed = await markEntryRemoved(tx, id, {
      removedBy: officer.principal.accountId,
      removedAt: now,
      removalReason: reason,
    })
    if (!removed) throw watchEntryRemoved(id)
    await auditChange(tx, officer, 'stays.watchlist.remove', removed)
    return removed
  })
}

/** The units whose entries an officer sees: their own and every commune inside them. */
async function unitsWithin(db: Executor, principal: Principal): Promise<string[]> {
  const own = jurisdictionOf(principal, MANAGE)
  const communes = await Promise.all(own.map((code) => communesOfUnit(db, code)))
  return [...new Set([...own, ...communes.flat()])]
}

/** Active entries answered by units inside the officer's jurisdiction, newest first. */
export async function listWatchList(
  db: Executor,
  principal: Principal,
  page: { limit?: number | undefined; after?: string | undefined },
): Promise<{ items: WatchListEntry[]; next: string | null }> {
  const limit = page.limit ?? 100
  const rows = await findActiveEntriesOfUnits(db, await unitsWithin(db, principal), {
    limit: limit + 1,
    after: decodePosition(page.after),
  })
  return pageOf(rows, limit)
}
