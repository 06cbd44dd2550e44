import { and, asc, desc, eq, getTableColumns, inArray, or, sql } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { establishmentTypes, establishments, ESTABLISHMENT_STATUSES } from '../stays.tables.js'

export type EstablishmentRow = typeof establishments.$inferSelect
export type EstablishmentStatus = (typeof ESTABLISHMENT_STATUSES)[number]
export type EstablishmentTypeRow = typeof establishmentTypes.$inferSelect

/** An establishment with the unit its capacity is counted in. */
export type EstablishmentView = EstablishmentRow & {
  capacityUnit: EstablishmentTypeRow['capacityUnit']
}

function selectViews(db: Executor) {
  return db
    .select({ ...getTableColumns(establishments), capacityUnit: establishmentTypes.capacityUnit })
    .from(establishments)
    .innerJoin(establishmentTypes, eq(establishmentTypes.code, establishments.typeCode))
}

export async function findEstablishmentTypes(db: Executor): Promise<EstablishmentTypeRow[]> {
  return db.select().from(establishmentTypes).orderBy(asc(establishmentTypes.position))
}

export async function findEstablishmentType(
  db: Executor,
  code: string,
): Promise<EstablishmentTypeRow | undefined> {
  const [row] = await db.select().from(establishmentTypes).where(eq(establishmentTypes.code, code))
  return row
}

export async function insertEstablishment(
  db: Executor,
  values: typeof establishments.$inferInsert,
): Promise<EstablishmentRow> {
  const [row] = await db.insert(establishments).values(values).returning()
  return row!
}

export async function findEstablishment(
  db: Executor,
  id: string,
): Promise<EstablishmentView | undefined> {
  const [row] = await selectViews(db).where(eq(establishments.id, id))
  return row
}

/** The row, locked until the caller's transaction ends, so two changes of it queue. */
export async function lockEstablishment(
  tx: Executor,
  id: string,
): Promise<EstablishmentRow | undefined> {
  const [row] = await lockEstablishments(tx, [id])
  return row
}

/**
 * lockEstablishment for many, locked in id order: two transactions locking overlapping sets
 * then queue instead of deadlocking.
 */
export async function lockEstablishments(tx: Executor, ids: string[]): Promise<EstablishmentRow[]> {
  if (ids.length === 0) return []
  return tx
    .select()
    .from(establishments)
    .where(inArray(establishments.id, ids))
    .orderBy(asc(establishments.id))
    .for('update')
}

export async function findEstablishmentsOfOwner(
  db: Executor,
  ownerAccountId: string,
): Promise<EstablishmentView[]> {
  return selectViews(db)
    .where(eq(establishments.ownerAccountId, ownerAccountId))
    .orderBy(desc(establishments.createdAt))
}

export async function findEstablishmentsById(
  db: Executor,
  ids: readonly string[],
): Promise<EstablishmentView[]> {
  if (ids.length === 0) return []
  return selectViews(db)
    .where(inArray(establishments.id, [...ids]))
    .orderBy(asc(establishments.name))
}

/** Establishments whose commune or province is among the units, oldest first (a work queue). */
export async function findEstablishmentsIn(
  db: Executor,
  filter: { unitCodes: string[]; status?: EstablishmentStatus | undefined; limit: number },
): Promise<EstablishmentView[]> {
  if (filter.unitCodes.length === 0) return []
  return selectViews(db)
    .where(
      and(
        or(
          inArray(establishments.communeCode, filter.unitCodes),
          inArray(establishments.provinceCode, filter.unitCodes),
        ),
        filter.status === undefined ? undefined : eq(establishments.status, filter.status),
      ),
    )
    .orderBy(asc(establishments.createdAt), asc(establishments.id))
    .limit(filter.limit)
}

/** Records the police's decision on a pending establishment; undefined when it was not pending. */
export async function markDecided(
  db: Executor,
  id: string,
  decision: { status: 'approved' | 'refused'; reason: string | null; by: string | null },
): Promise<EstablishmentRow | undefined> {
  const [row] = await db
    .update(establishments)
    .set({
      status: decision.status,
      decisionReason: decision.reason,
      decidedBy: decision.by,
      decidedAt: sql`now()`,
    })
    .where(and(eq(establishments.id, id), eq(establishments.status, 'pending')))
    .returning()
  return row
}

export async function setSsoClientId(db: Executor, id: string, clientId: string): Promise<void> {
  await db.update(establishments).set({ ssoClientId: clientId }).where(eq(establishments.id, id))
}

/** Approved establishments counted by type and commune. */
export async function countApprovedByTypeAndCommune(
  db: Executor,
): Promise<{ typeCode: string; communeCode: string; count: number }[]> {
  return db
    .select({
      typeCode: establishments.typeCode,
      communeCode: establishments.communeCode,
      count: sql<number>`count(*)::int`,
    })
    .from(establishments)
    .where(eq(establishments.status, 'approved'))
    .groupBy(establishments.typeCode, establishments.communeCode)
    .orderBy(asc(establishments.communeCode))
}

/** Establishments' names by id (the access log names who declared or read a guest). */
export async function establishmentNames(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const rows = await db
    .select({ id: establishments.id, name: establishments.name })
    .from(establishments)
    .where(inArray(establishments.id, [...ids]))
  return new Map(rows.map((row) => [row.id, row.name]))
}
