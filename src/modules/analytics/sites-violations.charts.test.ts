import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import {
  answerAs as call,
  describeOnEngines,
  enrol,
  openSite,
  CHECKPOINTS_API,
  TODAY,
  type Actor,
  type OpenSite,
} from '../../../test/kit/index.js'
import { OutboxDispatcher } from '../../platform/events/outbox.js'
import { vietnamDate } from '../../platform/time/vietnam.js'
import { fineArticle, seedVehicles } from '../fines/index.js'
import { seedPopulation } from '../population/index.js'
import { DASHBOARDS } from './analytics.service.js'
import { useAnalyticsApp } from './analytics.test-support.js'
import { computeChart, type PeriodFilter } from './charts.js'
import { mirrorCopyInto } from './copy-mirror.js'
import { addDays } from './period.js'
import { siteCharts } from './sites.charts.js'
import { THRESHOLD } from './suppression.js'
import { violationCharts } from './violations.charts.js'

type Row = Record<string, string | number | boolean | null>
interface Chart {
  id: string
  rows: Row[]
  note: { vi: string; en: string } | null
  labels: Record<string, Record<string, { vi: string; en: string }>>
}
interface Dashboard {
  charts: Chart[]
}

/** Hours ago, on the hour and a few minutes, so that every passage falls in the period. */
const hoursAgo = (hours: number, minutes = 5): string => {
  const at = new Date(Date.now() - hours * 3_600_000)
  at.setUTCMinutes(minutes, 0, 0)
  return at.toISOString()
}
const vietnamHour = (iso: string): string =>
  String((new Date(iso).getUTCHours() + 7) % 24).padStart(2, '0')

