import {
  ageOn,
  count,
  dateSql,
  dimension,
  inArea,
  label,
  measure,
  movementsIn,
  num,
  percent,
  sexRatio,
  tallied,
  unitColumn,
  unitLabels,
  wholeProvince,
  type ChartSpec,
  type DashboardSpec,
  type Reference,
  type SnapshotFilter,
} from './charts.js'
import { tallyOn } from './tallies.js'
import { bandLabels } from './labels.js'
import {
  firstTrendYear,
  householdCount,
  living,
  trendYears,
  yearsBefore,
} from './population-common.js'
import { populationGroupCharts } from './population.groups.charts.js'

/** Model 37: the population of the province or a unit on a day, in either structure. */

const AGE_BANDS = Array.from({ length: 21 }, (_, i) =>
  i === 20 ? '100+' : `${i * 5}-${i * 5 + 4}`,
)

/** The area of what the filter covers, when known: the province, or a former district. */
function areaOf(f: SnapshotFilter, reference: Reference): number | undefined {
  if (f.communes === null) {
    const [province] = reference.units.provinceCodes
    return province ? reference.areas.get(province) : undefined
  }
  return f.unit && f.unit.level !== 'commune' ? reference.areas.get(f.unit.code) : undefined
}

const NO_DENSITY = label(
  'Không có ranh giới của các xã, phường hiện nay: mật độ chỉ tính cho toàn tỉnh và các huyện cũ (cơ cấu 2024, diện tích tính từ bản đồ, không chính thức)',
  'No boundaries exist for the current communes: density is given for the province and the former districts (2024 structure, areas computed from the maps, not official)',
)

const summary: ChartSpec<SnapshotFilter> = {
  id: 'summary',
  title: label('Tổng quan dân số', 'Population at a glance'),
  kind: 'kpi',
  columns: [
    measure('population', 'Dân số', 'Population', 'people'),
    measure('male', 'Nam', 'Male', 'people'),
    measure('female', 'Nữ', 'Female', 'people'),
    measure(
      'sexRatio',
      'Tỷ số giới tính (nam/100 nữ)',
      'Sex ratio (males per 100 females)',
      'ratio',
    ),
    measure('households', 'Số hộ', 'Households', 'households'),
    measure('migrants', 'Người nhập cư từ tỉnh khác', 'Migrants from other provinces', 'people'),
    measure('migrantsPercent', 'Tỷ lệ nhập cư', 'Share of migrants', 'percent'),
    measure('areaKm2', 'Diện tích', 'Area', 'km2'),
    measure('density', 'Mật độ dân số', 'Population density', 'per_km2'),
  ],
  async compute(f, { run, reference }) {
    const [row = {}] = await run(
      wholeProvince(f)
        ? `SELECT p.population, p.male, p.female, ${householdCount(f)} AS households, m.migrants
             FROM (SELECT ${tallied()} AS population, ${tallied("sex = 'M'")} AS male,
                          ${tallied("sex = 'F'")} AS female
                     FROM ${tallyOn('people', f.asOf)} people) p
            CROSS JOIN (SELECT ${tallied()} AS migrants FROM ${tallyOn('migrants', f.asOf)} m) m`
        : `SELECT ${count()} AS population, ${count("sex = 'M'")} AS male, ${count("sex = 'F'")} AS female,
                  CAST(count(DISTINCT household_id) AS INTEGER) AS households,
                  ${count('moved_from IS NOT NULL')} AS migrants
             FROM residents WHERE ${living(f)}`,
    )
    const area = areaOf(f, reference)
    return {
      rows: [
        {
          ...row,
          sexRatio: sexRatio(row.male, row.female),
          migrantsPercent: percent(row.migrants, row.population),
          areaKm2: area ?? null,
          density: area ? Math.round((10 * num(row.population)) / area) / 10 : null,
        },
      ],
      note: area ? null : NO_DENSITY,
    }
  },
}

