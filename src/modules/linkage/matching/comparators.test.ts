import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  compareDates,
  compareNames,
  jaroWinkler,
  nameVariants,
  parseName,
  parsePartialDate,
} from './index.js'

const names = (a: string, b: string) => compareNames(parseName(a), parseName(b))
const dates = (a: string, b: string) => compareDates(parsePartialDate(a)!, b)

describe('linkage comparators', () => {
  it('computes Jaro–Winkler as published', () => {
    assert.equal(jaroWinkler('martha', 'martha'), 1)
    assert.equal(Math.round(jaroWinkler('martha', 'marhta') * 1000), 961)
    assert.equal(Math.round(jaroWinkler('dwayne', 'duane') * 1000), 840)
    assert.equal(Math.round(jaroWinkler('dixon', 'dicksonx') * 1000), 813)
    assert.equal(jaroWinkler('abc', ''), 0)
    assert.equal(jaroWinkler('abc', 'xyz'), 0)
  })

  it('tells an exact copy from one that lost its diacritics', () => {
    assert.equal(names('Nguyễn Văn Hùng', 'Nguyễn Văn Hùng').level, 'exact')
    assert.equal(names('NGUYEN VAN HUNG', 'Nguyễn Văn Hùng').level, 'folded')
    assert.equal(names('Trần Thi Lan', 'Trần Thị Lan').level, 'folded')
    assert.equal(names('Đỗ Đức Anh', 'Do Duc Anh'.normalize('NFD')).level, 'folded')
  })

  it('reads a name written given name first', () => {
    for (const written of ['Hùng Nguyễn Văn', 'Văn Hùng Nguyễn']) {
      const c = names(written, 'Nguyễn Văn Hùng')
      assert.equal(c.level, 'folded', written)
      assert.equal(c.reordered, true, written)
    }
    assert.ok(nameVariants(parseName('Hùng Nguyễn Văn')).includes('nguyen van hung'))
  })

  it('expands family-name abbreviations, and only to names they stand for', () => {
    assert.equal(names('Ng. Văn Hùng', 'Nguyễn Văn Hùng').level, 'folded')
    assert.equal(names('Tr. Thị Mai', 'Trần Thị Mai').level, 'folded')
    assert.equal(names('H. Minh Tuấn', 'Huỳnh Minh Tuấn').level, 'folded')
    assert.notEqual(names('Ng. Văn Hùng', 'Trần Văn Hùng').level, 'folded')
    assert.ok(nameVariants(parseName('Ng. Văn Hùng')).includes('nguyen van hung'))
    assert.ok(nameVariants(parseName('Tr. Thị Mai')).includes('tran thi mai'))
  })

  it('grades typos and tells different people apart', () => {
    assert.ok(['close', 'similar'].includes(names('Nguyễn Văn Hnug', 'Nguyễn Văn Hùng').level))
    assert.ok(['close', 'similar'].includes(names('Nguyễn Hùng', 'Nguyễn Văn Hùng').level))
    assert.equal(names('Nguyễn Văn Hùng', 'Nguyễn Văn Bình').level, 'different')
    assert.equal(names('Lê Thị Hoa', 'Phạm Quang Dũng').level, 'different')
  })

  it('compares partial, swapped and mistyped birth dates', () => {
    assert.equal(dates('1990-04-05', '1990-04-05'), 'exact')
    assert.equal(dates('1990', '1990-04-05'), 'partial')
    assert.equal(dates('1990-04', '1990-04-05'), 'partial')
    assert.equal(dates('1990-05', '1990-04-05'), 'year')
    assert.equal(dates('1990-05-04', '1990-04-05'), 'swapped')
    assert.equal(dates('1990-04-06', '1990-04-05'), 'near')
    assert.equal(dates('1991-04-05', '1990-04-05'), 'near')
    assert.equal(dates('1990-06-05', '1990-04-05'), 'year', 'the same day in another month')
    assert.equal(dates('1990-04-25', '1990-04-05'), 'near')
    assert.equal(dates('1990-04-15', '1990-04-06'), 'year', 'two digits apart')
    assert.equal(dates('1975-01-20', '1990-04-05'), 'different')
    assert.equal(parsePartialDate('1990-13-01')?.month, undefined)
    assert.equal(parsePartialDate('01/02/1990'), undefined)
  })
})
