import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import ExcelJS from 'exceljs'
import {
  enrol,
  type Actor,
  describeOnEngines,
  refusalOf,
  assertRefusal,
  TODAY,
} from '../../../test/kit/index.js'
import { vietnamDate } from '../../platform/time/vietnam.js'
import { digitalCitizenCoverage, seedPopulation } from '../population/index.js'
import { useAnalyticsApp } from './analytics.test-support.js'
import { agedAtLeast, presentOn } from './charts.js'
import { THRESHOLD } from './suppression.js'
import {
  linearAttack,
  protectedRange,
  subtractionAttack,
  type ReaderLink,
} from './suppression.test-support.js'

interface Cell {
  value: number | null
  suppressed: boolean
}
interface OpenTable {
  id: string
  columns: { key: string }[]
  rows: { code: string; cells: Cell[]; total: Cell }[]
  totals: { cells: Cell[]; total: Cell }
}
interface Chart {
  id: string
  rows: Record<string, string | number | boolean | null>[]
}
interface Dashboard {
  filters: { communes: string[] | null }
  charts: Chart[]
}
const chart = (dashboard: Dashboard, id: string): Chart => {
  const found = dashboard.charts.find((c) => c.id === id)
  if (!found) throw new Error(`no chart ${id}`)
  return found
}

