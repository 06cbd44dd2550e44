import { and, asc, desc, eq, gt, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'
import type { Executor } from '../../../platform/db/database.js'
import { declarations, establishments } from '../stays.tables.js'
import { watchAlerts, watchListEntries } from './watch-list.tables.js'

export type WatchListEntry = typeof watchListEntries.$inferSelect
export type NewEntryRow = typeof watchListEntries.$inferInsert

/** A page position: the instant in microseconds (as text, exact) and the id after it. */
export interface PagePosition {
  at: string
  id: string
}

const micros = (column: AnyPgColumn) =>
  sql<string>`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`

/** Newest first, strictly after the position when one is given. */
const olderThan = (at: AnyPgColumn, id: AnyPgColumn, after: PagePosition | undefined) =>
  after ? sql`(${at}, ${id}) < (${after.at}::timestamptz, ${after.id}::uuid)` : undefined

/** Pending or in force: neither ended, refused nor expired. */
const current = (now: Date) =>
  and(
    isNull(watchListEntries.removedAt),
    ne(watchListEntries.approval, 'refused'),
    gt(watchListEntries.expiresAt, now),
  )

/** In force: approved, not ended, not expired (at the statement's time); only these alert. */
const inForce = and(
  isNull(watchListEntries.removedAt),
  eq(watchListEntries.approval, 'approved'),
  sql`${watchListEntries.expiresAt} > now()`,
)

export async function insertEntry(tx: Executor, row: NewEntryRow): Promise<WatchListEntry> {
  const [entry] = await tx.insert(watchListEntries).values(row).returning()
  return entry!
}

/** The current (pending or in force) entry listing this person for this unit, if any. */
export async function findCurrentEntryFor(
  db: Executor,
  row: Pick<NewEntryRow, 'personalNumber' | 'nationality' | 'passportNumber'> & {
    responsibleUnitCode: string
  },
  now: Date,
): Promise<WatchListEntry | undefined> {
  const person = row.personalNumber
    ? eq(watchListEntries.personalNumber, row.personalNumber)
    : and(
        eq(watchListEntries.nationality, row.nationality ?? ''),
        eq(watchListEntries.passportNumber, row.passportNumber ?? ''),
      )
  const [entry] = await db
    .select()
    .from(watchListEntries)
    .where(
      and(person, eq(watchListEntries.responsibleUnitCode, row.responsibleUnitCode), current(now)),
    )
    .limit(1)
  return entry
}

export async function findEntry(db: Executor, id: string): Promise<WatchListEntry | undefined> {
  const [entry] = await db.select().from(watchListEntries).where(eq(watchListEntries.id, id))
  return entry
}

/** Changes an entry not yet ended; undefined when it ended meanwhile. */
export async function updateEntry(
  tx: Executor,
  id: string,
  change: Partial<NewEntryRow>,
  only?: SQL,
): Promise<WatchListEntry | undefined> {
  const [entry] = await tx
    .update(watchListEntries)
    .set(change)
    .where(and(eq(watchListEntries.id, id), isNull(watchListEntries.removedAt), only))
    .returning()
  return entry
}

export const isPending = eq(watchListEntries.approval, 'pending')

/**
 * Entries whose responsible unit is one of these, newest first: the current ones (pending or in
 * force) or, with `all`, every one ever made (ended, refused, expired too).
 */
export async function findEntriesOfUnits(
  db: Executor,
  unitCodes: string[],
  page: { limit: number; after: PagePosition | undefined; all: boolean; now: Date },
): Promise<(WatchListEntry & { position: string })[]> {
  if (unitCodes.length === 0) return []
  return db
    .select({ ...entryColumns, position: micros(watchListEntries.addedAt) })
    .from(watchListEntries)
    .where(
      and(
        page.all ? undefined : current(page.now),
        inArray(watchListEntries.responsibleUnitCode, unitCodes),
        olderThan(watchListEntries.addedAt, watchListEntries.id, page.after),
      ),
    )
    .orderBy(desc(watchListEntries.addedAt), desc(watchListEntries.id))
    .limit(page.limit)
}

/**
 * What provincial police review: the current entries of these units, requests awaiting a decision
 * first (oldest first), then listings in force by expiry (soonest first).
 */
export async function findEntriesToReview(
  db: Executor,
  unitCodes: string[],
  page: { limit: number; offset: number; now: Date },
): Promise<WatchListEntry[]> {
  if (unitCodes.length === 0) return []
  return db
    .select(entryColumns)
    .from(watchListEntries)
    .where(and(current(page.now), inArray(watchListEntries.responsibleUnitCode, unitCodes)))
    .orderBy(
      sql`${watchListEntries.approval} = 'pending' DESC`,
      sql`CASE WHEN ${watchListEntries.approval} = 'pending' THEN ${watchListEntries.addedAt} END`,
      asc(watchListEntries.expiresAt),
      asc(watchListEntries.id),
    )
    .limit(page.limit)
    .offset(page.offset)
}

const entryColumns = {
  id: watchListEntries.id,
  personalNumber: watchListEntries.personalNumber,
  nationality: watchListEntries.nationality,
  passportNumber: watchListEntries.passportNumber,
  reason: watchListEntries.reason,
  responsibleUnitCode: watchListEntries.responsibleUnitCode,
  addedBy: watchListEntries.addedBy,
  addedAt: watchListEntries.addedAt,
  removedBy: watchListEntries.removedBy,
  removedAt: watchListEntries.removedAt,
  removalReason: watchListEntries.removalReason,
  caseReference: watchListEntries.caseReference,
  legalBasis: watchListEntries.legalBasis,
  expiresAt: watchListEntries.expiresAt,
  approval: watchListEntries.approval,
  decidedBy: watchListEntries.decidedBy,
  decidedAt: watchListEntries.decidedAt,
  refusalReason: watchListEntries.refusalReason,
}

const alertColumns = {
  id: watchAlerts.id,
  createdAt: watchAlerts.createdAt,
  communeCode: watchAlerts.communeCode,
  responsibleUnitCode: watchAlerts.responsibleUnitCode,
  acknowledgedAt: watchAlerts.acknowledgedAt,
  entryId: watchListEntries.id,
  entryReason: watchListEntries.reason,
  personalNumber: watchListEntries.personalNumber,
  nationality: watchListEntries.nationality,
  passportNumber: watchListEntries.passportNumber,
  declarationId: declarations.id,
  fullName: declarations.fullName,
  birthDate: declarations.birthDate,
  room: declarations.room,
  arrivalAt: declarations.arrivalAt,
  tripId: declarations.tripId,
  establishmentId: establishments.id,
  establishmentName: establishments.name,
  establishmentAddress: establishments.address,
  position: micros(watchAlerts.createdAt),
}

export type AlertRow = Awaited<ReturnType<typeof selectAlerts>>[number]

function selectAlerts(db: Executor, where: SQL | undefined) {
  return db
    .select(alertColumns)
    .from(watchAlerts)
    .innerJoin(watchListEntries, eq(watchListEntries.id, watchAlerts.entryId))
    .innerJoin(declarations, eq(declarations.id, watchAlerts.declarationId))
    .innerJoin(establishments, eq(establishments.id, watchAlerts.establishmentId))
    .where(where)
}

/**
 * The alerts these units receive: those of a declaration in one of their communes and those
 * whose responsible unit is one of them, and no others.
 */
const receivedBy = (unitCodes: string[]) =>
  or(
    inArray(watchAlerts.communeCode, unitCodes),
    inArray(watchAlerts.responsibleUnitCode, unitCodes),
  )

export async function findAlertsFor(
  db: Executor,
  unitCodes: string[],
  filter: { acknowledged: boolean | undefined; limit: number; after: PagePosition | undefined },
): Promise<AlertRow[]> {
  if (unitCodes.length === 0) return []
  const acknowledged =
    filter.acknowledged === undefined
      ? undefined
      : filter.acknowledged
        ? sql`${watchAlerts.acknowledgedAt} IS NOT NULL`
        : isNull(watchAlerts.acknowledgedAt)
  return selectAlerts(
    db,
    and(
      receivedBy(unitCodes),
      acknowledged,
      olderThan(watchAlerts.createdAt, watchAlerts.id, filter.after),
    ),
  )
    .orderBy(desc(watchAlerts.createdAt), desc(watchAlerts.id))
    .limit(filter.limit)
}

/** One alert, if these units receive it. */
export async function findAlertFor(
  db: Executor,
  unitCodes: string[],
  id: string,
): Promise<AlertRow | undefined> {
  if (unitCodes.length === 0) return undefined
  const [alert] = await selectAlerts(db, and(eq(watchAlerts.id, id), receivedBy(unitCodes)))
  return alert
}

/** Marks the alert acknowledged; false when it already was. */
export async function markAlertAcknowledged(
  tx: Executor,
  id: string,
  by: { acknowledgedBy: string; acknowledgedAt: Date },
): Promise<boolean> {
  const rows = await tx
    .update(watchAlerts)
    .set(by)
    .where(and(eq(watchAlerts.id, id), isNull(watchAlerts.acknowledgedAt)))
    .returning({ id: watchAlerts.id })
  return rows.length === 1
}

export interface ListedPerson {
  personalNumber: string | null
  nationality: string
  passportNumber: string | null
}

/** Entries in force naming any of the people; undefined when none can (no number, no passport). */
function activeNaming(people: readonly ListedPerson[]): SQL | undefined {
  const numbers = people.flatMap((p) => (p.personalNumber ? [p.personalNumber] : []))
  const passports = people.flatMap((p) =>
    p.passportNumber
      ? [
          and(
            eq(watchListEntries.nationality, p.nationality),
            eq(watchListEntries.passportNumber, p.passportNumber),
          ),
        ]
      : [],
  )
  const naming = [
    ...(numbers.length > 0 ? [inArray(watchListEntries.personalNumber, numbers)] : []),
    ...passports,
  ]
  return naming.length === 0 ? undefined : and(inForce, or(...naming))
}

/** What raising an alert needs of an entry. */
export type NamingEntry = Pick<
  WatchListEntry,
  'id' | 'personalNumber' | 'nationality' | 'passportNumber' | 'responsibleUnitCode' | 'addedBy'
>

/**
 * The entries in force naming any of the people, as a scalar subquery (a JSON array of NamingEntry),
 * for a caller that reads it in a statement of its own with other things.
 */
export function activeEntriesNamingJson(people: readonly ListedPerson[]): SQL<NamingEntry[]> {
  const naming = activeNaming(people)
  if (!naming) return sql<NamingEntry[]>`'[]'::json`
  return sql<NamingEntry[]>`(SELECT coalesce(json_agg(json_build_object(
      'id', ${watchListEntries.id}, 'personalNumber', ${watchListEntries.personalNumber},
      'nationality', ${watchListEntries.nationality},
      'passportNumber', ${watchListEntries.passportNumber},
      'responsibleUnitCode', ${watchListEntries.responsibleUnitCode},
      'addedBy', ${watchListEntries.addedBy})), '[]'::json)
    FROM ${watchListEntries} WHERE ${naming})`
}

export type NewAlertRow = typeof watchAlerts.$inferInsert

export async function insertAlerts(
  tx: Executor,
  rows: NewAlertRow[],
): Promise<
  {
    id: string
    entryId: string
    declarationId: string
    communeCode: string
    responsibleUnitCode: string
  }[]
> {
  if (rows.length === 0) return []
  return tx.insert(watchAlerts).values(rows).returning({
    id: watchAlerts.id,
    entryId: watchAlerts.entryId,
    declarationId: watchAlerts.declarationId,
    communeCode: watchAlerts.communeCode,
    responsibleUnitCode: watchAlerts.responsibleUnitCode,
  })
}
