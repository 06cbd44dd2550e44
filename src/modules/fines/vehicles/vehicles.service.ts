import type { Database, Executor } from '../../../platform/db/database.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { pageOfAdults, Rng } from '../../population/index.js'
import { drawVehicles, PlateBook, type VehicleRow } from './vehicle-sample.js'
import {
  countVehicles,
  findVehicle,
  findVehiclesOfResident,
  insertVehicles,
  type VehicleRecord,
} from './vehicles.queries.js'

export type Vehicle = VehicleRecord

// The registry's own stream of the seed: the population's communes use the small numbers.
const VEHICLE_STREAM = 0x7e41c1e5
const PAGE = 5_000

export interface VehicleSeedSummary {
  outcome: 'loaded' | 'already-loaded'
  vehicles: number
}

/**
 * The synthetic vehicle registry of the loaded population, drawn from the seed: adults in order
 * of personal number, so the same population and seed give the same plates and owners. Once:
 * a registry that holds vehicles is left alone. One transaction, so a load cut short leaves none.
 */
export async function seedVehicles(
  database: Database,
  options: { seed: number; today?: string },
): Promise<VehicleSeedSummary> {
  const today = options.today ?? vietnamDate()
  return database.db.transaction(async (tx) => {
    const existing = await countVehicles(tx)
    if (existing > 0) return { outcome: 'already-loaded', vehicles: existing }
    const rng = new Rng(options.seed, VEHICLE_STREAM)
    const book = new PlateBook()
    let after = ''
    let loaded = 0
    for (;;) {
      const adults = await pageOfAdults(tx, { after, adultOn: today, limit: PAGE })
      if (adults.length === 0) break
      const rows: VehicleRow[] = adults.flatMap((person) => drawVehicles(rng, book, person, today))
      await insertVehicles(tx, rows)
      loaded += rows.length
      after = adults.at(-1)!.personalNumber
    }
    return { outcome: 'loaded', vehicles: loaded }
  })
}

/** The registered vehicle a plate belongs to, or undefined when the registry has no such plate. */
export const vehicleOf = (db: Executor, plate: string): Promise<Vehicle | undefined> =>
  findVehicle(db, plate)

/** A resident's own vehicles, by plate. */
export const vehiclesOfResident = (db: Executor, personalNumber: string): Promise<Vehicle[]> =>
  findVehiclesOfResident(db, personalNumber)
