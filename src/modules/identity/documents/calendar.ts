/**
 * Calendar dates as the identity documents and tokens carry them, checked without `Date`: the
 * process time zone must not shift a birth date, and `Date` silently rolls 31 April into May.
 */

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** 'YYYY-MM-DD' of a real calendar date, or undefined if the parts name none. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return undefined
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined
  const pad = (n: number, width: number): string => String(n).padStart(width, '0')
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/

/** Whether value is a real date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value)
  return m !== null && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) !== undefined
}

// Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

const DAY_MS = 24 * 60 * 60 * 1000
// Token verification asks this on every call, nearly always for the same day: remember the last.
let lastDay = Number.NaN
let lastDate = ''

/** The calendar date in Vietnam at `at`; servers run in UTC, seven hours behind. */
export function vietnamDate(at: Date): string {
  const local = at.getTime() + VIETNAM_OFFSET_MS
  const day = Math.floor(local / DAY_MS)
  if (day !== lastDay) {
    lastDate = new Date(local).toISOString().slice(0, 10)
    lastDay = day
  }
  return lastDate
}
