import { vietnamDate } from '../../platform/time/vietnam.js'

/**
 * The plan's calendar rules, all on Vietnam's calendar day whatever the server's zone: reports of
 * a month are due before its report day (PLAN_REPORT_DAY, 18 by default), may still be sent late
 * until the month ends, and are refused once it has ended (the month is closed).
 */

const pad = (n: number): string => String(n).padStart(2, '0')

/** The month ('YYYY-MM') of a Vietnam calendar day or instant. */
export function monthOf(at: Date | string): string {
  return (typeof at === 'string' ? at : vietnamDate(at)).slice(0, 7)
}

/** The first day a report of the month is late: the report day of that month. */
export function reportDeadline(month: string, reportDay: number): string {
  return `${month}-${pad(reportDay)}`
}

/** Whether a report sent at `at` is late for its month. */
export function isLate(month: string, reportDay: number, at: Date): boolean {
  return vietnamDate(at) >= reportDeadline(month, reportDay)
}

export type MonthState = 'future' | 'open' | 'closed'

export function monthState(month: string, now: Date): MonthState {
  const current = monthOf(now)
  if (month > current) return 'future'
  return month === current ? 'open' : 'closed'
}

/** Whole days from one calendar day to another ('YYYY-MM-DD'), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/** The month `count` months before (negative: after) the given one. */
export function monthsBefore(month: string, count: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const index = y * 12 + (m - 1) - count
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`
}

/** The first and last calendar days of a month. */
export function monthDays(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return { from: `${month}-01`, to: `${month}-${pad(last)}` }
}

/**
 * A deadline as the plan writes it, parsed to a date when it names one (DD/MM/YYYY, possibly
 * inside a phrase such as "Giai đoạn 1 trước 30/12/2023"); undefined for "Thường xuyên",
 * "Trong năm 2023" and the like, whose date is set later.
 */
export function parsePlanDeadline(text: string): string | undefined {
  const dates = [...text.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g)]
  if (dates.length !== 1) return undefined
  const [, d, m, y] = dates[0]!.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined
  return `${y}-${pad(m)}-${pad(d)}`
}

/**
 * 'ngày 05 tháng 02 năm 2026', 'ngày 20 tháng 11 năm 2026': Decree 30/2020/NĐ-CP writes a 0
 * before days under 10 and before months 1 and 2 only.
 */
export function vietnameseLongDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return `ngày ${pad(d)} tháng ${m <= 2 ? pad(m) : m} năm ${y}`
}