describeOnEngines('analytics: gated sites and traffic violations on the dashboards', (db) => {
  const served = useAnalyticsApp(db)
  const today = vietnamDate()
  const from = addDays(today, -6)
  let analyst: Actor
  let elsewhere: Actor
  let police: Actor
  let park: OpenSite
  let commune: string
  let otherCommune: string
  let dispatcher: OutboxDispatcher
  /** Men and women among the people who pass, by the registry. */
  let men: string[]
  let women: string[]
  const entryAt = hoursAgo(3)
  const ARTICLES = { many: '168-6-9-b', some: '168-6-5-h', few: '168-6-3-a' }

  const dashboard = async (id: string, who: Actor = analyst): Promise<Dashboard> => {
    const response = await served().app.inject({
      method: 'GET',
      url: `/api/v1/analytics/${id}?from=${from}&to=${today}`,
      headers: { cookie: who.cookie },
    })
    assert.equal(response.statusCode, 200, response.body)
    return response.json<Dashboard>()
  }
  const chart = (d: Dashboard, id: string): Chart => d.charts.find((c) => c.id === id)!
  const sendBatch = async (events: object[]) => {
    const batch = await park.sign({ siteId: park.siteId, events })
    const response = await served().app.inject({
      method: 'POST',
      url: `${CHECKPOINTS_API}/sites/${park.siteId}/camera-events`,
      headers: { cookie: park.system.cookie },
      payload: { batch },
    })
    assert.equal(response.statusCode, 200, response.body)
  }
  const camera = (id: string, personalNumber: string, direction: string, at: string) => ({
    id,
    gateId: park.gates[0],
    direction,
    personalNumber,
    occurredAt: at,
  })
  let plates: { plate: string; owner_number: string }[]
  const recordViolation = async (plate: string, articleCode: string) => {
    const response = await served().app.inject({
      method: 'POST',
      url: '/api/v1/fines/violations',
      headers: { cookie: police.cookie },
      payload: {
        plate,
        articleCode,
        fine: fineArticle(articleCode).minFine,
        communeCode: commune,
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
      },
    })
    assert.equal(response.statusCode, 201, response.body)
  }

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 8, today: TODAY })
    const communes = await db().query<{ code: string }>(
      'SELECT commune_code AS code FROM residents GROUP BY 1 ORDER BY count(*) DESC LIMIT 2',
    )
    commune = communes[0]!.code
    otherCommune = communes[1]!.code
    analyst = await enrol(served().app, db(), { role: 'analyst', unitCodes: ['75'] })
    elsewhere = await enrol(served().app, db(), {
      role: 'committeeMember',
      unitCodes: [otherCommune],
    })
    const admin = await enrol(served().app, db(), {
      role: 'administrator',
      unitCodes: [commune],
    })
    park = await openSite(served().app, db(), admin, {
      communeCode: commune,
      kind: 'industrialPark',
    })
    const people = async (sex: string, n: number) =>
      (
        await db().query<{ n: string }>(
          `SELECT personal_number AS n FROM residents WHERE sex = $1 AND status = 'resident'
            ORDER BY personal_number LIMIT $2`,
          [sex, n],
        )
      ).map((r) => r.n)
    men = await people('M', 13)
    women = await people('F', 4)
    // Two workers of the park; everyone else visits.
    await call(
      served().app,
      park.staff,
      {
        method: 'POST',
        url: `${CHECKPOINTS_API}/sites/${park.siteId}/workers`,
        payload: { personalNumbers: [men[0], men[1]] },
      },
      200,
    )
    // 12 men and 3 women enter in one hour; one woman leaves without having entered; one man
    // enters twice in a row.
    await sendBatch([
      ...men.slice(0, 12).map((n, i) => camera(`in-m-${i}`, n, 'entry', entryAt)),
      ...women.slice(0, 3).map((n, i) => camera(`in-f-${i}`, n, 'entry', entryAt)),
      camera('out-f-3', women[3]!, 'exit', hoursAgo(2)),
      camera('in-m-0-again', men[0]!, 'entry', hoursAgo(2, 10)),
    ])

    await seedVehicles(db(), { seed: 3, today: TODAY })
    plates = await db().query<{ plate: string; owner_number: string }>(
      `SELECT plate, owner_number FROM vehicles
        WHERE vehicle_class = 'car' AND owner_kind = 'resident' ORDER BY plate LIMIT 24`,
    )
    police = await enrol(served().app, db(), {
      role: 'communePolice',
      unitCodes: [commune],
      where: `personal_number NOT IN (${plates.map((p) => `'${p.owner_number}'`).join(', ')})`,
    })
    // 12, 6 and 5 violations of three articles.
    for (const [k, p] of plates.slice(0, 23).entries())
      await recordViolation(p.plate, k < 12 ? ARTICLES.many : k < 18 ? ARTICLES.some : ARTICLES.few)
    // The first car's owner opens the app: their violations are seen there.
    const owner = await enrol(served().app, db(), {
      where: `personal_number = '${plates[0]!.owner_number}'`,
    })
    await call(served().app, owner, { method: 'GET', url: '/api/v1/me/fines' }, 200)

    await served().analytics.rebuild()
    dispatcher = new OutboxDispatcher(db())
    dispatcher.subscribe(served().analytics.subscriber, served().analytics.handleEvent, {
      aroundBatch: served().analytics.aroundEventBatch,
    })
  })

  it('counts the visits by day, hour and kind of visitor as the gates recorded them', async () => {
    const d = await dashboard('tourism')
    const visits = chart(d, 'site-visits').rows
    assert.equal(
      visits.reduce((sum, r) => sum + Number(r.visits), 0),
      16,
      '15 entries and one more',
    )
    assert.equal(
      visits.reduce((sum, r) => sum + Number(r.exits), 0),
      1,
    )
    const byHour = chart(d, 'site-visits-by-hour').rows
    assert.equal(byHour.length, 24)
    assert.equal(byHour.find((r) => r.hour === vietnamHour(entryAt))!.visits, 15)
    const parks = chart(d, 'park-workers')
    // 3 entries of workers (one twice) against 13 of visitors: the 3 cannot be shown, nor so the
    // 13 beside it (their sum is the park's visits).
    assert.deepEqual(parks.rows, [
      { site: park.siteId, workers: null, visitors: null, withheld: true },
    ])
    assert.equal(parks.labels.site![park.siteId]!.vi, 'Khu du lịch Bửu Long')
    assert.ok(parks.note?.vi.includes(String(THRESHOLD)))
  })

  it('withholds the small counts of who passed, and only those that need it', async () => {
    const d = await dashboard('tourism')
    const sex = chart(d, 'site-visitors-sex')
    // 13 men and 3 women: the 3 is withheld, and so the 13, or 16 − 13 would give it back.
    assert.deepEqual(
      sex.rows.map((r) => [r.sex, r.visits, r.withheld ?? false]),
      [
        ['M', null, true],
        ['F', null, true],
      ],
    )
    assert.ok(sex.note)
    for (const id of ['site-visitors-age', 'site-visitors-origin']) {
      const rows = chart(d, id).rows
      const shown = rows.filter((r) => !r.withheld).map((r) => Number(r.visits))
      for (const n of shown) assert.ok(n === 0 || n >= THRESHOLD, `${id}: ${n} shown`)
      const withheld = rows.filter((r) => r.withheld)
      assert.notEqual(withheld.length, 1, `${id}: one withheld count would be given away`)
    }
  })

  it('shows the people inside and the flagged passages of each site', async () => {
    const d = await dashboard('tourism')
    const [direct] = await db().query<{ inside: number }>(
      'SELECT sum(inside)::int AS inside FROM checkpoint_occupancy WHERE site_id = $1',
      [park.siteId],
    )
    assert.deepEqual(chart(d, 'site-occupancy').rows, [
      { site: park.siteId, inside: direct!.inside },
    ])
    assert.equal(
      chart(d, 'site-occupancy').labels.site![park.siteId]!.en,
      'Khu du lịch Bửu Long (Industrial park)',
    )
    assert.equal(direct!.inside, 15)
    assert.deepEqual(chart(d, 'flagged-passages').rows, [
      { site: park.siteId, exitWithoutEntry: 1, entryTwice: 1, outOfOrder: 0, flagged: 2 },
    ])
  })

  it('counts violations by article, unit and month, with the shares and small counts withheld', async () => {
    const d = await dashboard('public-order')
    const [seen] = await db().query<{ n: number }>(
      'SELECT count(*)::int AS n FROM fine_violations WHERE seen_in_app_at IS NOT NULL',
    )
    assert.ok(seen!.n >= 1)
    assert.deepEqual(chart(d, 'traffic-violations').rows, [
      {
        violations: 23,
        seenInAppPercent: Math.round((1000 * seen!.n) / 23) / 10,
        paidOnlinePercent: 0,
        overdue: 0,
      },
    ])
    const articles = chart(d, 'violations-by-article')
    // 6 and 5 withheld together (11 ≥ the threshold); the 12 shown.
    assert.deepEqual(
      articles.rows.map((r) => [r.article, r.violations]),
      [
        [ARTICLES.many, 12],
        [ARTICLES.few, null],
        [ARTICLES.some, null],
      ],
    )
    assert.equal(articles.labels.article![ARTICLES.many]!.en, fineArticle(ARTICLES.many).en)
    assert.ok(articles.note)
    assert.deepEqual(
      chart(d, 'violations-by-unit').rows.map((r) => [r.unit, r.violations]),
      [[commune, 23]],
    )
    const months = chart(d, 'violations-by-month').rows
    assert.equal(
      months.reduce((sum, r) => sum + Number(r.violations), 0),
      23,
    )
  })

  it('shows nothing of another unit to a viewer of one commune', async () => {
    const tourism = await dashboard('tourism', elsewhere)
    assert.deepEqual(chart(tourism, 'site-occupancy').rows, [])
    assert.equal(
      chart(tourism, 'site-visits').rows.reduce((sum, r) => sum + Number(r.visits), 0),
      0,
    )
    const order = await dashboard('public-order', elsewhere)
    assert.equal(chart(order, 'traffic-violations').rows[0]!.violations, 0)
  })

  it('reads the same on the database as in the copy', async () => {
    await mirrorCopyInto(db(), 'analytics_mirror_sites')
    const copy = await served().analytics.current()
    const filters: PeriodFilter[] = [
      { communes: null, unit: null, structure: '2025', from, to: today, granularity: 'day' },
      {
        communes: [commune],
        unit: copy.reference.units.describe(commune)!,
        structure: '2024',
        from: addDays(today, -90),
        to: today,
        granularity: 'month',
      },
    ]
    const onCopy = { run: (sql: string) => copy.query(sql), reference: copy.reference }
    await db().bulk(async (session) => {
      await session.query('SET LOCAL search_path TO analytics_mirror_sites')
      const onDatabase = {
        run: (sql: string) => session.query<Row>(sql),
        reference: copy.reference,
      }
      for (const filter of filters)
        for (const spec of [...siteCharts, ...violationCharts]) {
          const mine = await computeChart(spec, filter, onCopy)
          const theirs = await computeChart(spec, filter, onDatabase)
          assert.deepEqual(theirs.rows, mine.rows, `${spec.id} ${JSON.stringify(filter)}`)
        }
    })
    assert.ok(DASHBOARDS.tourism.spec.charts.some((c) => c.id === 'site-visits'))
  })

  it('keeps the figures current from the outbox events, each counted once', async () => {
    await dispatcher.deliverAll()
    const before = await dashboard('tourism')
    const visitsOf = (d: Dashboard) =>
      chart(d, 'site-visits').rows.reduce((sum, r) => sum + Number(r.visits), 0)
    await sendBatch([
      camera('late-in-f-0', women[0]!, 'exit', hoursAgo(1)),
      camera('late-in-m-12', men[12]!, 'entry', hoursAgo(1)),
    ])
    await recordViolation(plates[23]!.plate, ARTICLES.many)
    assert.equal(visitsOf(await dashboard('tourism')), visitsOf(before), 'not before delivery')
    await dispatcher.deliverAll()
    const after = await dashboard('tourism')
    assert.equal(visitsOf(after), visitsOf(before) + 1)
    assert.equal(chart(after, 'site-occupancy').rows[0]!.inside, 15)
    const order = await dashboard('public-order')
    assert.equal(chart(order, 'traffic-violations').rows[0]!.violations, 24)
    assert.equal(
      chart(order, 'violations-by-article').rows.find((r) => r.article === ARTICLES.many)!
        .violations,
      13,
    )
    // Delivered again from the start: the same figures.
    const events = await db().query<{
      id: number
      tx_id: number
      aggregate_type: string
      aggregate_id: string
      event_type: string
      payload: Record<string, unknown>
      occurred_at: string | Date
    }>(
      `SELECT * FROM outbox_events
        WHERE event_type IN ('checkpoints.passages_recorded', 'fines.violation_changed')
        ORDER BY tx_id, id`,
    )
    assert.ok(events.length >= 3)
    for (const e of events)
      await served().analytics.handleEvent({
        id: e.id,
        txId: e.tx_id,
        aggregateType: e.aggregate_type,
        aggregateId: e.aggregate_id,
        eventType: e.event_type,
        payload: e.payload,
        occurredAt: new Date(e.occurred_at).toISOString(),
      })
    const again = await dashboard('tourism')
    assert.equal(visitsOf(again), visitsOf(after))
    assert.equal(chart(again, 'site-occupancy').rows[0]!.inside, 15)
    assert.equal(
      chart(await dashboard('public-order'), 'traffic-violations').rows[0]!.violations,
      24,
    )
  })
})
