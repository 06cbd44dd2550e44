import {
  count,
  dateSql,
  dimension,
  inArea,
  largestFirst,
  label,
  measure,
  num,
  percent,
  periodOf,
  vietnamDay,
  type ChartSpec,
  type DashboardSpec,
  type Label,
  type PeriodFilter,
} from './charts.js'
import type { Row } from './copy-store.js'
import { bandLabels, GUEST_KIND } from './labels.js'
import { addDays, daysBetween, fillPeriods, periodKeys } from './period.js'
import { siteCharts } from './sites.charts.js'

/**
 * Model 39: tourism seen through the accommodation declarations: guests who arrived in the
 * period (domestic, international by nationality, by kind of establishment and age), the nights
 * they stayed, and how full the establishments were (guest-nights over capacity-nights). Then the
 * gated sites' visits (sites.charts.ts).
 */
const TOP_NATIONALITIES = 20
const AGE_GROUPS = ['0-14', '15-24', '25-34', '35-44', '45-54', '55-64', '65+', 'unknown']
const NIGHT_BUCKETS = ['0', '1', '2', '3', '4-7', '8-14', '15+', 'open']

const ARRIVAL_DAY = vietnamDay('arrival_at')
const arrivedIn = (f: PeriodFilter): string =>
  `${ARRIVAL_DAY} BETWEEN ${dateSql(f.from)} AND ${dateSql(f.to)} AND ${inArea(f, 's.commune_code')}`
const GUEST_COUNTS = `${count()} AS arrivals, ${count("guest_kind = 'citizen'")} AS domestic,
  ${count("guest_kind = 'foreigner'")} AS international`

/** The day a stay ends or is expected to: the first night not stayed. */
const DEPARTURE_DAY = `coalesce(${vietnamDay('departed_at')}, ${vietnamDay('expected_departure_at')})`

/** Nights of each stay inside the period (a stay with no departure yet runs to its end). */
function nightsInPeriod(f: PeriodFilter): string {
  const start = dateSql(f.from)
  const end = dateSql(addDays(f.to, 1))
  return `greatest(0, CAST(least(coalesce(${DEPARTURE_DAY}, ${end}), ${end})
                      - greatest(${ARRIVAL_DAY}, ${start}) AS INTEGER))`
}

const overlapping = (f: PeriodFilter): string =>
  `${ARRIVAL_DAY} <= ${dateSql(f.to)}
   AND coalesce(${DEPARTURE_DAY}, ${dateSql(addDays(f.to, 1))}) > ${dateSql(f.from)}
   AND ${inArea(f, 's.commune_code')}`

const guests = (row: Row): Row => ({
  arrivals: row.arrivals ?? 0,
  domestic: row.domestic ?? 0,
  international: row.international ?? 0,
})
const GUEST_COLUMNS = [
  measure('arrivals', 'Lượt khách đến', 'Arrivals', 'guests'),
  measure('domestic', 'Khách trong nước', 'Domestic', 'guests'),
  measure('international', 'Khách quốc tế', 'International', 'guests'),
]

/**
 * Guest-nights in the period and the capacity of the approved establishments, by kind of
 * establishment (or all together).
 */
async function occupancyBy(f: PeriodFilter, run: (sql: string) => Promise<Row[]>, byType: boolean) {
  const nights = await run(
    `SELECT ${byType ? 's.establishment_type_code' : "'all'"} AS category, CAST(sum(${nightsInPeriod(f)}) AS INTEGER) AS guest_nights
       FROM stays s WHERE ${overlapping(f)} GROUP BY 1`,
  )
  const capacity = await run(
    `SELECT ${byType ? 'e.type_code' : "'all'"} AS category,
            ${count()} AS establishments, CAST(sum(capacity) AS INTEGER) AS capacity
       FROM establishments e
      WHERE e.status = 'approved' AND ${inArea(f, 'e.commune_code')} GROUP BY 1`,
  )
  const days = daysBetween(f.from, f.to) + 1
  const nightsOf = new Map(nights.map((r) => [String(r.category), num(r.guest_nights)]))
  return capacity.map((r) => {
    const guestNights = nightsOf.get(String(r.category)) ?? 0
    return {
      category: String(r.category),
      establishments: r.establishments ?? 0,
      capacity: r.capacity ?? 0,
      guestNights,
      occupancyPercent: percent(guestNights, num(r.capacity) * days),
    }
  })
}

