import { isIPv6 } from 'node:net'
import { sql } from 'drizzle-orm'
import type { Executor } from '../db/database.js'
import { throttles } from './throttle.tables.js'

/**
 * Counting attempts per key (an address, an account, a phone number) in a window, shared by every
 * instance through the database, and blocking a key that passes its rule's limit. The policy
 * (which keys, what limits, which refusal) is the module's.
 */

export interface ThrottleRule {
  /** Failures allowed in a window before the key is blocked. */
  limit: number
  windowSeconds: number
  blockSeconds: number
}

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

/** @returns the seconds left while the key is blocked, undefined when it is not */
export async function blockedFor(
  db: Executor,
  key: string,
  now = new Date(),
): Promise<number | undefined> {
  const [row] = await db
    .select({ blockedUntil: throttles.blockedUntil })
    .from(throttles)
    .where(sql`${throttles.key} = ${key}`)
  if (!row?.blockedUntil || row.blockedUntil <= now) return undefined
  return Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 1000)
}

/**
 * Counts an attempt (or `count` of them at once) for the key, starting a new window when the old
 * one has passed.
 * @returns the attempts in the window so far, these included, and when the window started
 */
export async function countAttempt(
  db: Executor,
  key: string,
  windowSeconds: number,
  now = new Date(),
  count = 1,
): Promise<{ attempts: number; windowStartedAt: Date }> {
  const windowStart = new Date(now.getTime() - windowSeconds * 1000)
  const [row] = await db
    .insert(throttles)
    .values({ key, failures: count, windowStartedAt: now })
    .onConflictDoUpdate({
      target: throttles.key,
      set: {
        failures: sql`CASE WHEN ${throttles.windowStartedAt} < ${windowStart} THEN ${count}::int ELSE ${throttles.failures} + ${count}::int END`,
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
