import type { Executor } from '../../platform/db/database.js'
import { vietnamDate } from '../../platform/time/vietnam.js'
import { findDeadlineRule } from './declarations/declarations.queries.js'
import type { deadlineRules } from './stays.tables.js'

/**
 * The notice deadline of the Law on Residence (Luật Cư trú 2020, Điều 30; Thông tư 55/2021/TT-BCA):
 * a guest arriving before 23:00 is declared before 23:00 that day, one arriving later before 08:00
 * the next day. The hours are data (stay_deadline_rules), read in Vietnam time.
 */

export type DeadlineRule = Pick<
  typeof deadlineRules.$inferSelect,
  'lateArrivalFrom' | 'sameDayCutoff' | 'nextDayCutoff'
>

// Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact.
const VIETNAM_OFFSET = '+07:00'
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** 'HH:MM:SS' in Vietnam at an instant. */
function vietnamTimeOfDay(at: Date): string {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(11, 19)
}

/** The instant of a Vietnam calendar date and time of day ('HH:MM' or 'HH:MM:SS'). */
function vietnamInstant(date: string, time: string): Date {
  const seconds = time.length === 5 ? `${time}:00` : time
  return new Date(`${date}T${seconds}${VIETNAM_OFFSET}`)
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10)
}

/** Midnight starting a Vietnam calendar day, as an instant. */
export const vietnamDayStart = (day: string): Date => vietnamInstant(day, '00:00:00')

/** Midnight ending a Vietnam calendar day (the start of the next), as an instant. */
export const vietnamDayEnd = (day: string): Date => vietnamInstant(nextDay(day), '00:00:00')

/** When the stay of a guest arriving at `arrivalAt` must be declared by, under `rule`. */
export function deadlineOf(rule: DeadlineRule, arrivalAt: Date): Date {
  const day = vietnamDate(arrivalAt)
  // Both sides are zero-padded 'HH:MM:SS', so the string order is the order of the day.
  return vietnamTimeOfDay(arrivalAt) < rule.lateArrivalFrom
    ? vietnamInstant(day, rule.sameDayCutoff)
    : vietnamInstant(nextDay(day), rule.nextDayCutoff)
}

/**
 * The deadline under `rule`, the rule found in force on the arrival day.
 * @throws Error when no rule covers the day: the reference data is missing (a deployment fault)
 */
export function deadlineUnder(rule: DeadlineRule | undefined, arrivalAt: Date): Date {
  if (!rule) throw new Error(`no stay deadline rule in force on ${vietnamDate(arrivalAt)}`)
  return deadlineOf(rule, arrivalAt)
}

/**
 * The deadline under the rule in force on the arrival day (the latest valid from that day or
 * before).
 * @throws Error as deadlineUnder
 */
export async function declarationDeadline(db: Executor, arrivalAt: Date): Promise<Date> {
  return deadlineUnder(await findDeadlineRule(db, vietnamDate(arrivalAt)), arrivalAt)
}
