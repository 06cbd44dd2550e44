import { isoDate, vietnamDate } from './calendar.js'

/**
 * The machine-readable zone of a passport (ICAO Doc 9303 part 4, TD3): two lines of 44
 * characters from A-Z, 0-9 and the filler '<'.
 *
 *   line 1: P · type · issuing state (3) · SURNAME<<GIVEN<NAMES (39)
 *   line 2: number (9) · check · nationality (3) · birth YYMMDD · check · sex · expiry YYMMDD ·
 *           check · optional data (14) · check · composite check
 *
 * The check digits catch misreads (OCR, typing), not forgeries: the passport's chip carries the
 * signed data.
 */

export interface PassportMrz {
  /** 'P', or 'P' and the issuer-defined second letter ('PD' diplomatic, …). */
  documentType: string
  issuingState: string
  surname: string
  givenNames: string
  passportNumber: string
  nationality: string
  birthDate: string
  /** 'X' where the MRZ leaves sex unspecified ('<'). */
  sex: 'M' | 'F' | 'X'
  expiryDate: string
  /** The optional data; on Vietnamese passports, the 12-digit personal number. */
  personalNumber: string | null
}

export type MrzReason = 'MRZ_FORMAT' | 'MRZ_CHECK_DIGIT' | 'MRZ_DATE'

export type MrzField =
  'passportNumber' | 'birthDate' | 'expiryDate' | 'personalNumber' | 'composite'

export type MrzResult =
  | { ok: true; passport: PassportMrz }
  | { ok: false; reason: MrzReason; message: string; details?: unknown }

type MrzFailure = Extract<MrzResult, { ok: false }>

const LINE_LENGTH = 44
const MRZ_LINE = /^[A-Z0-9<]{44}$/
const STATE = /^[A-Z]{1,3}<{0,2}$/
const WEIGHTS = [7, 3, 1] as const

function fail(reason: MrzReason, vi: string, en: string, details?: unknown): MrzFailure {
  return { ok: false, reason, message: `${vi} / ${en}`, ...(details ? { details } : {}) }
}

/** ICAO 9303 check digit: weights 7-3-1 repeating, '<' = 0, A-Z = 10-35, sum mod 10. */
export function mrzCheckDigit(value: string): number {
  let sum = 0
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    let digit = 0
    if (code >= 48 && code <= 57) digit = code - 48
    else if (code >= 65 && code <= 90) digit = code - 55
    else if (code !== 60) throw new RangeError(`'${value[i]}' is not an MRZ character`)
    sum += digit * WEIGHTS[i % 3]!
  }
  return sum % 10
}

const stripFiller = (value: string): string => value.replace(/<+$/, '')

/** The fields whose check digit disagrees with the data. */
function failedCheckDigits(line: string): MrzField[] {
  const failed: MrzField[] = []
  const holds = (data: string, check: string): boolean => check === String(mrzCheckDigit(data))
  if (!holds(line.slice(0, 9), line[9]!)) failed.push('passportNumber')
  if (!holds(line.slice(13, 19), line[19]!)) failed.push('birthDate')
  if (!holds(line.slice(21, 27), line[27]!)) failed.push('expiryDate')
  const optional = line.slice(28, 42)
  // Doc 9303: an unused optional-data field may carry '<' as its check digit instead of 0.
  const isUnused = /^<{14}$/.test(optional) && line[42] === '<'
  if (!isUnused && !holds(optional, line[42]!)) failed.push('personalNumber')
  const composite = line.slice(0, 10) + line.slice(13, 20) + line.slice(21, 43)
  if (!holds(composite, line[43]!)) failed.push('composite')
  return failed
}

/**
 * A YYMMDD date. The MRZ drops the century: a birth date that would lie in the future belongs to
 * the previous century; an expiry date is read in the 2000s, since a passport lasts ten years at
 * most and none still in use expired in the 1900s.
 */
function readDate(yymmdd: string, kind: 'birth' | 'expiry', today: string): string | undefined {
  if (!/^[0-9]{6}$/.test(yymmdd)) return undefined
  const yy = Number(yymmdd.slice(0, 2))
  const month = Number(yymmdd.slice(2, 4))
  const day = Number(yymmdd.slice(4, 6))
  const date = isoDate(2000 + yy, month, day)
  if (kind === 'expiry' || date === undefined || date <= today) return date
  return isoDate(1900 + yy, month, day)
}

