import {
  count,
  dateSql,
  dimension,
  inArea,
  largestFirst,
  label,
  measure,
  movementsIn,
  percent,
  periodOf,
  unitColumn,
  unitLabels,
  vietnamDay,
  type ChartSpec,
  type DashboardSpec,
  type PeriodFilter,
} from './charts.js'
import { fillPeriods, periodKeys } from './period.js'
import { violationCharts } from './violations.charts.js'

/**
 * Model 40: registry movements and deaths, stays of people away from home (accommodation
 * declarations), late declarations and watch-list alerts, in counts only; then traffic violations
 * (violations.charts.ts).
 */

const between = (expression: string, f: PeriodFilter): string =>
  `${expression} BETWEEN ${dateSql(f.from)} AND ${dateSql(f.to)}`
const arrivedIn = (f: PeriodFilter): string =>
  `${between(vietnamDay('arrival_at'), f)} AND ${inArea(f)}`
const raisedIn = (f: PeriodFilter): string =>
  `${between(vietnamDay('raised_at'), f)} AND ${inArea(f)}`
const periodDimension = dimension('period', 'Kỳ (ngày đầu)', 'Period (first day)')

const STAY_COUNTS = `${count()} AS declarations, ${count('late')} AS late,
  ${count("guest_kind = 'citizen'")} AS domestic, ${count("guest_kind = 'foreigner'")} AS international`

const summary: ChartSpec<PeriodFilter> = {
  id: 'summary',
  title: label('Tổng quan trật tự xã hội', 'Public order at a glance'),
  kind: 'kpi',
  columns: [
    measure('born', 'Đăng ký khai sinh', 'Births', 'events'),
    measure('movedIn', 'Chuyển đến', 'Moved in', 'events'),
    measure('movedOut', 'Chuyển đi', 'Moved out', 'events'),
    measure('deceased', 'Khai tử', 'Deaths', 'events'),
    measure('declarations', 'Lượt khai báo lưu trú', 'Stays declared', 'declarations'),
    measure('late', 'Khai báo trễ hạn', 'Declared late', 'declarations'),
    measure('latePercent', 'Tỷ lệ trễ hạn', 'Share declared late', 'percent'),
    measure('alerts', 'Cảnh báo danh sách theo dõi', 'Watch-list alerts', 'alerts'),
  ],
  async compute(f, { run }) {
    const moved = movementsIn(f)
    const [moves = {}] = await run(
      `SELECT ${moved.counts} FROM ${moved.from} AND ${between('occurred_on', f)}`,
    )
    const [stays = {}] = await run(`SELECT ${STAY_COUNTS} FROM stays WHERE ${arrivedIn(f)}`)
    const [alerts = {}] = await run(`SELECT ${count()} AS alerts FROM alerts WHERE ${raisedIn(f)}`)
    return {
      rows: [
        {
          born: moves.born ?? 0,
          movedIn: moves.moved_in ?? 0,
          movedOut: moves.moved_out ?? 0,
          deceased: moves.deceased ?? 0,
          declarations: stays.declarations ?? 0,
          late: stays.late ?? 0,
          latePercent: percent(stays.late, stays.declarations),
          alerts: alerts.alerts ?? 0,
        },
      ],
    }
  },
}

const movements: ChartSpec<PeriodFilter> = {
  id: 'movements',
  title: label('Biến động cư trú và khai tử theo thời gian', 'Movements and deaths over time'),
  kind: 'line',
  columns: [
    periodDimension,
    measure('born', 'Sinh', 'Births', 'events'),
    measure('movedIn', 'Chuyển đến', 'Moved in', 'events'),
    measure('movedOut', 'Chuyển đi', 'Moved out', 'events'),
    measure('deceased', 'Chết', 'Deaths', 'events'),
  ],
  async compute(f, { run }) {
    const moved = movementsIn(f)
    const rows = await run(
      `SELECT ${periodOf('occurred_on', f.granularity)} AS period, ${moved.counts}
         FROM ${moved.from} AND ${between('occurred_on', f)} GROUP BY 1`,
    )
    return {
      rows: fillPeriods(rows, periodKeys(f.from, f.to, f.granularity), {
        born: 'born',
        movedIn: 'moved_in',
        movedOut: 'moved_out',
        deceased: 'deceased',
      }),
    }
  },
}

