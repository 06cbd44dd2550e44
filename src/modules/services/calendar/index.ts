export { calendarErrors } from './calendar.errors.js'
export {
  calendarYears,
  DAY_OFF_KINDS,
  type DayOff,
  type DayOffKind,
  type SwapWorkDay,
} from './calendar.reference.js'
export {
  addWorkingDays,
  closingTime,
  dayOffOn,
  dueAt,
  isWorkingDay,
  receivingDay,
  slaState,
  workingDaysBetween,
  type SlaState,
} from './working-days.js'
