import { jurisdictionOf, type Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import { parseCalendarDate, vietnamDays } from '../../../platform/time/vietnam.js'
import { unitNames } from '../../population/index.js'
import { fineArticle } from '../fine-table.js'
import { finesErrors } from '../fines.errors.js'
import {
  countNotifiedInApp,
  countViolationsBy,
  GROUPINGS,
  type FigureRow,
} from './fine-reports.queries.js'
import type { FineFigures, FineReport, FineReportQuery } from './fine-reports.schemas.js'

/** The longest period a report covers: a year and a day (a leap year's). */
const MAX_DAYS = 366

/** Part of a whole in %, one decimal; 0 of nothing. */
export const percentOf = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10

const figuresOf = (row: Omit<FigureRow, 'key'>): FineFigures => ({
  violations: row.violations,
  fined: row.fined,
  paid: row.paid,
  paidAmount: row.paidAmount,
  paidOnline: row.paidOnline,
  paidOnlineShare: percentOf(row.paidOnline, row.violations),
})

const sumOf = (rows: FigureRow[]): FineFigures =>
  figuresOf(
    rows.reduce(
      (a, r) => ({
        violations: a.violations + r.violations,
        fined: a.fined + r.fined,
        paid: a.paid + r.paid,
        paidAmount: a.paidAmount + r.paidAmount,
        paidOnline: a.paidOnline + r.paidOnline,
      }),
      { violations: 0, fined: 0, paid: 0, paidAmount: 0, paidOnline: 0 },
    ),
  )

/** @throws FINES_PERIOD_INVALID */
function spanOf(query: FineReportQuery): { from: Date; to: Date } {
  const from = parseCalendarDate(query.from)
  const to = parseCalendarDate(query.to)
  if (!from || !to || from > to) throw finesErrors.refuse('PERIOD_INVALID')
  const span = vietnamDays({ from, to })
  if (span.to.getTime() - span.from.getTime() > MAX_DAYS * 86_400_000)
    throw finesErrors.refuse('PERIOD_INVALID')
  return span
}

/**
 * Violations in the caller's units over Vietnam calendar days: by article of Decree 168/2024,
 * by commune and by Vietnam calendar month, with the fines imposed and paid, and the share paid
 * online. Counts and amounts only: no plate, no owner.
 * @throws FINES_PERIOD_INVALID
 */
export async function fineReport(
  db: Executor,
  principal: Principal,
  query: FineReportQuery,
): Promise<FineReport> {
  const span = spanOf(query)
  const unitCodes = jurisdictionOf(principal, 'fines.reports.read')
  const by = (groupBy: (typeof GROUPINGS)[keyof typeof GROUPINGS]) =>
    countViolationsBy(db, { groupBy, unitCodes, ...span })
  const byArticle = await by(GROUPINGS.article)
  const byCommune = await by(GROUPINGS.commune)
  const byMonth = await by(GROUPINGS.month)
  const names = await unitNames(
    db,
    byCommune.map((r) => r.key),
  )
  return {
    from: query.from,
    to: query.to,
    total: sumOf(byArticle),
    byArticle: byArticle.map((r) => {
      const article = fineArticle(r.key)
      return { articleCode: r.key, article: { vi: article.vi, en: article.en }, ...figuresOf(r) }
    }),
    byCommune: byCommune.map((r) => ({
      communeCode: r.key,
      communeName: names.get(r.key) ?? r.key,
      ...figuresOf(r),
    })),
    byMonth: byMonth.map((r) => ({ month: r.key, ...figuresOf(r) })),
  }
}

/**
 * Model 18's figures for the plan's KPI, over Vietnam calendar days: of the violations notified
 * to a resident owner in the period, the share seen in the app and the share paid online.
 */
export async function finesKpi(
  db: Executor,
  period: { from: string; to: string },
): Promise<{
  notified: number
  seenInApp: number
  seenInAppShare: number
  paid: number
  paidOnline: number
  paidOnlineShare: number
}> {
  const counts = await countNotifiedInApp(db, vietnamDays(period))
  return {
    ...counts,
    seenInAppShare: percentOf(counts.seenInApp, counts.notified),
    paidOnlineShare: percentOf(counts.paidOnline, counts.notified),
  }
}
