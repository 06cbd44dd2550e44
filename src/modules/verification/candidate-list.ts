import { excelDay, readSheetTable, type SheetFormat } from '../../platform/sheets/sheet-table.js'
import { parseCalendarDate } from '../../platform/time/vietnam.js'
import { checkPersonalNumber, foldName, normaliseName } from '../population/index.js'
import { listColumns, listEmpty, listTooLong, listUnreadable } from './verification.errors.js'

/**
 * A candidate list as an exam board uploads it: a CSV (comma, semicolon or tab, UTF-8) or the
 * first sheet of an XLSX, a header row then one candidate a row. Headers are matched without case
 * or diacritics, in Vietnamese or English; other columns are ignored.
 */
export type CandidateListFormat = SheetFormat

export const MAX_LIST_BYTES = 5 * 1024 * 1024
export const MAX_CANDIDATES = 2_000

const COLUMNS = {
  personalNumber: ['Số định danh', 'Số CCCD', 'CCCD', 'Personal number'],
  fullName: ['Họ và tên', 'Họ tên', 'Full name', 'Name'],
  birthDate: ['Ngày sinh', 'Birth date', 'Date of birth'],
  seat: ['Số báo danh', 'SBD', 'Phòng thi', 'Seat', 'Candidate number'],
} as const
type Column = keyof typeof COLUMNS

const headerKey = (header: string): string => foldName(header).replace(/[^a-z0-9]/g, '')
const HEADERS = new Map<string, Column>(
  (Object.keys(COLUMNS) as Column[]).flatMap((c) =>
    COLUMNS[c].map((h) => [headerKey(h), c] as const),
  ),
)

/** A candidate row read and checked. */
export interface Candidate {
  line: number
  personalNumber: string
  fullName: string
  birthDate: string
  seat: string | null
}

/** A row refused, by its line in the file (the header is line 1), in Vietnamese then English. */
export interface RejectedRow {
  line: number
  message: string
}

/** The body of an import once read: the file's table, each row still to be checked. */
export class CandidateSheet {
  constructor(readonly rows: { line: number; values: string[] }[]) {}
}

const two = (n: number): string => String(n).padStart(2, '0')

/** Reads an uploaded list's table. @throws VERIFICATION_LIST_UNREADABLE */
export async function readCandidateSheet(
  format: CandidateListFormat,
  buffer: Buffer,
): Promise<CandidateSheet> {
  try {
    // A birth date is a day: a workbook's date cell is read without its time.
    const table = await readSheetTable(format, buffer, excelDay)
    return new CandidateSheet(table.map(({ row, values }) => ({ line: row, values })))
  } catch {
    throw listUnreadable()
  }
}

const DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/

/** 'DD/MM/YYYY' or 'YYYY-MM-DD' as 'YYYY-MM-DD', or undefined. */
function calendarDay(text: string): string | undefined {
  const local = DAY.exec(text)
  const iso = local ? `${local[3]}-${two(Number(local[2]))}-${two(Number(local[1]))}` : text
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? parseCalendarDate(iso) : undefined
}

const problem = (line: number, vi: string, en: string): RejectedRow => ({
  line,
  message: `Dòng ${line}: ${vi} / Line ${line}: ${en}`,
})

function candidateOf(
  line: number,
  cells: Partial<Record<Column, string>>,
): Candidate | RejectedRow {
  const number = cells.personalNumber?.replace(/\s/g, '') ?? ''
  if (!number) return problem(line, 'thiếu số định danh', 'personal number missing')
  if (!checkPersonalNumber(number).valid)
    return problem(line, 'số định danh không hợp lệ', 'invalid personal number')
  const fullName = normaliseName(cells.fullName ?? '')
  if (!fullName || fullName.length > 200)
    return problem(line, 'thiếu họ và tên hoặc quá dài', 'full name missing or too long')
  const birthDate = calendarDay(cells.birthDate ?? '')
  if (!birthDate)
    return problem(line, 'ngày sinh không hợp lệ (DD/MM/YYYY)', 'invalid birth date (DD/MM/YYYY)')
  const seat = cells.seat?.slice(0, 30) ?? null
  return { line, personalNumber: number, fullName, birthDate, seat }
}

/**
 * The candidates of a sheet, each row checked on its own: good rows, and bad rows by line with
 * why. A number listed twice is refused at its second line.
 * @throws VERIFICATION_LIST_EMPTY, VERIFICATION_LIST_COLUMNS, VERIFICATION_LIST_TOO_LONG
 */
export function candidatesOf(sheet: CandidateSheet): {
  candidates: Candidate[]
  rejected: RejectedRow[]
} {
  const [header, ...body] = sheet.rows.filter((r) => r.values.some((v) => v.trim() !== ''))
  if (!header || body.length === 0) throw listEmpty()
  const columns = header.values.map((h) => HEADERS.get(headerKey(h)))
  const missing = (['personalNumber', 'fullName', 'birthDate'] as const).filter(
    (c) => !columns.includes(c),
  )
  if (missing.length > 0) throw listColumns(missing)
  if (body.length > MAX_CANDIDATES) throw listTooLong(MAX_CANDIDATES)
  const candidates: Candidate[] = []
  const rejected: RejectedRow[] = []
  const seen = new Map<string, number>()
  for (const { line, values } of body) {
    const cells: Partial<Record<Column, string>> = {}
    columns.forEach((column, i) => {
      const value = values[i]?.trim()
      if (column && value && !cells[column]) cells[column] = value
    })
    const read = candidateOf(line, cells)
    if (!('personalNumber' in read)) rejected.push(read)
    else if (seen.has(read.personalNumber))
      rejected.push(
        problem(
          line,
          `trùng số định danh với dòng ${seen.get(read.personalNumber)}`,
          `same personal number as line ${seen.get(read.personalNumber)}`,
        ),
      )
    else {
      seen.set(read.personalNumber, line)
      candidates.push(read)
    }
  }
  return { candidates, rejected }
}
