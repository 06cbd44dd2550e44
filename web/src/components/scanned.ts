/**
 * What a scanned code is, read in the browser so that the person is told at once: the platform's
 * signed identity token, the QR printed on a chip ID card, or the MRZ of a passport (ICAO 9303,
 * TD3). These are first sieves against misreads (field shapes, dates, check digits), mirroring
 * the platform's parsers (src/modules/identity/documents), which decide. Neither the card QR nor
 * the MRZ is signed: what they say is a claim, never proof of who someone is.
 */

export interface CardQr {
  personalNumber: string
  oldIdNumber: string | null
  fullName: string
  /** YYYY-MM-DD */
  birthDate: string
  sex: 'M' | 'F'
  address: string
  issuedOn: string | null
  /** Fields after the seventh (the longer 2024 layout), as read. */
  extra: string[]
}

export interface PassportMrz {
  documentType: string
  issuingState: string
  surname: string
  givenNames: string
  passportNumber: string
  nationality: string
  birthDate: string
  sex: 'M' | 'F' | 'X'
  expiryDate: string
  personalNumber: string | null
}

export type MrzField =
  'passportNumber' | 'birthDate' | 'expiryDate' | 'personalNumber' | 'composite'

export type ScanRefusal =
  | { reason: 'empty' | 'unknown' }
  | { reason: 'card-fields'; count: number }
  | { reason: 'card-name' | 'card-birth-date' | 'card-issue-date' | 'card-sex' }
  | { reason: 'card-number' | 'card-old-number' }
  | { reason: 'mrz-lines'; count: number }
  | { reason: 'mrz-format' | 'mrz-date' }
  | { reason: 'mrz-check-digit'; fields: MrzField[] }

export type Scanned =
  | { kind: 'identity-token'; token: string }
  | { kind: 'card'; card: CardQr }
  | { kind: 'passport'; passport: PassportMrz }
  | ({ kind: 'refused' } & ScanRefusal)

/** A compact JWS (header.payload.signature), as the identity QR carries. */
const IDENTITY_TOKEN = /^eyJ[\w-]*\.[\w-]+\.[\w-]+$/
const MRZ_TEXT = /^[A-Z0-9<\s]+$/
const MRZ_LINE = /^[A-Z0-9<]{44}$/
const STATE = /^[A-Z]{1,3}<{0,2}$/

const refuse = (refusal: ScanRefusal): Scanned => ({ kind: 'refused', ...refusal })

const pad = (n: number, width: number): string => String(n).padStart(width, '0')

/** 'YYYY-MM-DD' of a real calendar date, or undefined. */
function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return undefined
  if (date.getUTCDate() !== day || year < 1) return undefined
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

const vietnamToday = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date())

function readDdmmyyyy(value: string): string | undefined {
  const m = /^(\d{2})(\d{2})(\d{4})$/.exec(value)
  return m ? isoDate(Number(m[3]), Number(m[2]), Number(m[1])) : undefined
}

/** The personal number's century-and-sex digit and year agree with the card (Circular 59/2021). */
function numberAgrees(number: string, birthDate: string, sex: 'M' | 'F'): boolean {
  if (!/^0\d{11}$/.test(number)) return false
  const year = Number(birthDate.slice(0, 4))
  const century = year < 1900 ? 8 : (Math.floor(year / 100) - 19) * 2
  return (
    Number(number[3]) === century + (sex === 'F' ? 1 : 0) &&
    number.slice(4, 6) === birthDate.slice(2, 4)
  )
}

/**
 * `number|old number|name|DDMMYYYY|Nam/Nữ|address|DDMMYYYY`, with an empty old number allowed
 * and the trailing fields of the 2024 card kept.
 */
export function parseCardQr(text: string, today = vietnamToday()): Scanned {
  const fields = text
    .normalize('NFC')
    .trim()
    .split('|')
    .map((f) => f.trim())
  if (fields.length < 7) return refuse({ reason: 'card-fields', count: fields.length })
  const [number, oldNumber, name, birth, sexWord, address, issue, ...extra] = fields as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    ...string[],
  ]
  const fullName = name.replace(/\s+/g, ' ')
  if (!fullName) return refuse({ reason: 'card-name' })
  const birthDate = readDdmmyyyy(birth)
  if (!birthDate || birthDate > today) return refuse({ reason: 'card-birth-date' })
  const issuedOn = issue === '' ? null : readDdmmyyyy(issue)
  if (issuedOn === undefined || (issuedOn && (issuedOn < birthDate || issuedOn > today)))
    return refuse({ reason: 'card-issue-date' })
  const word = sexWord.toLowerCase()
  const sex = word === 'nam' ? 'M' : word === 'nữ' ? 'F' : undefined
  if (!sex) return refuse({ reason: 'card-sex' })
  if (!numberAgrees(number, birthDate, sex)) return refuse({ reason: 'card-number' })
  if (oldNumber !== '' && !/^(\d{9}|\d{12})$/.test(oldNumber))
    return refuse({ reason: 'card-old-number' })
  const card: CardQr = {
    personalNumber: number,
    oldIdNumber: oldNumber || null,
    fullName,
    birthDate,
    sex,
    address,
    issuedOn,
    extra,
  }
  return { kind: 'card', card }
}

