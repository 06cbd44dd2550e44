import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { TODAY, describeOnEngines } from '../../../test/kit/index.js'
import { ensureDemonstrationAccounts } from '../identity/index.js'
import { seedPopulation } from '../population/index.js'
import { ensureDemonstrationFines } from './fines.demonstration.js'
import { seedVehicles } from './index.js'

describeOnEngines('demonstration fines for npm start', (db) => {
  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 106, today: TODAY })
    await seedVehicles(db(), { seed: 106, today: TODAY })
  })

  it('puts three unpaid fines on the eID level 2 resident’s vehicle, once', async () => {
    await ensureDemonstrationFines(db())
    await ensureDemonstrationFines(db())
    const resident = (await ensureDemonstrationAccounts(db().db))[1]!
    const rows = await db().query<{ plate: string; status: string; owner_number: string }>(
      `SELECT v.plate, v.status, v.owner_number FROM fine_violations v
         JOIN vehicles r ON r.plate = v.plate AND r.owner_number = v.owner_number`,
    )
    assert.equal(rows.length, 3)
    for (const row of rows) {
      assert.equal(row.owner_number, resident.personalNumber)
      assert.equal(row.status, 'notified')
    }
  })
})
