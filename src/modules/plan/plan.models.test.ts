import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { useApp, describeOnEngines, refusalOf } from '../../../test/kit/index.js'
import { refreshKpis } from './kpi.service.js'
import { caller, planActors, type PlanActors } from './plan.test-support.js'

interface Indicator {
  key?: string
  label: string
  value: number
  unit: string
}
interface Summary {
  no: number
  group: string
  status: string
  recordedStatus: string
  lead: { code: string }[]
  deadline: { text: string; date: string | null }
  kpi: {
    source: string
    state: string
    indicators: Indicator[]
    reason: string | null
    trend: { month: string }[]
  }
}
interface Detail extends Summary {
  history: {
    field: string
    from: string | null
    to: string
    reason: string
    changedBy: string | null
  }[]
  breakdown: { rows: { unitCode: string; values: number[] }[] } | null
}

describeOnEngines('plan scorecard and model statuses', (db) => {
  const app = useApp(db)
  const as = caller(app)
  let actors: PlanActors

  before(async () => {
    actors = await planActors(app(), db())
  })

  const scorecard = async (query = '', actor = actors.committee) =>
    (await as(actor, { method: 'GET', url: `/api/v1/plan/models${query}` })).json<{
      models: Summary[]
      month: string
    }>()
  const detail = async (no: number, actor = actors.committee) =>
    (await as(actor, { method: 'GET', url: `/api/v1/plan/models/${no}` })).json<Detail>()

  it('shows the 43 models, filtered by group and by lead agency', async () => {
    assert.equal((await scorecard()).models.length, 43)
    const groupII = (await scorecard('?group=II')).models
    assert.deepEqual(
      groupII.map((m) => m.no),
      Array.from({ length: 17 }, (_, i) => i + 6),
    )
    const police = (await scorecard('?agency=CAT')).models.map((m) => m.no)
    assert.deepEqual(police, [1, 9, 10, 11, 15, 16, 19, 23, 40])
    await as(actors.committee, { method: 'GET', url: '/api/v1/plan/models?group=VI', expect: 400 })
  })

  it('derives overdue from the deadline, and keeps undated deadlines as written', async () => {
    const models = (await scorecard()).models
    const nine = models.find((m) => m.no === 9)!
    assert.deepEqual([nine.status, nine.recordedStatus], ['overdue', 'not_started'])
    assert.equal(nine.deadline.date, '2023-12-30')
    const two = models.find((m) => m.no === 2)!
    assert.deepEqual(two.deadline, { text: '03 tháng sau khi có hướng dẫn của BCA', date: null })
    assert.equal(two.status, 'not_started')
  })

  it('lets only the standing office record a status, with a reason kept in the history', async () => {
    const body = { status: 'done', reason: 'Đã nghiệm thu / accepted' }
    const url = '/api/v1/plan/models/9/status'
    for (const actor of [actors.committee, actors.police]) {
      const refused = await as(actor, { method: 'POST', url, payload: body, expect: 403 })
      assert.equal(refusalOf(refused).code, 'AUTH_FORBIDDEN')
    }
    const done = (await as(actors.office, { method: 'POST', url, payload: body })).json<Detail>()
    assert.deepEqual([done.status, done.recordedStatus], ['done', 'done'])
    assert.equal(done.history.length, 1)
    const { changedBy, field, from, to, reason } = done.history[0]!
    assert.deepEqual(
      { field, from, to, reason },
      {
        field: 'status',
        from: 'not_started',
        to: 'done',
        reason: body.reason,
      },
    )
    assert.ok(changedBy && changedBy.length > 0, 'the name of who changed it')
    const again = await as(actors.office, { method: 'POST', url, payload: body, expect: 409 })
    assert.equal(refusalOf(again).code, 'PLAN_STATUS_UNCHANGED')
    const blank = await as(actors.office, {
      method: 'POST',
      url,
      payload: { status: 'in_progress', reason: '   ' },
      expect: 422,
    })
    assert.equal(refusalOf(blank).code, 'PLAN_REASON_REQUIRED')
    await as(actors.office, {
      method: 'POST',
      url,
      payload: { status: 'overdue', reason: 'x' },
      expect: 400,
    })
  })

  it('sets a date for a deadline the plan did not give one, and the model falls due', async () => {
    const url = '/api/v1/plan/models/2/deadline'
    const set = await as(actors.office, {
      method: 'PUT',
      url,
      payload: { date: '2024-06-30', reason: 'Hướng dẫn của BCA ngày 30/3/2024' },
    })
    const model = set.json<Detail>()
    assert.deepEqual(model.deadline, {
      text: '03 tháng sau khi có hướng dẫn của BCA',
      date: '2024-06-30',
    })
    assert.equal(model.status, 'overdue')
    assert.deepEqual(
      model.history.map((h) => [h.field, h.from, h.to]),
      [['deadline', null, '2024-06-30']],
    )
    await as(actors.office, {
      method: 'PUT',
      url,
      payload: { date: '2024-02-30', reason: 'x' },
      expect: 400,
    })
  })

  it("shows an agency reporter its own agency's models only", async () => {
    const mine = (await scorecard('', actors.police)).models.map((m) => m.no)
    assert.deepEqual(mine, [1, 9, 10, 11, 15, 16, 19, 23, 40])
    assert.equal((await detail(9, actors.police)).no, 9)
    const other = await as(actors.police, {
      method: 'GET',
      url: '/api/v1/plan/models/24',
      expect: 403,
    })
    assert.equal(refusalOf(other).code, 'PLAN_OTHER_AGENCY_MODEL')
    await as(actors.police, { method: 'GET', url: '/api/v1/plan/models/44', expect: 400 })
  })

  it('computes live KPIs through their modules, and shows hand-reported ones as such', async () => {
    const models = (await scorecard()).models
    const m23 = models.find((m) => m.no === 23)!.kpi
    assert.deepEqual([m23.source, m23.state], ['computed', 'computed'])
    const byKey = new Map(m23.indicators.map((i) => [i.key, i.value]))
    assert.ok(byKey.get('eligible')! > 500, 'most of the 1,000 residents are 14 or older')
    for (const key of ['eidLevel2Share', 'paymentAccountShare', 'digitalSignatureShare']) {
      const share = byKey.get(key)!
      assert.ok(share > 0 && share < 100, `${key} = ${share}`)
    }
    const [eligible] = await db().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM residents
        WHERE status = 'resident' AND birth_date <= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - interval '14 years'`,
    )
    assert.equal(byKey.get('eligible'), eligible!.n)
    const m24 = models.find((m) => m.no === 24)!.kpi
    assert.deepEqual([m24.source, m24.state], ['computed', 'computed'])
    assert.deepEqual(
      m24.indicators.map((i) => i.key),
      ['connectedSystems', 'signIns'],
    )
    const m30 = models.find((m) => m.no === 30)!.kpi
    assert.deepEqual([m30.source, m30.state, m30.indicators], ['manual', 'not_reported', []])
    assert.deepEqual(models.find((m) => m.no === 43)!.kpi.source, 'none')
    const breakdown = (await detail(23)).breakdown!
    const communes = await db().query('SELECT DISTINCT commune_code FROM residents')
    assert.equal(breakdown.rows.length, communes.length)
    assert.equal(
      breakdown.rows.reduce((sum, r) => sum + r.values[0]!, 0),
      byKey.get('eligible'),
    )
  })

  it('says a KPI could not be computed, with the reason, when its module fails', async () => {
    await db().query('ALTER TABLE sso_sign_ins RENAME TO sso_sign_ins_away')
    try {
      await refreshKpis(db(), new Date())
    } finally {
      await db().query('ALTER TABLE sso_sign_ins_away RENAME TO sso_sign_ins')
    }
    const m24 = (await scorecard()).models.find((m) => m.no === 24)!.kpi
    assert.equal(m24.state, 'failed')
    assert.deepEqual(m24.indicators, [])
    assert.match(m24.reason ?? '', /sso_sign_ins/)
    await refreshKpis(db(), new Date())
    assert.equal((await scorecard()).models.find((m) => m.no === 24)!.kpi.state, 'computed')
  })

  it('keeps one snapshot a month, so the KPI has a trend', async () => {
    const { month } = await scorecard()
    const [y, m] = month.split('-').map(Number) as [number, number]
    const earlier = new Date(Date.UTC(y, m - 3, 15, 5))
    await refreshKpis(db(), earlier)
    await refreshKpis(db(), earlier)
    const trend = (await scorecard()).models.find((x) => x.no === 23)!.kpi.trend.map((t) => t.month)
    assert.deepEqual(trend, [earlier.toISOString().slice(0, 7), month])
  })
})