/** ICAO 9303 check digit: weights 7-3-1, '<' = 0, A-Z = 10-35, sum mod 10. */
export function mrzCheckDigit(value: string): number {
  let sum = 0
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    const digit = code >= 65 ? code - 55 : code === 60 ? 0 : code - 48
    sum += digit * [7, 3, 1][i % 3]!
  }
  return sum % 10
}

function failedCheckDigits(line: string): MrzField[] {
  const holds = (data: string, check: string | undefined) => check === String(mrzCheckDigit(data))
  const failed: MrzField[] = []
  if (!holds(line.slice(0, 9), line[9])) failed.push('passportNumber')
  if (!holds(line.slice(13, 19), line[19])) failed.push('birthDate')
  if (!holds(line.slice(21, 27), line[27])) failed.push('expiryDate')
  const optional = line.slice(28, 42)
  const isUnused = /^<{14}$/.test(optional) && line[42] === '<'
  if (!isUnused && !holds(optional, line[42])) failed.push('personalNumber')
  if (!holds(line.slice(0, 10) + line.slice(13, 20) + line.slice(21, 43), line[43]))
    failed.push('composite')
  return failed
}

/** YYMMDD; a birth date that would be in the future belongs to the 1900s, an expiry to the 2000s. */
function readYymmdd(value: string, kind: 'birth' | 'expiry', today: string): string | undefined {
  if (!/^\d{6}$/.test(value)) return undefined
  const [yy, mm, dd] = [0, 2, 4].map((i) => Number(value.slice(i, i + 2))) as [
    number,
    number,
    number,
  ]
  const date = isoDate(2000 + yy, mm, dd)
  if (kind === 'expiry' || date === undefined || date <= today) return date
  return isoDate(1900 + yy, mm, dd)
}

const unfill = (value: string): string => value.replace(/<+/g, ' ').trim()

/** The two 44-character lines of a passport's MRZ (TD3), check digits verified. */
export function parsePassportMrz(text: string, today = vietnamToday()): Scanned {
  const lines = text.trim().split(/\s*\n\s*/)
  if (lines.length !== 2) return refuse({ reason: 'mrz-lines', count: lines.length })
  const [line1, line2] = lines as [string, string]
  if (!MRZ_LINE.test(line1) || !MRZ_LINE.test(line2) || line1[0] !== 'P')
    return refuse({ reason: 'mrz-format' })
  if (!STATE.test(line1.slice(2, 5)) || !STATE.test(line2.slice(10, 13)))
    return refuse({ reason: 'mrz-format' })
  const fields = failedCheckDigits(line2)
  if (fields.length) return refuse({ reason: 'mrz-check-digit', fields })
  const birthDate = readYymmdd(line2.slice(13, 19), 'birth', today)
  const expiryDate = readYymmdd(line2.slice(21, 27), 'expiry', today)
  if (!birthDate || !expiryDate) return refuse({ reason: 'mrz-date' })
  const sex = line2[20] === '<' ? 'X' : line2[20]
  if (sex !== 'M' && sex !== 'F' && sex !== 'X') return refuse({ reason: 'mrz-format' })
  const names = line1.slice(5)
  const at = names.indexOf('<<')
  const personalNumber = unfill(line2.slice(28, 42))
  const passport: PassportMrz = {
    documentType: unfill(line1.slice(0, 2)),
    issuingState: unfill(line1.slice(2, 5)),
    surname: unfill(at < 0 ? names : names.slice(0, at)),
    givenNames: at < 0 ? '' : unfill(names.slice(at + 2)),
    passportNumber: unfill(line2.slice(0, 9)),
    nationality: unfill(line2.slice(10, 13)),
    birthDate,
    sex,
    expiryDate,
    personalNumber: personalNumber || null,
  }
  return { kind: 'passport', passport }
}

/** Tells what a scanned text is, and reads it; `today` (YYYY-MM-DD, in Vietnam) for tests. */
export function classifyScan(raw: string, today = vietnamToday()): Scanned {
  const text = raw.trim()
  if (!text) return refuse({ reason: 'empty' })
  if (IDENTITY_TOKEN.test(text)) return { kind: 'identity-token', token: text }
  if (text.includes('|')) return parseCardQr(text, today)
  if (MRZ_TEXT.test(text) && text.includes('<')) return parsePassportMrz(text, today)
  return refuse({ reason: 'unknown' })
}
