import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import {
  parseWorkingCalendar,
  workingYear,
  type WorkingCalendarFile,
} from './calendar.reference.js'

const fileOf = (year: number): WorkingCalendarFile =>
  JSON.parse(
    readFileSync(
      new URL(`../../../../data/services/calendar/${year}.json`, import.meta.url),
      'utf8',
    ),
  ) as WorkingCalendarFile

/** Tết's five days and Hùng Kings' day, by the lunar table (checked by hand, not computed). */
const LUNAR = {
  2025: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-04-07'],
  2026: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-26'],
  2027: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-04-16'],
}

describe('working calendar files', () => {
  for (const year of [2025, 2026, 2027] as const) {
    it(`${year}: valid, with the 11 statutory days of art. 112, the lunar ones on their dates`, () => {
      const calendar = workingYear(year)
      const statutory = [...calendar.daysOff.values()].filter(
        (d) => d.kind === 'holiday' || d.kind === 'lunar-holiday',
      )
      assert.equal(statutory.length, 11)
      assert.deepEqual(
        statutory.filter((d) => d.kind === 'lunar-holiday').map((d) => d.date),
        LUNAR[year],
      )
      for (const fixed of ['01-01', '04-30', '05-01', '09-02'])
        assert.ok(calendar.daysOff.has(`${year}-${fixed}`), fixed)
      assert.equal(calendar.closes, '17:00')
      assert.equal(calendar.opens, '07:30')
    })
  }

  const broken = (change: (file: WorkingCalendarFile) => void): WorkingCalendarFile => {
    const file = structuredClone(fileOf(2026))
    change(file)
    return file
  }

  it('refuses a swap whose Saturday is a weekday, or does not name the day back', () => {
    assert.throws(
      () =>
        parseWorkingCalendar(
          broken((f) => (f.workDays[0]!.date = '2026-01-09')),
          2026,
        ),
      /swap-work on a weekday/,
    )
    assert.throws(
      () =>
        parseWorkingCalendar(
          broken((f) => (f.workDays[0]!.swappedWith = '2026-08-31')),
          2026,
        ),
      /does not name it back/,
    )
  })

  it('refuses a date of another year, a date twice, a compensatory day on a weekend', () => {
    assert.throws(
      () =>
        parseWorkingCalendar(
          broken((f) => (f.daysOff[0]!.date = '2025-01-01')),
          2026,
        ),
      /not in 2026/,
    )
    assert.throws(
      () =>
        parseWorkingCalendar(
          broken((f) => f.daysOff.push({ ...f.daysOff[0]! })),
          2026,
        ),
      /listed twice/,
    )
    assert.throws(
      () =>
        parseWorkingCalendar(
          broken((f) => (f.daysOff.find((d) => d.kind === 'compensatory')!.date = '2026-04-25')),
          2026,
        ),
      /compensatory on a weekend/,
    )
  })

  it('refuses a file that fails the schema or names another year', () => {
    assert.throws(
      () =>
        parseWorkingCalendar(
          broken((f) => ((f.daysOff[0] as { kind: string }).kind = 'fête')),
          2026,
        ),
      /working calendar 2026/,
    )
    assert.throws(() => parseWorkingCalendar(fileOf(2026), 2027), /the file says 2026/)
    assert.throws(
      () =>
        parseWorkingCalendar(
          broken((f) => (f.officeHours = [{ from: '17:00', to: '07:30' }])),
          2026,
        ),
      /empty/,
    )
  })
})
