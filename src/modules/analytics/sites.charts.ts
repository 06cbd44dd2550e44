import { PASSAGE_AGE_GROUPS } from '../checkpoints/index.js'
import {
  count,
  dateSql,
  dimension,
  nameDimension,
  inArea,
  label,
  largestFirst,
  measure,
  num,
  periodOf,
  vietnamDay,
  type ChartSpec,
  type Label,
  type PeriodFilter,
  type Reference,
} from './charts.js'
import type { Row } from './copy-store.js'
import { bandLabels, SEX } from './labels.js'
import { fillPeriods, periodKeys } from './period.js'
import { withholdSmallCounts } from './small-cells.js'

/**
 * Models 13-15 on the tourism dashboard: visits to the gated sites (entries) by day and hour of
 * the day, by province of origin, age group and sex; people inside each site now; workers
 * against visitors at the industrial parks; passages flagged at each site. Read from the hourly
 * counts (no passage is ever a row of the copy); the breakdowns by who passed are suppressed.
 */
const HOUR_DAY = vietnamDay('h.hour')
const SITE_KIND: Record<string, Label> = {
  touristSite: label('Điểm du lịch', 'Tourist site'),
  industrialPark: label('Khu công nghiệp', 'Industrial park'),
  railwayStation: label('Ga đường sắt', 'Railway station'),
}
/** The flags and the columns the query counts them in. */
const FLAGS = {
  exitWithoutEntry: 'exit_without_entry',
  entryTwice: 'entry_twice',
  outOfOrder: 'out_of_order',
} as const

/** Hourly cells of the filter's sites in the period. */
const hoursIn = (f: PeriodFilter): string =>
  `passage_hours h JOIN checkpoint_sites s ON s.site_id = h.site_id
    WHERE ${HOUR_DAY} BETWEEN ${dateSql(f.from)} AND ${dateSql(f.to)}
      AND ${inArea(f, 's.commune_code')}`

const summed = (condition: string): string =>
  `CAST(coalesce(sum(h.passages) FILTER (WHERE ${condition}), 0) AS INTEGER)`
const VISITS = `${summed("h.direction = 'entry'")} AS visits`
const EXITS = `${summed("h.direction = 'exit'")} AS exits`
const visitsColumn = measure('visits', 'Lượt vào', 'Visits (entries)', 'events')

/** Site names as labels: proper names, the same in both languages. */
const siteLabels = (rows: Row[]): Record<string, Label> =>
  Object.fromEntries(rows.map((r) => [String(r.site), label(String(r.name), String(r.name))]))

const siteVisits: ChartSpec<PeriodFilter> = {
  id: 'site-visits',
  title: label('Lượt vào các điểm kiểm soát theo thời gian', 'Visits to gated sites over time'),
  kind: 'line',
  columns: [
    dimension('period', 'Kỳ (ngày đầu)', 'Period (first day)'),
    visitsColumn,
    measure('exits', 'Lượt ra', 'Exits', 'events'),
  ],
  async compute(f, { run }) {
    const rows = await run(
      `SELECT ${periodOf(HOUR_DAY, f.granularity)} AS period, ${VISITS}, ${EXITS}
         FROM ${hoursIn(f)} GROUP BY 1`,
    )
    return {
      rows: fillPeriods(rows, periodKeys(f.from, f.to, f.granularity), {
        visits: 'visits',
        exits: 'exits',
      }),
    }
  },
}

const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'))

const siteVisitsByHour: ChartSpec<PeriodFilter> = {
  id: 'site-visits-by-hour',
  title: label('Lượt vào theo giờ trong ngày', 'Visits by hour of the day'),
  kind: 'bar',
  columns: [dimension('hour', 'Giờ (giờ Việt Nam)', 'Hour (Vietnam time)'), visitsColumn],
  async compute(f, { run }) {
    const rows = await run(
      `SELECT CAST(extract(hour FROM h.hour + INTERVAL '7 hours') AS INTEGER) AS hour, ${VISITS}
         FROM ${hoursIn(f)} GROUP BY 1`,
    )
    const byHour = new Map(rows.map((r) => [num(r.hour), r.visits ?? 0]))
    return {
      rows: HOURS.map((hour) => ({ hour, visits: byHour.get(Number(hour)) ?? 0 })),
      labels: { hour: Object.fromEntries(HOURS.map((h) => [h, label(`${h} giờ`, `${h}:00`)])) },
    }
  },
}

