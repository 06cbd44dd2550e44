import { asc, count, eq } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { vehicles } from '../fines.tables.js'
import type { VehicleRow } from './vehicle-sample.js'

export type VehicleRecord = typeof vehicles.$inferSelect

// Nine columns a row: a thousand rows stay far below the 65,535 parameters of one statement.
const CHUNK = 1_000

export async function insertVehicles(db: Executor, rows: VehicleRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await db.insert(vehicles).values(rows.slice(i, i + CHUNK))
}

export async function countVehicles(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(vehicles)
  return row?.n ?? 0
}

export async function findVehicle(db: Executor, plate: string): Promise<VehicleRecord | undefined> {
  const [row] = await db.select().from(vehicles).where(eq(vehicles.plate, plate))
  return row
}

export function findVehiclesOfResident(
  db: Executor,
  personalNumber: string,
): Promise<VehicleRecord[]> {
  return db
    .select()
    .from(vehicles)
    .where(eq(vehicles.ownerNumber, personalNumber))
    .orderBy(asc(vehicles.plate))
}

/** The commune of the first vehicle by plate, or undefined for an empty registry. */
export async function findFirstVehicleCommune(db: Executor): Promise<string | undefined> {
  const [row] = await db
    .select({ communeCode: vehicles.communeCode })
    .from(vehicles)
    .orderBy(asc(vehicles.plate))
    .limit(1)
  return row?.communeCode
}