describeOnEngines('analytics: the copy, the dashboards and who sees them', (db) => {
  const served = useAnalyticsApp(db)
  const today = vietnamDate()
  let analyst: Actor
  let communeAnalyst: Actor
  let committee: Actor
  let officer: Actor
  let commune: string
  let otherCommune: string

  const get = (actor: Actor | undefined, url: string) =>
    served().app.inject({
      method: 'GET',
      url,
      headers: actor ? { cookie: actor.cookie } : {},
    })

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 5, today: TODAY })
    const [a, b] = await db().query<{ code: string }>(
      `SELECT commune_code AS code FROM residents GROUP BY 1 ORDER BY count(*) DESC LIMIT 2`,
    )
    commune = a!.code
    otherCommune = b!.code
    const { app } = served()
    analyst = await enrol(app, db(), { role: 'analyst', unitCodes: ['75'] })
    committee = await enrol(app, db(), { role: 'committeeMember', unitCodes: ['75'] })
    communeAnalyst = await enrol(app, db(), { role: 'analyst', unitCodes: [commune] })
    officer = await enrol(app, db(), { role: 'communeOfficer', unitCodes: [commune] })
  })

  it('answers 503 until the copy exists, for dashboards and open data alike', async () => {
    const dashboard = await get(analyst, '/api/v1/analytics/population')
    assertRefusal(dashboard, { status: 503, code: 'ANALYTICS_NOT_READY' })
    const open = await get(undefined, '/api/v1/analytics/open-data/households-by-commune-size')
    assert.equal(open.statusCode, 503)
    const status = await get(analyst, '/api/v1/analytics/status')
    assert.equal(status.json<{ ready: boolean }>().ready, false)
  })

  it('builds the copy without names or numbers and then serves it', async () => {
    const summary = await served().analytics.rebuild()
    const [registered] = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM residents')
    assert.equal(summary.residents, registered!.n)
    const status = await get(analyst, '/api/v1/analytics/status')
    assert.equal(status.json<{ ready: boolean }>().ready, true)
  })

  it('counts the residents of a commune by sex as the registry does', async () => {
    const response = await get(analyst, `/api/v1/analytics/population?unit=${commune}`)
    assert.equal(response.statusCode, 200)
    const [row] = chart(response.json<Dashboard>(), 'summary').rows
    const [direct] = await db().query<{
      total: number
      male: number
      female: number
      households: number
    }>(
      `SELECT count(*)::int AS total, (count(*) FILTER (WHERE sex = 'M'))::int AS male,
              (count(*) FILTER (WHERE sex = 'F'))::int AS female,
              count(DISTINCT household_id)::int AS households
         FROM residents WHERE status = 'resident' AND commune_code = $1`,
      [commune],
    )
    assert.ok(direct!.total > 0)
    assert.equal(row!.population, direct!.total)
    assert.equal(row!.male, direct!.male)
    assert.equal(row!.female, direct!.female)
    assert.equal(row!.households, direct!.households)
  })

  it('draws the age pyramid the registry gives', async () => {
    const response = await get(
      analyst,
      `/api/v1/analytics/population?unit=${commune}&asOf=${today}`,
    )
    const pyramid = chart(response.json<Dashboard>(), 'age-pyramid').rows
    const direct = await db().query<{ band: number; sex: string; n: number }>(
      `SELECT least(floor(extract(year FROM age($2::date, birth_date)) / 5), 20)::int AS band,
              sex, count(*)::int AS n
         FROM residents WHERE status = 'resident' AND commune_code = $1 GROUP BY 1, 2`,
      [commune, today],
    )
    for (const [band, row] of pyramid.entries()) {
      const of = (sex: string) => direct.find((d) => d.band === band && d.sex === sex)?.n ?? 0
      assert.equal(row.male, of('M'), `male ${row.ageBand}`)
      assert.equal(row.female, of('F'), `female ${row.ageBand}`)
    }
    assert.equal(pyramid.length, 21)
  })

  it("agrees with the population module's own model-23 coverage, commune by commune", async () => {
    const response = await get(analyst, `/api/v1/analytics/digital-citizens?asOf=${today}`)
    const byUnit = chart(response.json<Dashboard>(), 'by-unit').rows
    const coverage = await digitalCitizenCoverage(db().db, { asOf: today })
    assert.equal(byUnit.length, coverage.length)
    for (const unit of coverage) {
      const row = byUnit.find((r) => r.unit === unit.communeCode)
      assert.ok(row, unit.communeCode)
      assert.equal(row.eligible, unit.eligible)
      assert.equal(row.eidLevel2, unit.eidLevel2)
      assert.equal(row.paymentAccount, unit.paymentAccount)
      assert.equal(row.digitalSignature, unit.digitalSignature)
    }
    const behind = chart(response.json<Dashboard>(), 'furthest-behind').rows
    assert.equal(behind.length, Math.min(10, coverage.length))
  })

  it('counts the labour force as the registry does', async () => {
    const response = await get(committee, `/api/v1/analytics/labour?asOf=${today}`)
    assert.equal(response.statusCode, 200)
    const [row] = chart(response.json<Dashboard>(), 'summary').rows
    const [direct] = await db().query<{ employed: number; unemployed: number }>(
      `SELECT (count(*) FILTER (WHERE labour_status = 'employed'))::int AS employed,
              (count(*) FILTER (WHERE labour_status = 'unemployed'))::int AS unemployed
         FROM residents
        WHERE status = 'resident' AND extract(year FROM age($1::date, birth_date)) >= 15`,
      [today],
    )
    assert.equal(row!.employed, direct!.employed)
    assert.equal(row!.unemployed, direct!.unemployed)
  })

  it('groups communes into former districts for the 2024 structure', async () => {
    const now = await get(analyst, '/api/v1/analytics/population?structure=2025')
    const then = await get(analyst, '/api/v1/analytics/population?structure=2024')
    const total = (d: Dashboard) =>
      chart(d, 'by-unit').rows.reduce((sum, r) => sum + Number(r.population), 0)
    assert.equal(total(now.json<Dashboard>()), total(then.json<Dashboard>()))
    const districts = chart(then.json<Dashboard>(), 'by-unit').rows
    assert.ok(districts.every((r) => /^[0-9]{3}$/.test(String(r.unit))))
  })

  it('keeps a commune-bound analyst inside their commune', async () => {
    const own = await get(communeAnalyst, '/api/v1/analytics/population')
    assert.equal(own.statusCode, 200)
    assert.deepEqual(own.json<Dashboard>().filters.communes, [commune])
    for (const unit of [otherCommune, '75']) {
      const refused = await get(communeAnalyst, `/api/v1/analytics/labour?unit=${unit}`)
      assert.equal(refused.statusCode, 403)
      assert.equal(refusalOf(refused).code, 'AUTH_OUTSIDE_JURISDICTION')
    }
    const province = await get(committee, `/api/v1/analytics/labour?unit=${otherCommune}`)
    assert.equal(province.statusCode, 200)
  })

  it('refuses roles without the permission and callers without a session', async () => {
    const forbidden = await get(officer, '/api/v1/analytics/population')
    assertRefusal(forbidden, { status: 403, code: 'AUTH_FORBIDDEN' })
    assert.equal((await get(undefined, '/api/v1/analytics/tourism')).statusCode, 401)
    const unknown = await get(analyst, '/api/v1/analytics/population?unit=99999')
    assert.equal(unknown.statusCode, 404)
  })

  it('gives the same figures after a second rebuild', async () => {
    const before = (
      await get(analyst, `/api/v1/analytics/population?asOf=${today}`)
    ).json<Dashboard>()
    await served().analytics.rebuild()
    const after = (
      await get(analyst, `/api/v1/analytics/population?asOf=${today}`)
    ).json<Dashboard>()
    assert.deepEqual(after.charts, before.charts)
  })

  it("exports a chart's data as CSV and a dashboard as a workbook", async () => {
    const csv = await get(
      analyst,
      '/api/v1/analytics/population/export?format=csv&chart=age-pyramid',
    )
    assert.equal(csv.statusCode, 200)
    assert.match(String(csv.headers['content-type']), /text\/csv/)
    const lines = csv.body.replace('\uFEFF', '').trim().split('\r\n')
    assert.equal(lines[0], 'Nhóm tuổi (mã),Nhóm tuổi,Nam,Nữ,Tỷ số giới tính')
    assert.equal(lines.length, 22)
    const xlsx = await get(analyst, '/api/v1/analytics/labour/export?format=xlsx&lang=en')
    assert.equal(xlsx.statusCode, 200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
    assert.deepEqual(
      workbook.worksheets.map((w) => w.name),
      ['summary', 'by-age-group', 'urban-rural', 'status', 'sector', 'occupation', 'by-unit'],
    )
    const needsChart = await get(analyst, '/api/v1/analytics/labour/export?format=csv')
    assert.equal(needsChart.statusCode, 422)
  })

  it('publishes open data to anyone, no cell below 10, none recoverable from the totals', async () => {
    const catalogue = await get(undefined, '/api/v1/analytics/open-data')
    assert.equal(catalogue.statusCode, 200)
    const datasets = catalogue.json<{ datasets: { id: string; json: string; csv: string }[] }>()
    assert.equal(datasets.datasets.length, 4)
    for (const dataset of datasets.datasets) {
      const response = await get(undefined, dataset.json)
      assert.equal(response.statusCode, 200, dataset.id)
      const table = response.json<OpenTable>()
      const grid = [...table.rows, table.totals].map((r) =>
        [...r.cells, r.total].map((c) => (c.suppressed ? null : c.value)),
      )
      for (const value of grid.flat())
        assert.ok(value === null || value >= THRESHOLD, `${dataset.id}: ${value}`)
      assert.equal(subtractionAttack(grid).size, 0, dataset.id)
      const csv = await get(undefined, dataset.csv)
      assert.equal(csv.statusCode, 200)
      const lines = csv.body.trim().split('\r\n')
      assert.equal(lines.length, 1 + (table.rows.length + 1) * (table.columns.length + 1))
    }
    const population = (
      await get(undefined, '/api/v1/analytics/open-data/population-by-commune-sex-age')
    ).json<OpenTable>()
    const [living] = await db().query<{ n: number }>(
      "SELECT count(*)::int AS n FROM residents WHERE status = 'resident'",
    )
    assert.equal(population.totals.total.value, living!.n, 'totals are the true sums')
  })

  it('publishes open data from which no linear program over all tables recovers a cell', async () => {
    const catalogue = await get(undefined, '/api/v1/analytics/open-data')
    const { datasets } = catalogue.json<{ datasets: { id: string; json: string }[] }>()
    const tables = await Promise.all(
      datasets.map(async (d) => (await get(undefined, d.json)).json<OpenTable>()),
    )
    const grid = (table: OpenTable) =>
      [...table.rows, table.totals].map((r) =>
        [...r.cells, r.total].map((c) => (c.suppressed ? null : c.value)),
      )
    // The shared margin: residents aged 15+ by activity are the sex × age cells from 15 up,
    // less those the registry still calls children (given to the reader, to be safe).
    const people = tables.find((t) => t.id === 'population-by-commune-sex-age')!
    const labour = tables.find((t) => t.id === 'labour-by-commune-status')!
    const adult = people.columns.flatMap((c, j) =>
      Number.parseInt(c.key.split('_')[1]!, 10) >= 15 ? [j] : [],
    )
    const copy = await served().analytics.current()
    const children = new Map(
      (
        await copy.query(
          `SELECT commune_code AS code, count(*) AS n FROM residents
            WHERE ${presentOn(today)} AND ${agedAtLeast(today, 15)} AND labour_status = 'child'
            GROUP BY 1`,
        )
      ).map((r) => [String(r.code), Number(r.n)]),
    )
    const links: ReaderLink[] = [...people.rows.map((r) => r.code), 'total'].map((code, i) => ({
      terms: [
        { table: labour.id, at: [i, labour.columns.length], coefficient: 1 },
        ...adult.map((j) => ({
          table: people.id,
          at: [i, j] as [number, number],
          coefficient: -1,
        })),
      ],
      value:
        code === 'total'
          ? -[...children.values()].reduce((a, b) => a + b, 0)
          : -(children.get(code) ?? 0),
    }))
    const ranges = linearAttack(
      tables.map((t) => ({ name: t.id, grid: grid(t) })),
      links,
      protectedRange,
    )
    assert.ok(ranges.size > 0)
    const exposed = [...ranges].filter(([, [min, max]]) => !protectedRange(min, max))
    assert.deepEqual(exposed, [], 'withheld cells a reader bounds too closely: [min, max]')
  })

  it('withholds small counts of ethnicity and religion from staff without the need, exports too', async () => {
    // A commune with the most small ethnic groups.
    const [small] = await db().query<{ code: string }>(
      `SELECT commune_code AS code FROM
         (SELECT commune_code, ethnicity_code, count(*) AS n FROM residents
           WHERE status = 'resident' GROUP BY 1, 2) e
        WHERE n < ${THRESHOLD} GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    )
    const commune = small!.code
    const groups = async (actor: Actor, unit: string) =>
      (
        await get(actor, `/api/v1/analytics/population?asOf=${today}&unit=${unit}`)
      ).json<Dashboard>()
    for (const id of ['ethnicity', 'religion']) {
      // The statistics officer's duty needs the small counts (roles.ts).
      const full = chart(await groups(analyst, commune), id).rows
      assert.ok(
        full.some((r) => Number(r.people) < THRESHOLD),
        `${id}: a small group to withhold`,
      )
      const total = full.reduce((sum, r) => sum + Number(r.people), 0)
      for (const unit of [commune, '75']) {
        const rows = chart(await groups(committee, unit), id).rows
        const shown = rows.filter((r) => r.people !== null)
        const withheld = rows.filter((r) => r.people === null)
        for (const r of shown)
          assert.ok(Number(r.people) >= THRESHOLD, `${id} ${unit}: ${r.people}`)
        assert.ok(withheld.every((r) => r.withheld === true && r.percent === null))
        if (unit !== commune || withheld.length === 0) continue
        // The commune's population is public: what is withheld adds up to at least the threshold.
        const rest = total - shown.reduce((sum, r) => sum + Number(r.people), 0)
        assert.ok(withheld.length >= 2 && rest >= THRESHOLD, `${id}: ${withheld.length}, ${rest}`)
      }
      const csv = await get(
        committee,
        `/api/v1/analytics/population/export?format=csv&chart=${id}&unit=${commune}&asOf=${today}`,
      )
      assert.equal(csv.statusCode, 200)
      const lines = csv.body.replace('\uFEFF', '').trim().split('\r\n')
      const counts = lines.slice(1).map((l) => l.split(',').at(-2))
      if (id === 'ethnicity') assert.ok(counts.includes('—'), 'the export marks withheld counts')
      for (const n of counts.filter((c) => /^[0-9]+$/.test(c ?? '')))
        assert.ok(Number(n) >= THRESHOLD, `${id} export: ${n}`)
    }
  })
})