const summary: ChartSpec<PeriodFilter> = {
  id: 'summary',
  title: label('Tổng quan du lịch qua lưu trú', 'Tourism through accommodation at a glance'),
  kind: 'kpi',
  columns: [
    ...GUEST_COLUMNS,
    measure('guestNights', 'Số đêm lưu trú trong kỳ', 'Guest-nights in the period', 'nights'),
    measure(
      'capacity',
      'Sức chứa (cơ sở đã duyệt)',
      'Capacity (approved establishments)',
      'capacity',
    ),
    measure('occupancyPercent', 'Công suất sử dụng', 'Occupancy', 'percent'),
  ],
  async compute(f, { run }) {
    const [row = {}] = await run(`SELECT ${GUEST_COUNTS} FROM stays s WHERE ${arrivedIn(f)}`)
    const [occupancy] = await occupancyBy(f, run, false)
    return {
      rows: [
        {
          ...guests(row),
          guestNights: occupancy?.guestNights ?? 0,
          capacity: occupancy?.capacity ?? 0,
          occupancyPercent: occupancy?.occupancyPercent ?? null,
        },
      ],
    }
  },
}

const arrivals: ChartSpec<PeriodFilter> = {
  id: 'arrivals',
  title: label('Khách đến theo thời gian', 'Arrivals over time'),
  kind: 'line',
  columns: [dimension('period', 'Kỳ (ngày đầu)', 'Period (first day)'), ...GUEST_COLUMNS],
  async compute(f, { run }) {
    const rows = await run(
      `SELECT ${periodOf(ARRIVAL_DAY, f.granularity)} AS period, ${GUEST_COUNTS}
         FROM stays s WHERE ${arrivedIn(f)} GROUP BY 1`,
    )
    return {
      rows: fillPeriods(rows, periodKeys(f.from, f.to, f.granularity), {
        arrivals: 'arrivals',
        domestic: 'domestic',
        international: 'international',
      }),
    }
  },
}

/** Arrivals counted by one expression, in the order of `categories` when given. */
function arrivalsBy(options: {
  id: string
  title: Label
  kind: 'bar' | 'pie'
  key: string
  keyLabel: Label
  expression: string
  where?: string
  limit?: number
  categories?: readonly string[]
  labels: (
    codes: readonly string[],
    ctx: { establishmentTypes: ReadonlyMap<string, Label> },
  ) => Record<string, Label>
}): ChartSpec<PeriodFilter> {
  return {
    id: options.id,
    title: options.title,
    kind: options.kind,
    columns: [{ key: options.key, label: options.keyLabel, role: 'dimension' }, ...GUEST_COLUMNS],
    async compute(f, { run, reference }) {
      const rows = largestFirst(
        await run(
          `SELECT ${options.expression} AS category, ${GUEST_COUNTS} FROM stays s
            WHERE ${arrivedIn(f)} ${options.where ?? ''} GROUP BY 1`,
        ),
        'arrivals',
        'category',
      ).slice(0, options.limit)
      const byCategory = new Map(rows.map((r) => [String(r.category), r]))
      const categories = options.categories ?? rows.map((r) => String(r.category))
      return {
        rows: categories.map((c) => ({ [options.key]: c, ...guests(byCategory.get(c) ?? {}) })),
        labels: { [options.key]: options.labels(categories, reference) },
      }
    },
  }
}

const age = `CAST(extract(year FROM ${ARRIVAL_DAY}) AS INTEGER) - birth_year`
const AGE_GROUP = `CASE WHEN birth_year IS NULL THEN 'unknown' WHEN ${age} < 15 THEN '0-14'
  WHEN ${age} < 25 THEN '15-24' WHEN ${age} < 35 THEN '25-34' WHEN ${age} < 45 THEN '35-44'
  WHEN ${age} < 55 THEN '45-54' WHEN ${age} < 65 THEN '55-64' ELSE '65+' END`