const byUnit: ChartSpec<SnapshotFilter> = {
  id: 'by-unit',
  title: label('Dân số theo đơn vị hành chính', 'Population by administrative unit'),
  kind: 'table',
  columns: [
    dimension('unit', 'Đơn vị', 'Unit'),
    measure('population', 'Dân số', 'Population', 'people'),
    measure('populationYearBefore', 'Dân số một năm trước', 'Population a year before', 'people'),
    measure('growthPercent', 'Tăng trong 12 tháng', 'Growth over 12 months', 'percent'),
    measure('male', 'Nam', 'Male', 'people'),
    measure('female', 'Nữ', 'Female', 'people'),
    measure('sexRatio', 'Tỷ số giới tính', 'Sex ratio', 'ratio'),
    measure('households', 'Số hộ', 'Households', 'households'),
    measure('areaKm2', 'Diện tích', 'Area', 'km2'),
    measure('density', 'Mật độ', 'Density', 'per_km2'),
  ],
  async compute(f, { run, reference }) {
    // Residents now and a year before, and households now, each from its tally, by unit.
    const inUnits = (tally: string): string =>
      `${tally} t JOIN communes c ON c.code = t.commune_code`
    const where = inArea(f)
    const sum = (column: string): string => `CAST(sum(${column}) AS INTEGER) AS ${column}`
    const rows = await run(
      `SELECT unit, ${sum('population')}, ${sum('population_year_before')}, ${sum('male')},
              ${sum('female')}, ${sum('households')}
         FROM (SELECT ${unitColumn(f)} AS unit, n AS population, 0 AS population_year_before,
                      CASE WHEN sex = 'M' THEN n ELSE 0 END AS male,
                      CASE WHEN sex = 'F' THEN n ELSE 0 END AS female, 0 AS households
                 FROM ${inUnits(tallyOn('units', f.asOf, where))}
               UNION ALL
               SELECT ${unitColumn(f)}, 0, n, 0, 0, 0
                 FROM ${inUnits(tallyOn('units', yearsBefore(f.asOf, 1), where))}
               UNION ALL
               SELECT ${unitColumn(f)}, 0, 0, 0, 0, n
                 FROM ${inUnits(tallyOn('households', f.asOf, where))}
               UNION ALL
               SELECT ${unitColumn(f)}, 0, 0, 0, 0, count(DISTINCT household_id)
                 FROM households_split s JOIN communes c ON c.code = s.commune_code
                WHERE ${living(f)} GROUP BY 1) by_unit
        GROUP BY unit HAVING sum(population) <> 0 OR sum(population_year_before) <> 0
        ORDER BY 1`,
    )
    const withRates = rows.map((row) => {
      const area = reference.areas.get(String(row.unit))
      return {
        unit: row.unit ?? null,
        population: row.population ?? 0,
        populationYearBefore: row.population_year_before ?? 0,
        growthPercent: percent(
          num(row.population) - num(row.population_year_before),
          row.population_year_before,
        ),
        male: row.male ?? 0,
        female: row.female ?? 0,
        sexRatio: sexRatio(row.male, row.female),
        households: row.households ?? 0,
        areaKm2: area ?? null,
        density: area ? Math.round((10 * num(row.population)) / area) / 10 : null,
      }
    })
    return {
      rows: withRates,
      labels: { unit: unitLabels(withRates, reference) },
      note: withRates.some((r) => r.areaKm2 === null) ? NO_DENSITY : null,
    }
  },
}

