import { blockedFor, type ThrottleRule } from '../../../platform/http/throttle.js'
import type { Executor } from '../../../platform/db/database.js'
import { tooManyAttempts } from '../identity.errors.js'

export {
  blockUntil,
  clearAttempts,
  clientKey,
  countAttempt,
  recordAttempt,
  type ThrottleRule,
} from '../../../platform/http/throttle.js'

// Sign-in's throttling policy: which keys, what limits (the counting is the platform's).

// Per IP: a burst allowance, then a block. Per account, across every IP, a cap per hour: it stops
// guessing spread over many addresses, which the per-IP rules cannot see; the account then stays
// locked until the hour is over, 15 minutes at least (sign-in.service).
export const PER_IP: ThrottleRule = { limit: 30, windowSeconds: 60, blockSeconds: 60 }
export const PER_ACCOUNT_HOUR: ThrottleRule = { limit: 20, windowSeconds: 3600, blockSeconds: 900 }
// A known device escapes the account's lock, so a stolen device cookie must not be a way round
// it: the device's own failures lock it out the same way, and it becomes one more unknown device.
export const PER_DEVICE: ThrottleRule = { limit: 10, windowSeconds: 3600, blockSeconds: 3600 }

/** @throws IDENTITY_TOO_MANY_ATTEMPTS (429) while the key is blocked */
export async function assertNotBlocked(db: Executor, key: string, now = new Date()): Promise<void> {
  const seconds = await blockedFor(db, key, now)
  if (seconds !== undefined) throw tooManyAttempts(seconds)
}

/** Codes sent to one number: enough for a slow phone, too few to make the gateway a weapon. */
export const SMS_PER_NUMBER: ThrottleRule = { limit: 5, windowSeconds: 3600, blockSeconds: 3600 }
