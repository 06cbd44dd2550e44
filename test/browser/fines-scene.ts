import assert from 'node:assert/strict'
import { seedVehicles } from '../../src/modules/fines/index.js'
import type { Database } from '../../src/platform/db/database.js'
import type { App } from '../../src/platform/http/server.js'
import { TODAY, enrol, seedTwoCommunes, type Actor } from '../kit/index.js'

/** The fines browser tests' scene: a commune, the registry's vehicles, the owner of a car there. */
export async function ownedCarScene(
  app: App,
  database: Database,
): Promise<{ commune: string; owner: Actor; car: { plate: string } }> {
  const { inside } = await seedTwoCommunes(database)
  await seedVehicles(database, { seed: 3, today: TODAY })
  const [car] = await database.query<{ plate: string; owner: string }>(
    `SELECT plate, owner_number AS owner FROM vehicles
      WHERE vehicle_class = 'car' AND owner_kind = 'resident' ORDER BY plate LIMIT 1`,
  )
  assert.ok(car, 'a resident owning a car')
  const owner = await enrol(app, database, { where: `personal_number = '${car.owner}'` })
  return { commune: inside.communeCode, owner, car: { plate: car.plate } }
}
