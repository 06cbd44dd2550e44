import { and, asc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { BUSINESS_STATUSES, householdBusinesses } from './businesses.tables.js'

export type BusinessRow = typeof householdBusinesses.$inferSelect
export type BusinessStatus = (typeof BUSINESS_STATUSES)[number]

/**
 * The new row, or undefined when it conflicts with the register: its registration number is
 * taken, or its owner already has an active business.
 */
export async function insertBusiness(
  db: Executor,
  values: typeof householdBusinesses.$inferInsert,
): Promise<BusinessRow | undefined> {
  const [row] = await db
    .insert(householdBusinesses)
    .values(values)
    .onConflictDoNothing()
    .returning()
  return row
}

export async function findBusiness(db: Executor, id: string): Promise<BusinessRow | undefined> {
  const [row] = await db.select().from(householdBusinesses).where(eq(householdBusinesses.id, id))
  return row
}

export async function findBusinessByNumber(
  db: Executor,
  registrationNumber: string,
): Promise<BusinessRow | undefined> {
  const [row] = await db
    .select()
    .from(householdBusinesses)
    .where(eq(householdBusinesses.registrationNumber, registrationNumber))
  return row
}

/** Businesses whose commune or province is among the units, by name. */
export async function findBusinessesIn(
  db: Executor,
  filter: {
    unitCodes: string[]
    communeCode?: string | undefined
    status?: BusinessStatus | undefined
    limit: number
  },
): Promise<BusinessRow[]> {
  if (filter.unitCodes.length === 0) return []
  return db
    .select()
    .from(householdBusinesses)
    .where(
      and(
        or(
          inArray(householdBusinesses.communeCode, filter.unitCodes),
          inArray(householdBusinesses.provinceCode, filter.unitCodes),
        ),
        filter.communeCode === undefined
          ? undefined
          : eq(householdBusinesses.communeCode, filter.communeCode),
        filter.status === undefined ? undefined : eq(householdBusinesses.status, filter.status),
      ),
    )
    .orderBy(asc(householdBusinesses.name), asc(householdBusinesses.id))
    .limit(filter.limit)
}

/** Ends an active business; undefined when it was not active. */
export async function markEnded(
  db: Executor,
  id: string,
  end: { by: string; reason: string },
): Promise<BusinessRow | undefined> {
  const [row] = await db
    .update(householdBusinesses)
    .set({ status: 'ended', endedBy: end.by, endReason: end.reason, endedAt: sql`now()` })
    .where(and(eq(householdBusinesses.id, id), eq(householdBusinesses.status, 'active')))
    .returning()
  return row
}

/** The active businesses a person owns in a province. */
export async function findActiveBusinessesOfOwner(
  db: Executor,
  ownerNumber: string,
  provinceCode: string,
): Promise<BusinessRow[]> {
  return db
    .select()
    .from(householdBusinesses)
    .where(
      and(
        eq(householdBusinesses.ownerNumber, ownerNumber),
        eq(householdBusinesses.provinceCode, provinceCode),
        eq(householdBusinesses.status, 'active'),
      ),
    )
    .orderBy(asc(householdBusinesses.registrationNumber))
}

/** Active businesses of these trades with a shop to link to, in a province (or one commune). */
export async function findActiveShops(
  db: Executor,
  filter: { provinceCode: string; tradeCodes: readonly string[]; communeCode?: string | undefined },
): Promise<BusinessRow[]> {
  return db
    .select()
    .from(householdBusinesses)
    .where(
      and(
        eq(householdBusinesses.provinceCode, filter.provinceCode),
        eq(householdBusinesses.status, 'active'),
        isNotNull(householdBusinesses.shopUrl),
        inArray(householdBusinesses.tradeCode, [...filter.tradeCodes]),
        filter.communeCode === undefined
          ? undefined
          : eq(householdBusinesses.communeCode, filter.communeCode),
      ),
    )
    .orderBy(asc(householdBusinesses.communeCode), asc(householdBusinesses.name))
}
