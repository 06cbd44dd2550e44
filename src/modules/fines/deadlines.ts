import { vietnamDate } from '../../platform/time/vietnam.js'

/**
 * Days a person has to pay a fine once told of the decision: "within 10 days of receiving the
 * decision on sanctions". Law on Handling Administrative Violations 2012 (Luật Xử lý vi phạm
 * hành chính, No. 15/2012/QH13), Article 73, clause 1. Counted in Vietnam calendar days from the
 * day of notification; the last day ends at midnight Vietnam time.
 */
export const PAYMENT_PERIOD_DAYS = 10

/** Days before the due date the owner is reminded. */
export const REMINDER_DAYS_BEFORE_DUE = 2

/** A 'YYYY-MM-DD' day moved by whole days. */
export function addCalendarDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/**
 * The last Vietnam calendar day to pay a fine notified at an instant: the 10th day after the day
 * of notification (Art. 73). The same day is the last to appeal.
 */
export const dueOnAfter = (notifiedAt: Date): string =>
  addCalendarDays(vietnamDate(notifiedAt), PAYMENT_PERIOD_DAYS)

/** Whether a due day has ended in Vietnam at an instant. */
export const isPastDue = (dueOn: string, now: Date = new Date()): boolean =>
  vietnamDate(now) > dueOn
