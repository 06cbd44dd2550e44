import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { AppError } from '../../../platform/http/errors.js'
import { parsePassportMrz } from '../../identity/index.js'
import { composePassportMrz } from './rooming-list-mrz.js'
import { declarationOfRow } from './rooming-list-rows.js'
import { TODAY } from '../../../../test/kit/index.js'

const refusalOf = (run: () => unknown): AppError => {
  try {
    run()
  } catch (error) {
    assert.ok(error instanceof AppError)
    return error
  }
  assert.fail('expected a refusal')
}
const refusal = (run: () => unknown): { code: string; details: unknown } => {
  const { code, details } = refusalOf(run)
  return { code, details }
}

const citizen = {
  personalNumber: '075090001234',
  fullName: 'Nguyễn Văn An',
  birthDate: '05/09/1990',
  room: '101',
  arrival: '27/11/2026 21:30',
}

describe('rooming-list rows', () => {
  it('reads a citizen row with Vietnam times', () => {
    assert.deepEqual(declarationOfRow({ ...citizen, expectedDeparture: '2026-11-29 12:00' }), {
      arrivalAt: '2026-11-27T14:30:00.000Z',
      expectedDepartureAt: '2026-11-29T05:00:00.000Z',
      method: 'rooming_list',
      guests: [
        {
          personalNumber: '075090001234',
          fullName: 'Nguyễn Văn An',
          birthDate: '1990-09-05',
          room: '101',
        },
      ],
    })
  })

  it('puts back the leading zeros a spreadsheet drops from a personal number', () => {
    const input = declarationOfRow({ ...citizen, personalNumber: '75090001234' })
    assert.equal((input.guests[0] as { personalNumber: string }).personalNumber, '075090001234')
  })

  it('refuses a bad date, naming the column and not the value', () => {
    for (const [column, value] of [
      ['birthDate', '31/02/1990'],
      ['birthDate', '1990'],
      ['arrival', '27/11/2026'],
      ['arrival', '27/11/2026 24:10'],
      ['expectedDeparture', 'tomorrow'],
    ] as const) {
      const refused = refusal(() => declarationOfRow({ ...citizen, [column]: value }))
      assert.deepEqual(refused, { code: 'STAY_ROW_BAD_DATE', details: { column } }, value)
    }
  })

  it('lists every empty required column', () => {
    const refused = refusal(() => declarationOfRow({ personalNumber: '075090001234' }))
    assert.deepEqual(refused, {
      code: 'STAY_ROW_INCOMPLETE',
      details: { columns: ['fullName', 'birthDate', 'arrival'] },
    })
  })

  it("names a column by the file's header, the template's where the file has none", () => {
    const headers = { birthDate: 'NGÀY SINH', arrival: 'Arrival' }
    const badDate = refusalOf(() => declarationOfRow({ ...citizen, birthDate: '1990' }, headers))
    assert.deepEqual(badDate.details, { column: 'birthDate' })
    assert.match(
      badDate.message,
      /^Cột "NGÀY SINH": ngày không hợp lệ .* \/ Column "NGÀY SINH": not/,
    )
    const arrival = refusalOf(() => declarationOfRow({ ...citizen, arrival: 'sáng nay' }, headers))
    assert.match(arrival.message, /Cột "Arrival".* \/ Column "Arrival"/)
    // A foreigner's row in a citizens' file: the columns it lacks, as the template heads them.
    const { personalNumber: _, ...named } = citizen
    const foreigner = { ...named, passportNumber: 'X1234567' }
    const missing = refusalOf(() => declarationOfRow(foreigner, headers))
    assert.deepEqual(missing.details, {
      columns: ['nationality', 'passportExpiry', 'entryDate'],
    })
    assert.equal(
      missing.message,
      'Thiếu thông tin ở cột: "Quốc tịch", "Hạn hộ chiếu", "Ngày nhập cảnh" / Missing: "Nationality", "Passport expiry", "Entry date"',
    )
  })

  it('writes a foreigner row as the MRZ their passport carries', () => {
    const input = declarationOfRow({
      fullName: 'SMITH, John Paul',
      birthDate: '14/03/1985',
      nationality: 'gbr',
      passportNumber: '123456789',
      sex: 'Nam',
      passportExpiry: '02/01/2031',
      entryDate: '20/11/2026',
      visaNumber: 'DL1234567',
      arrival: '27/11/2026 10:00',
    })
    const guest = input.guests[0] as { passportMrz: string; entryDate: string; visaNumber: string }
    assert.equal(guest.entryDate, '2026-11-20')
    assert.equal(guest.visaNumber, 'DL1234567')
    const parsed = parsePassportMrz(guest.passportMrz, { today: TODAY })
    assert.ok(parsed.ok, JSON.stringify(parsed))
    assert.deepEqual(
      [parsed.passport.surname, parsed.passport.givenNames, parsed.passport.nationality],
      ['SMITH', 'JOHN PAUL', 'GBR'],
    )
    assert.deepEqual(
      [parsed.passport.passportNumber, parsed.passport.birthDate, parsed.passport.sex],
      ['123456789', '1985-03-14', 'M'],
    )
    assert.equal(parsed.passport.expiryDate, '2031-01-02')
  })

  it('refuses what no passport MRZ can hold', () => {
    const foreigner = {
      fullName: 'Marie Dupont',
      birthDate: '05/04/1990',
      nationality: 'FRA',
      passportNumber: '1234567890',
      passportExpiry: '01/01/2032',
      entryDate: '01/11/2026',
      arrival: '27/11/2026 10:00',
    }
    assert.equal(refusal(() => declarationOfRow(foreigner)).code, 'STAY_ROW_INVALID')
    const sex = { ...foreigner, passportNumber: '12345678', sex: '?' }
    assert.deepEqual(refusal(() => declarationOfRow(sex)).details, { column: 'sex' })
    assert.equal(
      composePassportMrz({
        ...foreigner,
        birthDate: '1990-04-05',
        expiryDate: '2032-01-01',
        sex: null,
        fullName: '李小龍',
      }),
      undefined,
    )
  })
})
