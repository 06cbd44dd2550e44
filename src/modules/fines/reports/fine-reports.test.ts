import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import {
  assertRefusal,
  describeOnEngines,
  enrol,
  useApp,
  type Actor,
} from '../../../../test/kit/index.js'
import { OutboxDispatcher } from '../../../platform/events/outbox.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import {
  injectAs,
  openFinesScene,
  recordCarViolation,
  type FinesScene,
} from '../fines.test-support.js'
import { fineArticle, finesKpi, finesModule } from '../index.js'

interface Figures {
  violations: number
  fined: number
  paid: number
  paidAmount: number
  paidOnline: number
  paidOnlineShare: number
}
interface Report {
  total: Figures
  byArticle: (Figures & { articleCode: string; article: { vi: string } })[]
  byCommune: (Figures & { communeCode: string; communeName: string })[]
  byMonth: (Figures & { month: string })[]
}

describeOnEngines('reports on traffic fines and model 18’s KPI', (db) => {
  const app = useApp(db)
  let scene: FinesScene
  let committee: Actor
  const red = fineArticle('168-6-9-b')
  const speeding = '168-6-5-dd'
  const today = vietnamDate()
  // 18:00 UTC on the last day of November is already 1 December in Vietnam.
  const lateNovember = '2026-11-30T18:00:00Z'

  const report = (who: Actor | undefined, query: string) =>
    injectAs(app(), who, { method: 'GET', url: `/api/v1/fines/reports?${query}` })

  before(async () => {
    scene = await openFinesScene(app(), db())
    committee = await enrol(app(), db(), { role: 'committeeMember', unitCodes: ['75'] })
    const paid = await recordCarViolation(app(), scene, { occurredAt: lateNovember })
    await recordCarViolation(app(), scene, {
      articleCode: speeding,
      fine: fineArticle(speeding).maxFine,
      occurredAt: '2026-11-30T16:00:00Z',
    })
    // In the other commune, recorded by its police.
    await injectAs(app(), scene.otherPolice, {
      method: 'POST',
      url: '/api/v1/fines/violations',
      payload: {
        plate: scene.car.plate,
        articleCode: '168-6-9-b',
        fine: red.maxFine,
        communeCode: scene.places.outside,
        occurredAt: lateNovember,
      },
    })
    // The owner sees their fines in the app, and pays the first one online.
    assert.equal((await injectAs(app(), scene.owner, { url: '/api/v1/me/fines' })).statusCode, 200)
    const payment = await injectAs(app(), scene.owner, {
      method: 'POST',
      url: `/api/v1/fines/violations/${paid}/payment`,
    })
    const { reference } = payment.json<{ reference: string }>()
    const simulated = await injectAs(app(), scene.owner, {
      method: 'POST',
      url: `/api/v1/payments/${reference}/simulate`,
    })
    assert.equal(simulated.statusCode, 200, simulated.body)
    const dispatcher = new OutboxDispatcher(db())
    for (const s of finesModule.subscribers!({ database: db() } as never))
      dispatcher.subscribe(s.name, s.handle)
    await dispatcher.deliverAll()
  })

  it('counts the province’s violations by article, commune and Vietnam month', async () => {
    const response = await report(committee, `from=2026-11-01&to=${today}`)
    assert.equal(response.statusCode, 200, response.body)
    const body = response.json<Report>()
    assert.deepEqual(body.total, {
      violations: 3,
      fined: red.minFine + fineArticle(speeding).maxFine + red.maxFine,
      paid: 1,
      paidAmount: red.minFine,
      paidOnline: 1,
      paidOnlineShare: 33.3,
    })
    assert.deepEqual(
      body.byArticle.map((r) => [r.articleCode, r.violations, r.paidOnline]),
      [
        ['168-6-5-dd', 1, 0],
        ['168-6-9-b', 2, 1],
      ],
    )
    assert.equal(body.byArticle[1]!.article.vi, red.vi)
    assert.deepEqual(
      body.byMonth.map((r) => [r.month, r.violations]),
      [
        ['2026-11', 1],
        ['2026-12', 2],
      ],
    )
    assert.deepEqual(
      body.byCommune.map((r) => r.communeCode).sort(),
      [scene.places.inside, scene.places.outside].sort(),
    )
    assert.ok(
      body.byCommune.every((r) => r.communeName.length > 0 && r.communeName !== r.communeCode),
    )
    assert.ok(!response.body.includes(scene.car.plate), 'no plate in a report')
  })

  it('shows commune police their communes only, and refuses residents and bad periods', async () => {
    const own = (await report(scene.police, `from=2026-11-01&to=${today}`)).json<Report>()
    assert.deepEqual(
      own.byCommune.map((r) => r.communeCode),
      [scene.places.inside],
    )
    assert.equal(own.total.violations, 2)
    const december = (await report(scene.police, `from=2026-12-01&to=${today}`)).json<Report>()
    assert.equal(december.total.violations, 1, 'Vietnam days: 1 December began at 17:00 UTC')
    assertRefusal(await report(scene.owner, 'from=2026-11-01&to=2026-11-30'), {
      status: 403,
      code: 'AUTH_FORBIDDEN',
    })
    assertRefusal(await report(undefined, 'from=2026-11-01&to=2026-11-30'), {
      status: 401,
      code: 'AUTH_REQUIRED',
    })
    for (const query of [
      'from=2026-12-01&to=2026-11-01',
      'from=2026-02-30&to=2026-03-01',
      'from=2024-01-01&to=2026-01-01',
    ])
      assertRefusal(
        await report(committee, query),
        { status: 422, code: 'FINES_PERIOD_INVALID' },
        query,
      )
    assertRefusal(await report(committee, 'from=yesterday&to=today'), {
      status: 400,
      code: 'REQUEST_INVALID',
    })
  })

  it('gives model 18’s KPI: violations notified, seen in the app, paid online', async () => {
    const kpi = await finesKpi(db().db, { from: `${today.slice(0, 7)}-01`, to: today })
    assert.deepEqual(kpi, {
      notified: 3,
      seenInApp: 3,
      seenInAppShare: 100,
      paid: 1,
      paidOnline: 1,
      paidOnlineShare: 33.3,
    })
  })
})
