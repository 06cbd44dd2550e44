import { isIPv6 } from 'node:net'
import { sql } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { tooManyAttempts } from '../identity.errors.js'
import { throttles } from '../identity.tables.js'

export interface ThrottleRule {
  /** Failures allowed in a window before the key is blocked. */
  limit: number
  windowSeconds: number
  blockSeconds: number
}

// Per IP: a burst allowance, then a block. Per account, across every IP, a cap per hour: it stops
// guessing spread over many addresses, which the per-IP rules cannot see; the account then stays
// locked until the hour is over, 15 minutes at least (sign-in.service).
export const PER_IP: ThrottleRule = { limit: 30, windowSeconds: 60, blockSeconds: 60 }
export const PER_ACCOUNT_HOUR: ThrottleRule = { limit: 20, windowSeconds: 3600, blockSeconds: 900 }
// A known device escapes the account's lock, so a stolen device cookie must not be a way round
// it: the device's own failures lock it out the same way, and it becomes one more unknown device.
export const PER_DEVICE: ThrottleRule = { limit: 10, windowSeconds: 3600, blockSeconds: 3600 }

/** The eight groups of an IPv6 address, `::` expanded (an embedded IPv4 tail counts as two). */
function ipv6Groups(ip: string): string[] {
  const [head = '', tail] = ip.toLowerCase().split('::')
  const split = (part: string): string[] => (part ? part.split(':') : [])
  const width = (groups: string[]): number =>
    groups.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0)
  if (tail === undefined) return split(head)
  const missing = 8 - width(split(head)) - width(split(tail))
  return [...split(head), ...Array<string>(missing).fill('0'), ...split(tail)]
}

/**
 * The address a client is throttled by: an IPv6 client holds a whole /64 and could take a new
 * address for every attempt, so it counts as its /64; an IPv4-mapped address as the IPv4 one.
 */
export function clientKey(ip: string): string {
  const address = ip.split('%')[0]!
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return mapped[1]!
  if (!isIPv6(address)) return address
  const prefix = ipv6Groups(address)
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
  return `${prefix.join(':')}::/64`
}

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

/**
 * Counts an attempt for the key, starting a new window when the old one has passed.
 * @returns the attempts in the window so far, this one included, and when the window started
 */
export async function countAttempt(
  db: Executor,
  key: string,
  windowSeconds: number,
  now = new Date(),
): Promise<{ attempts: number; windowStartedAt: Date }> {
  const windowStart = new Date(now.getTime() - windowSeconds * 1000)
  const [row] = await db
    .insert(throttles)
    .values({ key, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: throttles.key,
      set: {
        failures: sql`CASE WHEN ${throttles.windowStartedAt} < ${windowStart} THEN 1 ELSE ${throttles.failures} + 1 END`,
        windowStartedAt: sql`CASE WHEN ${throttles.windowStartedAt} < ${windowStart} THEN ${now} ELSE ${throttles.windowStartedAt} END`,
      },
    })
    .returning({ attempts: throttles.failures, windowStartedAt: throttles.windowStartedAt })
  return row!
}

/** Blocks the key until the given instant, keeping its count. */
export async function blockUntil(db: Executor, key: string, until: Date): Promise<void> {
  await db
    .update(throttles)
    .set({ blockedUntil: until })
    .where(sql`${throttles.key} = ${key}`)
}

/** Counts an attempt (a failure, a message sent); past the rule's limit the key is blocked. */
export async function recordAttempt(
  db: Executor,
  key: string,
  rule: ThrottleRule,
  now = new Date(),
): Promise<void> {
  const { attempts } = await countAttempt(db, key, rule.windowSeconds, now)
  if (attempts < rule.limit) return
  await db
    .update(throttles)
    .set({
      blockedUntil: new Date(now.getTime() + rule.blockSeconds * 1000),
      failures: 0,
      windowStartedAt: now,
    })
    .where(sql`${throttles.key} = ${key}`)
}

export async function clearAttempts(db: Executor, key: string): Promise<void> {
  await db.delete(throttles).where(sql`${throttles.key} = ${key}`)
}

/** Codes sent to one number: enough for a slow phone, too few to make the gateway a weapon. */
export const SMS_PER_NUMBER: ThrottleRule = { limit: 5, windowSeconds: 3600, blockSeconds: 3600 }