const nights: ChartSpec<PeriodFilter> = {
  id: 'nights',
  title: label('Số đêm lưu trú mỗi lượt khách', 'Nights per stay'),
  kind: 'bar',
  columns: [
    dimension('nights', 'Số đêm', 'Nights'),
    measure('stays', 'Lượt lưu trú', 'Stays', 'guests'),
    measure('percent', 'Tỷ lệ', 'Share', 'percent'),
  ],
  async compute(f, { run }) {
    const length = `CAST(${DEPARTURE_DAY} - ${ARRIVAL_DAY} AS INTEGER)`
    const rows = await run(
      `SELECT CASE WHEN ${DEPARTURE_DAY} IS NULL THEN 'open' WHEN ${length} <= 3
                   THEN CAST(${length} AS VARCHAR) WHEN ${length} <= 7 THEN '4-7'
                   WHEN ${length} <= 14 THEN '8-14' ELSE '15+' END AS bucket, ${count()} AS stays
         FROM stays s WHERE ${arrivedIn(f)} GROUP BY 1`,
    )
    const total = rows.reduce((sum, r) => sum + num(r.stays), 0)
    const byBucket = new Map(rows.map((r) => [String(r.bucket), r.stays ?? 0]))
    return {
      rows: NIGHT_BUCKETS.map((bucket) => ({
        nights: bucket,
        stays: byBucket.get(bucket) ?? 0,
        percent: percent(byBucket.get(bucket) ?? 0, total),
      })),
      labels: {
        nights: {
          ...bandLabels(NIGHT_BUCKETS.slice(0, -1)),
          open: label('Chưa rời đi, chưa hẹn ngày đi', 'Not left, no departure date'),
        },
      },
    }
  },
}

const occupancy: ChartSpec<PeriodFilter> = {
  id: 'occupancy',
  title: label('Công suất theo loại cơ sở', 'Occupancy by kind of establishment'),
  kind: 'table',
  columns: [
    dimension('establishmentType', 'Loại cơ sở', 'Kind of establishment'),
    measure('establishments', 'Số cơ sở đã duyệt', 'Approved establishments', 'capacity'),
    measure('capacity', 'Sức chứa', 'Capacity', 'capacity'),
    measure('guestNights', 'Số đêm lưu trú', 'Guest-nights', 'nights'),
    measure('occupancyPercent', 'Công suất sử dụng', 'Occupancy', 'percent'),
  ],
  async compute(f, { run, reference }) {
    const rows = (await occupancyBy(f, run, true)).map(({ category, ...rest }) => ({
      establishmentType: category,
      ...rest,
    }))
    return {
      rows,
      labels: { establishmentType: Object.fromEntries(reference.establishmentTypes) },
      note: label(
        'Công suất = số đêm lưu trú / (sức chứa × số ngày); sức chứa tính theo phòng, giường hoặc ghế tùy loại cơ sở',
        'Occupancy = guest-nights / (capacity × days); capacity counts rooms, beds or seats by kind of establishment',
      ),
    }
  },
}

export const tourismDashboard: DashboardSpec<PeriodFilter> = {
  id: 'tourism',
  title: label('Du lịch qua lưu trú', 'Tourism through accommodation'),
  charts: [
    summary,
    arrivals,
    arrivalsBy({
      id: 'guest-kind',
      title: label('Khách trong nước và quốc tế', 'Domestic and international guests'),
      kind: 'pie',
      key: 'guestKind',
      keyLabel: label('Loại khách', 'Guests'),
      expression: 'guest_kind',
      categories: ['citizen', 'foreigner'],
      labels: () => GUEST_KIND,
    }),
    arrivalsBy({
      id: 'nationalities',
      title: label('Khách quốc tế theo quốc tịch', 'International guests by nationality'),
      kind: 'bar',
      key: 'nationality',
      keyLabel: label('Quốc tịch (mã ICAO)', 'Nationality (ICAO code)'),
      expression: 'nationality',
      where: "AND guest_kind = 'foreigner'",
      limit: TOP_NATIONALITIES,
      labels: (codes) => bandLabels(codes),
    }),
    arrivalsBy({
      id: 'establishment-types',
      title: label('Khách theo loại cơ sở lưu trú', 'Guests by kind of establishment'),
      kind: 'bar',
      key: 'establishmentType',
      keyLabel: label('Loại cơ sở', 'Kind of establishment'),
      expression: 'establishment_type_code',
      labels: (_codes, reference) => Object.fromEntries(reference.establishmentTypes),
    }),
    arrivalsBy({
      id: 'age-groups',
      title: label('Khách theo nhóm tuổi', 'Guests by age group'),
      kind: 'bar',
      key: 'ageGroup',
      keyLabel: label('Nhóm tuổi', 'Age group'),
      expression: AGE_GROUP,
      categories: AGE_GROUPS,
      labels: () => ({
        ...bandLabels(AGE_GROUPS.slice(0, -1)),
        unknown: label('Không rõ', 'Unknown'),
      }),
    }),
    nights,
    occupancy,
    ...siteCharts,
  ],
}
