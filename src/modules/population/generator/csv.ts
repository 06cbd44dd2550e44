/**
 * PostgreSQL COPY ... WITH (FORMAT csv) text, no header: NULL is an empty unquoted field, a field
 * is quoted only when it holds a comma, quote or line break. Fields are copied straight into a
 * buffer, with no per-row strings, arrays or regular expressions: this runs once per resident of
 * the whole province, within a load that must stay under a minute.
 */
import type { FullName } from './naming.js'
import type { HouseholdRow, MovementRow, ResidentRow } from './types.js'

/** DB column names, in the order of the CSV fields. */
export const HOUSEHOLD_COLUMNS: readonly string[] = ['id', 'commune_code', 'address']

export const RESIDENT_COLUMNS: readonly string[] = [
  'personal_number',
  'full_name',
  'full_name_folded',
  'birth_date',
  'sex',
  'ethnicity_code',
  'religion_code',
  'birth_province_code',
  'commune_code',
  'household_id',
  'relation_to_head',
  'status',
  'labour_status',
  'sector',
  'occupation',
  'old_id_number',
  'card_issued_on',
  'card_expires_on',
  'eid_level',
  'has_payment_account',
  'has_digital_signature',
]

/** Without id and recorded_at, which have defaults. */
export const MOVEMENT_COLUMNS: readonly string[] = [
  'personal_number',
  'kind',
  'occurred_on',
  'commune_code',
  'other_province_code',
]

const COMMA = 44
const QUOTE = 34
const NEWLINE = 10
const CR = 13

function needsQuotes(value: string): boolean {
  if (value.length === 0) return true
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c === COMMA || c === QUOTE || c === NEWLINE || c === CR) return true
  }
  return false
}

/** Where the rows' CSV goes: code units in a reused buffer, read out as one string at the end. */
export interface CsvOut {
  /** Characters as they are: numbers, codes, dates and names built from checked parts. */
  raw(value: string): void
  /** A text field, quoted when it holds a comma, quote or line break, or is empty. */
  text(value: string): void
  /** One character: a separator, a boolean's t or f, a digit. */
  char(code: number): void
  /** The text so far; the writer must not be used afterwards. */
  finish(): string
}

/** Buffers of finished writers: fresh memory is slow to touch in a sandbox, so it is reused. */
const spare: Buffer[] = []

/**
 * Text written code unit by code unit. Concatenating strings instead builds ropes of a few dozen
 * pieces per line that the garbage collector then copies around: at first 60% of the run and
 * 20 µs per resident went there. UTF-16 is what a JavaScript string holds, so reading the buffer
 * back is a plain copy.
 */
export class Utf16Out implements CsvOut {
  private bytes: Buffer = spare.pop() ?? Buffer.allocUnsafe(1 << 20)
  private units = new Uint16Array(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length >> 1)
  private at = 0

  private grow(count: number): void {
    const bigger = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, (this.at + count) * 2))
    this.bytes.copy(bigger, 0, 0, this.at * 2)
    this.bytes = bigger
    this.units = new Uint16Array(bigger.buffer, bigger.byteOffset, bigger.length >> 1)
  }

  raw(value: string): void {
    const n = value.length
    if (this.at + n > this.units.length) this.grow(n)
    const units = this.units
    let at = this.at
    for (let i = 0; i < n; i++) units[at++] = value.charCodeAt(i)
    this.at = at
  }

  text(value: string): void {
    if (!needsQuotes(value)) {
      this.raw(value)
      return
    }
    if (this.at + value.length * 2 + 2 > this.units.length) this.grow(value.length * 2 + 2)
    const units = this.units
    let at = this.at
    units[at++] = QUOTE
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i)
      if (c === QUOTE) units[at++] = QUOTE
      units[at++] = c
    }
    units[at++] = QUOTE
    this.at = at
  }

  char(code: number): void {
    if (this.at + 1 > this.units.length) this.grow(1)
    this.units[this.at++] = code
  }

  finish(): string {
    const text = this.bytes.toString('utf16le', 0, this.at * 2)
    spare.push(this.bytes)
    return text
  }
}

