import type { WatchListStatus } from '../../api/types'
import { vietnamToday } from './time'
import { type StaysKey } from './messages'

export const WATCH_LIST_PATH = '/api/v1/stays/police/watch-list'
export const MIN_REASON = 3
/** Provincial police: list anyone, decide requests (src/platform/auth/roles.ts). */
export const APPROVE_PERMISSION = 'stays.watchlist.approve'

/** How long a listing or a renewal may run (src/modules/stays/watch-list.expiry.ts). */
export const MAX_LISTING_DAYS = 90
/** What the form offers first: a month, renewed if the case needs more. */
export const DEFAULT_LISTING_DAYS = 30

export const LISTING_STATUS: Record<WatchListStatus, StaysKey> = {
  pending: 'police.listing.pending',
  active: 'police.listing.active',
  expired: 'police.listing.expired',
  ended: 'police.listing.ended',
  refused: 'police.listing.refused',
}

/** The Vietnam calendar day `days` after today, `YYYY-MM-DD`. */
export function dayAfterToday(days: number): string {
  const today = Date.parse(`${vietnamToday()}T00:00:00Z`)
  return new Date(today + days * 86_400_000).toISOString().slice(0, 10)
}

/** A listing runs through the last second of its expiry day, Vietnam time. */
export const endOfVietnamDay = (day: string): string => `${day}T23:59:59+07:00`

/** Whether a `YYYY-MM-DD` expiry day is one the platform takes: today at the earliest. */
export const isLawfulExpiryDay = (day: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(day) && day >= vietnamToday() && day <= dayAfterToday(MAX_LISTING_DAYS)
