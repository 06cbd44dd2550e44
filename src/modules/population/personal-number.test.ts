import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'

import {
  BIRTH_PROVINCE_CODES,
  checkOldIdNumber,
  checkPersonalNumber,
  composePersonalNumber,
  type NumberCheck,
  type NumberProblem,
} from './personal-number.js'

const TODAY = '2025-06-15'

function rulesOf(
  result: NumberCheck | { valid: true } | { valid: false; problems: NumberProblem[] },
) {
  return result.valid ? [] : result.problems.map((p) => p.rule)
}

function assertBilingual(problems: NumberProblem[]): void {
  for (const p of problems) {
    assert.match(p.message, /^\S.* \/ \S.*$/, `${p.rule} message should be 'Vietnamese / English'`)
  }
}

describe('BIRTH_PROVINCE_CODES', () => {
  it('matches the provinces of data/admin-units-2024.json', () => {
    const file = new URL('../../../data/admin-units-2024.json', import.meta.url)
    const data = JSON.parse(readFileSync(file, 'utf8')) as { provinces: { code: string }[] }
    const fromFile = data.provinces.map((p) => p.code).sort()
    assert.equal(fromFile.length, 63)
    assert.deepEqual([...BIRTH_PROVINCE_CODES].sort(), fromFile)
  })
})

