import {
  inArea,
  label,
  measure,
  num,
  percent,
  tallied,
  unitColumn,
  unitLabels,
  type ChartContext,
  type ChartSpec,
  type Column,
  type DashboardSpec,
  type SnapshotFilter,
} from './charts.js'
import type { Row } from './copy-store.js'
import { tallyOn } from './tallies.js'

/**
 * Model 23: of the residents old enough for an eID (14), how many hold an eID account of level 1
 * or 2, an e-payment account, a digital signature, and all three conditions of a digital citizen
 * (level 2, payment account, signature).
 */
const BEHIND = 10

const COVERAGE_COLUMNS: Column[] = [
  measure('eligible', 'Dân số từ 14 tuổi', 'Residents aged 14 and over', 'people'),
  measure('eidLevel1', 'Định danh điện tử mức 1', 'eID level 1', 'people'),
  measure('eidLevel1Percent', 'Tỷ lệ mức 1', 'Share at level 1', 'percent'),
  measure('eidLevel2', 'Định danh điện tử mức 2', 'eID level 2', 'people'),
  measure('eidLevel2Percent', 'Tỷ lệ mức 2', 'Share at level 2', 'percent'),
  measure('paymentAccount', 'Có tài khoản thanh toán', 'With an e-payment account', 'people'),
  measure(
    'paymentAccountPercent',
    'Tỷ lệ có tài khoản thanh toán',
    'Share with an e-payment account',
    'percent',
  ),
  measure('digitalSignature', 'Có chữ ký số', 'With a digital signature', 'people'),
  measure(
    'digitalSignaturePercent',
    'Tỷ lệ có chữ ký số',
    'Share with a digital signature',
    'percent',
  ),
  measure('allThree', 'Đủ ba điều kiện', 'All three conditions', 'people'),
  measure('allThreePercent', 'Tỷ lệ đủ ba điều kiện', 'Share with all three', 'percent'),
]

function coverage(row: Row): Row {
  const share = (key: string): number | null => percent(row[key], row.eligible)
  return {
    eligible: num(row.eligible),
    eidLevel1: num(row.eid_level1),
    eidLevel1Percent: share('eid_level1'),
    eidLevel2: num(row.eid_level2),
    eidLevel2Percent: share('eid_level2'),
    paymentAccount: num(row.payment),
    paymentAccountPercent: share('payment'),
    digitalSignature: num(row.signature),
    digitalSignaturePercent: share('signature'),
    allThree: num(row.all_three),
    allThreePercent: share('all_three'),
  }
}

async function coverageBy(
  f: SnapshotFilter,
  run: ChartContext['run'],
  group: string,
): Promise<Row[]> {
  // The residents old enough for an eID, from the communes' tally (tallies.ts).
  return run(
    `SELECT ${group} AS unit, ${tallied()} AS eligible, ${tallied('eid_level = 1')} AS eid_level1,
            ${tallied('eid_level = 2')} AS eid_level2, ${tallied('has_payment_account')} AS payment,
            ${tallied('has_digital_signature')} AS signature,
            ${tallied('eid_level = 2 AND has_payment_account AND has_digital_signature')} AS all_three
       FROM ${tallyOn('digital', f.asOf, inArea(f))} t JOIN communes c ON c.code = t.commune_code
      GROUP BY 1 HAVING sum(n) <> 0 ORDER BY 1`,
  )
}

const unitColumnDef: Column = { key: 'unit', label: label('Đơn vị', 'Unit'), role: 'dimension' }

const summary: ChartSpec<SnapshotFilter> = {
  id: 'summary',
  title: label('Tổng quan công dân số', 'Digital citizens at a glance'),
  kind: 'kpi',
  columns: COVERAGE_COLUMNS,
  async compute(f, { run }) {
    const [row = {}] = await coverageBy(f, run, "'all'")
    return { rows: [coverage(row)] }
  },
}

const byUnit: ChartSpec<SnapshotFilter> = {
  id: 'by-unit',
  title: label('Công dân số theo đơn vị hành chính', 'Digital citizens by administrative unit'),
  kind: 'table',
  columns: [unitColumnDef, ...COVERAGE_COLUMNS],
  async compute(f, { run, reference }) {
    const rows = (await coverageBy(f, run, unitColumn(f))).map((r) => ({
      unit: r.unit ?? null,
      ...coverage(r),
    }))
    return { rows, labels: { unit: unitLabels(rows, reference) } }
  },
}

const furthestBehind: ChartSpec<SnapshotFilter> = {
  id: 'furthest-behind',
  title: label(
    '10 đơn vị chậm nhất (tỷ lệ đủ ba điều kiện)',
    'The 10 units furthest behind (share with all three)',
  ),
  kind: 'bar',
  columns: [unitColumnDef, ...COVERAGE_COLUMNS],
  async compute(f, { run, reference }) {
    const rows = (await coverageBy(f, run, unitColumn(f)))
      .map((r): Row => ({ unit: r.unit ?? null, ...coverage(r) }))
      .filter((r) => num(r.eligible) > 0)
      .sort(
        (a, b) =>
          num(a.allThreePercent) - num(b.allThreePercent) ||
          num(a.eidLevel2Percent) - num(b.eidLevel2Percent) ||
          String(a.unit).localeCompare(String(b.unit)),
      )
      .slice(0, BEHIND)
    return { rows, labels: { unit: unitLabels(rows, reference) } }
  },
}

export const digitalDashboard: DashboardSpec<SnapshotFilter> = {
  id: 'digital-citizens',
  title: label('Công dân số (mô hình 23)', 'Digital citizens (model 23)'),
  charts: [summary, byUnit, furthestBehind],
}
