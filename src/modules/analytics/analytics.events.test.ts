import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { enrol, type Actor, describeOnEngines, TODAY } from '../../../test/kit/index.js'
import { OutboxDispatcher, recordEvent, type OutboxEvent } from '../../platform/events/outbox.js'
import { vietnamDate } from '../../platform/time/vietnam.js'
import { seedPopulation } from '../population/index.js'
import type { Establishment } from '../stays/index.js'
import { DASHBOARDS } from './analytics.service.js'
import {
  approvedEstablishment,
  declareResidents,
  useAnalyticsApp,
} from './analytics.test-support.js'
import {
  computeChart,
  type DashboardSpec,
  type PeriodFilter,
  type SnapshotFilter,
} from './charts.js'
import { mirrorCopyInto } from './copy-mirror.js'
import { addDays } from './period.js'

type Row = Record<string, string | number | null>
interface Dashboard {
  charts: { id: string; rows: Row[] }[]
}

describeOnEngines('analytics: kept current from the outbox', (db) => {
  const served = useAnalyticsApp(db)
  const today = vietnamDate()
  const from = addDays(today, -6)
  let analyst: Actor
  let hotel: Establishment
  let commune: string
  let dispatcher: OutboxDispatcher

  const tourism = async (): Promise<Dashboard> => {
    const response = await served().app.inject({
      method: 'GET',
      url: `/api/v1/analytics/tourism?from=${from}&to=${today}`,
      headers: { cookie: analyst.cookie },
    })
    assert.equal(response.statusCode, 200, response.body)
    return response.json<Dashboard>()
  }
  const figure = (
    d: Dashboard,
    chart: string,
    key: string,
    where?: (r: Row) => boolean,
  ): number => {
    const rows = d.charts.find((c) => c.id === chart)!.rows
    return Number((where ? rows.find(where) : rows[0])?.[key] ?? 0)
  }

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 8, today: TODAY })
    const [top] = await db().query<{ code: string }>(
      'SELECT commune_code AS code FROM residents GROUP BY 1 ORDER BY count(*) DESC LIMIT 1',
    )
    commune = top!.code
    analyst = await enrol(served().app, db(), { role: 'analyst', unitCodes: ['75'] })
    hotel = await approvedEstablishment(db(), {
      communeCode: commune,
      typeCode: 'hotel_3_star',
      capacity: 20,
    })
    const arrival = new Date(Date.now() - 2 * 86_400_000)
    await declareResidents(db(), hotel, { count: 3, arrivalAt: arrival })
    await served().analytics.rebuild()
    dispatcher = new OutboxDispatcher(db())
    // As main.ts subscribes it: each batch of events in one transaction of the copy.
    dispatcher.subscribe(served().analytics.subscriber, served().analytics.handleEvent, {
      aroundBatch: served().analytics.aroundEventBatch,
    })
  })

  it('counts the declared guests as the declarations table does', async () => {
    const [direct] = await db().query<{ n: number; domestic: number }>(
      `SELECT count(*)::int AS n, (count(*) FILTER (WHERE guest_kind = 'citizen'))::int AS domestic
         FROM stay_declarations`,
    )
    const d = await tourism()
    assert.equal(figure(d, 'summary', 'arrivals'), direct!.n)
    assert.equal(figure(d, 'summary', 'domestic'), direct!.domestic)
    assert.equal(figure(d, 'summary', 'capacity'), 20)
  })

  it('reads the same on the database as in the copy, chart by chart', async () => {
    // Before any event made up by the tests below, which the tables do not hold.
    await mirrorCopyInto(db(), 'analytics_mirror')
    const copy = await served().analytics.current()
    const unit = copy.reference.units.describe(commune)!
    const snapshots: SnapshotFilter[] = [
      { communes: null, unit: null, structure: '2025', asOf: today },
      { communes: [commune], unit, structure: '2024', asOf: '2024-06-30' },
    ]
    const periods: PeriodFilter[] = [
      { communes: null, unit: null, structure: '2025', from, to: today, granularity: 'day' },
      {
        communes: [commune],
        unit,
        structure: '2024',
        from: addDays(today, -90),
        to: today,
        granularity: 'month',
      },
    ]
    const onCopy = { run: (sql: string) => copy.query(sql), reference: copy.reference }
    await db().bulk(async (session) => {
      await session.query('SET LOCAL search_path TO analytics_mirror')
      const onDatabase = {
        run: (sql: string) => session.query<Row>(sql),
        reference: copy.reference,
      }
      const compare = async <F>(spec: DashboardSpec<F>, cases: F[]): Promise<void> => {
        for (const filter of cases)
          for (const chart of spec.charts) {
            const mine = await computeChart(chart, filter, onCopy)
            const theirs = await computeChart(chart, filter, onDatabase)
            const where = `${spec.id}/${chart.id} ${JSON.stringify(filter)}`
            assert.deepEqual(theirs.rows, mine.rows, where)
          }
      }
      for (const entry of Object.values(DASHBOARDS)) {
        if (entry.filters === 'snapshot') await compare(entry.spec, snapshots)
        else await compare(entry.spec, periods)
      }
    })
  })

  it('counts the whole province from its tallies as from its communes one by one, any day', async () => {
    const copy = await served().analytics.current()
    const ctx = { run: (sql: string) => copy.query(sql), reference: copy.reference }
    const every = copy.reference.units.communes.map((c) => c.code)
    // The area (and so the density) is known for the province, not for a list of communes.
    const counted = (rows: readonly object[]): object[] =>
      rows.map((row) => {
        const { areaKm2: _area, density: _density, ...rest } = row as Record<string, unknown>
        return rest
      })
    const compare = async <F>(spec: DashboardSpec<F>, province: F, communes: F): Promise<void> => {
      for (const chart of spec.charts) {
        const tallied = await computeChart(chart, province, ctx)
        const oneByOne = await computeChart(chart, communes, ctx)
        const where = `${spec.id}/${chart.id} ${JSON.stringify(province)}`
        assert.deepEqual(counted(tallied.rows), counted(oneByOne.rows), where)
      }
    }
    for (const structure of ['2025', '2024'] as const)
      for (const entry of Object.values(DASHBOARDS))
        if (entry.filters === 'snapshot')
          for (const asOf of [today, '2025-03-01', '2024-02-29', '1990-06-30']) {
            const province: SnapshotFilter = { communes: null, unit: null, structure, asOf }
            await compare(entry.spec, province, { ...province, communes: every })
          }
        else {
          const province: PeriodFilter = {
            communes: null,
            unit: null,
            structure,
            from: '2016-01-01',
            to: today,
            granularity: 'month',
          }
          await compare(entry.spec, province, { ...province, communes: every })
        }
  })

  it('shows a new declaration once its event is delivered, once', async () => {
    const before = figure(await tourism(), 'summary', 'arrivals')
    await dispatcher.deliverAll()
    await declareResidents(db(), hotel, { count: 2, arrivalAt: new Date(), offset: 3 })
    assert.equal(figure(await tourism(), 'summary', 'arrivals'), before, 'not before delivery')
    await dispatcher.deliverAll()
    const after = await tourism()
    assert.equal(figure(after, 'summary', 'arrivals'), before + 2)
    const [latest] = await db().query<{ id: number }>(
      "SELECT max(id)::int AS id FROM outbox_events WHERE event_type = 'stays.declared'",
    )
    const [row] = await db().query<{
      id: number
      tx_id: number
      aggregate_type: string
      aggregate_id: string
      event_type: string
      payload: Record<string, unknown>
      occurred_at: string | Date
    }>('SELECT * FROM outbox_events WHERE id = $1', [latest!.id])
    const redelivered: OutboxEvent = {
      id: row!.id,
      txId: row!.tx_id,
      aggregateType: row!.aggregate_type,
      aggregateId: row!.aggregate_id,
      eventType: row!.event_type,
      payload: row!.payload,
      occurredAt: new Date(row!.occurred_at).toISOString(),
    }
    await served().analytics.handleEvent(redelivered)
    assert.equal(
      figure(await tourism(), 'summary', 'arrivals'),
      before + 2,
      'at least once, counted once',
    )
  })

  it('applies a later change and ignores an older event delivered after it', async () => {
    // A stay declared after the copy was built: its events are the copy's to apply.
    const [stay] = await db().query<{ payload: Record<string, unknown>; id: number }>(
      `SELECT payload, id FROM outbox_events WHERE event_type = 'stays.declared'
        ORDER BY id DESC LIMIT 1`,
    )
    const arrival = new Date(String(stay!.payload.arrivalAt))
    const departedAt = new Date(arrival.getTime() + 2 * 86_400_000).toISOString()
    await db().db.transaction((tx) =>
      recordEvent(tx, {
        aggregateType: 'stay',
        aggregateId: String(stay!.payload.declarationId),
        eventType: 'stays.checked_out',
        payload: { ...stay!.payload, departedAt },
      }),
    )
    const open = (d: Dashboard) => figure(d, 'nights', 'stays', (r) => r.nights === 'open')
    const before = await tourism()
    await dispatcher.deliverAll()
    const after = await tourism()
    assert.equal(open(after), open(before) - 1)
    assert.equal(
      figure(after, 'nights', 'stays', (r) => r.nights === '2'),
      figure(before, 'nights', 'stays', (r) => r.nights === '2') + 1,
    )
    const [declared] = await db().query<{ tx_id: number; occurred_at: string | Date }>(
      'SELECT tx_id, occurred_at FROM outbox_events WHERE id = $1',
      [stay!.id],
    )
    await served().analytics.handleEvent({
      id: stay!.id,
      txId: declared!.tx_id,
      aggregateType: 'stay',
      aggregateId: String(stay!.payload.declarationId),
      eventType: 'stays.declared',
      payload: stay!.payload,
      occurredAt: new Date(declared!.occurred_at).toISOString(),
    })
    assert.equal(open(await tourism()), open(after), 'the older event changes nothing')
  })

  it('counts watch-list alerts from their events', async () => {
    const alerts = async () => {
      const response = await served().app.inject({
        method: 'GET',
        url: `/api/v1/analytics/public-order?from=${from}&to=${today}`,
        headers: { cookie: analyst.cookie },
      })
      return figure(response.json<Dashboard>(), 'summary', 'alerts')
    }
    const before = await alerts()
    await db().db.transaction((tx) =>
      recordEvent(tx, {
        aggregateType: 'watch_alert',
        aggregateId: '00000000-0000-4000-8000-000000000001',
        eventType: 'stays.watch_alert',
        payload: { alertId: '00000000-0000-4000-8000-000000000001', communeCode: commune },
      }),
    )
    await dispatcher.deliverAll()
    assert.equal(await alerts(), before + 1)
  })
})