const staysByUnit: ChartSpec<PeriodFilter> = {
  id: 'stays-by-unit',
  title: label('Lưu trú của người không thường trú theo đơn vị', 'Non-resident stays by unit'),
  kind: 'table',
  columns: [
    dimension('unit', 'Đơn vị', 'Unit'),
    measure('declarations', 'Lượt lưu trú', 'Stays', 'declarations'),
    measure('domestic', 'Khách trong nước', 'Domestic', 'guests'),
    measure('international', 'Khách quốc tế', 'International', 'guests'),
    measure('late', 'Khai báo trễ hạn', 'Declared late', 'declarations'),
    measure('latePercent', 'Tỷ lệ trễ hạn', 'Share declared late', 'percent'),
  ],
  async compute(f, { run, reference }) {
    const rows = (
      await run(
        `SELECT ${unitColumn(f)} AS unit, ${STAY_COUNTS}
           FROM stays s JOIN communes c ON c.code = s.commune_code
          WHERE ${arrivedIn(f)} GROUP BY 1`,
      ).then((all) => largestFirst(all, 'declarations', 'unit'))
    ).map((r) => ({
      unit: r.unit ?? null,
      declarations: r.declarations ?? 0,
      domestic: r.domestic ?? 0,
      international: r.international ?? 0,
      late: r.late ?? 0,
      latePercent: percent(r.late, r.declarations),
    }))
    return { rows, labels: { unit: unitLabels(rows, reference) } }
  },
}

const late: ChartSpec<PeriodFilter> = {
  id: 'late-declarations',
  title: label('Khai báo lưu trú trễ hạn theo thời gian', 'Late declarations over time'),
  kind: 'line',
  columns: [
    periodDimension,
    measure('declarations', 'Lượt khai báo', 'Declarations', 'declarations'),
    measure('late', 'Trễ hạn', 'Late', 'declarations'),
  ],
  async compute(f, { run }) {
    const rows = await run(
      `SELECT ${periodOf(vietnamDay('arrival_at'), f.granularity)} AS period, ${STAY_COUNTS}
         FROM stays WHERE ${arrivedIn(f)} GROUP BY 1`,
    )
    return {
      rows: fillPeriods(rows, periodKeys(f.from, f.to, f.granularity), {
        declarations: 'declarations',
        late: 'late',
      }),
    }
  },
}

const alerts: ChartSpec<PeriodFilter> = {
  id: 'watch-alerts',
  title: label('Cảnh báo danh sách theo dõi (số lượng)', 'Watch-list alerts (counts)'),
  kind: 'bar',
  columns: [periodDimension, measure('alerts', 'Cảnh báo', 'Alerts', 'alerts')],
  async compute(f, { run }) {
    const rows = await run(
      `SELECT ${periodOf(vietnamDay('raised_at'), f.granularity)} AS period, ${count()} AS alerts
         FROM alerts WHERE ${raisedIn(f)} GROUP BY 1`,
    )
    return {
      rows: fillPeriods(rows, periodKeys(f.from, f.to, f.granularity), { alerts: 'alerts' }),
    }
  },
}

const alertsByUnit: ChartSpec<PeriodFilter> = {
  id: 'watch-alerts-by-unit',
  title: label('Cảnh báo theo đơn vị (số lượng)', 'Watch-list alerts by unit (counts)'),
  kind: 'bar',
  columns: [dimension('unit', 'Đơn vị', 'Unit'), measure('alerts', 'Cảnh báo', 'Alerts', 'alerts')],
  async compute(f, { run, reference }) {
    const rows = largestFirst(
      await run(
        `SELECT ${unitColumn(f)} AS unit, ${count()} AS alerts
           FROM alerts a JOIN communes c ON c.code = a.commune_code
          WHERE ${raisedIn(f)} GROUP BY 1`,
      ),
      'alerts',
      'unit',
    )
    return { rows, labels: { unit: unitLabels(rows, reference) } }
  },
}

export const publicOrderDashboard: DashboardSpec<PeriodFilter> = {
  id: 'public-order',
  title: label('Phân tích trật tự xã hội', 'Public order analysis'),
  charts: [summary, movements, staysByUnit, late, alerts, alertsByUnit, ...violationCharts],
}
