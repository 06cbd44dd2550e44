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
