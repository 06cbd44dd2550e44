import assert from 'node:assert/strict'
import { Polytope, ranges, type Equation } from './linear-program.js'
import { THRESHOLD, type Grid } from './suppression.js'

/**
 * Attacks on a published table, for the tests of suppression: they try to recover withheld
 * cells from what is published.
 */

/** What a reader of the published table sees: every value, or null where withheld. */
export type Published = (number | null)[][]

export const publish = (grid: Grid, hidden: boolean[][]): Published =>
  grid.map((row, i) => row.map((value, j) => (hidden[i]![j] ? null : value)))

/** Withholding the small entries only, as a table would be without secondary suppression. */
export const primaryOnly = (grid: Grid): boolean[][] =>
  grid.map((row) => row.map((v) => v < THRESHOLD))

/** The lines of the grid: each row and each column, its last entry being the total. */
function linesOf(published: Published): [number, number][][] {
  const rows = published.length
  const columns = published[0]!.length
  return [
    ...Array.from({ length: rows }, (_, i) =>
      Array.from({ length: columns }, (_, j): [number, number] => [i, j]),
    ),
    ...Array.from({ length: columns }, (_, j) =>
      Array.from({ length: rows }, (_, i): [number, number] => [i, j]),
    ),
  ]
}

/**
 * An attacker who subtracts: a line with one unknown gives it (total minus the others, or the
 * sum of the others when the total is the unknown), and a line whose unknown cells must add up
 * to nothing gives them all as zero. Repeated until nothing new is learnt.
 * @returns the withheld entries recovered, with their values.
 */
export function subtractionAttack(published: Published): Map<string, number> {
  const known = published.map((row) => [...row])
  const recovered = new Map<string, number>()
  const learn = (i: number, j: number, value: number): void => {
    known[i]![j] = value
    recovered.set(`${i},${j}`, value)
  }
  for (let progress = true; progress;) {
    progress = false
    for (const line of linesOf(published)) {
      const total = line.at(-1)!
      const cells = line.slice(0, -1)
      const unknown = line.filter(([i, j]) => known[i]![j] === null)
      const sumKnown = cells.reduce((s, [i, j]) => s + (known[i]![j] ?? 0), 0)
      const totalValue = known[total[0]]![total[1]]
      if (unknown.length === 1) {
        const [i, j] = unknown[0]!
        learn(i, j, i === total[0] && j === total[1] ? sumKnown : totalValue! - sumKnown)
        progress = true
      } else if (unknown.length > 1 && totalValue !== null && totalValue === sumKnown) {
        for (const [i, j] of unknown) learn(i, j, 0)
        progress = true
      }
    }
  }
  return recovered
}

/**
 * An attacker who solves the row and column constraints exhaustively: every assignment of
 * non-negative whole numbers to the withheld entries that agrees with all published figures
 * (each withheld entry bounded by a published total of one of its lines, or the grand total).
 * @returns for each withheld entry, every value it takes in some such assignment.
 */
