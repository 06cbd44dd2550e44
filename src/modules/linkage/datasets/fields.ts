import type { Cell } from './dataset-file.js'

/** The fields a dataset's columns are mapped to; any other column is kept as extra. */
export const FIELDS = [
  'fullName',
  'birthDate',
  'birthYear',
  'sex',
  'personalNumber',
  'oldIdNumber',
  'street',
  'commune',
  'district',
  'province',
  'phone',
] as const
export type Field = (typeof FIELDS)[number]

/** Field → the index of its column in the file. */
export type Mapping = Partial<Record<Field, number>>

/** How a date column writes its dates. */
export type DateFormat = 'dmy' | 'mdy' | 'ymd' | 'year' | 'cell'

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u
const YEAR = /^(\d{4})$/u

/** A birth date as written, and the format it is written in; null when it is no date. */
export function readDate(
  cell: Cell,
): { format: DateFormat; date: string | null; year: number } | null | 'empty' {
  if (cell === null || cell === '') return 'empty'
  if (cell instanceof Date) {
    const date = cell.toISOString().slice(0, 10)
    return { format: 'cell', date, year: cell.getUTCFullYear() }
  }
  const text = String(cell).trim()
  if (text === '') return 'empty'
  const year = YEAR.exec(text)
  if (year) return plausible({ format: 'year' as const, date: null, year: Number(year[1]) })
  const ymd = YMD.exec(text)
  if (ymd) return dated('ymd', Number(ymd[1]), Number(ymd[2]), Number(ymd[3]))
  const dmy = DMY.exec(text)
  if (dmy) {
    const [a, b, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])]
    // Written month first: only a "day" over 12 in second place tells.
    if (b > 12 && a <= 12) return dated('mdy', y, a, b)
    return dated('dmy', y, b, a)
  }
  return null
}

const plausible = <T extends { year: number }>(value: T): T | null =>
  value.year >= 1880 && value.year <= 2100 ? value : null

function dated(format: DateFormat, year: number, month: number, day: number) {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return plausible({ format, date: date.toISOString().slice(0, 10), year })
}

const text = (cell: Cell | undefined): string | null => {
  if (cell === null || cell === undefined) return null
  const value = (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell))
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
  return value === '' ? null : value
}

const digits = (cell: Cell | undefined): string | null => {
  const value = text(cell)?.replace(/\D/gu, '') ?? ''
  return value === '' ? null : value.slice(0, 32)
}

function sexOf(cell: Cell | undefined): 'male' | 'female' | null {
  const value = text(cell)?.toLowerCase()
  if (!value) return null
  if (['nam', 'm', 'male', 'trai'].includes(value)) return 'male'
  if (['nữ', 'nu', 'f', 'female', 'gái', 'gai'].includes(value)) return 'female'
  return null
}

function phoneOf(cell: Cell | undefined): string | null {
  const value = digits(cell)
  if (!value) return null
  return value.startsWith('84') && value.length === 11 ? `0${value.slice(2)}` : value
}

/** One row's fields, normalised (Unicode NFC, spaces collapsed, digits only), and the rest. */
export interface NormalisedRow {
  fullName: string | null
  birthDate: string | null
  birthYear: number | null
  sex: 'male' | 'female' | null
  personalNumber: string | null
  oldIdNumber: string | null
  street: string | null
  commune: string | null
  district: string | null
  province: string | null
  phone: string | null
  extra: Record<string, string>
}

export function normalise(
  cells: readonly Cell[],
  mapping: Mapping,
  headers: readonly string[],
): NormalisedRow {
  const at = (field: Field) => (mapping[field] === undefined ? undefined : cells[mapping[field]])
  const birth = mapping.birthDate === undefined ? 'empty' : readDate(at('birthDate') ?? null)
  const yearCell = text(at('birthYear'))
  const year = birth !== null && birth !== 'empty' ? birth.year : yearCell ? Number(yearCell) : NaN
  const mapped = new Set(Object.values(mapping))
  const extra: Record<string, string> = {}
  headers.forEach((header, i) => {
    const value = text(cells[i])
    if (!mapped.has(i) && value !== null) extra[header || `#${i + 1}`] = value
  })
  return {
    fullName: text(at('fullName')),
    birthDate: birth !== null && birth !== 'empty' ? birth.date : null,
    birthYear: Number.isInteger(year) && year >= 1880 && year <= 2100 ? year : null,
    sex: sexOf(at('sex')),
    personalNumber: digits(at('personalNumber')),
    oldIdNumber: digits(at('oldIdNumber')),
    street: text(at('street')),
    commune: text(at('commune')),
    district: text(at('district')),
    province: text(at('province')),
    phone: phoneOf(at('phone')),
    extra,
  }
}
