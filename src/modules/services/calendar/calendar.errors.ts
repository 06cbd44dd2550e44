import { defineErrors } from '../../../platform/http/errors.js'

/**
 * The working-day calendar's refusals. A year missing from data/services/calendar is the
 * server's data to maintain, not the caller's mistake: 503 until the year's file is added.
 */
export const calendarErrors = defineErrors('SERVICE_CALENDAR', {
  YEAR_NOT_COVERED: {
    status: 503,
    vi: (p: { year: number; covered: number[] }) =>
      `Chưa có lịch ngày làm việc năm ${p.year} (có: ${p.covered.join(', ')})`,
    en: (p: { year: number; covered: number[] }) =>
      `No working-day calendar for ${p.year} (loaded: ${p.covered.join(', ')})`,
  },
  DAY_INVALID: {
    status: 422,
    vi: 'Ngày không hợp lệ (cần dạng YYYY-MM-DD)',
    en: 'Not a calendar day (YYYY-MM-DD expected)',
  },
})
