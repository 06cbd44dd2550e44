import type { Row } from './copy-store.js'
import type { Granularity } from './charts.js'

/** Calendar arithmetic on 'YYYY-MM-DD' days, for filling a period's empty days, weeks and months. */

const toDate = (day: string): Date => new Date(`${day}T00:00:00Z`)
const toDay = (date: Date): string => date.toISOString().slice(0, 10)

export const addDays = (day: string, days: number): string => {
  const date = toDate(day)
  date.setUTCDate(date.getUTCDate() + days)
  return toDay(date)
}

export const daysBetween = (from: string, to: string): number =>
  Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000)

/** The first day of the period holding a day: itself, its ISO week's Monday, its month's 1st. */
export function periodStart(day: string, granularity: Granularity): string {
  if (granularity === 'day') return day
  if (granularity === 'month') return `${day.slice(0, 7)}-01`
  return addDays(day, -((toDate(day).getUTCDay() + 6) % 7))
}

/** Every period from the one holding `from` to the one holding `to`, by first day. */
export function periodKeys(from: string, to: string, granularity: Granularity): string[] {
  const keys: string[] = []
  let key = periodStart(from, granularity)
  while (key <= to) {
    keys.push(key)
    key =
      granularity === 'month'
        ? periodStart(addDays(`${key.slice(0, 7)}-28`, 4), 'month')
        : addDays(key, granularity === 'day' ? 1 : 7)
  }
  return keys
}

/** One row per period, in order, with zeros where the query found nothing. */
export function fillPeriods(rows: Row[], keys: string[], measures: Record<string, string>): Row[] {
  const byPeriod = new Map(rows.map((r) => [String(r.period), r]))
  return keys.map((period) => {
    const row = byPeriod.get(period) ?? {}
    return {
      period,
      ...Object.fromEntries(
        Object.entries(measures).map(([key, column]) => [key, row[column] ?? 0]),
      ),
    }
  })
}