/** Visits by a column of who passed, with small counts withheld. */
function visitorsBy(options: {
  id: string
  title: Label
  kind: 'bar' | 'pie'
  key: string
  keyLabel: Label
  column: string
  categories?: readonly string[]
  labels: (codes: readonly string[], reference: Reference) => Record<string, Label>
}): ChartSpec<PeriodFilter> {
  return {
    id: options.id,
    title: options.title,
    kind: options.kind,
    columns: [{ key: options.key, label: options.keyLabel, role: 'dimension' }, visitsColumn],
    async compute(f, { run, reference }) {
      const counted = await run(
        `SELECT h.${options.column} AS code, ${VISITS} FROM ${hoursIn(f)} GROUP BY 1`,
      )
      const byCode = new Map(counted.map((r) => [String(r.code), r.visits ?? 0]))
      const codes =
        options.categories ?? largestFirst(counted, 'visits', 'code').map((r) => String(r.code))
      const { rows, note } = withholdSmallCounts(
        codes.map((code) => ({ [options.key]: code, visits: byCode.get(code) ?? 0 })),
        {
          count: 'visits',
          measures: ['visits'],
          dimension: options.key,
          bySize: !options.categories,
        },
      )
      return { rows, labels: { [options.key]: options.labels(codes, reference) }, note }
    },
  }
}

const siteOccupancy: ChartSpec<PeriodFilter> = {
  id: 'site-occupancy',
  title: label('Số người đang ở trong từng điểm', 'People inside each site now'),
  kind: 'table',
  columns: [
    nameDimension('site', 'Điểm', 'Site'),
    measure('inside', 'Đang ở trong', 'Inside now', 'people'),
  ],
  async compute(f, { run }) {
    const rows = await run(
      `SELECT s.site_id AS site, s.name, s.kind,
              CAST(coalesce(sum(o.inside), 0) AS INTEGER) AS inside
         FROM checkpoint_sites s LEFT JOIN site_occupancy o ON o.site_id = s.site_id
        WHERE ${inArea(f, 's.commune_code')} GROUP BY 1, 2, 3`,
    )
    const sorted = largestFirst(rows, 'inside', 'site')
    return {
      rows: sorted.map((r) => ({ site: r.site ?? null, inside: r.inside ?? 0 })),
      labels: {
        site: Object.fromEntries(
          sorted.map((r) => {
            const kind = SITE_KIND[String(r.kind)] ?? label(String(r.kind), String(r.kind))
            const name = String(r.name)
            return [String(r.site), label(`${name} (${kind.vi})`, `${name} (${kind.en})`)]
          }),
        ),
      },
      note: label('Hiện tại, không phụ thuộc kỳ đã chọn', 'Now, whatever the period chosen'),
    }
  },
}

const parkWorkers: ChartSpec<PeriodFilter> = {
  id: 'park-workers',
  title: label(
    'Khu công nghiệp: người lao động và khách',
    'Industrial parks: workers and visitors',
  ),
  kind: 'stacked-bar',
  columns: [
    nameDimension('site', 'Khu công nghiệp', 'Industrial park'),
    measure('workers', 'Lượt vào của người lao động', 'Entries of workers', 'events'),
    measure('visitors', 'Lượt vào của khách', 'Entries of visitors', 'events'),
  ],
  async compute(f, { run }) {
    const counted = await run(
      `SELECT s.site_id AS site, s.name, ${summed("h.direction = 'entry' AND h.visitor_kind = 'worker'")} AS workers,
              ${summed("h.direction = 'entry' AND h.visitor_kind = 'visitor'")} AS visitors,
              ${VISITS}
         FROM ${hoursIn(f)} AND s.kind = 'industrialPark' GROUP BY 1, 2`,
    )
    // Each park's two counts add up to its visits, as one breakdown of their own.
    let note: Label | null = null
    const rows = largestFirst(counted, 'visits', 'site').map((r) => {
      const split = withholdSmallCounts(
        [
          { kind: 'workers', n: r.workers ?? 0 },
          { kind: 'visitors', n: r.visitors ?? 0 },
        ],
        { count: 'n', measures: ['n'], dimension: 'kind', bySize: false },
      )
      note ??= split.note
      const [workers, visitors] = split.rows
      return {
        site: r.site ?? null,
        workers: workers!.n ?? null,
        visitors: visitors!.n ?? null,
        ...(split.note ? { withheld: true } : {}),
      }
    })
    return { rows, labels: { site: siteLabels(counted) }, note }
  },
}