describe('checkPersonalNumber', () => {
  it('accepts a man born in the 1900s (Đồng Nai)', () => {
    assert.deepEqual(checkPersonalNumber('075085123456', { today: TODAY }), {
      valid: true,
      parts: { provinceCode: '75', sex: 'M', birthYear: 1985, serial: '123456' },
    })
  })

  it('accepts a woman born in the 1900s (Hà Nội)', () => {
    assert.deepEqual(checkPersonalNumber('001192000001', { today: TODAY }), {
      valid: true,
      parts: { provinceCode: '01', sex: 'F', birthYear: 1992, serial: '000001' },
    })
  })

  it('accepts a man born in the 2000s (Bình Phước)', () => {
    assert.deepEqual(checkPersonalNumber('070205654321', { today: TODAY }), {
      valid: true,
      parts: { provinceCode: '70', sex: 'M', birthYear: 2005, serial: '654321' },
    })
  })

  it('accepts a woman born in the 2000s with matching expectations', () => {
    const result = checkPersonalNumber('079310000000', {
      birthDate: '2010-02-28',
      sex: 'F',
      today: TODAY,
    })
    assert.deepEqual(result, {
      valid: true,
      parts: { provinceCode: '79', sex: 'F', birthYear: 2010, serial: '000000' },
    })
  })

  it('decodes the 1800s century digits 8 and 9', () => {
    const male = checkPersonalNumber('075885000001', { today: TODAY })
    const female = checkPersonalNumber('075999000001', { today: TODAY })
    assert.ok(male.valid && female.valid)
    assert.equal(male.parts.birthYear, 1885)
    assert.equal(male.parts.sex, 'M')
    assert.equal(female.parts.birthYear, 1899)
    assert.equal(female.parts.sex, 'F')
  })

  describe('LENGTH and DIGITS', () => {
    it('reports LENGTH for too short and too long numbers', () => {
      assert.deepEqual(rulesOf(checkPersonalNumber('07508512345', { today: TODAY })), ['LENGTH'])
      assert.deepEqual(rulesOf(checkPersonalNumber('0750851234567', { today: TODAY })), ['LENGTH'])
      assert.deepEqual(rulesOf(checkPersonalNumber('', { today: TODAY })), ['LENGTH'])
    })

    it('reports DIGITS for non-digit characters in a 12-character value', () => {
      assert.deepEqual(rulesOf(checkPersonalNumber('07508512345A', { today: TODAY })), ['DIGITS'])
      assert.deepEqual(rulesOf(checkPersonalNumber('075-85123456', { today: TODAY })), ['DIGITS'])
      // Full-width digits look right on screen but are not 0-9.
      assert.deepEqual(rulesOf(checkPersonalNumber('07508512345６', { today: TODAY })), ['DIGITS'])
    })

    it('does not trim surrounding whitespace', () => {
      assert.deepEqual(rulesOf(checkPersonalNumber(' 075085123456', { today: TODAY })), [
        'LENGTH',
        'DIGITS',
      ])
      assert.deepEqual(rulesOf(checkPersonalNumber('075085123456\n', { today: TODAY })), [
        'LENGTH',
        'DIGITS',
      ])
      assert.deepEqual(rulesOf(checkPersonalNumber(' 07508512345', { today: TODAY })), ['DIGITS'])
    })

    it('stops after LENGTH or DIGITS even when other checks would fail', () => {
      const result = checkPersonalNumber('0030851234x', {
        birthDate: '2030-13-45',
        sex: 'F',
        today: TODAY,
      })
      assert.deepEqual(rulesOf(result), ['LENGTH', 'DIGITS'])
      assert.ok(!result.valid)
      assertBilingual(result.problems)
      assert.match(result.problems[0]?.message ?? '', /^Số định danh phải gồm đúng 12 chữ số/)
    })
  })

  it('reports PROVINCE for an unknown code or a first digit other than 0', () => {
    // 03 was never assigned in the 63-province scheme.
    assert.deepEqual(rulesOf(checkPersonalNumber('003085123456', { today: TODAY })), ['PROVINCE'])
    assert.deepEqual(rulesOf(checkPersonalNumber('000085123456', { today: TODAY })), ['PROVINCE'])
    assert.deepEqual(rulesOf(checkPersonalNumber('175085123456', { today: TODAY })), ['PROVINCE'])
    assert.deepEqual(rulesOf(checkPersonalNumber('099085123456', { today: TODAY })), ['PROVINCE'])
  })

  it('reports BIRTH_YEAR_FUTURE when the derived year is after the current year', () => {
    assert.deepEqual(rulesOf(checkPersonalNumber('075226000001', { today: TODAY })), [
      'BIRTH_YEAR_FUTURE',
    ])
    assert.deepEqual(rulesOf(checkPersonalNumber('075400000001', { today: TODAY })), [
      'BIRTH_YEAR_FUTURE',
    ])
    // Later in the current year is still this year.
    assert.equal(checkPersonalNumber('075225000001', { today: '2025-01-01' }).valid, true)
  })

  it('reports BIRTH_YEAR_MISMATCH when the expected birth date has another year', () => {
    const result = checkPersonalNumber('075085123456', { birthDate: '1986-01-01', today: TODAY })
    assert.deepEqual(rulesOf(result), ['BIRTH_YEAR_MISMATCH'])
  })

  it('reports SEX_MISMATCH when the expected sex differs', () => {
    assert.deepEqual(rulesOf(checkPersonalNumber('075085123456', { sex: 'F', today: TODAY })), [
      'SEX_MISMATCH',
    ])
    assert.deepEqual(rulesOf(checkPersonalNumber('001192000001', { sex: 'M', today: TODAY })), [
      'SEX_MISMATCH',
    ])
  })

  it('reports BIRTH_DATE_FUTURE when the expected birth date is after today', () => {
    const result = checkPersonalNumber('075225000001', { birthDate: '2025-06-16', today: TODAY })
    assert.deepEqual(rulesOf(result), ['BIRTH_DATE_FUTURE'])
    const onTheDay = checkPersonalNumber('075225000001', { birthDate: TODAY, today: TODAY })
    assert.equal(onTheDay.valid, true)
  })

  it('reports BIRTH_DATE_INVALID for dates that are not real YYYY-MM-DD dates', () => {
    const bad = ['1985-02-29', '1900-02-29', '1985-13-01', '1985-00-10', '1985-04-31', '1985-1-1']
    for (const birthDate of [...bad, '01/02/1985', '1985-01-01T00:00:00Z', '', ' 1985-01-01']) {
      const result = checkPersonalNumber('075085123456', { birthDate, today: TODAY })
      assert.deepEqual(rulesOf(result), ['BIRTH_DATE_INVALID'], birthDate)
    }
    for (const birthDate of ['1984-02-29', '2000-02-29', '1985-12-31']) {
      const number = birthDate.startsWith('2000')
        ? '075200000001'
        : `0750${birthDate.slice(2, 4)}000001`
      assert.equal(checkPersonalNumber(number, { birthDate, today: TODAY }).valid, true, birthDate)
    }
  })

  it('reports every applicable problem together', () => {
    const result = checkPersonalNumber('003230000001', {
      birthDate: '2026-01-01',
      sex: 'F',
      today: TODAY,
    })
    assert.deepEqual(rulesOf(result).sort(), [
      'BIRTH_DATE_FUTURE',
      'BIRTH_YEAR_FUTURE',
      'BIRTH_YEAR_MISMATCH',
      'PROVINCE',
      'SEX_MISMATCH',
    ])
    assert.ok(!result.valid)
    assertBilingual(result.problems)
  })

  it('reports PROVINCE together with an invalid birth date', () => {
    const result = checkPersonalNumber('003085123456', { birthDate: '1985-02-30', today: TODAY })
    assert.deepEqual(rulesOf(result).sort(), ['BIRTH_DATE_INVALID', 'PROVINCE'])
  })

  it('rejects a malformed explicit today as a caller error', () => {
    assert.throws(() => checkPersonalNumber('075085123456', { today: '2025-02-30' }), RangeError)
    assert.throws(() => checkPersonalNumber('075085123456', { today: '15/06/2025' }), RangeError)
  })

  describe('default today is the calendar date in Asia/Ho_Chi_Minh', () => {
    it('is already the new year in Vietnam at 18:00 UTC on 31 December', (t) => {
      // 2024-12-31T18:00Z is 2025-01-01 01:00 in Vietnam (UTC+7): UTC would still say 2024.
      t.mock.timers.enable({ apis: ['Date'], now: Date.parse('2024-12-31T18:00:00Z') })
      const result = checkPersonalNumber('075225000001', { birthDate: '2025-01-01' })
      assert.deepEqual(result, {
        valid: true,
        parts: { provinceCode: '75', sex: 'M', birthYear: 2025, serial: '000001' },
      })
    })

    it('is still the old day in Vietnam at 16:59 UTC', (t) => {
      // 2024-12-31T16:59Z is 23:59 on 31 December in Vietnam.
      t.mock.timers.enable({ apis: ['Date'], now: Date.parse('2024-12-31T16:59:00Z') })
      const result = checkPersonalNumber('075225000001', { birthDate: '2025-01-01' })
      assert.deepEqual(rulesOf(result).sort(), ['BIRTH_DATE_FUTURE', 'BIRTH_YEAR_FUTURE'])
    })

    it('can be overridden explicitly', () => {
      assert.equal(checkPersonalNumber('075225000001', { today: '2025-01-01' }).valid, true)
      assert.deepEqual(rulesOf(checkPersonalNumber('075225000001', { today: '2024-12-31' })), [
        'BIRTH_YEAR_FUTURE',
      ])
    })
  })
})

