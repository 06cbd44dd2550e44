import { vietnamDate } from '../../../platform/time/vietnam.js'
import { vietnamDayEnd } from '../deadline.js'
import { watchExpiryInvalid } from '../stays.errors.js'

/** How long one listing or renewal may run: a listing lapses unless someone answers for it again. */
export const MAX_LISTING_DAYS = 90

const DAY_MS = 24 * 60 * 60 * 1000

/** The end (midnight, Vietnam time) of the 90th calendar day after today in Vietnam. */
export function latestExpiry(now: Date): Date {
  const today = Date.parse(`${vietnamDate(now)}T00:00:00Z`)
  return vietnamDayEnd(new Date(today + MAX_LISTING_DAYS * DAY_MS).toISOString().slice(0, 10))
}

/** @throws STAY_WATCH_EXPIRY_INVALID when the expiry is past or further than the law allows */
export function checkedExpiry(expiresAt: string, now: Date): Date {
  const at = new Date(expiresAt)
  const latest = latestExpiry(now)
  if (!(at.getTime() > now.getTime() && at.getTime() <= latest.getTime()))
    throw watchExpiryInvalid(latest.toISOString())
  return at
}
