import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { describeOnEngines, NOW } from '../../../../test/kit/index.js'
import { ensureDemonstrationAccounts } from '../../identity/index.js'
import { seedPopulation } from '../../population/index.js'
import { DEMONSTRATION_DAYS, ensureDemonstrationStays } from './declarations.demonstration.js'
import { ensureDemonstrationEstablishment } from '../establishments/establishments.demonstration.js'

describeOnEngines('the development sample of guests', (db) => {
  let made = 0
  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 9, today: '2026-11-27' })
    await ensureDemonstrationAccounts(db().db)
    await ensureDemonstrationEstablishment(db().db)
    made = await ensureDemonstrationStays(db().db, NOW)
  })

  it('declares weeks of guests at several places in several communes', async () => {
    const [totals] = await db().query<{
      stays: number
      places: number
      communes: number
      days: number
      late: number
      staying: number
    }>(`SELECT count(*) AS stays, count(DISTINCT establishment_id) AS places,
               count(DISTINCT commune_code) AS communes,
               count(DISTINCT (arrival_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) AS days,
               count(*) FILTER (WHERE late) AS late,
               count(*) FILTER (WHERE departed_at IS NULL) AS staying
          FROM stay_declarations`)
    assert.equal(totals!.stays, made)
    assert.ok(made >= 100, `${made} declarations`)
    assert.equal(totals!.places, 5)
    assert.ok(totals!.communes >= 3, `${totals!.communes} communes`)
    assert.equal(totals!.days, DEMONSTRATION_DAYS)
    // Mostly on time, a few late: the on-time rate has something to say.
    assert.ok(totals!.late > 0 && totals!.late < made / 4, `${totals!.late} late`)
    // Every stay of the sample's past has ended.
    assert.equal(totals!.staying, 0)
  })

  it('writes the outbox events a real declaration and check-out write', async () => {
    const events = await db().query<{ eventType: string; n: number }>(
      `SELECT event_type AS "eventType", count(*) AS n FROM outbox_events
        WHERE aggregate_type = 'stay' GROUP BY event_type ORDER BY event_type`,
    )
    assert.deepEqual(events, [
      { eventType: 'stays.checked_out', n: made },
      { eventType: 'stays.declared', n: made },
    ])
  })

  it('is made once', async () => {
    assert.equal(await ensureDemonstrationStays(db().db, NOW), 0)
    const [{ n }] = (await db().query<{ n: number }>(
      'SELECT count(*) AS n FROM stay_declarations',
    )) as [{ n: number }]
    assert.equal(n, made)
  })
})
