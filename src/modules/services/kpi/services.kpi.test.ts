import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { before, it } from 'node:test'
import { describeOnEngines, enrol, TODAY, useApp, type Actor } from '../../../../test/kit/index.js'
import { ensurePlanReference, refreshKpis } from '../../plan/index.js'
import { seedPopulation } from '../../population/index.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { catalogue, servicesKpi } from '../index.js'

const TEMPORARY_RESIDENCE = '1.004194'

describeOnEngines('services: the plan’s KPIs of models 1, 2, 3 and 5', (db) => {
  const app = useApp(db)
  let levelTwo: Actor

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 93, today: TODAY })
    await ensurePlanReference(db().db)
    levelTwo = await enrol(app(), db(), { level: 2 })
  })

  it('counts the month’s filings by channel and eID level, and the catalogue’s paperless services', async () => {
    const today = vietnamDate()
    const empty = await servicesKpi(db().db, { from: today, to: today })
    assert.equal(empty.totals.filed, 0)
    for (let i = 0; i < 2; i++) {
      const response = await app().inject({
        method: 'POST',
        url: '/api/v1/services/dossiers',
        headers: { cookie: levelTwo.cookie, 'idempotency-key': randomUUID() },
        payload: {
          serviceCode: TEMPORARY_RESIDENCE,
          data: catalogue().get(TEMPORARY_RESIDENCE)!.definition.example,
        },
      })
      assert.equal(response.statusCode, 201, response.body)
    }
    const kpi = await servicesKpi(db().db, { from: today, to: today })
    assert.deepEqual(
      { filed: kpi.totals.filed, online: kpi.totals.online, levelTwo: kpi.totals.levelTwo },
      { filed: 2, online: 2, levelTwo: 2 },
    )
    assert.equal(kpi.communes.find((c) => c.communeCode === '26017')?.filed, 2)
    const paperless = [...catalogue().values()].filter((s) =>
      s.definition.documents.every((d) => d.suppliedBy !== 'upload' || !d.required),
    ).length
    assert.equal(kpi.catalogue.paperless, paperless)
    const yesterday = vietnamDate(new Date(Date.now() - 86_400_000))
    const before = await servicesKpi(db().db, { from: yesterday, to: yesterday })
    assert.equal(before.totals.filed, 0, 'a filing of today is not counted on another day')

    const snapshots = await refreshKpis(db(), new Date())
    const model5 = snapshots.find((s) => s.kpiKey === 'model5.levelTwoFilings')
    assert.ok(model5)
    assert.equal(model5.state, 'computed', String(model5.reason))
    assert.equal(model5.indicators?.find((i) => i.key === 'eidLevel2Share')?.value, 100)
  })
})
