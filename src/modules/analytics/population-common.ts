import { inArea, presentOn, tallied, type SnapshotFilter } from './charts.js'
import { tallyOn } from './tallies.js'

/** What the population charts share: the trend's years and the residents living on the day. */
export const TREND_YEARS = 10

/** The same calendar day a number of years earlier (29 February → 28 February). */
export function yearsBefore(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const last = new Date(Date.UTC(y - years, m, 0)).getUTCDate()
  return `${String(y - years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`
}

export const firstTrendYear = (f: SnapshotFilter): number =>
  Number(f.asOf.slice(0, 4)) - TREND_YEARS + 1
export const trendYears = (f: SnapshotFilter): number[] =>
  Array.from({ length: TREND_YEARS }, (_, i) => firstTrendYear(f) + i)
export const living = (f: SnapshotFilter): string => `${presentOn(f.asOf)} AND ${inArea(f)}`

/**
 * The households with a member living in the area on the day, as one SQL value: those of one
 * commune from their tally, those spread over several communes member by member.
 */
export const householdCount = (f: SnapshotFilter): string =>
  `(SELECT ${tallied()} FROM ${tallyOn('households', f.asOf, inArea(f))} h)
   + (SELECT CAST(count(DISTINCT household_id) AS INTEGER) FROM households_split WHERE ${living(f)})`