export function solvingAttack(published: Published): Map<string, Set<number>> {
  const rows = published.length
  const columns = published[0]!.length
  const lines = linesOf(published)
  const linesAt = (i: number, j: number) => [lines[i]!, lines[rows + j]!]
  const values = published.map((row) => [...row])
  const grand = published[rows - 1]![columns - 1] ?? Number.POSITIVE_INFINITY
  const unknowns: { i: number; j: number; bound: number }[] = []
  published.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v !== null) return
      const totals = linesAt(i, j)
        .filter((line) => !line.at(-1)!.every((x, k) => x === [i, j][k]))
        .map((line) => published[line.at(-1)![0]]![line.at(-1)![1]])
      const bound = Math.min(grand, ...totals.map((t) => t ?? Number.POSITIVE_INFINITY))
      unknowns.push({ i, j, bound: Number.isFinite(bound) ? bound : 10_000 })
    })
  })
  unknowns.sort((a, b) => a.bound - b.bound)
  const holds = (line: [number, number][]): boolean => {
    const total = line.at(-1)!
    const cells = line.slice(0, -1).map(([i, j]) => values[i]![j])
    const totalValue = values[total[0]]![total[1]] ?? null
    const sum = cells.reduce<number>((s, v) => s + (v ?? 0), 0)
    if (totalValue === null) return true
    return cells.some((v) => v === null) ? sum <= totalValue : sum === totalValue
  }
  const seen = new Map(unknowns.map(({ i, j }) => [`${i},${j}`, new Set<number>()]))
  /** The value a line leaves for its one unassigned entry, if it has just one. */
  const forced = (i: number, j: number): number | undefined => {
    for (const line of linesAt(i, j)) {
      const open = line.filter(([a, b]) => values[a]![b] === null)
      if (open.length !== 1) continue
      const total = line.at(-1)!
      const sum = line.slice(0, -1).reduce((s, [a, b]) => s + (values[a]![b] ?? 0), 0)
      return total[0] === i && total[1] === j ? sum : (values[total[0]]![total[1]] ?? 0) - sum
    }
    return undefined
  }
  const search = (): void => {
    const open = unknowns.filter(({ i, j }) => values[i]![j] === null)
    if (open.length === 0) {
      for (const { i, j } of unknowns) seen.get(`${i},${j}`)!.add(values[i]![j]!)
      return
    }
    const next = open.find(({ i, j }) => forced(i, j) !== undefined) ?? open[0]!
    const { i, j, bound } = next
    const only = forced(i, j)
    const candidates = only === undefined ? Array.from({ length: bound + 1 }, (_, v) => v) : [only]
    for (const v of candidates) {
      if (v < 0) continue
      values[i]![j] = v
      if (linesAt(i, j).every(holds)) search()
    }
    values[i]![j] = null
  }
  search()
  return seen
}

/**
 * The protection rule (linked-suppression.ts) as a reader can check it: a withheld figure is not
 * determined, and can reach the threshold.
 */
export const protectedRange = (low: number, high: number): boolean =>
  high - low >= 1 - 1e-6 && high >= THRESHOLD - 1e-6

/** A published table as a reader has it: its grid with margins, null where withheld. */
export interface ReaderTable {
  name: string
  grid: Published
}

/** A sum a reader knows holds across tables: Σ coefficient × entry = value. */
export interface ReaderLink {
  terms: { table: string; at: [number, number]; coefficient: number }[]
  value: number
}

/**
 * The linear-programming attack over tables published together: every published figure is
 * known, every row and column of each table adds up to its total, the links hold, and every
 * count is ≥ 0. For each withheld entry, the least and greatest value it can take (the
 * relaxation to real numbers, which only helps the reader's bounds look wider, never narrower
 * than the whole-number ones on these sums of counts).
 * @param enough when a range seen is wide enough to stop bounding it (default never)
 * @returns "table:i,j" → [min, max]: exact bounds, or a range seen that is `enough`
 */
export function linearAttack(
  tables: ReaderTable[],
  links: ReaderLink[] = [],
  enough: (low: number, high: number) => boolean = () => false,
): Map<string, [number, number]> {
  const variables = new Map<string, number>()
  const key = (table: string, [i, j]: [number, number]) => `${table}:${i},${j}`
  const byName = new Map(tables.map((t) => [t.name, t.grid]))
  for (const { name, grid } of tables)
    grid.forEach((row, i) => {
      row.forEach((v, j) => {
        if (v === null) variables.set(key(name, [i, j]), variables.size)
      })
    })
  const equations: Equation[] = []
  const add = (terms: ReaderLink['terms'], value: number): void => {
    const equation: Equation = { terms: [], value }
    for (const { table, at, coefficient } of terms) {
      const v = byName.get(table)![at[0]]![at[1]]
      if (v === null || v === undefined)
        equation.terms.push([variables.get(key(table, at))!, coefficient])
      else equation.value -= coefficient * v
    }
    if (equation.terms.length > 0) equations.push(equation)
  }
  for (const { name, grid } of tables)
    for (const line of linesOf(grid))
      add(
        line.map((at, k) => ({ table: name, at, coefficient: k === line.length - 1 ? -1 : 1 })),
        0,
      )
  for (const link of links) add(link.terms, link.value)
  const polytope = new Polytope(variables.size, equations)
  assert.ok(polytope.feasible, 'the published tables contradict themselves')
  const { low, high } = ranges(polytope, polytope.vertex(), (_, lo, hi) => enough(lo, hi))
  return new Map([...variables].map(([name, k]) => [name, [low[k]!, high[k]!]]))
}
