/**
 * The one fixed "now" of the tests: the day the test registries are generated for and an instant
 * in its working hours (12:00 in Việt Nam). A test that needs another instant says so with
 * `fixedClock(at)`; a test that depends on the real time (expiry, deadlines counted from a
 * declaration just made) keeps `Date.now()`.
 */
export const TODAY = '2026-11-27'
export const NOW = new Date(`${TODAY}T05:00:00Z`)

export interface FixedClock {
  /** Every call answers a new Date of the same instant. */
  now: () => Date
  /** The calendar day of that instant in UTC, as the registry generator takes it. */
  today: string
}

/** A clock stopped at `at` (NOW unless told), for services that take `now` or `today`. */
export function fixedClock(at: Date | string = NOW): FixedClock {
  const instant = new Date(at)
  return { now: () => new Date(instant), today: instant.toISOString().slice(0, 10) }
}
