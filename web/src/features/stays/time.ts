/**
 * Wall-clock times at the desk are Vietnam's, whatever the device's zone: Vietnam keeps +07:00
 * all year (no daylight saving), so a local date and time there names exactly one instant.
 */
const ZONE = 'Asia/Ho_Chi_Minh'
const OFFSET = '+07:00'
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

const wallClockFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** `YYYY-MM-DDTHH:mm` in Vietnam: what a `datetime-local` field shows and takes. */
export function vietnamWallClock(at: Date = new Date()): string {
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    wallClockFormat.formatToParts(at).find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`
}

/** Today's date in Vietnam, `YYYY-MM-DD`. */
export const vietnamToday = (at: Date = new Date()): string => vietnamWallClock(at).slice(0, 10)

/** The first day of the month of a `YYYY-MM-DD` day. */
export const firstOfMonth = (day: string): string => `${day.slice(0, 8)}01`

/** A `datetime-local` value read as Vietnam time, as an ISO instant; undefined if it is not one. */
export function wallClockInstant(value: string): string | undefined {
  const match = WALL_CLOCK.exec(value.trim())
  if (!match) return undefined
  const iso = `${value.trim()}:00${OFFSET}`
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return undefined
  // Rolled-over dates (31 April) parse as another day: only a real date is taken.
  return vietnamWallClock(date) === value.trim() ? iso : undefined
}

/** The whole years from a birth date to a day, both `YYYY-MM-DD`. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4))
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years
}