const growth: ChartSpec<SnapshotFilter> = {
  id: 'growth',
  title: label('Biến động dân số theo năm', 'Population change by year'),
  kind: 'line',
  columns: [
    dimension('year', 'Năm', 'Year'),
    measure('population', 'Dân số cuối năm', 'Population at year end', 'people'),
    measure('born', 'Sinh', 'Births', 'events'),
    measure('movedIn', 'Chuyển đến', 'Moved in', 'events'),
    measure('movedOut', 'Chuyển đi', 'Moved out', 'events'),
    measure('deceased', 'Chết', 'Deaths', 'events'),
    measure('net', 'Tăng (giảm) thuần', 'Net change', 'people'),
  ],
  async compute(f, { run }) {
    const start = dateSql(`${firstTrendYear(f)}-01-01`)
    const asOf = dateSql(f.asOf)
    const stock = await run(
      wholeProvince(f)
        ? `SELECT CASE WHEN day IS NULL OR day < ${start} THEN 0
                       ELSE CAST(extract(year FROM day) AS INTEGER) END AS year,
                  CAST(sum(entered) AS INTEGER) AS entered, CAST(sum(exited) AS INTEGER) AS exited
             FROM resident_flows WHERE day IS NULL OR day <= ${asOf} GROUP BY 1`
        : `SELECT year, CAST(sum(entered) AS INTEGER) AS entered, CAST(sum(exited) AS INTEGER) AS exited
         FROM (SELECT CASE WHEN entered_on IS NULL OR entered_on < ${start} THEN 0
                           ELSE CAST(extract(year FROM entered_on) AS INTEGER) END AS year,
                      1 AS entered, 0 AS exited
                 FROM residents WHERE ${inArea(f)} AND (entered_on IS NULL OR entered_on <= ${asOf})
               UNION ALL
               SELECT CASE WHEN left_on < ${start} THEN 0
                           ELSE CAST(extract(year FROM left_on) AS INTEGER) END, 0, 1
                 FROM residents WHERE ${inArea(f)} AND left_on <= ${asOf}) flows
        GROUP BY year`,
    )
    const moved = movementsIn(f)
    const flows = await run(
      `SELECT CAST(extract(year FROM occurred_on) AS INTEGER) AS year, ${moved.counts}
         FROM ${moved.from} AND occurred_on >= ${start} AND occurred_on <= ${asOf}
        GROUP BY 1`,
    )
    const netOf = new Map(stock.map((r) => [num(r.year), num(r.entered) - num(r.exited)]))
    const flowOf = new Map(flows.map((r) => [num(r.year), r]))
    let population = netOf.get(0) ?? 0
    const rows = trendYears(f).map((year) => {
      const net = netOf.get(year) ?? 0
      population += net
      const flow = flowOf.get(year) ?? {}
      return {
        year: String(year),
        population,
        born: flow.born ?? 0,
        movedIn: flow.moved_in ?? 0,
        movedOut: flow.moved_out ?? 0,
        deceased: flow.deceased ?? 0,
        net,
      }
    })
    return {
      rows,
      note: label(
        `Năm ${f.asOf.slice(0, 4)} tính đến ngày ${f.asOf}`,
        `${f.asOf.slice(0, 4)} up to ${f.asOf}`,
      ),
    }
  },
}

const agePyramid: ChartSpec<SnapshotFilter> = {
  id: 'age-pyramid',
  title: label('Tháp dân số (nhóm 5 tuổi)', 'Age pyramid (5-year bands)'),
  kind: 'pyramid',
  columns: [
    dimension('ageBand', 'Nhóm tuổi', 'Age band'),
    measure('male', 'Nam', 'Male', 'people'),
    measure('female', 'Nữ', 'Female', 'people'),
    measure('sexRatio', 'Tỷ số giới tính', 'Sex ratio', 'ratio'),
  ],
  async compute(f, { run }) {
    const rows = await run(
      wholeProvince(f)
        ? `SELECT age_class AS band, ${tallied("sex = 'M'")} AS male, ${tallied("sex = 'F'")} AS female
             FROM ${tallyOn('people', f.asOf)} people GROUP BY 1`
        : `SELECT CAST(least(floor(age / 5), 20) AS INTEGER) AS band,
                  ${count("sex = 'M'")} AS male, ${count("sex = 'F'")} AS female
             FROM (SELECT sex, ${ageOn(f.asOf)} AS age FROM residents WHERE ${living(f)}) people
            GROUP BY 1`,
    )
    const byBand = new Map(rows.map((r) => [num(r.band), r]))
    return {
      rows: AGE_BANDS.map((ageBand, band) => {
        const row = byBand.get(band) ?? {}
        return {
          ageBand,
          male: row.male ?? 0,
          female: row.female ?? 0,
          sexRatio: sexRatio(row.male, row.female),
        }
      }),
      labels: { ageBand: bandLabels(AGE_BANDS) },
    }
  },
}

export const populationDashboard: DashboardSpec<SnapshotFilter> = {
  id: 'population',
  title: label('Phân tích dân số', 'Population analysis'),
  charts: [summary, byUnit, growth, agePyramid, ...populationGroupCharts],
}
