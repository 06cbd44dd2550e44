import { checkOldIdNumber, checkPersonalNumber, normaliseName } from '../../population/index.js'
import { isoDate, vietnamDate } from './calendar.js'

/**
 * The QR code printed on the chip citizen identity card (căn cước công dân gắn chip, and the 2024
 * căn cước card).
 *
 * The QR is plain text and NOT signed: anyone can print a card-shaped QR with any content. A
 * parsed card is a claim to check against the population registry (number, name, birth date), or
 * against the chip, whose data the issuer does sign; it is never proof of identity by itself.
 *
 * Layout, fields separated by '|':
 *   number | old ID number (may be empty) | full name | birth DDMMYYYY | 'Nam'/'Nữ' | address |
 *   issue DDMMYYYY
 * The 2024 card may add trailing fields; they are kept in `extra`, uninterpreted.
 */

export interface ChipCard {
  personalNumber: string
  /** The 9-digit CMND (or an earlier 12-digit number) the card replaced, if any. */
  oldIdNumber: string | null
  /** NFC, whitespace collapsed. */
  fullName: string
  birthDate: string
  sex: 'M' | 'F'
  address: string
  issuedOn: string | null
  /** Fields after the seventh, as read. */
  extra: string[]
}

export type CardQrReason = 'CARD_QR_FORMAT' | 'CARD_QR_NUMBER' | 'CARD_QR_DATE' | 'CARD_QR_SEX'

export type CardQrResult =
  | { ok: true; card: ChipCard }
  | { ok: false; reason: CardQrReason; message: string; details?: unknown }

type CardQrFailure = Extract<CardQrResult, { ok: false }>

const FIELD_COUNT = 7
const DDMMYYYY = /^([0-9]{2})([0-9]{2})([0-9]{4})$/
const DIGITS = /^[0-9]+$/

function fail(reason: CardQrReason, vi: string, en: string, details?: unknown): CardQrFailure {
  return { ok: false, reason, message: `${vi} / ${en}`, ...(details ? { details } : {}) }
}

function readDate(value: string): string | undefined {
  const m = DDMMYYYY.exec(value)
  return m ? isoDate(Number(m[3]), Number(m[2]), Number(m[1])) : undefined
}

function readSex(value: string): 'M' | 'F' | undefined {
  const word = value.trim().toLowerCase()
  if (word === 'nam') return 'M'
  if (word === 'nữ') return 'F'
  return undefined
}

const badDate = (field: string, value: string): CardQrFailure =>
  fail(
    'CARD_QR_DATE',
    `Ngày '${value}' (${field}) không phải ngày hợp lệ dạng DDMMYYYY`,
    `'${value}' (${field}) is not a calendar date in DDMMYYYY form`,
    { field },
  )

function checkOldNumber(value: string): CardQrFailure | undefined {
  // A 12-digit old number is a barcode-era CCCD; anything but 9 or 12 digits is a misread.
  const isValid = value.length === 12 ? DIGITS.test(value) : checkOldIdNumber(value).valid
  if (isValid) return undefined
  return fail(
    'CARD_QR_NUMBER',
    `Số CMND cũ '${value}' không hợp lệ`,
    `Old ID number '${value}' is not valid`,
    { field: 'oldIdNumber' },
  )
}

/** Birth and issue dates, the issue falling between the birth and today. */
function readDates(
  birth: string,
  issue: string,
  today: string,
): { birthDate: string; issuedOn: string | null } | CardQrFailure {
  const birthDate = readDate(birth)
  if (birthDate === undefined) return badDate('birthDate', birth)
  const issuedOn = issue === '' ? null : readDate(issue)
  if (issuedOn === undefined) return badDate('issuedOn', issue)
  if (issuedOn !== null && (issuedOn < birthDate || issuedOn > today)) {
    return fail(
      'CARD_QR_DATE',
      `Ngày cấp ${issuedOn} không nằm giữa ngày sinh ${birthDate} và hôm nay ${today}`,
      `Issue date ${issuedOn} is not between the birth date ${birthDate} and today ${today}`,
      { field: 'issuedOn' },
    )
  }
  return { birthDate, issuedOn }
}

/** The personal number, which encodes birth year and sex and must agree with the card's. */
function checkNumber(
  number: string,
  expected: { birthDate: string; sex: 'M' | 'F'; today: string },
): CardQrFailure | undefined {
  const check = checkPersonalNumber(number, expected)
  if (check.valid) return undefined
  const rules = check.problems.map((p) => p.rule).join(', ')
  return fail(
    'CARD_QR_NUMBER',
    `Số định danh '${number}' không hợp lệ hoặc không khớp ngày sinh, giới tính (${rules})`,
    `Personal number '${number}' is invalid or disagrees with birth date or sex (${rules})`,
    check.problems,
  )
}

/**
 * Reads the text of a chip card's QR code.
 * Tolerates an empty old number, trailing fields of newer cards, surrounding whitespace and line
 * breaks, and decomposed (NFD) text from some scanners.
 * @param options.today the calendar date in Vietnam (YYYY-MM-DD), for tests; defaults to today
 */
export function parseCardQr(text: string, options: { today?: string } = {}): CardQrResult {
  const fields = text.normalize('NFC').trim().split('|')
  if (fields.length < FIELD_COUNT) {
    return fail(
      'CARD_QR_FORMAT',
      `Mã QR thẻ căn cước phải có ít nhất ${FIELD_COUNT} trường ngăn bởi '|', nhận được ${fields.length}`,
      `A card QR needs at least ${FIELD_COUNT} '|'-separated fields, got ${fields.length}`,
    )
  }
  const [number, oldNumber, name, birth, sexWord, address, issue, ...extra] = fields.map((f) =>
    f.trim(),
  ) as [string, string, string, string, string, string, string, ...string[]]

  const fullName = normaliseName(name)
  if (fullName === '') {
    return fail('CARD_QR_FORMAT', 'Mã QR không có họ tên', 'The card QR holds no name', {
      field: 'fullName',
    })
  }
  const today = options.today ?? vietnamDate(new Date())
  const dates = readDates(birth, issue, today)
  if ('ok' in dates) return dates
  const sex = readSex(sexWord)
  if (sex === undefined) {
    return fail(
      'CARD_QR_SEX',
      `Giới tính '${sexWord}' không hợp lệ, phải là 'Nam' hoặc 'Nữ'`,
      `Sex '${sexWord}' is not valid, expected 'Nam' or 'Nữ'`,
    )
  }
  const numberProblem =
    checkNumber(number, { birthDate: dates.birthDate, sex, today }) ??
    (oldNumber === '' ? undefined : checkOldNumber(oldNumber))
  if (numberProblem) return numberProblem

  const card: ChipCard = {
    personalNumber: number,
    oldIdNumber: oldNumber === '' ? null : oldNumber,
    fullName,
    ...dates,
    sex,
    address,
    extra,
  }
  return { ok: true, card }
}
