import { vietnamDate } from '../../platform/time/vietnam.js'
import { fineArticle } from '../fines/index.js'
import {
  count,
  dateSql,
  dimension,
  inArea,
  label,
  largestFirst,
  measure,
  percent,
  periodOf,
  unitColumn,
  unitLabels,
  vietnamDay,
  type ChartSpec,
  type Label,
  type PeriodFilter,
} from './charts.js'
import { fillPeriods, periodKeys } from './period.js'
import { withholdSmallCounts } from './small-cells.js'

/**
 * Model 18 on the public-order dashboard: traffic violations that occurred in the period by
 * article of Decree 168/2024, by unit and by month, the share the owners saw in the app, the
 * share paid online and those overdue today. Breakdowns withhold small counts.
 */
const OCCURRED_DAY = vietnamDay('v.occurred_at')
const occurredIn = (f: PeriodFilter): string =>
  `${OCCURRED_DAY} BETWEEN ${dateSql(f.from)} AND ${dateSql(f.to)} AND ${inArea(f, 'v.commune_code')}`
/** Unpaid and past its last day to pay (the fines module's rule), today in Vietnam. */
const OVERDUE = `v.status IN ('notified', 'confirmed') AND v.due_on < ${dateSql(vietnamDate())}`
const violationsColumn = measure('violations', 'Vi phạm', 'Violations', 'events')

const summary: ChartSpec<PeriodFilter> = {
  id: 'traffic-violations',
  title: label('Vi phạm giao thông (Nghị định 168/2024)', 'Traffic violations (Decree 168/2024)'),
  kind: 'kpi',
  columns: [
    violationsColumn,
    measure('seenInAppPercent', 'Tỷ lệ đã xem trên ứng dụng', 'Share seen in the app', 'percent'),
    measure('paidOnlinePercent', 'Tỷ lệ nộp phạt trực tuyến', 'Share paid online', 'percent'),
    measure('overdue', 'Quá hạn nộp phạt', 'Overdue', 'events'),
  ],
  async compute(f, { run }) {
    const [row = {}] = await run(
      `SELECT ${count()} AS violations, ${count("v.owner_kind = 'resident'")} AS notified,
              ${count("v.owner_kind = 'resident' AND v.seen_in_app")} AS seen,
              ${count('v.paid_online')} AS paid_online, ${count(OVERDUE)} AS overdue
         FROM violations v WHERE ${occurredIn(f)}`,
    )
    return {
      rows: [
        {
          violations: row.violations ?? 0,
          seenInAppPercent: percent(row.seen, row.notified),
          paidOnlinePercent: percent(row.paid_online, row.violations),
          overdue: row.overdue ?? 0,
        },
      ],
      note: label(
        'Tỷ lệ đã xem tính trên vi phạm của xe do cư dân đứng tên; quá hạn tính đến hôm nay',
        'Share seen counts the violations of vehicles owned by residents; overdue as of today',
      ),
    }
  },
}

const articleLabel = (code: string): Label => {
  try {
    const article = fineArticle(code)
    return label(article.vi, article.en)
  } catch {
    return label(code, code)
  }
}

const byArticle: ChartSpec<PeriodFilter> = {
  id: 'violations-by-article',
  title: label('Vi phạm theo điều khoản', 'Violations by article'),
  kind: 'bar',
  columns: [dimension('article', 'Điều khoản', 'Article'), violationsColumn],
  async compute(f, { run }) {
    const counted = largestFirst(
      await run(
        `SELECT v.article_code AS article, ${count()} AS violations
           FROM violations v WHERE ${occurredIn(f)} GROUP BY 1`,
      ),
      'violations',
      'article',
    )
    const { rows, note } = withholdSmallCounts(counted, {
      count: 'violations',
      measures: ['violations'],
      dimension: 'article',
      bySize: true,
    })
    return {
      rows,
      labels: {
        article: Object.fromEntries(
          counted.map((r) => [String(r.article), articleLabel(String(r.article))]),
        ),
      },
      note,
    }
  },
}

const byUnit: ChartSpec<PeriodFilter> = {
  id: 'violations-by-unit',
  title: label('Vi phạm theo đơn vị', 'Violations by unit'),
  kind: 'table',
  columns: [
    dimension('unit', 'Đơn vị', 'Unit'),
    violationsColumn,
    measure('paidOnlinePercent', 'Tỷ lệ nộp phạt trực tuyến', 'Share paid online', 'percent'),
  ],
  async compute(f, { run, reference }) {
    const counted = largestFirst(
      await run(
        `SELECT ${unitColumn(f)} AS unit, ${count()} AS violations,
                ${count('v.paid_online')} AS paid_online
           FROM violations v JOIN communes c ON c.code = v.commune_code
          WHERE ${occurredIn(f)} GROUP BY 1`,
      ),
      'violations',
      'unit',
    ).map((r) => ({
      unit: r.unit ?? null,
      violations: r.violations ?? 0,
      paidOnlinePercent: percent(r.paid_online, r.violations),
    }))
    const { rows, note } = withholdSmallCounts(counted, {
      count: 'violations',
      measures: ['violations', 'paidOnlinePercent'],
      dimension: 'unit',
      bySize: true,
    })
    return { rows, labels: { unit: unitLabels(counted, reference) }, note }
  },
}

const byMonth: ChartSpec<PeriodFilter> = {
  id: 'violations-by-month',
  title: label('Vi phạm theo tháng', 'Violations by month'),
  kind: 'line',
  columns: [dimension('period', 'Tháng (ngày đầu)', 'Month (first day)'), violationsColumn],
  async compute(f, { run }) {
    const counted = await run(
      `SELECT ${periodOf(OCCURRED_DAY, 'month')} AS period, ${count()} AS violations
         FROM violations v WHERE ${occurredIn(f)} GROUP BY 1`,
    )
    return withholdSmallCounts(
      fillPeriods(counted, periodKeys(f.from, f.to, 'month'), { violations: 'violations' }),
      { count: 'violations', measures: ['violations'], dimension: 'period', bySize: false },
    )
  },
}

export const violationCharts: readonly ChartSpec<PeriodFilter>[] = [
  summary,
  byArticle,
  byUnit,
  byMonth,
]
