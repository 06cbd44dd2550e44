import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { parseCardQr, type CardQrResult } from './card-qr.js'

const TODAY = '2025-06-15'
const ADDRESS = 'Số 12, tổ 3, khu phố 4, Phường Trảng Dài, Biên Hòa, Đồng Nai'
const EXAMPLE = `075085001234|271234567|Nguyễn Văn An|01011985|Nam|${ADDRESS}|15062021`

const parse = (text: string): CardQrResult => parseCardQr(text, { today: TODAY })

/** The example with one field (0-based) replaced. */
function withField(index: number, value: string): string {
  const fields = EXAMPLE.split('|')
  fields[index] = value
  return fields.join('|')
}

function reasonOf(result: CardQrResult): string {
  if (result.ok) return 'ok'
  assert.match(result.message, /^\S.* \/ \S.*$/, 'message should be "Vietnamese / English"')
  return result.reason
}

describe('parseCardQr', () => {
  it('reads the fields of a chip card', () => {
    assert.deepEqual(parse(EXAMPLE), {
      ok: true,
      card: {
        personalNumber: '075085001234',
        oldIdNumber: '271234567',
        fullName: 'Nguyễn Văn An',
        birthDate: '1985-01-01',
        sex: 'M',
        address: ADDRESS,
        issuedOn: '2021-06-15',
        extra: [],
      },
    })
  })

  it('reads a woman born in the 2000s', () => {
    const text = `075304004321||Trần Thị Bình|29022004|Nữ|Phường Tân Phong, Biên Hòa|01072024`
    const result = parse(text)
    assert.ok(result.ok, JSON.stringify(result))
    assert.equal(result.card.sex, 'F')
    assert.equal(result.card.birthDate, '2004-02-29')
    assert.equal(result.card.oldIdNumber, null)
  })

  it('keeps trailing fields of the longer 2024 layout in extra', () => {
    const result = parse(`${EXAMPLE}|01012045|Cục Cảnh sát QLHC về TTXH`)
    assert.ok(result.ok)
    assert.deepEqual(result.card.extra, ['01012045', 'Cục Cảnh sát QLHC về TTXH'])
    assert.equal(result.card.issuedOn, '2021-06-15')
  })

  it('tolerates trailing whitespace, CRLF and decomposed text', () => {
    const expected = parse(EXAMPLE)
    assert.ok(expected.ok)
    for (const text of [`${EXAMPLE}\r\n`, `${EXAMPLE}  \n`, `\n${EXAMPLE}\t`]) {
      assert.deepEqual(parse(text), expected, JSON.stringify(text))
    }
    const nfd = parse(EXAMPLE.normalize('NFD'))
    assert.deepEqual(nfd, expected)
    assert.equal(nfd.card.fullName, 'Nguyễn Văn An'.normalize('NFC'))
    const woman = parse(`075185001234||Lê Thị Nữ|01011985|${'Nữ'.normalize('NFD')}|${ADDRESS}|`)
    assert.ok(woman.ok && woman.card.sex === 'F' && woman.card.issuedOn === null)
  })

  it('collapses whitespace in the name', () => {
    const result = parse(withField(2, ' Nguyễn   Văn  An '))
    assert.ok(result.ok && result.card.fullName === 'Nguyễn Văn An')
  })

  it('refuses text with too few fields', () => {
    for (const text of ['', 'hello', EXAMPLE.split('|').slice(0, 6).join('|'), '{"id":"1"}']) {
      assert.equal(reasonOf(parse(text)), 'CARD_QR_FORMAT', text)
    }
    assert.equal(reasonOf(parse(withField(2, '  '))), 'CARD_QR_FORMAT')
  })

  it('refuses a personal number that is invalid or disagrees with the card', () => {
    assert.equal(reasonOf(parse(withField(0, '07508500123'))), 'CARD_QR_NUMBER')
    assert.equal(reasonOf(parse(withField(0, '099085001234'))), 'CARD_QR_NUMBER')
    const wrongSex = parse(withField(4, 'Nữ'))
    assert.equal(reasonOf(wrongSex), 'CARD_QR_NUMBER')
    assert.ok(!wrongSex.ok)
    assert.deepEqual(
      (wrongSex.details as { rule: string }[]).map((p) => p.rule),
      ['SEX_MISMATCH'],
    )
    assert.match(wrongSex.message, /SEX_MISMATCH/)
    const wrongYear = parse(withField(3, '01011986'))
    assert.ok(!wrongYear.ok && wrongYear.message.includes('BIRTH_YEAR_MISMATCH'))
  })

  it('refuses an old ID number that is neither 9 nor 12 digits', () => {
    assert.equal(reasonOf(parse(withField(1, '123456789012'))), 'ok')
    for (const old of ['27123456', '27123456X', '000000000', '2712345678']) {
      const result = parse(withField(1, old))
      assert.equal(reasonOf(result), 'CARD_QR_NUMBER', old)
      assert.ok(!result.ok)
      assert.deepEqual(result.details, { field: 'oldIdNumber' })
    }
  })

  it('refuses dates that are not calendar dates or out of order', () => {
    for (const birth of ['31021985', '1985-01-01', '0101198', '00011985']) {
      const result = parse(withField(3, birth))
      assert.equal(reasonOf(result), 'CARD_QR_DATE', birth)
      assert.ok(!result.ok)
      assert.deepEqual(result.details, { field: 'birthDate' })
    }
    assert.equal(reasonOf(parse(withField(6, '31062021'))), 'CARD_QR_DATE')
    assert.equal(reasonOf(parse(withField(6, '31121984'))), 'CARD_QR_DATE')
    assert.equal(reasonOf(parse(withField(6, '16062025'))), 'CARD_QR_DATE')
    assert.equal(reasonOf(parse(withField(6, '15062025'))), 'ok')
  })

  it('refuses a sex other than Nam or Nữ', () => {
    assert.equal(reasonOf(parse(withField(4, 'NAM'))), 'ok')
    for (const sex of ['Male', 'M', '', 'Nu']) {
      assert.equal(reasonOf(parse(withField(4, sex))), 'CARD_QR_SEX', sex)
    }
  })
})
