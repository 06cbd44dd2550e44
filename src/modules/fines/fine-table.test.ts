import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { Value } from '@sinclair/typebox/value'
import { AppError } from '../../platform/http/errors.js'
import { checkFine, fineArticle, fineTable, parseFineTable } from './fine-table.js'
import { composePlate, Plate, plateClassOf } from './plates.js'

const refusedWith = (code: string) => (error: unknown) =>
  error instanceof AppError && error.code === code && error.status === 422

describe('the fine table of Decree 168/2024 (data/fines-decree-168-2024.json)', () => {
  it('reads, says it is unchecked, and covers the bands cameras and officers use most', () => {
    const table = fineTable()
    assert.equal(table.decree, '168/2024/NĐ-CP')
    assert.equal(table.checked, false, 'SOURCES.md: transcribed, to be checked against the text')
    for (const vehicleClass of ['car', 'motorbike'] as const)
      for (const topic of ['speeding', 'red_light', 'wrong_lane', 'alcohol', 'parking'])
        assert.ok(
          table.articles.some((a) => a.vehicleClass === vehicleClass && a.topic === topic),
          `${vehicleClass} ${topic}`,
        )
    assert.ok(table.articles.some((a) => a.topic === 'helmet' && a.vehicleClass === 'motorbike'))
  })

  it('names an article by article, clause and point, with its range in VND', () => {
    const redLight = fineArticle('168-6-9-b')
    assert.deepEqual(
      [redLight.article, redLight.clause, redLight.point, redLight.vehicleClass],
      [6, 9, 'b', 'car'],
    )
    assert.ok(redLight.minFine < redLight.maxFine)
    assert.equal(fineArticle('168-6-5-dd').point, 'đ')
  })

  it('accepts a fine at either end of the range and refuses one outside it', () => {
    const { minFine, maxFine } = fineArticle('168-7-2-h')
    assert.equal(checkFine('168-7-2-h', minFine, 'motorbike').code, '168-7-2-h')
    assert.equal(checkFine('168-7-2-h', maxFine, 'motorbike').code, '168-7-2-h')
    for (const fine of [minFine - 1, maxFine + 1, minFine + 0.5])
      assert.throws(
        () => checkFine('168-7-2-h', fine, 'motorbike'),
        refusedWith('FINES_FINE_OUT_OF_RANGE'),
      )
  })

  it('refuses an article not in the table, and one for the other class of vehicle', () => {
    assert.throws(
      () => checkFine('168-99-1-a', 500_000, 'car'),
      refusedWith('FINES_ARTICLE_UNKNOWN'),
    )
    assert.throws(
      () => checkFine('168-7-2-h', 500_000, 'car'),
      refusedWith('FINES_VEHICLE_CLASS_MISMATCH'),
    )
  })

  it('finds a defect in a table: a code not matching its place, a range upside down, a twin', () => {
    const row = { ...fineTable().articles[0]! }
    const file = (articles: unknown[]) => ({ ...fineTable(), articles })
    assert.throws(
      () => parseFineTable(file([{ ...row, code: '168-6-1-b' }])),
      /should be 168-6-1-a/,
    )
    assert.throws(() => parseFineTable(file([{ ...row, minFine: 700_000 }])), /minimum above/)
    assert.throws(() => parseFineTable(file([row, row])), /listed twice/)
    assert.throws(() => parseFineTable(file([{ ...row, maxFine: '600000' }])), /maxFine/)
  })
})

describe('plates in the forms of the registration certificate', () => {
  it('tells a car from a motorbike and refuses anything else', () => {
    const cases: [string, string | undefined][] = [
      ['60A-123.45', 'car'],
      ['39LD-001.23', 'car'],
      ['60-B1 123.45', 'motorbike'],
      ['60-AA 123.45', 'motorbike'],
      ['60A-12345', undefined],
      ['60a-123.45', undefined],
      ['60I-123.45', undefined],
      ['60-B1 12.345', undefined],
      ['60B1-123.45', undefined],
      ['06A-123.45', undefined],
      [' 60A-123.45', undefined],
    ]
    for (const [plate, vehicleClass] of cases) {
      assert.equal(plateClassOf(plate), vehicleClass, plate)
      assert.equal(Value.Check(Plate, plate), vehicleClass !== undefined, `schema: ${plate}`)
    }
  })

  it('writes a plate from its parts in the same forms', () => {
    assert.equal(composePlate('car', '60', 'A', 12345), '60A-123.45')
    assert.equal(composePlate('motorbike', '39', 'B1', 7), '39-B1 000.07')
    assert.equal(plateClassOf(composePlate('motorbike', '39', 'B1', 7)), 'motorbike')
  })
})
