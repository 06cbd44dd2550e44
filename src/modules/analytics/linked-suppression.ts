import { OutOfPivots, Polytope, ranges, type Equation } from './linear-program.js'
import { suppress, THRESHOLD, type Grid } from './suppression.js'

/**
 * Suppression over every table published together (issue 17, item 7). Tables that share totals
 * (a commune's residents aged 15+ are a sum of cells of the sex × age table and the total of the
 * labour table) let a reader combine them: suppression table by table gave cells back.
 *
 * The published figures and the sums that tie them, inside a table (rows and columns add up to
 * their totals) and across tables (`links`), form one linear system. A reader who knows every
 * published figure bounds a withheld one by the least and greatest value it takes over that
 * system with every count ≥ 0: two linear programs. Protection rule, checked by exactly that
 * audit:
 *   - a withheld figure below the threshold (primary) can reach the threshold: a reader cannot
 *     even tell that it is small;
 *   - any other withheld figure (secondary) spans at least 1: it is not determined.
 * Each table is first suppressed on its own (suppression.ts, fast); then the audit runs over
 * all tables together, and for every figure that fails, one more entry is withheld on one of
 * its sums (the one with fewest withheld entries, its smallest published entry), until every
 * withheld figure passes. Linked figures are treated as if the reader knew each link's true
 * value (a commune's residents aged 15+ without an activity are, say, 0): the audit assumes the
 * reader knows at least as much as they can.
 */
export interface Term {
  table: number
  at: [number, number]
  coefficient: number
}

/** A sum over entries of one or more tables whose value a reader knows. */
export type Relation = Term[]

export interface LinkedTables {
  grids: Grid[]
  /** Sums across tables; each table's own rows and columns are added here. */
  links: Relation[]
  /** Entries published elsewhere whatever this table withholds (per grid; default none). */
  known?: (boolean[][] | undefined)[]
}

/** The lines of a grid with margins: each row and each column of cells equals its total. */
function ownRelations(table: number, grid: Grid): Relation[] {
  const rows = grid.length
  const columns = grid[0]?.length ?? 0
  const line = (cells: [number, number][]): Relation =>
    cells.map((at, k) => ({ table, at, coefficient: k === cells.length - 1 ? -1 : 1 }))
  return [
    ...Array.from({ length: rows }, (_, i) =>
      line(Array.from({ length: columns }, (_, j): [number, number] => [i, j])),
    ),
    ...Array.from({ length: columns }, (_, j) =>
      line(Array.from({ length: rows }, (_, i): [number, number] => [i, j])),
    ),
  ]
}

class Entries {
  readonly offsets: number[] = []
  readonly values: number[] = []
  readonly hidden: boolean[] = []
  readonly known: boolean[] = []
  readonly columns: number[] = []

  constructor(tables: LinkedTables, threshold: number) {
    tables.grids.forEach((grid, t) => {
      this.offsets.push(this.values.length)
      this.columns.push(grid[0]?.length ?? 0)
      const alone = suppress(grid, threshold)
      grid.forEach((row, i) => {
        row.forEach((value, j) => {
          const known = tables.known?.[t]?.[i]?.[j] ?? false
          this.values.push(value)
          this.known.push(known)
          this.hidden.push(alone[i]![j]! && !known)
        })
      })
    })
  }

  id(term: Term): number {
    return this.offsets[term.table]! + term.at[0] * this.columns[term.table]! + term.at[1]
  }

  /** Back to one boolean grid per table. */
  grids(shapes: Grid[]): boolean[][][] {
    return shapes.map((grid, t) =>
      grid.map((row, i) =>
        row.map((_, j) => this.hidden[this.id({ table: t, at: [i, j], coefficient: 1 })]!),
      ),
    )
  }
}

/** Relations as lists of entry ids with coefficients. */
type Sum = [number, number][]

/** Groups of withheld entries that share a sum with a withheld entry: audited apart. */
function components(sums: Sum[], hidden: boolean[]): Sum[][] {
  const parent = new Map<number, number>()
  const find = (x: number): number => {
    let root = x
    while (parent.get(root) !== root) root = parent.get(root)!
    parent.set(x, root)
    return root
  }
  const live = sums.filter((sum) => sum.some(([e]) => hidden[e]))
  for (const sum of live) for (const [e] of sum) if (hidden[e] && !parent.has(e)) parent.set(e, e)
  for (const sum of live) {
    const withheld = sum.filter(([e]) => hidden[e])
    for (const [e] of withheld) parent.set(find(e), find(withheld[0]![0]))
  }
  const groups = new Map<number, Sum[]>()
  for (const sum of live) {
    const root = find(sum.find(([x]) => hidden[x])![0])
    groups.set(root, [...(groups.get(root) ?? []), sum])
  }
  return [...groups.values()]
}

