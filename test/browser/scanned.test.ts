import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  mrzCheckDigit as serverCheckDigit,
  parseCardQr as serverCard,
  parsePassportMrz as serverMrz,
} from '../../src/modules/identity/index.js'
import { classifyScan, mrzCheckDigit, type Scanned } from '../../web/src/components/scanned.js'

// The web app's own reading of scanned codes (web/src/components/scanned.ts), checked against the
// platform's parsers: never stricter, and reading the same fields wherever the platform accepts.

const TODAY = '2025-06-15'
const ADDRESS = 'Số 12, tổ 3, khu phố 4, Phường Trảng Dài, Biên Hòa, Đồng Nai'
const CARD = `075085001234|271234567|Nguyễn Văn An|01011985|Nam|${ADDRESS}|15062021`
const CARD_2024 = `${CARD}|01012045|Cục Cảnh sát QLHC về TTXH`
const WOMAN = '075304004321||Trần Thị Bình|29022004|Nữ|Phường Tân Phong, Biên Hòa|01072024'

// The specimen of ICAO Doc 9303 part 4 (Utopia, Anna Maria Eriksson).
const SPECIMEN = [
  'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
  'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
].join('\n')

/** A Vietnamese passport's MRZ with every check digit computed. */
function vietnamesePassport(birth = '850101', optional = '075085001234'): string {
  const check = (s: string): string => String(serverCheckDigit(s))
  const number = 'C1234567<'
  const opt = optional.padEnd(14, '<')
  const head = `${number}${check(number)}VNM${birth}${check(birth)}M`
  const tail = `310615${check('310615')}${opt}${check(opt)}`
  const line2 = `${head}${tail}${check(head.slice(0, 10) + head.slice(13, 20) + tail)}`
  return `P<VNMNGUYEN<<VAN<AN<<<<<<<<<<<<<<<<<<<<<<<<<\n${line2}`
}

const classify = (text: string): Scanned => classifyScan(text, TODAY)

const withField = (text: string, index: number, value: string): string => {
  const fields = text.split('|')
  fields[index] = value
  return fields.join('|')
}
const withChar = (text: string, index: number, char: string): string =>
  text.slice(0, index) + char + text.slice(index + 1)

describe('the scanner’s reading of codes', () => {
  it('recognises the signed identity token without reading it', () => {
    const token = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl'
    assert.deepEqual(classify(` ${token}\n`), { kind: 'identity-token', token })
  })

  it('reads the chip card’s QR, old and 2024 layouts, as the platform does', () => {
    for (const text of [CARD, CARD_2024, WOMAN, `${CARD}\r\n`, CARD.normalize('NFD')]) {
      const server = serverCard(text, { today: TODAY })
      const read = classify(text)
      assert.ok(server.ok, text)
      assert.deepEqual(read, { kind: 'card', card: server.card })
    }
    const read = classify(CARD_2024)
    assert.ok(read.kind === 'card')
    assert.deepEqual(read.card.extra, ['01012045', 'Cục Cảnh sát QLHC về TTXH'])
  })

  it('says why a card QR is refused', () => {
    const cases: [string, string][] = [
      ['075085001234|271234567|Nguyễn Văn An|01011985|Nam', 'card-fields'],
      [withField(CARD, 2, '  '), 'card-name'],
      [withField(CARD, 3, '31021985'), 'card-birth-date'],
      [withField(CARD, 6, '15062030'), 'card-issue-date'],
      [withField(CARD, 6, '15061980'), 'card-issue-date'],
      [withField(CARD, 4, 'Male'), 'card-sex'],
      [withField(CARD, 4, 'Nữ'), 'card-number'],
      [withField(CARD, 0, '07508500123'), 'card-number'],
      [withField(CARD, 0, '075185001234'), 'card-number'],
      [withField(CARD, 3, '01011986'), 'card-number'],
      [withField(CARD, 1, '27123'), 'card-old-number'],
    ]
    for (const [text, reason] of cases) {
      const read = classify(text)
      assert.equal(read.kind === 'refused' ? read.reason : read.kind, reason, text)
      assert.equal(serverCard(text, { today: TODAY }).ok, false, `the platform refuses ${text}`)
    }
    const short = classify('075085001234|271234567|Nguyễn Văn An')
    assert.deepEqual(short, { kind: 'refused', reason: 'card-fields', count: 3 })
  })

  it('reads a passport MRZ with its check digits, as the platform does', () => {
    assert.equal(mrzCheckDigit('L898902C3'), 6)
    assert.equal(mrzCheckDigit('ZE184226B<<<<<'), serverCheckDigit('ZE184226B<<<<<'))
    for (const text of [SPECIMEN, vietnamesePassport(), `${SPECIMEN.replace('\n', '\r\n')}\n`]) {
      const server = serverMrz(text, { today: TODAY })
      const read = classify(text)
      assert.ok(server.ok, text)
      assert.deepEqual(read, { kind: 'passport', passport: server.passport })
    }
    const read = classify(vietnamesePassport())
    assert.ok(read.kind === 'passport')
    assert.equal(read.passport.personalNumber, '075085001234')
    assert.equal(read.passport.birthDate, '1985-01-01')
    assert.equal(read.passport.surname, 'NGUYEN')
    assert.equal(read.passport.givenNames, 'VAN AN')
  })

  it('says why an MRZ is refused, naming the check digits that fail', () => {
    const [line1, line2] = SPECIMEN.split('\n') as [string, string]
    const cases: [string, Scanned][] = [
      [line1, { kind: 'refused', reason: 'mrz-lines', count: 1 }],
      [`${line1}\n${line2.slice(0, 43)}`, { kind: 'refused', reason: 'mrz-format' }],
      [`${line1}\n${withChar(line2, 1, '9')}`, mrzCheck(['passportNumber', 'composite'])],
      [`${line1}\n${withChar(line2, 19, '3')}`, mrzCheck(['birthDate', 'composite'])],
      [`${line1}\n${withChar(line2, 43, '1')}`, mrzCheck(['composite'])],
      [`${withChar(line1, 0, 'I')}\n${line2}`, { kind: 'refused', reason: 'mrz-format' }],
      [vietnamesePassport('851301'), { kind: 'refused', reason: 'mrz-date' }],
    ]
    for (const [text, expected] of cases) {
      assert.deepEqual(classify(text), expected, text)
      assert.equal(serverMrz(text, { today: TODAY }).ok, false, `the platform refuses ${text}`)
    }
  })

  it('refuses what it does not know, and nothing at all', () => {
    assert.deepEqual(classify('https://example.vn/'), { kind: 'refused', reason: 'unknown' })
    assert.deepEqual(classify('  \n'), { kind: 'refused', reason: 'empty' })
  })
})

function mrzCheck(fields: string[]): Scanned {
  return { kind: 'refused', reason: 'mrz-check-digit', fields } as Scanned
}
