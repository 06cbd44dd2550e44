import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import {
  Analytics,
  computeChart,
  DASHBOARDS,
  mirrorCopyInto,
  OUTBOX_POLL_MS,
  type ChartContext,
  type DashboardSpec,
  type PeriodFilter,
  type Reference,
  type SnapshotFilter,
} from '../src/modules/analytics/index.js'
import { createIdentityKeyRing, generateSigningKey } from '../src/modules/identity/index.js'
import {
  declareStays,
  ensureStaysReference,
  getEstablishment,
  type Establishment,
} from '../src/modules/stays/index.js'
import type { Database } from '../src/platform/db/database.js'
import { OutboxDispatcher } from '../src/platform/events/outbox.js'
import { vietnamDate } from '../src/platform/time/vietnam.js'
import { percentile, type BenchResult } from './report.js'

export const ANALYTICS_BENCHMARKS = [
  'analytics.rebuild',
  'analytics.query.p95',
  'analytics.freshness',
]

const COPY_ROUNDS = 5
const BASELINE_ROUNDS = 2
const GUESTS = 300
const MIRROR = 'analytics_bench'

const daysAgo = (days: number): string => vietnamDate(new Date(Date.now() - days * 86_400_000))

/** The filters a leader would use: the province, a commune, the old structure; 30 days, a year. */
function filterCases(reference: Reference, commune: string) {
  const unit = reference.units.describe(commune) ?? null
  const today = vietnamDate()
  const snapshots: SnapshotFilter[] = [
    { communes: null, unit: null, structure: '2025', asOf: today },
    { communes: null, unit: null, structure: '2024', asOf: today },
    { communes: [commune], unit, structure: '2025', asOf: today },
  ]
  const periods: PeriodFilter[] = [
    {
      communes: null,
      unit: null,
      structure: '2025',
      from: daysAgo(29),
      to: today,
      granularity: 'day',
    },
    {
      communes: null,
      unit: null,
      structure: '2024',
      from: daysAgo(364),
      to: today,
      granularity: 'month',
    },
    {
      communes: [commune],
      unit,
      structure: '2025',
      from: daysAgo(29),
      to: today,
      granularity: 'week',
    },
  ]
  return { snapshots, periods }
}

interface ChartTimes {
  /** Every query's latency in ms, sorted. */
  latencies: number[]
  /** The slowest charts (dashboard/chart#filter case) with their slowest round, as text. */
  slowest: string
}

/** Every chart of every dashboard under every filter case, `rounds` times. */
async function timeCharts(
  ctx: ChartContext,
  cases: ReturnType<typeof filterCases>,
  rounds: number,
): Promise<ChartTimes> {
  const latencies: number[] = []
  const worst = new Map<string, number>()
  const time = async <F>(spec: DashboardSpec<F>, filters: F[]): Promise<void> => {
    for (const [index, filter] of filters.entries())
      for (const chart of spec.charts) {
        const started = performance.now()
        await computeChart(chart, filter, ctx)
        const ms = performance.now() - started
        latencies.push(ms)
        const key = `${spec.id}/${chart.id}#${index}`
        worst.set(key, Math.max(ms, worst.get(key) ?? 0))
      }
  }
  for (let round = 0; round < rounds; round++)
    for (const entry of Object.values(DASHBOARDS)) {
      if (entry.filters === 'snapshot') await time(entry.spec, cases.snapshots)
      else await time(entry.spec, cases.periods)
    }
  const slowest = [...worst]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([chart, ms]) => `${chart} ${ms.toFixed(1)} ms`)
    .join(', ')
  return { latencies: latencies.sort((a, b) => a - b), slowest }
}

async function approvedHotel(database: Database, communeCode: string): Promise<Establishment> {
  await ensureStaysReference(database.db)
  const id = `BENCH-${randomUUID().slice(0, 8)}`
  await database.query(
    `INSERT INTO stay_establishments (id, name, type_code, address, commune_code, province_code,
       capacity, owner_account_id, status, decided_at)
     VALUES ($1, 'Khách sạn đo', 'hotel_3_star', 'Địa chỉ đo', $2, '75', $3, $4, 'approved', now())`,
    [id, communeCode, GUESTS * 2, randomUUID()],
  )
  return getEstablishment(database.db, id)
}

/** Declares registry residents through the stays module, in groups, arrivals spread over a month. */
async function declareGuests(
  database: Database,
  hotel: Establishment,
  people: { n: string; name: string; born: string }[],
  arrivalAt: (index: number) => Date,
): Promise<void> {
  const keys = createIdentityKeyRing({ privateJwks: [await generateSigningKey()] })
  for (const [index, p] of people.entries())
    await database.db.transaction((tx) =>
      declareStays(
        tx,
        {
          establishment: hotel,
          declarer: { accountId: 'bench', role: 'establishmentStaff' },
          now: new Date(),
          identity: { keys, issuer: 'http://localhost' },
        },
        {
          arrivalAt: arrivalAt(index).toISOString(),
          guests: [{ personalNumber: p.n, fullName: p.name, birthDate: p.born }],
        },
      ),
    )
}