/** SURNAME<<GIVEN<NAMES<<<… as 'SURNAME' and 'GIVEN NAMES'. */
function readNames(field: string): { surname: string; givenNames: string } {
  const at = field.indexOf('<<')
  const spaced = (part: string): string => part.replace(/<+/g, ' ').trim()
  if (at < 0) return { surname: spaced(field), givenNames: '' }
  return { surname: spaced(field.slice(0, at)), givenNames: spaced(field.slice(at + 2)) }
}

function splitLines(text: string): [string, string] | MrzFailure {
  const lines = text
    .trim()
    .split(/\r?\n/)
    .map((l) => l.trim())
  const [line1, line2] = lines
  if (lines.length !== 2 || line1 === undefined || line2 === undefined) {
    return fail(
      'MRZ_FORMAT',
      `Vùng MRZ hộ chiếu phải có đúng 2 dòng, nhận được ${lines.length}`,
      `A passport MRZ has exactly 2 lines, got ${lines.length}`,
    )
  }
  for (const [i, line] of [line1, line2].entries()) {
    if (!MRZ_LINE.test(line)) {
      return fail(
        'MRZ_FORMAT',
        `Dòng ${i + 1} phải gồm đúng ${LINE_LENGTH} ký tự A-Z, 0-9, '<'`,
        `Line ${i + 1} must be exactly ${LINE_LENGTH} characters from A-Z, 0-9, '<'`,
        { line: i + 1, length: line.length },
      )
    }
  }
  if (line1[0] !== 'P' || !STATE.test(line1.slice(2, 5)) || !STATE.test(line2.slice(10, 13))) {
    return fail(
      'MRZ_FORMAT',
      'Không phải vùng MRZ của hộ chiếu (TD3)',
      'Not the MRZ of a passport (TD3)',
    )
  }
  return [line1, line2]
}

/**
 * Reads and checks the two MRZ lines of a passport. Uppercase only, as printed; lines separated by
 * LF or CRLF, surrounding whitespace ignored.
 * @param options.today the calendar date in Vietnam (YYYY-MM-DD), for the birth century
 */
export function parsePassportMrz(text: string, options: { today?: string } = {}): MrzResult {
  const lines = splitLines(text)
  if (!Array.isArray(lines)) return lines
  const [line1, line2] = lines

  const failed = failedCheckDigits(line2)
  if (failed.length > 0) {
    return fail(
      'MRZ_CHECK_DIGIT',
      `Số kiểm tra sai ở: ${failed.join(', ')}`,
      `Check digit mismatch in: ${failed.join(', ')}`,
      { fields: failed },
    )
  }

  const today = options.today ?? vietnamDate(new Date())
  const birthDate = readDate(line2.slice(13, 19), 'birth', today)
  const expiryDate = readDate(line2.slice(21, 27), 'expiry', today)
  if (birthDate === undefined || expiryDate === undefined) {
    const field = birthDate === undefined ? 'birthDate' : 'expiryDate'
    return fail(
      'MRZ_DATE',
      `Ngày trong MRZ không hợp lệ: ${field}`,
      `Not a calendar date in the MRZ: ${field}`,
      { field },
    )
  }
  const sexLetter = line2[20]
  if (sexLetter !== 'M' && sexLetter !== 'F' && sexLetter !== 'X' && sexLetter !== '<') {
    return fail('MRZ_FORMAT', `Giới tính '${sexLetter}' không hợp lệ`, `Invalid sex '${sexLetter}'`)
  }
  const personalNumber = stripFiller(line2.slice(28, 42))
  return {
    ok: true,
    passport: {
      documentType: stripFiller(line1.slice(0, 2)),
      issuingState: stripFiller(line1.slice(2, 5)),
      ...readNames(line1.slice(5)),
      passportNumber: stripFiller(line2.slice(0, 9)),
      nationality: stripFiller(line2.slice(10, 13)),
      birthDate,
      sex: sexLetter === '<' ? 'X' : sexLetter,
      expiryDate,
      personalNumber: personalNumber === '' ? null : personalNumber,
    },
  }
}
