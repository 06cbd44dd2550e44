export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh'

const calendarDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The calendar day in Vietnam (YYYY-MM-DD) at an instant, whatever the server's zone. */
export function vietnamDate(at: Date = new Date()): string {
  return calendarDay.format(at)
}

/** A real calendar date written YYYY-MM-DD, or undefined. */
export function parseCalendarDate(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return undefined
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? value
    : undefined
}

/**
 * The instants a span of Vietnam calendar days covers, both days included: [from, to). Vietnam
 * keeps +07:00 all year, so a day there starts at 17:00 UTC the day before.
 */
export function vietnamDays(period: { from: string; to: string }): { from: Date; to: Date } {
  return {
    from: new Date(`${period.from}T00:00:00+07:00`),
    to: new Date(new Date(`${period.to}T00:00:00+07:00`).getTime() + 86_400_000),
  }
}
