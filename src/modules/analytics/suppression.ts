/**
 * Small-cell suppression of a published table with its row and column totals (model 41).
 *
 * The table is seen with its margins as one (R+1)×(C+1) grid: cell (i, C) is row i's total,
 * (R, j) column j's, (R, C) the grand total. Every row and every column of the grid is one
 * linear constraint ("the cells add up to the total"), totals being true sums of true values.
 *
 * 1. Primary: every entry below the threshold (margins included) is suppressed.
 * 2. Secondary, to a fixed point: a line with exactly one suppressed entry would give it away by
 *    subtraction, so its next smallest entry is suppressed too; and every suppressed entry must
 *    be able to move: it must lie on a cycle of suppressed entries along which the values can
 *    shift up or down without any going negative. An entry on no such cycle is determined by the
 *    published figures (solving the row and column constraints, with counts never negative), so
 *    one more entry of one of its lines is suppressed.
 */
export const THRESHOLD = 10

export type Grid = number[][]

const shape = (grid: Grid): { rows: number; columns: number } => ({
  rows: grid.length,
  columns: grid[0]?.length ?? 0,
})

/** The grid with its margins: true values in, true totals around. */
export function withTotals(values: Grid): Grid {
  const columns = values[0]?.length ?? 0
  const rows = values.map((row) => [...row, row.reduce((a, b) => a + b, 0)])
  const totals = Array.from({ length: columns + 1 }, (_, j) =>
    rows.reduce((sum, row) => sum + row[j]!, 0),
  )
  return [...rows, totals]
}

type Entry = [number, number]

function lines(grid: Grid): Entry[][] {
  const { rows, columns } = shape(grid)
  const out: Entry[][] = []
  for (let i = 0; i < rows; i++) out.push(Array.from({ length: columns }, (_, j): Entry => [i, j]))
  for (let j = 0; j < columns; j++) out.push(Array.from({ length: rows }, (_, i): Entry => [i, j]))
  return out
}

/** Suppresses the smallest published entry of a line; false when none is left. */
function suppressSmallest(grid: Grid, hidden: boolean[][], line: Entry[]): boolean {
  const open = line.filter(([i, j]) => !hidden[i]![j])
  if (open.length === 0) return false
  const [i, j] = open.reduce((best, e) =>
    grid[e[0]]![e[1]]! < grid[best[0]]![best[1]]! ? e : best,
  )
  hidden[i]![j] = true
  return true
}

/**
 * Whether a suppressed entry can move. Row lines and column lines are the nodes, suppressed
 * entries the edges; walking an edge from its row to its column adds to the entry (in the
 * grid's sign convention, where margins count negatively), walking it back subtracts. An entry
 * at zero may only go up. The entry can move iff, walking it in an allowed direction, the walk
 * can return to where it started along other suppressed entries.
 */
export function canMove(grid: Grid, hidden: boolean[][], at: Entry): boolean {
  const { rows, columns } = shape(grid)
  const node = { row: (i: number) => i, column: (j: number) => rows + j }
  const arcs = Array.from({ length: rows + columns }, () => [] as { to: number; entry: Entry }[])
  const allowed = ([i, j]: Entry): { forward: boolean; backward: boolean } => {
    if (grid[i]![j]! > 0) return { forward: true, backward: true }
    const margin = (i === rows - 1) !== (j === columns - 1)
    return { forward: !margin, backward: margin }
  }
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < columns; j++) {
      if (!hidden[i]![j] || (i === at[0] && j === at[1])) continue
      const { forward, backward } = allowed([i, j])
      if (forward) arcs[node.row(i)]!.push({ to: node.column(j), entry: [i, j] })
      if (backward) arcs[node.column(j)]!.push({ to: node.row(i), entry: [i, j] })
    }
  const reaches = (from: number, to: number): boolean => {
    const seen = new Set([from])
    const queue = [from]
    while (queue.length > 0) {
      const current = queue.shift()!
      if (current === to) return true
      for (const arc of arcs[current]!)
        if (!seen.has(arc.to)) {
          seen.add(arc.to)
          queue.push(arc.to)
        }
    }
    return false
  }
  const { forward, backward } = allowed(at)
  const [row, column] = [node.row(at[0]), node.column(at[1])]
  return (forward && reaches(column, row)) || (backward && reaches(row, column))
}

/** @returns which entries of the grid (margins included) to withhold. */
export function suppress(grid: Grid, threshold = THRESHOLD): boolean[][] {
  const hidden = grid.map((row) => row.map((value) => value < threshold))
  const all = lines(grid)
  for (let changed = true; changed;) {
    changed = false
    for (const line of all)
      if (line.filter(([i, j]) => hidden[i]![j]).length === 1)
        changed = suppressSmallest(grid, hidden, line) || changed
    // Suppressing more only adds ways to move, so one pass may mend several entries.
    for (let i = 0; i < grid.length; i++)
      for (let j = 0; j < grid[i]!.length; j++) {
        if (!hidden[i]![j] || canMove(grid, hidden, [i, j])) continue
        const mended =
          suppressSmallest(grid, hidden, all[i]!) ||
          suppressSmallest(grid, hidden, all[grid.length + j]!)
        changed = mended || changed
      }
  }
  return hidden
}

/**
 * Suppression of one breakdown whose total a reader knows (a commune's residents by ethnic
 * group; its population is on the population dashboard). The withheld counts add up to the
 * total less the published ones, and each can be anything from 0 to that sum: so at least two
 * are withheld, and when one is below the threshold their sum reaches it (the rule of
 * linked-suppression.ts for a single sum). The smallest published counts go first.
 * @returns which counts to withhold
 */
export function suppressBreakdown(counts: readonly number[], threshold = THRESHOLD): boolean[] {
  const hidden = counts.map((n) => n < threshold)
  const exposed = () => {
    const withheld = counts.filter((_, k) => hidden[k])
    const sum = withheld.reduce((a, b) => a + b, 0)
    return withheld.length > 0 && (withheld.length < 2 || sum < threshold)
  }
  while (exposed()) {
    const open = counts.flatMap((n, k) => (hidden[k] ? [] : [k]))
    if (open.length === 0) break
    hidden[open.reduce((best, k) => (counts[k]! < counts[best]! ? k : best))] = true
  }
  return hidden
}