/** The withheld entries of one component whose range a reader narrows below the rule. */
function exposed(
  entries: Entries,
  sums: Sum[],
  threshold: number,
  budget: { pivots: number },
): number[] {
  const { hidden, values, known } = entries
  const variables = [...new Set(sums.flatMap((s) => s.map(([e]) => e).filter((e) => hidden[e])))]
  const index = new Map(variables.map((e, k) => [e, k]))
  const equations: Equation[] = sums.map((sum) => {
    const terms = sum.filter(([e]) => hidden[e])
    return {
      terms: terms.map(([e, c]): [number, number] => [index.get(e)!, c]),
      value: terms.reduce((total, [e, c]) => total + c * values[e]!, 0),
    }
  })
  const polytope = new Polytope(variables.length, equations, budget)
  if (!polytope.feasible) throw new Error('suppression audit: the published sums do not hold')
  const primary = (k: number) => values[variables[k]!]! < threshold && !known[variables[k]!]
  const passes = (k: number, low: number, high: number) =>
    primary(k) ? high >= threshold - 1e-6 : high - low >= 1 - 1e-6
  const truth = Float64Array.from(variables, (e) => values[e]!)
  const { low, high } = ranges(polytope, truth, passes)
  return variables.filter((_, k) => !passes(k, low[k]!, high[k]!))
}

/**
 * Withholds one more entry on the nearest sum that still has a published one: a sum of the
 * exposed entry, else of a withheld entry sharing a sum with it, and so on outwards; among the
 * nearest, the sum with fewest withheld entries, and on it the smallest published entry.
 * @returns false when every sum within reach is withheld already.
 */
function widenAround(entries: Entries, sumsOf: Sum[][], exposedEntry: number): boolean {
  const { hidden, known, values } = entries
  const open = (sum: Sum) => sum.filter(([e]) => !hidden[e] && !known[e])
  const withheld = (sum: Sum) => sum.filter(([e]) => hidden[e]).length
  const reached = new Set([exposedEntry])
  for (let ring = [exposedEntry]; ring.length > 0;) {
    const sums = ring.flatMap((e) => sumsOf[e]!)
    const candidates = sums.filter((sum) => open(sum).length > 0)
    if (candidates.length > 0) {
      const sum = candidates.reduce((best, s) => (withheld(s) < withheld(best) ? s : best))
      const [smallest] = open(sum).reduce((best, t) =>
        values[t[0]]! < values[best[0]]! ? t : best,
      )
      hidden[smallest] = true
      return true
    }
    ring = sums.flatMap((sum) => sum.map(([e]) => e)).filter((e) => !reached.has(e))
    for (const e of ring) reached.add(e)
  }
  return false
}

/**
 * Work the audit may take. Tables of nearly nothing but small counts (a sample of a thousand
 * residents over a hundred communes) make its programs large and degenerate; past this budget
 * the tables are withheld whole but for their grand totals of at least the threshold: each
 * withheld figure can then be anything from 0 up to a grand total over its sums.
 */
const PIVOT_BUDGET = 5_000

/**
 * @returns for each grid, which entries (margins included) to withhold.
 * @throws when no pattern passes the audit (every sum within reach already withheld).
 */
export function suppressTogether(tables: LinkedTables, threshold = THRESHOLD): boolean[][][] {
  const entries = new Entries(tables, threshold)
  const relations = [...tables.grids.flatMap((grid, t) => ownRelations(t, grid)), ...tables.links]
  const sums: Sum[] = relations.map((r) =>
    r.map((term): [number, number] => [entries.id(term), term.coefficient]),
  )
  try {
    audit(entries, sums, threshold)
  } catch (error) {
    if (!(error instanceof OutOfPivots)) throw error
    tables.grids.forEach((grid, t) => {
      grid.forEach((row, i) => {
        row.forEach((_, j) => {
          const grand = i === grid.length - 1 && j === row.length - 1
          const e = entries.id({ table: t, at: [i, j], coefficient: 1 })
          entries.hidden[e] = !entries.known[e] && (!grand || entries.values[e]! < threshold)
        })
      })
    })
  }
  return entries.grids(tables.grids)
}

function audit(entries: Entries, sums: Sum[], threshold: number): void {
  const budget = { pivots: PIVOT_BUDGET }
  const sumsOf = entries.values.map((): Sum[] => [])
  for (const sum of sums) for (const [e] of sum) sumsOf[e]!.push(sum)
  for (;;) {
    const failing = components(sums, entries.hidden).flatMap((group) =>
      exposed(entries, group, threshold, budget),
    )
    if (failing.length === 0) return
    // One repair may protect several figures; the next round's audit sees.
    let repaired = false
    for (const e of failing) repaired = widenAround(entries, sumsOf, e) || repaired
    if (!repaired) throw new Error('suppression audit: a withheld figure cannot be protected')
  }
}
