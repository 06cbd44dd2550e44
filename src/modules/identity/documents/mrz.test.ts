import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mrzCheckDigit, parsePassportMrz, type MrzResult } from './mrz.js'

const TODAY = '2025-06-15'
// The specimen of ICAO Doc 9303 part 4 (Utopia, Anna Maria Eriksson).
const LINE1 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<'
const LINE2 = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'

const parse = (text: string): MrzResult => parsePassportMrz(text, { today: TODAY })

function reasonOf(result: MrzResult): string {
  if (result.ok) return 'ok'
  assert.match(result.message, /^\S.* \/ \S.*$/, 'message should be "Vietnamese / English"')
  return result.reason
}

/** The specimen's line 2 with the character at `index` (0-based) replaced. */
const withChar = (index: number, char: string): string =>
  `${LINE1}\n${LINE2.slice(0, index)}${char}${LINE2.slice(index + 1)}`

/** A line 2 with every check digit computed, for cases the specimen does not cover. */
function line2(fields: {
  number: string
  birth: string
  sex: string
  expiry: string
  optional: string
  optionalCheck?: string
}): string {
  const number = fields.number.padEnd(9, '<')
  const optional = fields.optional.padEnd(14, '<')
  const check = (s: string): string => String(mrzCheckDigit(s))
  const head = `${number}${check(number)}VNM${fields.birth}${check(fields.birth)}${fields.sex}`
  const tail = `${fields.expiry}${check(fields.expiry)}${optional}${fields.optionalCheck ?? check(optional)}`
  const composite = head.slice(0, 10) + head.slice(13, 20) + tail
  return `${head}${tail}${check(composite)}`
}

const VN_LINE1 = 'P<VNMNGUYEN<<VAN<AN<<<<<<<<<<<<<<<<<<<<<<<<<'
const vietnamese = (fields: Partial<Parameters<typeof line2>[0]> = {}): string =>
  `${VN_LINE1}\n${line2({ number: 'C1234567', birth: '850101', sex: 'M', expiry: '310615', optional: '075085001234', ...fields })}`

describe('mrzCheckDigit', () => {
  it('matches the worked examples of Doc 9303', () => {
    assert.equal(mrzCheckDigit('520727'), 3)
    assert.equal(mrzCheckDigit('AB2134<<<'), 5)
    assert.equal(mrzCheckDigit('L898902C3'), 6)
    assert.equal(mrzCheckDigit('740812'), 2)
    assert.equal(mrzCheckDigit('ZE184226B<<<<<'), 1)
  })

  it('builds the specimen line exactly, so the helper of these tests is sound', () => {
    const built = line2({
      number: 'L898902C3',
      birth: '740812',
      sex: 'F',
      expiry: '120415',
      optional: 'ZE184226B',
    }).replace('VNM', 'UTO')
    assert.equal(built, LINE2)
  })
})

describe('parsePassportMrz', () => {
  it('reads the ICAO specimen', () => {
    assert.deepEqual(parse(`${LINE1}\n${LINE2}`), {
      ok: true,
      passport: {
        documentType: 'P',
        issuingState: 'UTO',
        surname: 'ERIKSSON',
        givenNames: 'ANNA MARIA',
        passportNumber: 'L898902C3',
        nationality: 'UTO',
        birthDate: '1974-08-12',
        sex: 'F',
        expiryDate: '2012-04-15',
        personalNumber: 'ZE184226B',
      },
    })
  })

  it('accepts CRLF and surrounding whitespace', () => {
    const expected = parse(`${LINE1}\n${LINE2}`)
    assert.ok(expected.ok)
    assert.deepEqual(parse(`${LINE1}\r\n${LINE2}\r\n`), expected)
    assert.deepEqual(parse(`  \n${LINE1}  \n  ${LINE2}\n\n`), expected)
  })

  it('reads a Vietnamese passport with the personal number as optional data', () => {
    const result = parse(vietnamese())
    assert.ok(result.ok, JSON.stringify(result))
    assert.equal(result.passport.surname, 'NGUYEN')
    assert.equal(result.passport.givenNames, 'VAN AN')
    assert.equal(result.passport.personalNumber, '075085001234')
    assert.equal(result.passport.birthDate, '1985-01-01')
    assert.equal(result.passport.expiryDate, '2031-06-15')
  })

  it('puts a birth date that would be in the future in the previous century', () => {
    const of = (birth: string): string | undefined => {
      const result = parse(vietnamese({ birth }))
      return result.ok ? result.passport.birthDate : undefined
    }
    assert.equal(of('250615'), '2025-06-15')
    assert.equal(of('250616'), '1925-06-16')
    assert.equal(of('051231'), '2005-12-31')
    assert.equal(of('991231'), '1999-12-31')
  })

  it("reads an unspecified sex ('<') as X and an unused optional field as null", () => {
    const result = parse(vietnamese({ sex: '<', optional: '' }))
    assert.ok(result.ok, JSON.stringify(result))
    assert.equal(result.passport.sex, 'X')
    assert.equal(result.passport.personalNumber, null)
    const fillerCheck = parse(vietnamese({ optional: '', optionalCheck: '<' }))
    assert.ok(fillerCheck.ok && fillerCheck.passport.personalNumber === null)
  })

  it('names the field of each broken check digit', () => {
    const cases: [number, string, string[]][] = [
      [9, '7', ['passportNumber', 'composite']],
      [19, '3', ['birthDate', 'composite']],
      [27, '0', ['expiryDate', 'composite']],
      [42, '2', ['personalNumber', 'composite']],
      [43, '1', ['composite']],
      // A misread in the data rather than in the check digit.
      [18, '3', ['birthDate', 'composite']],
      [2, '7', ['passportNumber', 'composite']],
    ]
    for (const [index, char, fields] of cases) {
      const result = parse(withChar(index, char))
      assert.equal(reasonOf(result), 'MRZ_CHECK_DIGIT', `position ${index + 1}`)
      assert.ok(!result.ok)
      assert.deepEqual(result.details, { fields }, `position ${index + 1}`)
    }
    // A filler check digit is only allowed for an unused optional field.
    const filler = parse(withChar(42, '<'))
    assert.equal(reasonOf(filler), 'MRZ_CHECK_DIGIT')
    assert.ok(!filler.ok)
    assert.deepEqual(filler.details, { fields: ['personalNumber', 'composite'] })
  })

  it('refuses dates that pass the check digit but are no calendar dates', () => {
    for (const fields of [{ birth: '741312' }, { birth: '850229' }, { expiry: '310631' }]) {
      const result = parse(vietnamese(fields))
      assert.equal(reasonOf(result), 'MRZ_DATE', JSON.stringify(fields))
    }
  })

  it('refuses what is not a TD3 passport MRZ', () => {
    const texts = [
      '',
      LINE1,
      `${LINE1}\n${LINE2}\n${LINE2}`,
      `${LINE1}\n${LINE2.slice(0, 43)}`,
      `${LINE1}<\n${LINE2}`,
      `${LINE1.toLowerCase()}\n${LINE2}`,
      `${LINE1.replace('ANNA<MARIA', 'ANNA MARIA')}\n${LINE2}`,
      `I${LINE1.slice(1)}\n${LINE2}`,
      `P<U1O${LINE1.slice(5)}\n${LINE2}`,
      withChar(20, 'Z'),
    ]
    for (const text of texts) {
      assert.equal(reasonOf(parse(text)), 'MRZ_FORMAT', JSON.stringify(text))
    }
  })
})
