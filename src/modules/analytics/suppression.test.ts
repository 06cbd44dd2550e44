import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { suppress, THRESHOLD, withTotals, type Grid } from './suppression.js'
import {
  primaryOnly,
  publish,
  solvingAttack,
  subtractionAttack,
} from './suppression.test-support.js'

const assertSafe = (grid: Grid, hidden: boolean[][], solve: boolean): void => {
  const published = publish(grid, hidden)
  for (const value of published.flat())
    assert.ok(value === null || value >= THRESHOLD, `published ${value}`)
  assert.deepEqual([...subtractionAttack(published).keys()], [], 'recovered by subtraction')
  if (!solve) return
  for (const [entry, values] of solvingAttack(published))
    assert.ok(values.size >= 2, `entry ${entry} is determined: ${[...values].join(',')}`)
}

/** Tables where withholding the small cells alone gives them away. */
const LEAKY: Record<string, Grid> = {
  'one small cell in its row and column': [
    [3, 40, 25],
    [30, 22, 41],
    [18, 35, 27],
  ],
  'two zeros in one row, nothing else small': [
    [0, 0, 45],
    [31, 22, 40],
    [18, 35, 27],
  ],
  'two small cells sharing a row, alone in their columns': [
    [4, 6, 50],
    [30, 22, 41],
    [18, 35, 27],
  ],
  'a small row total': [
    [2, 3, 1],
    [12, 14, 11],
    [15, 13, 10],
  ],
  'small cells on a diagonal': [
    [5, 20, 30, 12],
    [25, 7, 11, 40],
    [14, 33, 0, 21],
  ],
}

describe('small-cell suppression', () => {
  for (const [name, values] of Object.entries(LEAKY)) {
    it(`withholds enough for ${name}`, () => {
      const grid = withTotals(values)
      const naive = publish(grid, primaryOnly(grid))
      assert.ok(
        subtractionAttack(naive).size > 0 ||
          [...solvingAttack(naive).values()].some((v) => v.size === 1),
        'the table must leak under primary suppression alone, or the test proves nothing',
      )
      assertSafe(grid, suppress(grid), true)
    })
  }

  it('publishes totals as the true sums of the true values', () => {
    const grid = withTotals(LEAKY['one small cell in its row and column']!)
    const published = publish(grid, suppress(grid))
    assert.equal(published[3]![3], 241)
    assert.equal(published[1]![3], 93)
  })

  it('leaves a table with no small cell untouched', () => {
    const grid = withTotals([
      [12, 40],
      [30, 22],
    ])
    assert.ok(
      suppress(grid)
        .flat()
        .every((h) => !h),
    )
  })

  it('resists both attacks on random small tables', () => {
    let seed = 106
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
      return seed / 2 ** 31
    }
    for (let n = 0; n < 25; n++) {
      const values = Array.from({ length: 3 }, () =>
        Array.from({ length: 3 }, () =>
          random() < 0.3 ? Math.floor(random() * 10) : 10 + Math.floor(random() * 10),
        ),
      )
      const grid = withTotals(values)
      assertSafe(grid, suppress(grid), true)
    }
  })

  it('resists subtraction on a large sparse table', () => {
    let seed = 7
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
      return seed / 2 ** 31
    }
    const values = Array.from({ length: 40 }, () =>
      Array.from({ length: 12 }, () => Math.floor(random() ** 2 * 60)),
    )
    const grid = withTotals(values)
    assertSafe(grid, suppress(grid), false)
  })
})
