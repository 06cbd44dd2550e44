import { parseCalendarDate, vietnamDate } from '../../../platform/time/vietnam.js'
import { calendarErrors } from './calendar.errors.js'
import { workingYear, type DayOff } from './calendar.reference.js'

/**
 * Working days of the one-stop shop, on Vietnam's calendar whatever the server's zone.
 *
 * A time limit of n working days counts from the day after the dossier is received (Civil Code
 * 2015, art. 147(2): the first day of a period in days is not counted), so a dossier received on
 * Monday with a limit of 3 working days is due on Thursday; a dossier received after office hours
 * or on a day off is received on the next working day. The result is due when the office closes
 * on the due day (17:00): it is handed over at the counter (art. 148: a period ending at an
 * office ends when its working hours do).
 */

export type SlaState = 'on_time' | 'due_soon' | 'overdue'

const DAY_MS = 86_400_000
// Vietnam has kept UTC+7 without daylight saving since 1975: a fixed offset is exact.
const VIETNAM_OFFSET_MS = 7 * 3_600_000

const yearOf = (day: string): number => Number(day.slice(0, 4))

const shiftDay = (day: string, by: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + by * DAY_MS).toISOString().slice(0, 10)

/** 'HH:MM' in Vietnam at an instant. */
const vietnamClock = (at: Date): string =>
  new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(11, 16)

/** The instant of a Vietnam calendar day at a time of day ('HH:MM'). */
const vietnamInstant = (day: string, clock: string): Date => new Date(`${day}T${clock}:00+07:00`)

/** @throws SERVICE_CALENDAR_DAY_INVALID unless `day` is a real 'YYYY-MM-DD' date */
function checkedDay(day: string): string {
  const valid = parseCalendarDate(day)
  if (!valid) throw calendarErrors.refuse('DAY_INVALID', { day })
  return valid
}

function isWorking(day: string): boolean {
  const year = workingYear(yearOf(day))
  if (year.workDays.has(day)) return true
  if (year.daysOff.has(day)) return false
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6
}

/**
 * Whether the one-stop shop works on a calendar day: Monday to Friday, except the days off of
 * the year's data, plus the Saturdays worked in exchange for a swapped day.
 * @throws SERVICE_CALENDAR_YEAR_NOT_COVERED for a year the data does not hold
 * @throws SERVICE_CALENDAR_DAY_INVALID for anything but a real 'YYYY-MM-DD'
 */
export function isWorkingDay(day: string): boolean {
  return isWorking(checkedDay(day))
}

/** The day off (holiday, compensatory or swapped day) listed for a calendar day, if any. */
export function dayOffOn(day: string): DayOff | undefined {
  const valid = checkedDay(day)
  return workingYear(yearOf(valid)).daysOff.get(valid)
}

function nextWorkingDay(day: string): string {
  let next = shiftDay(day, 1)
  while (!isWorking(next)) next = shiftDay(next, 1)
  return next
}

/**
 * The working day a dossier received at `instant` counts from: that day when it is a working day
 * and the office has not closed yet (a dossier filed online at 06:00 counts from that day), else
 * the next working day (at 17:00 or later, or on a day off).
 */
export function receivingDay(instant: Date): string {
  const day = vietnamDate(instant)
  if (isWorking(day) && vietnamClock(instant) < workingYear(yearOf(day)).closes) return day
  return nextWorkingDay(day)
}

/**
 * The n-th working day after `day` (n = 0: the day itself): the due day of a time limit of n
 * working days for a dossier whose receiving day is `day`.
 * @throws RangeError when n is not a whole number of days, 0 or more
 */
export function addWorkingDays(day: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days: ${String(n)}`)
  let due = checkedDay(day)
  for (let i = 0; i < n; i++) due = nextWorkingDay(due)
  return due
}

/** When the office closes on a day ('YYYY-MM-DD'), as an instant. */
export function closingTime(day: string): Date {
  const valid = checkedDay(day)
  return vietnamInstant(valid, workingYear(yearOf(valid)).closes)
}

/**
 * When the result of a dossier received at `receivedAt` is due: the office's closing time on the
 * working day `workingDays` (plus the working days the clock was paused, waiting for the
 * resident) after its receiving day.
 */
export function dueAt(receivedAt: Date, workingDays: number, pausedWorkingDays = 0): Date {
  return closingTime(addWorkingDays(receivingDay(receivedAt), workingDays + pausedWorkingDays))
}

const dayOf = (at: string | Date): string =>
  typeof at === 'string' ? checkedDay(at) : vietnamDate(at)

/**
 * The working days after `a` up to and including `b` (calendar days, or instants read as their
 * Vietnam day), negative when `b` is before `a`: addWorkingDays(a, workingDaysBetween(a, b)) is b
 * when b is a working day.
 */
export function workingDaysBetween(a: string | Date, b: string | Date): number {
  const from = dayOf(a)
  const to = dayOf(b)
  if (to < from) return -workingDaysBetween(to, from)
  let count = 0
  for (let day = shiftDay(from, 1); day <= to; day = shiftDay(day, 1)) if (isWorking(day)) count++
  return count
}

/**
 * The SLA colour of a dossier due at `dueAt`: overdue once that instant has passed, due soon when
 * it is due today or on the next working day, on time otherwise.
 */
export function slaState(dueAt: Date, now: Date): SlaState {
  if (now.getTime() > dueAt.getTime()) return 'overdue'
  return workingDaysBetween(vietnamDate(now), vietnamDate(dueAt)) <= 1 ? 'due_soon' : 'on_time'
}
