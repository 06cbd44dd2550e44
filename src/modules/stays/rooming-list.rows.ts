import { parseCalendarDate } from '../../platform/time/vietnam.js'
import type { DeclareInput, GuestInput } from './declarations.types.js'
import { composePassportMrz } from './rooming-list.mrz.js'
import type { Column, SheetRow } from './rooming-list.sheet.js'
import { rowBadDate, rowIncomplete, rowInvalid } from './stays.errors.js'

/**
 * One rooming-list row as the declaration it asks for: a citizen by personal number, name and
 * birth date (checked against the registry like a typed check-in); a foreigner, recognised by a
 * passport number, by the passport's fields (written as the MRZ the passport carries, so that it
 * meets the same checks as a scanned one). Dates are DD/MM/YYYY (or YYYY-MM-DD); arrival and
 * departure add a time of day, HH:mm, in Vietnam time.
 */

const DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/

// The limits of a check-in's own fields (declarations.schemas.ts).
const MAX_NAME = 200
const MAX_ROOM = 30

const two = (value: string): string => value.padStart(2, '0')

/** 'DD/MM/YYYY' or 'YYYY-MM-DD' as 'YYYY-MM-DD', or undefined. */
function calendarDay(text: string): string | undefined {
  const local = DAY.exec(text)
  if (local) return parseCalendarDate(`${local[3]}-${two(local[2]!)}-${two(local[1]!)}`)
  return ISO_DAY.test(text) ? parseCalendarDate(text) : undefined
}

/** A day and a time of day in Vietnam (UTC+7 all year) as an ISO instant, or undefined. */
function vietnamInstant(text: string): string | undefined {
  const [dayText = '', timeText = '', ...rest] = text.split(/[\sT]+/)
  const day = calendarDay(dayText)
  const time = TIME.exec(timeText)
  if (!day || !time || rest.length > 0) return undefined
  const [, hours = '', minutes = '', seconds = '0'] = time
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return undefined
  return new Date(`${day}T${two(hours)}:${minutes}:${two(seconds)}+07:00`).toISOString()
}

type Cells = SheetRow['cells']

/** @throws STAY_ROW_INCOMPLETE naming every empty required column */
function filled<C extends Column>(cells: Cells, columns: C[]): Record<C, string> {
  const missing = columns.filter((c) => !cells[c])
  if (missing.length > 0) throw rowIncomplete(missing)
  return cells as Record<C, string>
}

/** @throws STAY_ROW_BAD_DATE */
function dayOf(cells: Cells, column: Column): string {
  const day = calendarDay(cells[column] ?? '')
  if (!day) throw rowBadDate(column)
  return day
}

/** @throws STAY_ROW_BAD_DATE */
function instantOf(cells: Cells, column: Column): string {
  const at = vietnamInstant(cells[column] ?? '')
  if (!at) throw rowBadDate(column)
  return at
}

const optional = <T>(cells: Cells, column: Column, read: (c: Cells, k: Column) => T) =>
  cells[column] ? read(cells, column) : undefined

// A spreadsheet stores a typed number as a number and drops its leading zeros; personal numbers
// always have 12 digits, so the zeros are put back.
const personalNumberOf = (text: string): string =>
  /^\d{9,11}$/.test(text) ? text.padStart(12, '0') : text.replace(/\s+/g, '')

const SEXES: Record<string, 'M' | 'F'> = {
  m: 'M',
  nam: 'M',
  male: 'M',
  f: 'F',
  nu: 'F',
  female: 'F',
}

/** @throws STAY_ROW_INVALID */
function sexOf(text: string | undefined): 'M' | 'F' | null {
  if (!text) return null
  const sex =
    SEXES[
      text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
    ]
  if (!sex) throw rowInvalid('sex')
  return sex
}

/** @throws STAY_ROW_INCOMPLETE, STAY_ROW_BAD_DATE, STAY_ROW_INVALID */
function foreignGuest(cells: Cells): GuestInput {
  const given = filled(cells, ['nationality', 'passportNumber', 'passportExpiry', 'entryDate'])
  const nationality = given.nationality.toUpperCase()
  if (!/^[A-Z]{3}$/.test(nationality)) throw rowInvalid('nationality')
  const passportMrz = composePassportMrz({
    fullName: cells.fullName!,
    nationality,
    passportNumber: given.passportNumber.replace(/\s+/g, ''),
    birthDate: dayOf(cells, 'birthDate'),
    sex: sexOf(cells.sex),
    expiryDate: dayOf(cells, 'passportExpiry'),
  })
  if (!passportMrz) throw rowInvalid('passportNumber')
  const visaExpiresOn = optional(cells, 'visaExpiry', dayOf)
  return {
    passportMrz,
    entryDate: dayOf(cells, 'entryDate'),
    ...(cells.visaNumber ? { visaNumber: cells.visaNumber } : {}),
    ...(visaExpiresOn ? { visaExpiresOn } : {}),
  }
}

/** @throws STAY_ROW_INCOMPLETE, STAY_ROW_BAD_DATE */
function citizenGuest(cells: Cells): GuestInput {
  const given = filled(cells, ['personalNumber'])
  return {
    personalNumber: personalNumberOf(given.personalNumber),
    fullName: cells.fullName!,
    birthDate: dayOf(cells, 'birthDate'),
  }
}

/**
 * The declaration a row asks for.
 * @throws STAY_ROW_INCOMPLETE, STAY_ROW_BAD_DATE, STAY_ROW_INVALID
 */
export function declarationOfRow(cells: Cells): DeclareInput {
  filled(cells, ['fullName', 'birthDate', 'arrival'])
  if (cells.fullName!.length > MAX_NAME) throw rowInvalid('fullName')
  if (cells.room && cells.room.length > MAX_ROOM) throw rowInvalid('room')
  const guest = cells.passportNumber ? foreignGuest(cells) : citizenGuest(cells)
  const expectedDepartureAt = optional(cells, 'expectedDeparture', instantOf)
  return {
    arrivalAt: instantOf(cells, 'arrival'),
    ...(expectedDepartureAt ? { expectedDepartureAt } : {}),
    method: 'rooming_list',
    guests: [{ ...guest, ...(cells.room ? { room: cells.room } : {}) }],
  }
}
