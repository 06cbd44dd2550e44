import type { Executor } from '../db/database.js'
import { countAttempt } from './throttle.js'

export interface RateDecision {
  allowed: boolean
  /** When the window that counted this attempt started. */
  windowStartedAt: Date
}

interface Lease {
  windowStartedAt: Date
  left: number
}

// Leases small enough that an instance sitting on unused ones refuses others little: a
// fiftieth of the limit, and never more than this many at once.
const MAX_LEASE = 200

/**
 * A per-minute limit shared by every instance through the database, without a database round
 * trip per attempt: an instance counts a lease of several attempts at once in the shared window
 * (the same row `countAttempt` keeps) and spends it locally. What the database has counted is
 * never more than the limit allows, so the limit holds across instances; the cost is that an
 * instance's unspent lease dies with its window. A limit under 100 leases one attempt at a
 * time, which is exactly `countAttempt`.
 */
export function createRateQuota(windowSeconds: number) {
  const leases = new Map<string, Lease>()
  // A key being leased: attempts meanwhile wait for that lease rather than ask for their own.
  const pending = new Map<string, Promise<void>>()

  async function lease(db: Executor, key: string, limit: number, now: Date): Promise<void> {
    const size = Math.min(MAX_LEASE, Math.max(1, Math.floor(limit / 50)))
    const { attempts, windowStartedAt } = await countAttempt(db, key, windowSeconds, now, size)
    const granted = Math.max(0, Math.min(size, limit - (attempts - size)))
    leases.set(key, { windowStartedAt, left: granted })
  }

  const current = (key: string, now: Date): Lease | undefined => {
    const held = leases.get(key)
    if (!held) return undefined
    const ends = held.windowStartedAt.getTime() + windowSeconds * 1000
    return ends > now.getTime() ? held : undefined
  }

  /** Counts an attempt on `key`; `allowed` is false past `limit` in the window. */
  return async function attempt(
    db: Executor,
    key: string,
    limit: number,
    now = new Date(),
  ): Promise<RateDecision> {
    for (;;) {
      const held = current(key, now)
      if (held && held.left > 0) {
        held.left -= 1
        return { allowed: true, windowStartedAt: held.windowStartedAt }
      }
      const waiting = pending.get(key)
      if (waiting) {
        await waiting
        continue
      }
      // No lease, or one spent in a window still running: ask the shared count for room.
      const fresh = lease(db, key, limit, now).finally(() => pending.delete(key))
      pending.set(key, fresh)
      await fresh
      const after = leases.get(key)!
      if (after.left > 0) continue
      return { allowed: false, windowStartedAt: after.windowStartedAt }
    }
  }
}
