import type { DashboardId } from './filters'

/**
 * The measures a chart draws where the default (those in the unit of its first measure) would
 * tell another story than its title; the table beside each picture keeps every measure.
 */
const SERIES: Partial<Record<`${DashboardId}/${string}`, readonly string[]>> = {
  // The change itself (events), not the head count that the summary gives.
  'population/growth': ['born', 'movedIn', 'movedOut', 'deceased'],
  // Ranked by the share with all three: shares, not head counts of units of unequal size.
  'digital-citizens/furthest-behind': ['allThreePercent', 'eidLevel2Percent'],
  // Foreign nationalities have no domestic guests; types and ages split by the guests' kind.
  'tourism/nationalities': ['arrivals'],
  'tourism/establishment-types': ['domestic', 'international'],
  'tourism/age-groups': ['domestic', 'international'],
}

export const seriesOf = (dashboard: DashboardId, chart: string): readonly string[] | undefined =>
  SERIES[`${dashboard}/${chart}`]
