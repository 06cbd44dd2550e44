import { mrzCheckDigit } from '../../identity/index.js'
import { foldName } from '../../population/index.js'

/** A foreign guest's passport as a rooming list gives it, field by field. */
export interface PassportFields {
  fullName: string
  nationality: string
  passportNumber: string
  /** YYYY-MM-DD. */
  birthDate: string
  sex: 'M' | 'F' | null
  /** YYYY-MM-DD. */
  expiryDate: string
}

const NAME_FIELD = 39
const NUMBER_FIELD = 9

const pad = (value: string, length: number): string => value.padEnd(length, '<').slice(0, length)
const yymmdd = (date: string): string => date.slice(2, 4) + date.slice(5, 7) + date.slice(8, 10)
const withCheck = (field: string): string => field + String(mrzCheckDigit(field))

/** 'Nguyễn Văn A' or 'SMITH, John' as MRZ name characters; a comma separates the surname. */
function mrzName(fullName: string): string {
  const [surname = '', given = ''] = fullName.split(',', 2)
  const letters = (part: string): string =>
    foldName(part)
      .toUpperCase()
      .replace(/[^A-Z]+/g, '<')
      .replace(/^<|<$/g, '')
  return given.trim() === '' ? letters(surname) : `${letters(surname)}<<${letters(given)}`
}

/**
 * The two TD3 lines (ICAO Doc 9303 part 4) the passport would carry, so that a rooming-list row
 * goes through the same checks as a scanned passport. Undefined when the fields cannot be
 * written in an MRZ (a passport number over 9 characters, a name with no Latin letters).
 */
export function composePassportMrz(passport: PassportFields): string | undefined {
  const name = mrzName(passport.fullName)
  const number = passport.passportNumber.toUpperCase()
  if (name === '' || !/^[A-Z0-9]{1,9}$/.test(number)) return undefined
  if (!/^[A-Z]{3}$/.test(passport.nationality)) return undefined
  const line1 = `P<${passport.nationality}${pad(name, NAME_FIELD)}`
  const numberField = withCheck(pad(number, NUMBER_FIELD))
  const birth = withCheck(yymmdd(passport.birthDate))
  const expiry = withCheck(yymmdd(passport.expiryDate))
  const optional = '<'.repeat(14)
  const body = `${numberField}${passport.nationality}${birth}${passport.sex ?? '<'}${expiry}${optional}<`
  const composite = numberField + birth + expiry + optional + '<'
  return `${line1}\n${body}${mrzCheckDigit(composite)}`
}
