/**
 * When a failed delivery is tried again: after the n-th failed attempt, the n-th wait of the
 * schedule, spread by ±jitter so that endpoints coming back up are not hit by every sender at
 * once; past the schedule's end, never (the delivery is dead-lettered).
 */
export const DEFAULT_RETRY_SCHEDULE_MS: readonly number[] = [
  10_000, // 10 s
  60_000, // 1 min
  300_000, // 5 min
  1_800_000, // 30 min
  7_200_000, // 2 h
  21_600_000, // 6 h
]

export function nextAttemptAt(
  failedAttempts: number,
  options: { schedule: readonly number[]; jitter: number; now: Date; random?: () => number },
): Date | null {
  const wait = options.schedule[failedAttempts - 1]
  if (wait === undefined) return null
  const spread = 1 + options.jitter * (2 * (options.random ?? Math.random)() - 1)
  return new Date(options.now.getTime() + Math.round(wait * spread))
}