async function guestsToDeclare(database: Database, count: number) {
  return database.query<{ n: string; name: string; born: string }>(
    `SELECT personal_number AS n, full_name AS name, birth_date AS born FROM residents
      WHERE status = 'resident' AND birth_date < '2000-01-01' ORDER BY personal_number LIMIT $1`,
    [count],
  )
}

/**
 * Seconds from a committed declaration (through the stays module's declareStays, which writes
 * 'stays.declared' in its transaction) to its appearance in the tourism figures, with the
 * dispatcher polling as main.ts has it.
 */
async function measureFreshness(
  database: Database,
  analytics: Analytics,
  hotel: Establishment,
  guest: { n: string; name: string; born: string },
): Promise<number> {
  const dispatcher = new OutboxDispatcher(database, { pollMs: OUTBOX_POLL_MS })
  dispatcher.subscribe(analytics.subscriber, analytics.handleEvent, {
    aroundBatch: analytics.aroundEventBatch,
  })
  // A new subscriber first walks the whole outbox; freshness is about the steady state after.
  await dispatcher.deliverAll()
  dispatcher.start()
  try {
    const today = vietnamDate()
    const arrivals = async (): Promise<number> => {
      const copy = await analytics.current()
      const summary = DASHBOARDS.tourism.spec.charts.find((c) => c.id === 'summary')!
      const chart = await computeChart(
        summary,
        {
          communes: null,
          unit: null,
          structure: '2025',
          from: today,
          to: today,
          granularity: 'day',
        },
        { run: (sql) => copy.query(sql), reference: copy.reference },
      )
      return Number(chart.rows[0]?.arrivals ?? 0)
    }
    const before = await arrivals()
    await declareGuests(database, hotel, [guest], () => new Date())
    const committed = performance.now()
    while ((await arrivals()) === before) {
      if (performance.now() - committed > 30_000) throw new Error('declaration never showed')
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    return (performance.now() - committed) / 1000
  } finally {
    await dispatcher.stop()
  }
}

/**
 * analytics.rebuild (seconds to build the copy from the loaded database), analytics.query.p95
 * (every chart of every dashboard on the copy, against the same statements on the database's
 * own tables built the same way) and analytics.freshness.
 */
export async function benchAnalytics(
  database: Database,
  wanted: (name: string) => boolean,
): Promise<BenchResult[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cds-bench-analytics-'))
  const analytics = new Analytics({ database, path: path.join(dir, 'copy.duckdb') })
  const results: BenchResult[] = []
  try {
    const [top] = await database.query<{ code: string }>(
      'SELECT commune_code AS code FROM residents GROUP BY 1 ORDER BY count(*) DESC LIMIT 1',
    )
    const commune = top!.code
    const hotel = await approvedHotel(database, commune)
    const people = await guestsToDeclare(database, GUESTS + 1)
    await declareGuests(
      database,
      hotel,
      people.slice(0, GUESTS),
      (i) => new Date(Date.now() - (i % 30) * 86_400_000),
    )
    const build = await analytics.rebuild()
    if (wanted('analytics.rebuild'))
      results.push({
        name: 'analytics.rebuild',
        value: build.seconds,
        unit: 's',
        extra: { engine: database.engine, residents: build.residents, stays: build.stays },
      })
    if (wanted('analytics.query.p95')) {
      const copy = await analytics.current()
      const cases = filterCases(copy.reference, commune)
      const onCopy = await timeCharts(
        { run: (sql) => copy.query(sql), reference: copy.reference },
        cases,
        COPY_ROUNDS,
      )
      // The 1-minute load average as the copy's queries end: other work slows them.
      const load = loadavg()[0]!
      await mirrorCopyInto(database, MIRROR)
      const onDatabase = await database.bulk(async (session) => {
        await session.query(`SET LOCAL search_path TO ${MIRROR}`)
        return timeCharts(
          { run: (sql) => session.query(sql), reference: copy.reference },
          cases,
          BASELINE_ROUNDS,
        )
      })
      await database.query(`DROP SCHEMA ${MIRROR} CASCADE`)
      const p95 = percentile(onCopy.latencies, 95)
      const baseline = percentile(onDatabase.latencies, 95)
      results.push({
        name: 'analytics.query.p95',
        value: p95,
        unit: 'ms',
        baseline,
        ratio: p95 / baseline,
        extra: {
          baselineEngine: database.engine,
          p50ms: percentile(onCopy.latencies, 50),
          maxMs: onCopy.latencies.at(-1) ?? 0,
          baselineP50ms: percentile(onDatabase.latencies, 50),
          chartQueries: onCopy.latencies.length / COPY_ROUNDS,
          goalMs: 100,
          slowest: onCopy.slowest,
          baselineSlowest: onDatabase.slowest,
          loadAverage: load,
        },
      })
    }
    if (wanted('analytics.freshness'))
      results.push({
        name: 'analytics.freshness',
        value: await measureFreshness(database, analytics, hotel, people[GUESTS]!),
        unit: 's',
        extra: { via: 'stays declareStays', pollMs: OUTBOX_POLL_MS, goalS: 5 },
      })
    return results
  } finally {
    await analytics.close()
    await rm(dir, { recursive: true, force: true })
  }
}