/** The same for text that is ASCII by construction: one byte per character, half the string. */
export class AsciiOut implements CsvOut {
  private bytes: Buffer = spare.pop() ?? Buffer.allocUnsafe(1 << 20)
  private at = 0

  private grow(count: number): void {
    const bigger = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.at + count))
    this.bytes.copy(bigger, 0, 0, this.at)
    this.bytes = bigger
  }

  raw(value: string): void {
    const n = value.length
    if (this.at + n > this.bytes.length) this.grow(n)
    const bytes = this.bytes
    let at = this.at
    for (let i = 0; i < n; i++) bytes[at++] = value.charCodeAt(i)
    this.at = at
  }

  text(value: string): void {
    if (needsQuotes(value)) throw new RangeError(`not plain ASCII CSV: '${value}'`)
    this.raw(value)
  }

  char(code: number): void {
    if (this.at + 1 > this.bytes.length) this.grow(1)
    this.bytes[this.at++] = code
  }

  finish(): string {
    const text = this.bytes.toString('latin1', 0, this.at)
    spare.push(this.bytes)
    return text
  }
}

const LF = NEWLINE
const T = 116
const F = 102
const DIGIT_0 = 48
const SPACE = 32

/** Writes a NULL (nothing) or a value that needs no quoting. */
function optional(out: CsvOut, value: string | null): void {
  if (value !== null) out.raw(value)
  out.char(COMMA)
}

export function writeHousehold(out: CsvOut, row: HouseholdRow): void {
  out.raw(String(row.id))
  out.char(COMMA)
  out.raw(row.communeCode)
  out.char(COMMA)
  out.text(row.address)
  out.char(LF)
}

/**
 * Only the free text is checked for quoting: numbers, dates, enums and codes are the generator's
 * own, and names are built from parts that cleanName admitted (letters and single spaces).
 * `householdId` is the household id already in decimal, to convert it once per household.
 */
export function writeResident(
  out: CsvOut,
  r: ResidentRow,
  name: FullName,
  householdId: string,
): void {
  out.raw(r.personalNumber)
  out.char(COMMA)
  out.raw(name.surname.text)
  out.char(SPACE)
  out.raw(name.middle.text)
  out.char(SPACE)
  out.raw(name.given.text)
  out.char(COMMA)
  out.raw(name.surname.folded)
  out.char(SPACE)
  out.raw(name.middle.folded)
  out.char(SPACE)
  out.raw(name.given.folded)
  out.char(COMMA)
  out.raw(r.birthDate)
  out.char(COMMA)
  out.raw(r.sex)
  out.char(COMMA)
  out.raw(r.ethnicityCode)
  out.char(COMMA)
  optional(out, r.religionCode)
  out.raw(r.birthProvinceCode)
  out.char(COMMA)
  out.raw(r.communeCode)
  out.char(COMMA)
  out.raw(householdId)
  out.char(COMMA)
  out.raw(r.relationToHead)
  out.char(COMMA)
  out.raw(r.status)
  out.char(COMMA)
  out.raw(r.labourStatus)
  out.char(COMMA)
  optional(out, r.sector)
  if (r.occupation !== null) out.text(r.occupation)
  out.char(COMMA)
  optional(out, r.oldIdNumber)
  optional(out, r.cardIssuedOn)
  optional(out, r.cardExpiresOn)
  out.char(DIGIT_0 + r.eidLevel)
  out.char(COMMA)
  out.char(r.hasPaymentAccount ? T : F)
  out.char(COMMA)
  out.char(r.hasDigitalSignature ? T : F)
  out.char(LF)
}

export function writeMovement(out: CsvOut, m: MovementRow): void {
  out.raw(m.personalNumber)
  out.char(COMMA)
  out.raw(m.kind)
  out.char(COMMA)
  out.raw(m.occurredOn)
  out.char(COMMA)
  out.raw(m.communeCode)
  out.char(COMMA)
  if (m.otherProvinceCode !== null) out.raw(m.otherProvinceCode)
  out.char(LF)
}
