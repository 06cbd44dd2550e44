import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { suppressTogether, type Relation } from './linked-suppression.js'
import { suppress, suppressBreakdown, THRESHOLD, withTotals, type Grid } from './suppression.js'
import {
  linearAttack,
  primaryOnly,
  protectedRange,
  publish,
  solvingAttack,
  subtractionAttack,
  type ReaderLink,
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

/**
 * Two tables of three communes that share a margin, as the open data's do: residents by sex and
 * age (under 15, 15-64, 65+; the margins are commune totals) and residents aged 15+ by activity.
 * Commune 0 has 9 boys under 15; alone, each table withholds them with a rectangle of cells.
 */
const PEOPLE = withTotals([
  [9, 40, 13, 30, 45, 44],
  [11, 60, 12, 22, 58, 21],
  [31, 52, 17, 28, 49, 23],
  [27, 48, 19, 33, 51, 26],
])
const ADULT_COLUMNS = [1, 2, 4, 5]
const ACTIVITY = withTotals([
  [100, 20, 22],
  [120, 15, 16],
  [101, 18, 22],
  [106, 17, 21],
])
/** For each row, totals row included: the activity total is the sum of the adult columns. */
const adultsLinks = (
  rows: number,
): { table: number; at: [number, number]; coefficient: number }[][] =>
  Array.from({ length: rows }, (_, i) => [
    { table: 1, at: [i, 3], coefficient: 1 },
    ...ADULT_COLUMNS.map((j) => ({ table: 0, at: [i, j] as [number, number], coefficient: -1 })),
  ])
const asReaderLinks = (links: Relation[]): ReaderLink[] =>
  links.map((terms) => ({
    terms: terms.map((t) => ({ ...t, table: String(t.table) })),
    value: 0,
  }))

const assertNothingRecovered = (ranges: Map<string, [number, number]>): void => {
  for (const [entry, [min, max]] of ranges) {
    assert.ok(max - min >= 1 - 1e-6, `${entry} is determined: ${min}`)
    assert.ok(max >= THRESHOLD - 1e-6, `${entry} is known to be below ${THRESHOLD}: at most ${max}`)
  }
}

describe('suppression over tables published together', () => {
  it('bounds a withheld cell as the exhaustive search does, on single tables', () => {
    let seed = 17
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
      return seed / 2 ** 31
    }
    for (let n = 0; n < 20; n++) {
      const grid = withTotals(
        Array.from({ length: 3 }, () =>
          Array.from({ length: 3 }, () => Math.floor(random() * (random() < 0.4 ? 10 : 30))),
        ),
      )
      for (const hidden of [primaryOnly(grid), suppress(grid)]) {
        const published = publish(grid, hidden)
        const exact = solvingAttack(published)
        for (const [entry, [min, max]] of linearAttack([{ name: 't', grid: published }])) {
          const values = [...exact.get(entry.slice(2))!]
          assert.deepEqual(
            [Math.round(min) + 0, Math.round(max) + 0],
            [Math.min(...values), Math.max(...values)],
            entry,
          )
        }
      }
    }
  })

  it('gives a cell back when each table is suppressed on its own', () => {
    const published = [PEOPLE, ACTIVITY].map((grid, t) => ({
      name: String(t),
      grid: publish(grid, suppress(grid)),
    }))
    const ranges = linearAttack(published, asReaderLinks(adultsLinks(5)))
    assert.deepEqual(ranges.get('0:0,0'), [9, 9])
  })

  it('withholds enough that the attack over both tables recovers nothing', () => {
    const links = adultsLinks(5)
    const hidden = suppressTogether({ grids: [PEOPLE, ACTIVITY], links })
    const published = [PEOPLE, ACTIVITY].map((grid, t) => ({
      name: String(t),
      grid: publish(grid, hidden[t]!),
    }))
    for (const { grid } of published)
      for (const value of grid.flat()) assert.ok(value === null || value >= THRESHOLD)
    const ranges = linearAttack(published, asReaderLinks(links), protectedRange)
    assert.ok(ranges.has('0:0,0'))
    assertNothingRecovered(ranges)
  })

  it('holds on random linked tables', () => {
    let seed = 41
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
      return seed / 2 ** 31
    }
    for (let n = 0; n < 15; n++) {
      const people = Array.from({ length: 5 }, () =>
        Array.from({ length: 6 }, () => Math.floor(random() * (random() < 0.3 ? 10 : 40))),
      )
      const activity = people.map((row) => {
        const adults = ADULT_COLUMNS.reduce((sum, j) => sum + row[j]!, 0)
        const employed = Math.floor(adults * (0.4 + random() * 0.5))
        const unemployed = Math.floor((adults - employed) * random())
        return [employed, unemployed, adults - employed - unemployed]
      })
      const grids = [withTotals(people), withTotals(activity)]
      const links = adultsLinks(6)
      const hidden = suppressTogether({ grids, links })
      const published = grids.map((grid, t) => ({
        name: String(t),
        grid: publish(grid, hidden[t]!),
      }))
      assertNothingRecovered(linearAttack(published, asReaderLinks(links), protectedRange))
    }
  })
})

describe('suppression of a breakdown with a public total', () => {
  const withheldSum = (counts: number[], hidden: boolean[]) =>
    counts.reduce((sum, n, k) => sum + (hidden[k] ? n : 0), 0)

  it('withholds a second count when one small count would be the total less the rest', () => {
    const counts = [950, 40, 12, 1]
    const hidden = suppressBreakdown(counts)
    assert.deepEqual(hidden, [false, false, true, true])
  })

  it('withholds until the withheld counts reach the threshold together', () => {
    const counts = [300, 2, 1, 3, 25]
    const hidden = suppressBreakdown(counts)
    assert.ok(hidden.filter(Boolean).length >= 2)
    assert.ok(withheldSum(counts, hidden) >= THRESHOLD)
    assert.equal(hidden[0], false)
  })

  it('leaves a breakdown with no small count alone', () => {
    assert.deepEqual(suppressBreakdown([40, 12, 10]), [false, false, false])
  })
})
