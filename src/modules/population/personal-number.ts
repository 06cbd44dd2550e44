/**
 * The 12-digit personal identification number (số định danh cá nhân) of Circular 59/2021/TT-BCA,
 * and the 9-digit identity-card number (CMND) it replaced.
 *
 * Layout: PPP C YY RRRRRR, where PPP is '0' + the GSO province code of the birth registration,
 * C encodes century and sex, YY is the birth year within the century and RRRRRR is random.
 */

export type Sex = 'M' | 'F'

export interface PersonalNumberParts {
  /** Two-digit GSO province code, e.g. '75' for Đồng Nai. */
  provinceCode: string
  sex: Sex
  birthYear: number
  serial: string
}

/** `rule` is a stable code that callers may branch on; `message` is for people. */
export interface NumberProblem {
  rule: string
  message: string
}

export type NumberCheck =
  { valid: true; parts: PersonalNumberParts } | { valid: false; problems: NumberProblem[] }

/**
 * The 63 pre-reform province codes, copied from the `code` of each entry of `provinces` in
 * data/admin-units-2024.json. Embedded rather than read at runtime so that this module stays pure
 * and synchronous; personal-number.test.ts fails if the two drift apart.
 */
// prettier-ignore
export const BIRTH_PROVINCE_CODES: readonly string[] = [
  '01', '02', '04', '06', '08', '10', '11', '12', '14', '15', '17', '19', '20', '22', '24', '25',
  '26', '27', '30', '31', '33', '34', '35', '36', '37', '38', '40', '42', '44', '45', '46', '48',
  '49', '51', '52', '54', '56', '58', '60', '62', '64', '66', '67', '68', '70', '72', '74', '75',
  '77', '79', '80', '82', '83', '84', '86', '87', '89', '91', '92', '93', '94', '95', '96',
]

const PROVINCE_SET: ReadonlySet<string> = new Set(BIRTH_PROVINCE_CODES)

const MIN_YEAR = 1800
const MAX_YEAR = 2299

const ONLY_DIGITS = /^[0-9]*$/
const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/

