import { readdirSync, readFileSync } from 'node:fs'
import { Type, type Static } from '@sinclair/typebox'
import { Value } from '@sinclair/typebox/value'
import { parseCalendarDate } from '../../../platform/time/vietnam.js'
import { calendarErrors } from './calendar.errors.js'

/**
 * The working-day calendar as data, one file a year (data/services/calendar/YYYY.json): the days
 * off beyond weekends (public holidays of the Labour Code 2019, art. 112, the lunar ones among
 * them; compensatory days of art. 111(3); days swapped by the Government's yearly notices), the
 * Saturdays worked in exchange, and the one-stop shop's office hours. Lunar dates are data taken
 * from a table, never computed here.
 */

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })
const Clock = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' })
const Name = Type.Object(
  { vi: Type.String({ minLength: 1 }), en: Type.String({ minLength: 1 }) },
  { additionalProperties: false },
)

export const DAY_OFF_KINDS = ['holiday', 'lunar-holiday', 'compensatory', 'swap-off'] as const

const DayOffSchema = Type.Object(
  {
    date: Day,
    kind: Type.Union(DAY_OFF_KINDS.map((k) => Type.Literal(k))),
    name: Name,
    /** The lunar date of a lunar holiday, as the table gives it ('10/03 Bính Ngọ'). */
    lunarDate: Type.Optional(Type.String()),
    /** The holiday on a weekend that a compensatory day makes up for. */
    compensates: Type.Optional(Day),
    /** The Saturday worked in exchange for a swapped day off. */
    swappedWith: Type.Optional(Day),
    note: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
)

const WorkDaySchema = Type.Object(
  {
    date: Day,
    kind: Type.Literal('swap-work'),
    name: Name,
    /** The weekday taken off in exchange. */
    swappedWith: Day,
    note: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
)

const OfficePeriod = Type.Object({ from: Clock, to: Clock }, { additionalProperties: false })

export const WorkingCalendarFileSchema = Type.Object(
  {
    year: Type.Integer({ minimum: 2000, maximum: 2100 }),
    /** 'to-verify' while the Government has not announced the year: derived from the law. */
    status: Type.Union([Type.Literal('announced'), Type.Literal('to-verify')]),
    note: Type.String(),
    sources: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
    officeHours: Type.Array(OfficePeriod, { minItems: 1 }),
    daysOff: Type.Array(DayOffSchema),
    workDays: Type.Array(WorkDaySchema),
  },
  { additionalProperties: false },
)

export type WorkingCalendarFile = Static<typeof WorkingCalendarFileSchema>
export type DayOff = Static<typeof DayOffSchema>
export type DayOffKind = (typeof DAY_OFF_KINDS)[number]
export type SwapWorkDay = Static<typeof WorkDaySchema>

/** One year of the calendar, indexed for look-ups. */
export interface WorkingYear {
  year: number
  status: WorkingCalendarFile['status']
  /** When the office opens and closes on a working day ('HH:MM', Vietnam time). */
  opens: string
  closes: string
  officeHours: { from: string; to: string }[]
  daysOff: ReadonlyMap<string, DayOff>
  workDays: ReadonlyMap<string, SwapWorkDay>
}

const isWeekend = (day: string): boolean => {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
  return weekday === 0 || weekday === 6
}

/** Every rule the schema cannot say, as sentences; empty when the year is sound. */
function problemsOf(file: WorkingCalendarFile): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  const offs = new Map(file.daysOff.map((d) => [d.date, d]))
  const works = new Map(file.workDays.map((d) => [d.date, d]))
  for (const entry of [...file.daysOff, ...file.workDays]) {
    const { date, kind } = entry
    if (!parseCalendarDate(date)) problems.push(`${date}: not a real date`)
    else if (!date.startsWith(`${String(file.year)}-`))
      problems.push(`${date}: not in ${file.year}`)
    if (seen.has(date)) problems.push(`${date}: listed twice`)
    seen.add(date)
    if (kind === 'swap-work' && !isWeekend(date)) problems.push(`${date}: swap-work on a weekday`)
    if ((kind === 'swap-off' || kind === 'compensatory') && isWeekend(date))
      problems.push(`${date}: ${kind} on a weekend`)
  }
  for (const d of file.daysOff) {
    if (d.kind === 'compensatory' && !(d.compensates && offs.has(d.compensates)))
      problems.push(`${d.date}: compensatory without the holiday it makes up for`)
    if (d.kind === 'compensatory' && d.compensates && !isWeekend(d.compensates))
      problems.push(`${d.date}: compensates ${d.compensates}, which is not on a weekend`)
    if (d.kind === 'swap-off' && !d.swappedWith) problems.push(`${d.date}: swap-off without a day`)
    const pair = d.swappedWith ? works.get(d.swappedWith) : undefined
    if (d.swappedWith?.startsWith(`${String(file.year)}-`) && pair?.swappedWith !== d.date)
      problems.push(`${d.date}: swapped with ${d.swappedWith}, which does not name it back`)
  }
  for (const w of file.workDays) {
    const pair = offs.get(w.swappedWith)
    if (w.swappedWith.startsWith(`${String(file.year)}-`) && pair?.swappedWith !== w.date)
      problems.push(`${w.date}: swapped with ${w.swappedWith}, which does not name it back`)
  }
  file.officeHours.forEach((p, i) => {
    const previous = file.officeHours[i - 1]
    if (p.from >= p.to) problems.push(`office hours ${p.from}-${p.to}: empty`)
    if (previous && previous.to > p.from) problems.push(`office hours ${p.from}-${p.to}: overlap`)
  })
  return problems
}

/**
 * A year's calendar from its file's content, checked against the schema and the rules above.
 * @throws Error naming every problem: a bad file is a data defect, found when first read.
 */
export function parseWorkingCalendar(content: unknown, year: number): WorkingYear {
  if (!Value.Check(WorkingCalendarFileSchema, content)) {
    const errors = [...Value.Errors(WorkingCalendarFileSchema, content)].map(
      (e) => `${e.path || '/'}: ${e.message}`,
    )
    throw new Error(`working calendar ${year}: ${errors.slice(0, 10).join('; ')}`)
  }
  const problems = content.year === year ? problemsOf(content) : [`the file says ${content.year}`]
  if (problems.length > 0) throw new Error(`working calendar ${year}: ${problems.join('; ')}`)
  const officeHours = content.officeHours.map(({ from, to }) => ({ from, to }))
  return {
    year,
    status: content.status,
    opens: officeHours[0]!.from,
    closes: officeHours.at(-1)!.to,
    officeHours,
    daysOff: new Map(content.daysOff.map((d) => [d.date, d])),
    workDays: new Map(content.workDays.map((d) => [d.date, d])),
  }
}

const CALENDAR_DIR = new URL('../../../../data/services/calendar/', import.meta.url)

let covered: number[] | undefined
const years = new Map<number, WorkingYear>()

/** The years the data holds, ascending. */
export function calendarYears(): number[] {
  covered ??= readdirSync(CALENDAR_DIR)
    .map((name) => /^(\d{4})\.json$/.exec(name)?.[1])
    .filter((y): y is string => y !== undefined)
    .map(Number)
    .sort((a, b) => a - b)
  return covered
}

/**
 * The calendar of a year, read and checked once, then kept.
 * @throws SERVICE_CALENDAR_YEAR_NOT_COVERED when data/services/calendar has no file for the year
 */
export function workingYear(year: number): WorkingYear {
  const cached = years.get(year)
  if (cached) return cached
  if (!calendarYears().includes(year))
    throw calendarErrors.refuse('YEAR_NOT_COVERED', { year, covered: calendarYears() })
  const content: unknown = JSON.parse(
    readFileSync(new URL(`${String(year)}.json`, CALENDAR_DIR), 'utf8'),
  )
  const parsed = parseWorkingCalendar(content, year)
  years.set(year, parsed)
  return parsed
}
