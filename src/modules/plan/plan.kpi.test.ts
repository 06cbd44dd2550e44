import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { describeOnEngines } from '../../../test/kit/index.js'
import type { MessageSender, OutgoingMessage } from '../identity/index.js'
import { KPI_CATALOGUE, KPI_FUNCTIONS, type KpiFunction } from './kpi-catalogue.js'
import { createKpiBoard, type KpiSources } from './kpi.service.js'
import { runPlanDuties } from './duties.service.js'
import { ensurePlanReference, readModelFile } from './plan.reference.js'

describe('the KPI catalogue', () => {
  it('defines each computable KPI once, on a model whose modules include the one computing it', () => {
    const models = readModelFile()
    assert.equal(new Set(KPI_CATALOGUE.map((d) => d.modelNo)).size, KPI_CATALOGUE.length)
    assert.equal(new Set(KPI_CATALOGUE.map((d) => d.key)).size, KPI_CATALOGUE.length)
    for (const d of KPI_CATALOGUE) {
      assert.ok(d.computedBy in KPI_FUNCTIONS, d.computedBy)
      const model = models.find((m) => m.no === d.modelNo)
      const module = d.computedBy.split('.')[0]!
      // Model 23's figures come from the registry (population) that identity's accounts mirror.
      const serving = d.modelNo === 23 ? [...model!.modules, 'population'] : model!.modules
      assert.ok(serving.includes(module), `model ${d.modelNo} is served by ${module}`)
    }
  })
})

describeOnEngines('live KPIs', (db) => {
  let calls = 0
  const counting: KpiFunction = async () => {
    calls++
    return { indicators: [{ key: 'n', label: 'Số lần / calls', value: calls, unit: 'lần' }] }
  }
  const sources: KpiSources = {
    catalogue: [
      { key: 'test.counting', modelNo: 9, computedBy: 'population.digitalCitizenCoverage' },
    ],
    functions: { 'population.digitalCitizenCoverage': counting },
  }

  before(async () => {
    await ensurePlanReference(db().db)
  })

  it('waits for the first value of a month, then serves the stored one while it is fresh', async () => {
    const board = createKpiBoard(db(), { sources, maxAgeMs: 60_000 })
    const now = new Date('2027-06-10T03:00:00Z')
    const first = await board.snapshots(now)
    assert.equal(calls, 1)
    assert.equal(first.find((s) => s.kpiKey === 'test.counting')?.indicators?.[0]?.value, 1)
    await board.snapshots(new Date(now.getTime() + 1_000))
    await board.settle()
    assert.equal(calls, 1)
  })

  it('refreshes a stale value in the background, one refresh at a time', async () => {
    const board = createKpiBoard(db(), { sources, maxAgeMs: 0 })
    const later = new Date('2027-06-10T04:00:00Z')
    await Promise.all([board.snapshots(later), board.snapshots(later), board.snapshots(later)])
    await board.settle()
    assert.equal(calls, 2)
  })
})

describeOnEngines('plan duties', (db) => {
  it('run on a database no plan request has touched yet: reference data, KPIs, reminders', async () => {
    const sent: OutgoingMessage[] = []
    const sender: MessageSender = {
      kind: 'development',
      send: async (_db, message) => {
        sent.push(message)
      },
    }
    await runPlanDuties(db(), { sender, reportDay: 18, now: new Date('2027-07-15T03:00:00Z') })
    const [counts] = await db().query<{ models: number; snapshots: number; reminders: number }>(
      `SELECT (SELECT count(*)::int FROM plan_models) AS models,
              (SELECT count(*)::int FROM plan_kpi_snapshots WHERE month = '2027-07') AS snapshots,
              (SELECT count(*)::int FROM plan_reminders WHERE month = '2027-07') AS reminders`,
    )
    const [leads] = await db().query<{ n: number }>(
      `SELECT count(DISTINCT agency_code)::int AS n FROM plan_model_agencies WHERE role = 'lead'`,
    )
    assert.deepEqual(counts, { models: 43, snapshots: KPI_CATALOGUE.length, reminders: leads!.n })
    assert.deepEqual(sent, [], 'no agency has a contact yet: reminders stay in the app')
  })
})
