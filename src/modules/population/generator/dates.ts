/**
 * Calendar dates as day numbers (days since 1970-01-01), so that date arithmetic in the hot loop
 * is integer arithmetic, and formatting is a table lookup instead of a Date and a padStart.
 */

const FIRST_YEAR = 1900
const LAST_YEAR = 2100

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

const FIRST_DAY = dayNumber(FIRST_YEAR, 1, 1)
const LAST_DAY = dayNumber(LAST_YEAR, 12, 31)
const SPAN = LAST_DAY - FIRST_DAY + 1
const TEXT: string[] = new Array<string>(SPAN)
const YEAR = new Int16Array(SPAN)
// month * 32 + day: compares like (month, day) in one integer.
const MONTH_DAY = new Int16Array(SPAN)

{
  let i = 0
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    for (let m = 1; m <= 12; m++) {
      const mm = m < 10 ? `-0${m}-` : `-${m}-`
      for (let d = 1, n = daysInMonth(y, m); d <= n; d++, i++) {
        TEXT[i] = `${y}${mm}${d < 10 ? '0' : ''}${d}`
        YEAR[i] = y
        MONTH_DAY[i] = m * 32 + d
      }
    }
  }
}

function slot(day: number): number {
  const i = day - FIRST_DAY
  if (!(i >= 0 && i < SPAN)) throw new RangeError(`day ${day} outside ${FIRST_YEAR}-${LAST_YEAR}`)
  return i
}

/** YYYY-MM-DD of a day number. */
export function formatDay(day: number): string {
  return TEXT[slot(day)]!
}

export function yearOf(day: number): number {
  return YEAR[slot(day)]!
}

/** The same calendar day `years` later; 29 February falls back to 28 February. */
export function addYears(day: number, years: number): number {
  const i = slot(day)
  const md = MONTH_DAY[i]!
  const year = YEAR[i]! + years
  const month = md >> 5
  const d = md & 31
  return dayNumber(year, month, Math.min(d, daysInMonth(year, month)))
}

/** Completed years of age on `day` of someone born on `birth`. */
export function ageOn(birth: number, day: number): number {
  const b = slot(birth)
  const t = slot(day)
  return YEAR[t]! - YEAR[b]! - (MONTH_DAY[t]! < MONTH_DAY[b]! ? 1 : 0)
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Day number of `today`, which must be a real YYYY-MM-DD date that leaves room for 100 years. */
export function parseToday(value: string): number {
  const m = ISO_DATE.exec(value)
  const year = Number(m?.[1])
  const month = Number(m?.[2])
  const day = Number(m?.[3])
  // Births reach back 101 years and card expiries forward 62, both inside the table.
  if (m === null || year < 2001 || year > 2038 || month < 1 || month > 12) {
    throw new RangeError(`today must be a YYYY-MM-DD date in 2001-2038, got '${value}'`)
  }
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`today is not a real date: '${value}'`)
  }
  return dayNumber(year, month, day)
}

/** Days in a year on average, for turning fractional ages into day counts. */
export const DAYS_PER_YEAR = 365.2425
