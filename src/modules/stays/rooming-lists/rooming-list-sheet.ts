import {
  readSheetTable,
  SHEET_TYPES,
  type SheetFormat,
  type TableRow,
} from '../../../platform/sheets/sheet-table.js'
import { foldName } from '../../population/index.js'
import {
  type HeaderName,
  roomingListColumns,
  roomingListEmpty,
  roomingListTooLong,
  roomingListUnreadable,
} from '../stays.errors.js'

/**
 * A rooming list as uploaded: a CSV (comma, semicolon or tab separated, UTF-8) or the first sheet
 * of an XLSX workbook, one guest a row under a header row. Headers are matched without case or
 * diacritics, in Vietnamese or English (ROOMING_LIST_COLUMNS); other columns are ignored.
 */
export const ROOMING_LIST_TYPES = SHEET_TYPES
export type RoomingListFormat = SheetFormat

export const MAX_ROOMING_LIST_BYTES = 5 * 1024 * 1024
export const MAX_ROOMING_LIST_ROWS = 1_000

/**
 * The columns a rooming list may carry, each with the headers it is recognised by, in Vietnamese
 * and in English; the first of each language is the template's (the upload page's hint).
 */
export const ROOMING_LIST_COLUMNS = {
  personalNumber: {
    vi: ['Số định danh', 'Số định danh cá nhân', 'Số CCCD', 'CCCD'],
    en: ['Personal number'],
  },
  fullName: { vi: ['Họ và tên', 'Họ tên'], en: ['Full name', 'Name'] },
  birthDate: { vi: ['Ngày sinh'], en: ['Birth date', 'Date of birth'] },
  room: { vi: ['Phòng', 'Số phòng', 'Giường'], en: ['Room', 'Bed'] },
  arrival: { vi: ['Giờ đến', 'Thời gian đến', 'Ngày đến'], en: ['Arrival'] },
  expectedDeparture: { vi: ['Dự kiến đi', 'Ngày đi dự kiến'], en: ['Expected departure'] },
  nationality: { vi: ['Quốc tịch'], en: ['Nationality'] },
  passportNumber: { vi: ['Số hộ chiếu', 'Hộ chiếu'], en: ['Passport number', 'Passport'] },
  sex: { vi: ['Giới tính'], en: ['Sex'] },
  passportExpiry: { vi: ['Hạn hộ chiếu', 'Ngày hết hạn hộ chiếu'], en: ['Passport expiry'] },
  entryDate: { vi: ['Ngày nhập cảnh'], en: ['Entry date'] },
  visaNumber: { vi: ['Số thị thực', 'Thị thực'], en: ['Visa number', 'Visa'] },
  visaExpiry: { vi: ['Hạn thị thực', 'Ngày hết hạn thị thực'], en: ['Visa expiry'] },
} as const satisfies Record<
  string,
  { vi: readonly [string, ...string[]]; en: readonly [string, ...string[]] }
>
export type Column = keyof typeof ROOMING_LIST_COLUMNS

/** Every header a column is recognised by. */
export const headersOf = (column: Column): string[] => [
  ...ROOMING_LIST_COLUMNS[column].vi,
  ...ROOMING_LIST_COLUMNS[column].en,
]

/** A column as the template heads it. */
export const templateHeader = (column: Column): HeaderName => ({
  vi: ROOMING_LIST_COLUMNS[column].vi[0],
  en: ROOMING_LIST_COLUMNS[column].en[0],
})

/** The header each recognised column has in the uploaded file, as the file writes it. */
export type SheetHeaders = Partial<Record<Column, string>>

/** One guest's row: its number in the sheet (the header is row 1) and its cells, as text. */
export interface SheetRow {
  row: number
  cells: Partial<Record<Column, string>>
}

/** The request body once the file is read: the rows, each still to be checked on its own. */
export class RoomingSheet {
  constructor(
    readonly format: RoomingListFormat,
    readonly rows: SheetRow[],
    readonly headers: SheetHeaders = {},
  ) {}
}

const headerKey = (header: string): string => foldName(header).replace(/[^a-z0-9]/g, '')
const HEADERS = new Map<string, Column>(
  (Object.keys(ROOMING_LIST_COLUMNS) as Column[]).flatMap((column) =>
    headersOf(column).map((name) => [headerKey(name), column] as const),
  ),
)
// Long enough for any header a column is recognised by, with the punctuation around it.
const MAX_HEADER = 60

/**
 * A header as a report may quote it: on one line, and without " / ", which separates the
 * Vietnamese and the English of a message.
 */
const quotable = (header: string): string =>
  header
    .replace(/\s+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim()
    .slice(0, MAX_HEADER)

/** @throws STAY_ROOMING_LIST_COLUMNS unless the header names the guest and the arrival */
function columnsOf(header: string[]): (Column | undefined)[] {
  const columns = header.map((name) => HEADERS.get(headerKey(name)))
  const required: Column[] = ['fullName', 'birthDate', 'arrival']
  const missing = required.filter((c) => !columns.includes(c))
  if (!columns.includes('personalNumber') && !columns.includes('passportNumber'))
    missing.push('personalNumber')
  if (missing.length > 0) throw roomingListColumns(missing, missing.map(templateHeader))
  return columns
}

/** Each recognised column's header; where two columns mean the same, the first. */
function headersIn(header: string[], columns: (Column | undefined)[]): SheetHeaders {
  const headers: SheetHeaders = {}
  columns.forEach((column, i) => {
    if (column && !headers[column]) headers[column] = quotable(header[i] ?? '')
  })
  return headers
}

/**
 * The guest rows under the header, blank rows skipped, and the header of each column read.
 * @throws STAY_ROOMING_LIST_COLUMNS, STAY_ROOMING_LIST_EMPTY, STAY_ROOMING_LIST_TOO_LONG
 */
function toSheet(table: TableRow[]) {
  const [header, ...body] = table.filter((r) => r.values.some((v) => v.trim() !== ''))
  if (!header) throw roomingListEmpty()
  const columns = columnsOf(header.values)
  if (body.length === 0) throw roomingListEmpty()
  if (body.length > MAX_ROOMING_LIST_ROWS) throw roomingListTooLong(MAX_ROOMING_LIST_ROWS)
  const rows = body.map(({ row, values }) => {
    const cells: SheetRow['cells'] = {}
    columns.forEach((column, i) => {
      const value = values[i]?.trim()
      if (column && value) cells[column] = value
    })
    return { row, cells }
  })
  return { rows, headers: headersIn(header.values, columns) }
}

/**
 * Reads an uploaded rooming list.
 * @throws STAY_ROOMING_LIST_UNREADABLE, STAY_ROOMING_LIST_COLUMNS, STAY_ROOMING_LIST_EMPTY,
 *   STAY_ROOMING_LIST_TOO_LONG
 */
export async function readRoomingSheet(
  format: RoomingListFormat,
  buffer: Buffer,
): Promise<RoomingSheet> {
  let table: TableRow[]
  try {
    table = await readSheetTable(format, buffer)
  } catch {
    throw roomingListUnreadable(format)
  }
  const { rows, headers } = toSheet(table)
  return new RoomingSheet(format, rows, headers)
}
