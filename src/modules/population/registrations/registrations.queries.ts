import { and, eq, getTableColumns, max } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { households, movements, residents } from '../population.tables.js'

const { fullNameFolded: _folded, ...residentColumns } = getTableColumns(residents)
export type RegistryEntry = Omit<typeof residents.$inferSelect, 'fullNameFolded'>
export type NewResident = typeof residents.$inferInsert
export type NewMovement = typeof movements.$inferInsert

/** A resident's entry, locked until the caller's transaction ends: two changes of one person queue. */
export async function lockResident(
  tx: Executor,
  personalNumber: string,
): Promise<RegistryEntry | undefined> {
  const [row] = await tx
    .select(residentColumns)
    .from(residents)
    .where(eq(residents.personalNumber, personalNumber))
    .for('update')
  return row
}

/**
 * Inserts a resident unless the number is taken (by a committed row or by a transaction still
 * running, which this waits for). @returns whether the row was inserted
 */
export async function insertResidentIfNumberFree(tx: Executor, row: NewResident): Promise<boolean> {
  const inserted = await tx
    .insert(residents)
    .values(row)
    .onConflictDoNothing({ target: residents.personalNumber })
    .returning({ personalNumber: residents.personalNumber })
  return inserted.length === 1
}

export async function insertMovements(tx: Executor, rows: NewMovement[]): Promise<void> {
  if (rows.length > 0) await tx.insert(movements).values(rows)
}

export async function updateResident(
  tx: Executor,
  personalNumber: string,
  change: Partial<Pick<NewResident, 'status' | 'communeCode' | 'householdId' | 'relationToHead'>>,
): Promise<RegistryEntry> {
  const [row] = await tx
    .update(residents)
    .set(change)
    .where(eq(residents.personalNumber, personalNumber))
    .returning(residentColumns)
  if (!row) throw new Error('updated a resident that the transaction had locked and lost')
  return row
}

export async function findHouseholdInCommune(
  tx: Executor,
  id: number,
  communeCode: string,
): Promise<{ id: number } | undefined> {
  const [row] = await tx
    .select({ id: households.id })
    .from(households)
    .where(and(eq(households.id, id), eq(households.communeCode, communeCode)))
  return row
}

/**
 * A new household with the next free id. Two transactions may pick the same id: the later one
 * waits for the earlier, finds the id taken and returns undefined, and the caller tries again.
 */
export async function insertHouseholdWithNextId(
  tx: Executor,
  household: { communeCode: string; address: string },
): Promise<number | undefined> {
  const [top] = await tx.select({ id: max(households.id) }).from(households)
  const [row] = await tx
    .insert(households)
    .values({ id: (top?.id ?? 0) + 1, ...household })
    .onConflictDoNothing({ target: households.id })
    .returning({ id: households.id })
  return row?.id
}