describe('composePersonalNumber', () => {
  it('builds numbers in the Circular 59 layout', () => {
    assert.equal(
      composePersonalNumber({ provinceCode: '75', sex: 'M', birthYear: 1985, serial: 123456 }),
      '075085123456',
    )
    assert.equal(
      composePersonalNumber({ provinceCode: '01', sex: 'F', birthYear: 1992, serial: 1 }),
      '001192000001',
    )
    assert.equal(
      composePersonalNumber({ provinceCode: '70', sex: 'F', birthYear: 2005, serial: 0 }),
      '070305000000',
    )
    assert.equal(
      composePersonalNumber({ provinceCode: '79', sex: 'M', birthYear: 1800, serial: 999999 }),
      '079800999999',
    )
    assert.equal(
      composePersonalNumber({ provinceCode: '79', sex: 'F', birthYear: 2299, serial: 7 }),
      '079799000007',
    )
  })

  it('round-trips through checkPersonalNumber for every province, century and sex', () => {
    const years = [1800, 1899, 1900, 1985, 1999, 2000, 2024, 2099, 2100, 2199, 2200, 2299]
    const serials = [0, 42, 999999]
    let checked = 0
    for (const provinceCode of BIRTH_PROVINCE_CODES) {
      for (const birthYear of years) {
        for (const sex of ['M', 'F'] as const) {
          for (const serial of serials) {
            const number = composePersonalNumber({ provinceCode, sex, birthYear, serial })
            const result = checkPersonalNumber(number, { sex, today: '2299-12-31' })
            assert.deepEqual(result, {
              valid: true,
              parts: { provinceCode, sex, birthYear, serial: String(serial).padStart(6, '0') },
            })
            checked++
          }
        }
      }
    }
    assert.equal(checked, 63 * years.length * 2 * serials.length)
  })

  it('throws RangeError for out-of-range input', () => {
    const ok = { provinceCode: '75', sex: 'M', birthYear: 1985, serial: 1 } as const
    const bad = [
      { ...ok, birthYear: 1799 },
      { ...ok, birthYear: 2300 },
      { ...ok, birthYear: 1985.5 },
      { ...ok, birthYear: Number.NaN },
      { ...ok, serial: -1 },
      { ...ok, serial: 1_000_000 },
      { ...ok, serial: 1.5 },
      { ...ok, provinceCode: '03' },
      { ...ok, provinceCode: '075' },
      { ...ok, provinceCode: '7' },
      { ...ok, provinceCode: '' },
    ]
    for (const parts of bad) {
      assert.throws(() => composePersonalNumber(parts), RangeError, JSON.stringify(parts))
    }
  })
})

describe('checkOldIdNumber', () => {
  it('accepts exactly nine digits', () => {
    assert.deepEqual(checkOldIdNumber('272345678'), { valid: true })
    assert.deepEqual(checkOldIdNumber('000000001'), { valid: true })
  })

  it('reports LENGTH for anything but nine characters', () => {
    assert.deepEqual(rulesOf(checkOldIdNumber('27234567')), ['LENGTH'])
    assert.deepEqual(rulesOf(checkOldIdNumber('075085123456')), ['LENGTH'])
    assert.deepEqual(rulesOf(checkOldIdNumber('')), ['LENGTH'])
  })

  it('reports DIGITS for non-digit characters, including whitespace', () => {
    assert.deepEqual(rulesOf(checkOldIdNumber('27234567X')), ['DIGITS'])
    assert.deepEqual(rulesOf(checkOldIdNumber(' 27234567')), ['DIGITS'])
    assert.deepEqual(rulesOf(checkOldIdNumber('272345678 ')), ['LENGTH', 'DIGITS'])
  })

  it('reports ALL_ZEROS for the all-zero filler', () => {
    const result = checkOldIdNumber('000000000')
    assert.deepEqual(rulesOf(result), ['ALL_ZEROS'])
    assert.ok(!result.valid)
    assertBilingual(result.problems)
  })
})
