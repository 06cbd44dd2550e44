import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { amountInFigures, amountInWords } from './amount-words.js'

describe('amounts in Vietnamese words, for the bank file', () => {
  const cases: [number, string][] = [
    [0, 'Không đồng'],
    [5, 'Năm đồng'],
    [10, 'Mười đồng'],
    [15, 'Mười lăm đồng'],
    [21, 'Hai mươi mốt đồng'],
    [25, 'Hai mươi lăm đồng'],
    [105, 'Một trăm linh năm đồng'],
    [110, 'Một trăm mười đồng'],
    [360_000, 'Ba trăm sáu mươi nghìn đồng'],
    [500_000, 'Năm trăm nghìn đồng'],
    [750_000, 'Bảy trăm năm mươi nghìn đồng'],
    [1_500_000, 'Một triệu năm trăm nghìn đồng'],
    [1_005_000, 'Một triệu không trăm linh năm nghìn đồng'],
    [1_000_001, 'Một triệu không trăm linh một đồng'],
    [2_789_000, 'Hai triệu bảy trăm tám mươi chín nghìn đồng'],
    [10_000_000, 'Mười triệu đồng'],
    [1_000_000_000, 'Một tỷ đồng'],
    [2_050_000_000, 'Hai tỷ không trăm năm mươi triệu đồng'],
    [1_000_000_000_000, 'Một nghìn tỷ đồng'],
  ]
  for (const [amount, words] of cases)
    it(`${amount} → ${words}`, () => {
      assert.equal(amountInWords(amount), words)
    })

  it('refuses what is not a whole amount of đồng', () => {
    for (const bad of [-1, 1.5, Number.NaN, 1e15])
      assert.throws(() => amountInWords(bad), RangeError)
  })

  it('writes figures with dots between thousands', () => {
    assert.equal(amountInFigures(1_500_000), '1.500.000')
    assert.equal(amountInFigures(500), '500')
  })
})