const flaggedPassages: ChartSpec<PeriodFilter> = {
  id: 'flagged-passages',
  title: label('Lượt qua cổng bị đánh dấu theo điểm', 'Flagged passages by site'),
  kind: 'table',
  columns: [
    nameDimension('site', 'Điểm', 'Site'),
    measure('exitWithoutEntry', 'Ra khi chưa vào', 'Exit without entry', 'events'),
    measure('entryTwice', 'Vào hai lần liên tiếp', 'Entry twice in a row', 'events'),
    measure('outOfOrder', 'Sai thứ tự thời gian', 'Out of order', 'events'),
    measure('flagged', 'Tổng', 'Total', 'events'),
  ],
  async compute(f, { run }) {
    const rows = await run(
      `SELECT s.site_id AS site, s.name, ${Object.entries(FLAGS)
        .map(([flag, column]) => `${count(`p.flag = '${flag}'`)} AS ${column}`)
        .join(', ')},
              ${count()} AS flagged
         FROM flagged_passages p JOIN checkpoint_sites s ON s.site_id = p.site_id
        WHERE ${vietnamDay('p.occurred_at')} BETWEEN ${dateSql(f.from)} AND ${dateSql(f.to)}
          AND ${inArea(f, 's.commune_code')}
        GROUP BY 1, 2`,
    )
    const sorted = largestFirst(rows, 'flagged', 'site')
    return {
      rows: sorted.map((r) => ({
        site: r.site ?? null,
        ...Object.fromEntries(
          Object.entries(FLAGS).map(([flag, column]) => [flag, r[column] ?? 0]),
        ),
        flagged: r.flagged ?? 0,
      })),
      labels: { site: siteLabels(sorted) },
    }
  },
}

export const siteCharts: readonly ChartSpec<PeriodFilter>[] = [
  siteVisits,
  siteVisitsByHour,
  visitorsBy({
    id: 'site-visitors-origin',
    title: label('Lượt vào theo tỉnh thường trú', 'Visits by province of origin'),
    kind: 'bar',
    key: 'province',
    keyLabel: label('Tỉnh (theo số định danh)', 'Province (from the personal number)'),
    column: 'province_code',
    labels: (codes, reference) =>
      Object.fromEntries(
        codes.map((code) => {
          const name = reference.provinceNames.get(code) ?? code
          return [code, label(name, name)]
        }),
      ),
  }),
  visitorsBy({
    id: 'site-visitors-age',
    title: label('Lượt vào theo nhóm tuổi', 'Visits by age group'),
    kind: 'bar',
    key: 'ageGroup',
    keyLabel: label('Nhóm tuổi', 'Age group'),
    column: 'age_group',
    categories: PASSAGE_AGE_GROUPS,
    labels: (codes) => bandLabels(codes),
  }),
  visitorsBy({
    id: 'site-visitors-sex',
    title: label('Lượt vào theo giới tính', 'Visits by sex'),
    kind: 'pie',
    key: 'sex',
    keyLabel: label('Giới tính', 'Sex'),
    column: 'sex',
    categories: ['M', 'F'],
    labels: () => SEX,
  }),
  siteOccupancy,
  parkWorkers,
  flaggedPassages,
]
