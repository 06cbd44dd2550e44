import { describe, it } from 'node:test'
import assert from 'node:assert/strict'

import { foldName, normaliseName } from './names.js'

const BASE_VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']
const TONE_MARKS = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']

describe('normaliseName', () => {
  it('trims and collapses inner whitespace', () => {
    assert.equal(normaliseName('  Nguyễn \t Thị\n\nÁnh   Tuyết  '), 'Nguyễn Thị Ánh Tuyết')
  })

  it('turns decomposed (NFD) input into NFC', () => {
    const nfd = 'Nguyễn Thị Ánh Tuyết'.normalize('NFD')
    assert.notEqual(nfd, nfd.normalize('NFC'))
    const result = normaliseName(nfd)
    assert.equal(result, 'Nguyễn Thị Ánh Tuyết'.normalize('NFC'))
    assert.equal(result, result.normalize('NFC'))
  })

  it('keeps case and diacritics', () => {
    assert.equal(normaliseName('ĐẶNG Văn Đức'), 'ĐẶNG Văn Đức')
  })

  it('collapses non-breaking spaces too', () => {
    assert.equal(normaliseName('Lê\u00a0\u00a0Văn'), 'Lê Văn')
  })
})

describe('foldName', () => {
  it('strips diacritics and lowercases', () => {
    assert.equal(foldName('Nguyễn Thị Ánh Tuyết'), 'nguyen thi anh tuyet')
  })

  it('folds đ/Đ to d and collapses whitespace', () => {
    assert.equal(foldName('ĐẶNG  Văn   Đức '), 'dang van duc')
  })

  it('folds decomposed (NFD) input the same as NFC input', () => {
    const names = ['Nguyễn Thị Ánh Tuyết', 'ĐẶNG Văn Đức', 'Trương Thượng Quỳnh', 'Hồ Ngọc Ẩn']
    for (const name of names) {
      const nfc = name.normalize('NFC')
      const nfd = name.normalize('NFD')
      assert.notEqual(nfd, nfc)
      assert.equal(foldName(nfd), foldName(nfc))
    }
  })

  it('folds a tone mark typed after an NFC modified vowel', () => {
    // ơ (precomposed) + combining hook above, as some keyboards produce.
    assert.equal(foldName('Th\u01a1\u0309'), 'tho')
  })

  it('folds every Vietnamese vowel with every tone, in both cases, to its bare vowel', () => {
    let checked = 0
    for (const vowel of BASE_VOWELS) {
      const bare = vowel.normalize('NFD').charAt(0)
      for (const letter of [vowel, vowel.toUpperCase()]) {
        assert.equal(foldName(letter), bare, `bare ${letter}`)
        for (const tone of TONE_MARKS) {
          const composed = (letter + tone).normalize('NFC')
          assert.equal(composed.length, 1, `${letter}+${tone} should have a precomposed form`)
          assert.equal(
            foldName(composed),
            bare,
            `${composed} (U+${composed.codePointAt(0)?.toString(16)})`,
          )
          assert.equal(foldName(composed.normalize('NFD')), bare)
          checked++
        }
      }
    }
    assert.equal(checked, BASE_VOWELS.length * 2 * TONE_MARKS.length)
  })

  it('falls back to stripping marks for letters outside Vietnamese', () => {
    assert.equal(foldName('Müller Çelik Ñoño'), 'muller celik nono')
  })

  it('trims, collapses unusual whitespace and ignores stray combining marks', () => {
    assert.equal(foldName('\u00a0 Lê \u0301 Văn\u3000Tám\t'), 'le van tam')
    assert.equal(foldName(''), '')
    assert.equal(foldName('   '), '')
  })

  it('leaves digits, punctuation and characters outside the BMP alone', () => {
    assert.equal(foldName("H'Hen Niê-2 😀"), "h'hen nie-2 😀")
  })

  it('is idempotent', () => {
    const once = foldName('  Nguyễn  Thị Ánh Tuyết ')
    assert.equal(foldName(once), once)
  })
})
