import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { TODAY, describeOnEngines } from '../../../test/kit/index.js'
import { ensureDemonstrationAccounts } from '../identity/index.js'
import { seedPopulation } from '../population/index.js'
import { ensureDemonstrationWelfare } from './welfare.demonstration.js'

describeOnEngines('demonstration welfare lists for npm start', (db) => {
  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 106, today: TODAY })
  })

  it('lists the eID level 2 resident and builds this month’s payment lists, once', async () => {
    await ensureDemonstrationWelfare(db())
    await ensureDemonstrationWelfare(db())
    const resident = (await ensureDemonstrationAccounts(db().db))[1]!
    const entries = await db().query<{ programme_code: string; status: string }>(
      `SELECT programme_code, status FROM welfare_beneficiaries WHERE personal_number = $1`,
      [resident.personalNumber],
    )
    assert.deepEqual(entries, [{ programme_code: 'disability-severe', status: 'active' }])
    const periods = await db().query<{ programme_code: string; lines: number }>(
      `SELECT p.programme_code, count(l.id)::int AS lines FROM welfare_periods p
         LEFT JOIN welfare_payment_lines l ON l.period_id = p.id
        GROUP BY p.programme_code ORDER BY p.programme_code`,
    )
    assert.deepEqual(
      periods.map((p) => p.programme_code),
      ['disability-severe', 'elderly-80'],
    )
    assert.equal(periods[0]!.lines, 1)
  })
})
