import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { AppError } from '../../../platform/http/errors.js'
import {
  addWorkingDays,
  calendarYears,
  dayOffOn,
  dueAt,
  isWorkingDay,
  receivingDay,
  slaState,
  workingDaysBetween,
} from './index.js'

/** An instant written in Vietnam time ('2026-03-06 17:30'). */
const vn = (text: string): Date => new Date(`${text.replace(' ', 'T')}:00+07:00`)

const refusedWith = (code: string, status: number) => (error: unknown) =>
  error instanceof AppError && error.code === code && error.status === status

describe('working days: the year data', () => {
  it('holds 2025 to 2027', () => {
    assert.deepEqual(calendarYears(), [2025, 2026, 2027])
  })

  it('Tết 2026 (29 tháng Chạp to mùng 4, 16-20 Feb) is off; the days around it are worked', () => {
    for (const day of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'])
      assert.equal(isWorkingDay(day), false, day)
    assert.equal(isWorkingDay('2026-02-13'), true)
    assert.equal(isWorkingDay('2026-02-23'), true)
    assert.equal(dayOffOn('2026-02-17')?.kind, 'lunar-holiday')
    assert.equal(dayOffOn('2026-02-17')?.name.vi, 'Tết Nguyên đán (mùng 1)')
  })

  it('Tết 2025 (27-31 Jan) and the lunar Hùng Kings days of each year are off', () => {
    for (const day of ['2025-01-27', '2025-01-29', '2025-01-31', '2025-04-07', '2027-04-16'])
      assert.equal(isWorkingDay(day), false, day)
    assert.equal(isWorkingDay('2025-02-03'), true)
  })

  it('a holiday on a Sunday gives the Monday off: Hùng Kings 2026 (26 Apr) → 27 Apr', () => {
    assert.equal(dayOffOn('2026-04-26')?.kind, 'lunar-holiday')
    assert.equal(isWorkingDay('2026-04-27'), false)
    assert.equal(dayOffOn('2026-04-27')?.kind, 'compensatory')
    assert.equal(isWorkingDay('2026-04-28'), true)
  })

  it('a swap: Friday 2 Jan 2026 off, Saturday 10 Jan 2026 worked; 2 May 2025 / 26 Apr 2025', () => {
    assert.equal(isWorkingDay('2026-01-02'), false)
    assert.equal(isWorkingDay('2026-01-10'), true)
    assert.equal(isWorkingDay('2026-01-17'), false, 'an ordinary Saturday')
    assert.equal(isWorkingDay('2025-05-02'), false)
    assert.equal(isWorkingDay('2025-04-26'), true)
    assert.equal(isWorkingDay('2026-08-22'), true)
    assert.equal(isWorkingDay('2026-08-31'), false)
  })

  it('National Day takes two days: 1-2 Sep 2025 and 2026', () => {
    for (const day of ['2025-09-01', '2025-09-02', '2026-09-01', '2026-09-02'])
      assert.equal(isWorkingDay(day), false, day)
  })

  it('a date outside the data is refused, never taken for a working day', () => {
    assert.throws(
      () => isWorkingDay('2028-01-03'),
      refusedWith('SERVICE_CALENDAR_YEAR_NOT_COVERED', 503),
    )
    assert.throws(
      () => isWorkingDay('2024-12-31'),
      refusedWith('SERVICE_CALENDAR_YEAR_NOT_COVERED', 503),
    )
    assert.throws(
      () => addWorkingDays('2027-12-29', 5),
      refusedWith('SERVICE_CALENDAR_YEAR_NOT_COVERED', 503),
    )
    assert.throws(
      () => isWorkingDay('2026-02-30'),
      refusedWith('SERVICE_CALENDAR_DAY_INVALID', 422),
    )
    assert.throws(
      () => isWorkingDay('26/02/2026'),
      refusedWith('SERVICE_CALENDAR_DAY_INVALID', 422),
    )
  })
})

describe('working days: receiving a dossier', () => {
  it('Friday 17:30 counts from Monday; 16:59 from Friday; 17:00 sharp from Monday', () => {
    assert.equal(receivingDay(vn('2026-03-06 17:30')), '2026-03-09')
    assert.equal(receivingDay(vn('2026-03-06 16:59')), '2026-03-06')
    assert.equal(receivingDay(vn('2026-03-06 17:00')), '2026-03-09')
  })

  it('before 07:30 on a working day counts from that day, read in Vietnam time', () => {
    // 06:00 in Vietnam is still the day before in UTC.
    assert.equal(receivingDay(vn('2026-03-09 06:00')), '2026-03-09')
    assert.equal(receivingDay(new Date('2026-03-08T23:30:00Z')), '2026-03-09')
  })

  it('a day off counts from the next working day: filed during Tết 2026 → Monday 23 Feb', () => {
    assert.equal(receivingDay(vn('2026-02-18 10:00')), '2026-02-23')
    assert.equal(receivingDay(vn('2026-02-13 18:00')), '2026-02-23')
  })

  it('a swap Saturday is a working day: filed on 10 Jan 2026 at 09:00 counts from it', () => {
    assert.equal(receivingDay(vn('2026-01-10 09:00')), '2026-01-10')
  })
})

describe('working days: due dates', () => {
  it('counts from the day after receipt: Monday + 3 working days is Thursday 17:00', () => {
    assert.equal(addWorkingDays('2026-03-09', 3), '2026-03-12')
    assert.equal(
      dueAt(vn('2026-03-09 10:00'), 3).toISOString(),
      vn('2026-03-12 17:00').toISOString(),
    )
    assert.equal(addWorkingDays('2026-03-09', 0), '2026-03-09')
  })

  it('Friday 17:30 with 1 working day is due on Tuesday 17:00', () => {
    assert.equal(
      dueAt(vn('2026-03-06 17:30'), 1).toISOString(),
      vn('2026-03-10 17:00').toISOString(),
    )
  })

  it('skips Tết: Thursday 12 Feb 2026 + 3 working days is Tuesday 24 Feb', () => {
    assert.equal(
      dueAt(vn('2026-02-12 10:00'), 3).toISOString(),
      vn('2026-02-24 17:00').toISOString(),
    )
  })

  it('counts a swap Saturday and skips the swapped Friday', () => {
    // 31 Dec 2025 + 2: 1 Jan holiday, 2 Jan swapped, weekend → Monday 5 and Tuesday 6 Jan.
    assert.equal(addWorkingDays('2025-12-31', 2), '2026-01-06')
    // Friday 9 Jan 2026 + 1: the Saturday worked in exchange.
    assert.equal(addWorkingDays('2026-01-09', 1), '2026-01-10')
  })

  it('adds the working days the clock was paused', () => {
    const received = vn('2026-04-22 09:00')
    assert.equal(dueAt(received, 3, 2).toISOString(), dueAt(received, 5).toISOString())
    // Wed 22 Apr + 5: 23, 24, (25-27 off: weekend and Hùng Kings' Monday), 28, 29, (30/4-1/5), 4 May.
    assert.equal(dueAt(received, 5).toISOString(), vn('2026-05-04 17:00').toISOString())
  })

  it('refuses a negative or fractional number of days', () => {
    assert.throws(() => addWorkingDays('2026-03-09', -1), RangeError)
    assert.throws(() => addWorkingDays('2026-03-09', 1.5), RangeError)
  })

  it('workingDaysBetween is the inverse of addWorkingDays, across the years held', () => {
    assert.equal(workingDaysBetween('2026-02-13', '2026-02-23'), 1)
    assert.equal(workingDaysBetween('2026-02-23', '2026-02-13'), -1)
    assert.equal(workingDaysBetween('2026-03-09', '2026-03-09'), 0)
    assert.equal(workingDaysBetween(vn('2026-03-06 23:30'), vn('2026-03-09 00:10')), 1)
    for (
      let start = Date.parse('2025-01-01T00:00:00Z');
      start < Date.parse('2027-11-01T00:00:00Z');
      start += 9 * 86_400_000
    ) {
      const day = new Date(start).toISOString().slice(0, 10)
      for (const n of [1, 5, 15])
        assert.equal(workingDaysBetween(day, addWorkingDays(day, n)), n, `${day} + ${n}`)
    }
  })

  it('a year has its 11 statutory days and some 250 working days', () => {
    for (const year of [2025, 2026, 2027]) {
      const worked = workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`)
      assert.ok(worked >= 245 && worked <= 252, `${year}: ${worked}`)
    }
    // Weekdays of 2026 (261) less the weekdays off (13) plus the two Saturdays worked.
    assert.equal(workingDaysBetween('2025-12-31', '2026-12-31'), 261 - 13 + 2)
  })
})

describe('working days: SLA colours', () => {
  const due = vn('2026-03-10 17:00') // a Tuesday

  it('due today or on the next working day is due soon; two working days ahead is on time', () => {
    assert.equal(slaState(due, vn('2026-03-10 16:00')), 'due_soon')
    assert.equal(slaState(due, vn('2026-03-10 17:00')), 'due_soon')
    assert.equal(slaState(due, vn('2026-03-09 10:00')), 'due_soon')
    assert.equal(slaState(due, vn('2026-03-06 10:00')), 'on_time')
    assert.equal(slaState(due, vn('2026-03-07 10:00')), 'on_time')
  })

  it('overdue once the instant has passed', () => {
    assert.equal(slaState(due, new Date(due.getTime() + 1000)), 'overdue')
  })

  it('counts working days, not calendar days: ten days before, across Tết, is due soon', () => {
    assert.equal(slaState(vn('2026-02-23 17:00'), vn('2026-02-13 10:00')), 'due_soon')
  })
})

describe('working days: whatever the server zone', () => {
  it('gives the same answers with TZ=America/New_York', () => {
    const zone = process.env.TZ
    process.env.TZ = 'America/New_York'
    try {
      assert.equal(new Date(2026, 0, 1).getTimezoneOffset(), 300, 'the zone took effect')
      assert.equal(receivingDay(vn('2026-03-06 17:30')), '2026-03-09')
      assert.equal(receivingDay(vn('2026-03-09 06:00')), '2026-03-09')
      assert.equal(dueAt(vn('2026-02-12 10:00'), 3).toISOString(), '2026-02-24T10:00:00.000Z')
      assert.equal(slaState(vn('2026-03-10 17:00'), vn('2026-03-09 20:00')), 'due_soon')
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })
})
