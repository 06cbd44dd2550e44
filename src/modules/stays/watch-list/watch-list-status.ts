import type { WatchListEntry } from './watch-list.queries.js'

export const LISTING_STATUSES = ['pending', 'active', 'expired', 'ended', 'refused'] as const
export type ListingStatus = (typeof LISTING_STATUSES)[number]

/** Where a listing stands at an instant; only an 'active' one raises alerts. */
export function listingStatus(
  entry: Pick<WatchListEntry, 'approval' | 'removedAt' | 'expiresAt'>,
  now: Date,
): ListingStatus {
  if (entry.removedAt) return 'ended'
  if (entry.approval !== 'approved') return entry.approval
  return entry.expiresAt.getTime() > now.getTime() ? 'active' : 'expired'
}
