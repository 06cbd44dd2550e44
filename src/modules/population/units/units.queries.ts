import { and, asc, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { adminUnitSuccessions, adminUnits } from '../population.tables.js'

export type UnitRecord = typeof adminUnits.$inferSelect

const validOn = (asOf: string) =>
  and(
    or(isNull(adminUnits.validFrom), lte(adminUnits.validFrom, asOf)),
    or(isNull(adminUnits.validTo), gt(adminUnits.validTo, asOf)),
  )

export async function findUnitOn(
  db: Executor,
  code: string,
  asOf: string,
): Promise<UnitRecord | undefined> {
  const [unit] = await db
    .select()
    .from(adminUnits)
    .where(and(eq(adminUnits.code, code), validOn(asOf)))
    .limit(1)
  return unit
}

export async function findChildUnitsOn(
  db: Executor,
  parentCode: string | null,
  asOf: string,
): Promise<UnitRecord[]> {
  const parent =
    parentCode === null ? isNull(adminUnits.parentCode) : eq(adminUnits.parentCode, parentCode)
  return db
    .select()
    .from(adminUnits)
    .where(and(parent, validOn(asOf)))
    .orderBy(asc(adminUnits.code))
}

/** The version of a code that ended most recently on or before asOf. */
export async function findEndedUnit(
  db: Executor,
  code: string,
  asOf: string,
): Promise<UnitRecord | undefined> {
  const [unit] = await db
    .select()
    .from(adminUnits)
    .where(and(eq(adminUnits.code, code), lte(adminUnits.validTo, asOf)))
    .orderBy(sql`${adminUnits.validTo} DESC`)
    .limit(1)
  return unit
}

/** The name each code had in its latest version: a code that ended still reads as a place. */
export async function findLatestNames(
  db: Executor,
  codes: string[],
): Promise<{ code: string; name: string }[]> {
  if (codes.length === 0) return []
  return db
    .selectDistinctOn([adminUnits.code], { code: adminUnits.code, name: adminUnits.name })
    .from(adminUnits)
    .where(inArray(adminUnits.code, codes))
    .orderBy(asc(adminUnits.code), sql`${adminUnits.validFrom} DESC NULLS LAST`)
}

/** Every version a code has had, for telling a caller when the code was valid. */
export async function findUnitPeriods(
  db: Executor,
  code: string,
): Promise<Pick<UnitRecord, 'name' | 'validFrom' | 'validTo'>[]> {
  return db
    .select({ name: adminUnits.name, validFrom: adminUnits.validFrom, validTo: adminUnits.validTo })
    .from(adminUnits)
    .where(eq(adminUnits.code, code))
    .orderBy(sql`${adminUnits.validFrom} NULLS FIRST`)
}

export async function findSuccessorsOf(
  db: Executor,
  unitIds: number[],
): Promise<{ predecessorId: number; coverage: 'full' | 'partial'; unit: UnitRecord }[]> {
  if (unitIds.length === 0) return []
  const rows = await db
    .select({
      predecessorId: adminUnitSuccessions.predecessorId,
      coverage: adminUnitSuccessions.coverage,
      unit: adminUnits,
    })
    .from(adminUnitSuccessions)
    .innerJoin(adminUnits, eq(adminUnits.id, adminUnitSuccessions.successorId))
    .where(inArray(adminUnitSuccessions.predecessorId, unitIds))
    .orderBy(asc(adminUnits.code))
  return rows
}

export async function countAdminUnits(db: Executor): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(adminUnits)
  return row?.count ?? 0
}

/** Inserts units, returning each one's id by code. */
export async function insertAdminUnits(
  db: Executor,
  rows: (typeof adminUnits.$inferInsert)[],
): Promise<{ id: number; code: string }[]> {
  return db.insert(adminUnits).values(rows).returning({ id: adminUnits.id, code: adminUnits.code })
}

/** Inserts old→new links; a link already there is left as it is. */
export async function insertUnitSuccessions(
  db: Executor,
  links: (typeof adminUnitSuccessions.$inferInsert)[],
): Promise<void> {
  await db.insert(adminUnitSuccessions).values(links).onConflictDoNothing()
}
