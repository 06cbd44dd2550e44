import { parseCalendarDate } from '../../../platform/time/vietnam.js'
import type { DeclareInput, GuestInput } from '../declarations/declarations.types.js'
import { composePassportMrz } from './rooming-list-mrz.js'
import {
  templateHeader,
  type Column,
  type SheetHeaders,
  type SheetRow,
} from './rooming-list-sheet.js'
import { rowBadDate, rowIncomplete, rowInvalid, type HeaderName } from '../stays.errors.js'

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

/** A row's cells and how the file heads each column, so that a refusal names it that way. */
interface Row {
  cells: Cells
  headers: SheetHeaders
}

/** The file's header of the column, or the template's where the file has no such column. */
function nameOf(headers: SheetHeaders, column: Column): HeaderName {
  const own = headers[column]
  return own ? { vi: own, en: own } : templateHeader(column)
}

const invalid = (row: Row, column: Column) => rowInvalid(column, nameOf(row.headers, column))
const badDate = (row: Row, column: Column) => rowBadDate(column, nameOf(row.headers, column))

/** @throws STAY_ROW_INCOMPLETE naming every empty required column */
function filled<C extends Column>({ cells, headers }: Row, columns: C[]): Record<C, string> {
  const missing = columns.filter((c) => !cells[c])
  if (missing.length > 0)
    throw rowIncomplete(
      missing,
      missing.map((c) => nameOf(headers, c)),
    )
  return cells as Record<C, string>
}

/** @throws STAY_ROW_BAD_DATE */
function dayOf(row: Row, column: Column): string {
  const day = calendarDay(row.cells[column] ?? '')
  if (!day) throw badDate(row, column)
  return day
}

/** @throws STAY_ROW_BAD_DATE */
function instantOf(row: Row, column: Column): string {
  const at = vietnamInstant(row.cells[column] ?? '')
  if (!at) throw badDate(row, column)
  return at
}

const optional = <T>(row: Row, column: Column, read: (r: Row, k: Column) => T) =>
  row.cells[column] ? read(row, column) : undefined

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
function sexOf(row: Row): 'M' | 'F' | null {
  const text = row.cells.sex
  if (!text) return null
  const sex =
    SEXES[
      text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
    ]
  if (!sex) throw invalid(row, 'sex')
  return sex
}

/** @throws STAY_ROW_INCOMPLETE, STAY_ROW_BAD_DATE, STAY_ROW_INVALID */
function foreignGuest(row: Row): GuestInput {
  const { cells } = row
  const given = filled(row, ['nationality', 'passportNumber', 'passportExpiry', 'entryDate'])
  const nationality = given.nationality.toUpperCase()
  if (!/^[A-Z]{3}$/.test(nationality)) throw invalid(row, 'nationality')
  const passportMrz = composePassportMrz({
    fullName: cells.fullName!,
    nationality,
    passportNumber: given.passportNumber.replace(/\s+/g, ''),
    birthDate: dayOf(row, 'birthDate'),
    sex: sexOf(row),
    expiryDate: dayOf(row, 'passportExpiry'),
  })
  if (!passportMrz) throw invalid(row, 'passportNumber')
  const visaExpiresOn = optional(row, 'visaExpiry', dayOf)
  return {
    passportMrz,
    entryDate: dayOf(row, 'entryDate'),
    ...(cells.visaNumber ? { visaNumber: cells.visaNumber } : {}),
    ...(visaExpiresOn ? { visaExpiresOn } : {}),
  }
}

/** @throws STAY_ROW_INCOMPLETE, STAY_ROW_BAD_DATE */
function citizenGuest(row: Row): GuestInput {
  const given = filled(row, ['personalNumber'])
  return {
    personalNumber: personalNumberOf(given.personalNumber),
    fullName: row.cells.fullName!,
    birthDate: dayOf(row, 'birthDate'),
  }
}

/**
 * The declaration a row asks for. A refusal names a column by the file's header (`headers`;
 * the template's where the file lacks it) and keeps the column's key in its details.
 * @throws STAY_ROW_INCOMPLETE, STAY_ROW_BAD_DATE, STAY_ROW_INVALID
 */
export function declarationOfRow(cells: Cells, headers: SheetHeaders = {}): DeclareInput {
  const row: Row = { cells, headers }
  filled(row, ['fullName', 'birthDate', 'arrival'])
  if (cells.fullName!.length > MAX_NAME) throw invalid(row, 'fullName')
  if (cells.room && cells.room.length > MAX_ROOM) throw invalid(row, 'room')
  const guest = cells.passportNumber ? foreignGuest(row) : citizenGuest(row)
  const expectedDepartureAt = optional(row, 'expectedDeparture', instantOf)
  return {
    arrivalAt: instantOf(row, 'arrival'),
    ...(expectedDepartureAt ? { expectedDepartureAt } : {}),
    method: 'rooming_list',
    guests: [{ ...guest, ...(cells.room ? { room: cells.room } : {}) }],
  }
}