// Built once: constructing an Intl formatter is far costlier than using one.
const VIETNAM_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** Today's calendar date in Vietnam; the server may run in UTC, which is 7 hours behind. */
function todayInVietnam(): string {
  return VIETNAM_DATE.format(new Date())
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Year of a real calendar date in YYYY-MM-DD form, or undefined if it is not one. */
function isoDateYear(value: string): number | undefined {
  const m = ISO_DATE.exec(value)
  if (m === null) return undefined
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  return year
}

/** Century start year of the century/sex digit: 0-7 step through 1900-2200, 8/9 are the 1800s. */
function centuryOf(digit: number): number {
  return digit >= 8 ? 1800 : 1900 + Math.floor(digit / 2) * 100
}

function centuryDigit(birthYear: number, sex: Sex): number {
  const base = birthYear < 1900 ? 8 : (Math.floor(birthYear / 100) - 19) * 2
  return base + (sex === 'F' ? 1 : 0)
}

/** One string in both languages, Vietnamese first, so callers need no translation table. */
function problem(rule: string, vi: string, en: string): NumberProblem {
  return { rule, message: `${vi} / ${en}` }
}

export function checkPersonalNumber(
  value: string,
  expected?: { birthDate?: string; sex?: Sex; today?: string },
): NumberCheck {
  const problems: NumberProblem[] = []

  // Whitespace is not trimmed on purpose: a padded number points to a faulty upstream export.
  if (value.length !== 12) {
    problems.push(
      problem(
        'LENGTH',
        `Số định danh phải gồm đúng 12 chữ số, nhận được ${value.length} ký tự`,
        `The personal number must be exactly 12 digits, got ${value.length} characters`,
      ),
    )
  }
  if (!ONLY_DIGITS.test(value)) {
    problems.push(
      problem(
        'DIGITS',
        'Số định danh chỉ được chứa chữ số 0-9',
        'The personal number may contain only digits 0-9',
      ),
    )
  }
  // Without twelve digits there are no fields to read, so further checks would only add noise.
  if (problems.length > 0) return { valid: false, problems }

  const today = expected?.today ?? todayInVietnam()
  const todayYear = isoDateYear(today)
  if (todayYear === undefined) {
    // A bad `today` is a caller bug, not a data problem, so it must not look like one.
    throw new RangeError(`today must be a real date in YYYY-MM-DD form, got '${today}'`)
  }

  const registrationCode = value.slice(0, 3)
  const provinceCode = value.slice(1, 3)
  if (value[0] !== '0' || !PROVINCE_SET.has(provinceCode)) {
    problems.push(
      problem(
        'PROVINCE',
        `Mã tỉnh nơi đăng ký khai sinh '${registrationCode}' không tồn tại`,
        `Unknown birth-registration province code '${registrationCode}'`,
      ),
    )
  }

  const digit = Number(value[3])
  const sex: Sex = digit % 2 === 0 ? 'M' : 'F'
  const birthYear = centuryOf(digit) + Number(value.slice(4, 6))
  if (birthYear > todayYear) {
    problems.push(
      problem(
        'BIRTH_YEAR_FUTURE',
        `Năm sinh ${birthYear} suy ra từ số định danh nằm trong tương lai`,
        `Birth year ${birthYear} derived from the personal number is in the future`,
      ),
    )
  }

  const birthDate = expected?.birthDate
  if (birthDate !== undefined) {
    const expectedYear = isoDateYear(birthDate)
    if (expectedYear === undefined) {
      problems.push(
        problem(
          'BIRTH_DATE_INVALID',
          `Ngày sinh '${birthDate}' không phải ngày hợp lệ dạng YYYY-MM-DD`,
          `Birth date '${birthDate}' is not a real date in YYYY-MM-DD form`,
        ),
      )
    } else {
      // Both are zero-padded YYYY-MM-DD, so string order is date order.
      if (birthDate > today) {
        problems.push(
          problem(
            'BIRTH_DATE_FUTURE',
            `Ngày sinh ${birthDate} nằm sau ngày hôm nay ${today}`,
            `Birth date ${birthDate} is after today ${today}`,
          ),
        )
      }
      if (expectedYear !== birthYear) {
        problems.push(
          problem(
            'BIRTH_YEAR_MISMATCH',
            `Năm sinh trong số định danh (${birthYear}) khác năm sinh đã khai (${expectedYear})`,
            `Birth year in the number (${birthYear}) is not the recorded one (${expectedYear})`,
          ),
        )
      }
    }
  }

  if (expected?.sex !== undefined && expected.sex !== sex) {
    problems.push(
      problem(
        'SEX_MISMATCH',
        `Giới tính trong số định danh (${sex}) khác giới tính đã khai (${expected.sex})`,
        `Sex in the personal number (${sex}) differs from the recorded sex (${expected.sex})`,
      ),
    )
  }

  if (problems.length > 0) return { valid: false, problems }
  return { valid: true, parts: { provinceCode, sex, birthYear, serial: value.slice(6) } }
}

export function composePersonalNumber(parts: {
  provinceCode: string
  sex: Sex
  birthYear: number
  serial: number
}): string {
  const { provinceCode, sex, birthYear, serial } = parts
  if (!PROVINCE_SET.has(provinceCode)) {
    throw new RangeError(`Unknown province code '${provinceCode}'`)
  }
  // Callers outside TypeScript's reach (a CSV, a form) can still pass anything.
  if (!(['M', 'F'] as unknown[]).includes(sex)) {
    throw new RangeError(`sex must be 'M' or 'F', got '${sex as string}'`)
  }
  if (!Number.isInteger(birthYear) || birthYear < MIN_YEAR || birthYear > MAX_YEAR) {
    throw new RangeError(
      `birthYear must be an integer in ${MIN_YEAR}-${MAX_YEAR}, got ${birthYear}`,
    )
  }
  if (!Number.isInteger(serial) || serial < 0 || serial > 999_999) {
    throw new RangeError(`serial must be an integer in 0-999999, got ${serial}`)
  }
  const yy = String(birthYear % 100).padStart(2, '0')
  return `0${provinceCode}${centuryDigit(birthYear, sex)}${yy}${String(serial).padStart(6, '0')}`
}

/** The 9-digit identity-card number (CMND) that many records still carry. */
export function checkOldIdNumber(
  value: string,
): { valid: true } | { valid: false; problems: NumberProblem[] } {
  const problems: NumberProblem[] = []
  if (value.length !== 9) {
    problems.push(
      problem(
        'LENGTH',
        `Số CMND phải gồm đúng 9 chữ số, nhận được ${value.length} ký tự`,
        `The old ID number (CMND) must be exactly 9 digits, got ${value.length} characters`,
      ),
    )
  }
  if (!ONLY_DIGITS.test(value)) {
    problems.push(
      problem(
        'DIGITS',
        'Số CMND chỉ được chứa chữ số 0-9',
        'The old ID number (CMND) may contain only digits 0-9',
      ),
    )
  }
  // Nine zeros passes the shape checks but is a filler for "unknown", never an issued number.
  if (problems.length === 0 && value === '000000000') {
    problems.push(
      problem(
        'ALL_ZEROS',
        'Số CMND không được toàn số 0',
        'The old ID number (CMND) cannot be all zeros',
      ),
    )
  }
  return problems.length > 0 ? { valid: false, problems } : { valid: true }
}
