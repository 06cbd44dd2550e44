import { sql } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { tooManyAttempts } from './identity.errors.js'
import { throttles } from './identity.tables.js'

export interface ThrottleRule {
  /** Failures allowed in a window before the key is blocked. */
  limit: number
  windowSeconds: number
  blockSeconds: number
}

// Per IP: a burst allowance, then a block; per account a cap per hour, so nobody can lock an
// account for long by guessing (the progressive delay in sign-in handles the rest).
export const PER_IP: ThrottleRule = { limit: 30, windowSeconds: 60, blockSeconds: 60 }
export const PER_ACCOUNT_HOUR: ThrottleRule = { limit: 20, windowSeconds: 3600, blockSeconds: 900 }

/** @throws IDENTITY_TOO_MANY_ATTEMPTS (429) while the key is blocked */
export async function assertNotBlocked(db: Executor, key: string, now = new Date()): Promise<void> {
  const [row] = await db
    .select({ blockedUntil: throttles.blockedUntil })
    .from(throttles)
    .where(sql`${throttles.key} = ${key}`)
  if (row?.blockedUntil && row.blockedUntil > now) {
    throw tooManyAttempts(Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 1000))
  }
}

/** Counts an attempt (a failure, a message sent) for the key, starting a new window when the old one has passed. */
export async function recordAttempt(
  db: Executor,
  key: string,
  rule: ThrottleRule,
  now = new Date(),
): Promise<void> {
  const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000)
  await db
    .insert(throttles)
    .values({ key, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: throttles.key,
      set: {
        failures: sql`CASE WHEN ${throttles.windowStartedAt} < ${windowStart} THEN 1 ELSE ${throttles.failures} + 1 END`,
        windowStartedAt: sql`CASE WHEN ${throttles.windowStartedAt} < ${windowStart} THEN ${now} ELSE ${throttles.windowStartedAt} END`,
      },
    })
  await db
    .update(throttles)
    .set({
      blockedUntil: new Date(now.getTime() + rule.blockSeconds * 1000),
      failures: 0,
      windowStartedAt: now,
    })
    .where(sql`${throttles.key} = ${key} AND ${throttles.failures} >= ${rule.limit}`)
}

export async function clearAttempts(db: Executor, key: string): Promise<void> {
  await db.delete(throttles).where(sql`${throttles.key} = ${key}`)
}

/** Codes sent to one number: enough for a slow phone, too few to make the gateway a weapon. */
export const SMS_PER_NUMBER: ThrottleRule = { limit: 5, windowSeconds: 3600, blockSeconds: 3600 }
