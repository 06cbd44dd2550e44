/**
 * The range a variable can take over { x ≥ 0 : A x = b }: the linear program a reader of
 * published tables solves to bound a withheld figure (see suppression.ts). A dense simplex with
 * a tableau kept between objectives, so that after one first phase each bound is a few pivots
 * from the last. The systems are small (the withheld figures of one publication, linked by
 * sums), their coefficients small whole numbers, so floating point with a tolerance does.
 */
export interface Equation {
  /** [variable, coefficient] pairs. */
  terms: [number, number][]
  value: number
}

const EPS = 1e-9
/** Past this many pivots on one objective, Bland's rule, which cannot cycle, takes over. */
const DANTZIG_PIVOTS = 200
/** Far beyond what these systems need: a bound on a bug, not on the work. */
const MOST_PIVOTS = 100_000

export class OutOfPivots extends Error {}

export class Polytope {
  private readonly rows: Float64Array[] = []
  private readonly basis: number[] = []
  private readonly width: number
  readonly feasible: boolean

  /** Pivots left to this polytope and those sharing the budget; past it, OutOfPivots. */
  constructor(
    private readonly variables: number,
    equations: readonly Equation[],
    private readonly budget: { pivots: number } = { pivots: Infinity },
  ) {
    // Columns: the variables, one artificial per equation, then the right-hand side.
    this.width = variables + equations.length + 1
    equations.forEach((equation, i) => {
      const row = new Float64Array(this.width)
      const sign = equation.value < 0 ? -1 : 1
      for (const [k, coefficient] of equation.terms) row[k]! += sign * coefficient
      row[variables + i] = 1
      row[this.width - 1] = sign * equation.value
      this.rows.push(row)
      this.basis.push(variables + i)
    })
    const artificial = (j: number) => j >= variables && j < this.width - 1
    const cost = new Float64Array(this.width)
    for (let j = variables; j < this.width - 1; j++) cost[j] = 1
    this.minimise(cost, (j) => j < this.width - 1)
    this.feasible = this.rows.every((row, i) => !artificial(this.basis[i]!) || row.at(-1)! < 1e-7)
    this.dropArtificials(artificial)
  }

  /**
   * The least or greatest value of one variable (Infinity when nothing bounds it above); the
   * vertex reached stays current.
   */
  bound(k: number, which: 'min' | 'max'): number {
    return this.extreme([k], which)
  }

  /** The least or greatest sum of some variables; the vertex reached stays current. */
  extreme(variables: readonly number[], which: 'min' | 'max'): number {
    const cost = new Float64Array(this.width)
    for (const k of variables) cost[k] = which === 'min' ? 1 : -1
    const best = this.minimise(cost, (j) => j < this.variables)
    return which === 'min' ? best : -best
  }

  /** The values of every variable at the current vertex. */
  vertex(): Float64Array {
    const x = new Float64Array(this.variables)
    this.basis.forEach((j, i) => {
      if (j < this.variables) x[j] = this.rows[i]!.at(-1)!
    })
    return x
  }

  private dropArtificials(artificial: (j: number) => boolean): void {
    for (let i = this.rows.length - 1; i >= 0; i--) {
      if (!artificial(this.basis[i]!)) continue
      const row = this.rows[i]!
      const j = row.findIndex((v, c) => c < this.variables && Math.abs(v) > EPS)
      if (j >= 0) this.pivot(i, j)
      else {
        // An equation the others imply.
        this.rows.splice(i, 1)
        this.basis.splice(i, 1)
      }
    }
    for (const row of this.rows) row.fill(0, this.variables, this.width - 1)
  }

  /** Minimises cost·x from the current basis over the columns `usable` allows. */
  private minimise(cost: Float64Array, usable: (j: number) => boolean): number {
    const last = this.width - 1
    const reduced = Float64Array.from(cost)
    this.rows.forEach((row, i) => {
      const c = cost[this.basis[i]!]!
      if (c !== 0) for (let j = 0; j <= last; j++) reduced[j]! -= c * row[j]!
    })
    for (let pivots = 0; ; pivots++) {
      let entering = -1
      for (let j = 0; j < last; j++) {
        if (!usable(j) || reduced[j]! >= -EPS) continue
        if (entering < 0) entering = j
        if (pivots < DANTZIG_PIVOTS && reduced[j]! < reduced[entering]!) entering = j
        if (pivots >= DANTZIG_PIVOTS) break
      }
      if (entering < 0) return -reduced[last]!
      if (pivots > MOST_PIVOTS) throw new Error('linear program: the simplex does not end')
      if (--this.budget.pivots < 0) throw new OutOfPivots()
      let leaving = -1
      let ratio = Infinity
      this.rows.forEach((row, i) => {
        const a = row[entering]!
        if (a <= EPS) return
        // A right-hand side a rounding below 0 is 0: a negative ratio would undo feasibility.
        const r = Math.max(0, row[last]!) / a
        if (r < ratio - EPS || (r < ratio + EPS && this.basis[i]! < this.basis[leaving]!)) {
          ratio = r
          leaving = i
        }
      })
      if (leaving < 0) return -Infinity
      this.pivot(leaving, entering)
      const f = reduced[entering]!
      const row = this.rows[leaving]!
      for (let j = 0; j <= last; j++) if (row[j] !== 0) reduced[j]! -= f * row[j]!
    }
  }

  private pivot(r: number, c: number): void {
    const row = this.rows[r]!
    const p = row[c]!
    const nonzero: number[] = []
    for (let j = 0; j < this.width; j++)
      if (row[j] !== 0) {
        row[j]! /= p
        nonzero.push(j)
      }
    this.rows.forEach((other, i) => {
      const f = other[c]!
      if (i === r || f === 0) return
      for (const j of nonzero) other[j]! -= f * row[j]!
      other[c] = 0
    })
    this.basis[r] = c
  }
}

/**
 * Finds, for each variable `needs` names, whether some points of the polytope take it as low
 * and as high as `needs` asks (`reach(k, low, high)` true once they do), with as few programs
 * as it can: first pushing all variables still short together, each vertex reached widening
 * every variable's range seen, then one by one.
 * @returns each variable's range seen: its exact bounds where the rule was not met.
 */
export function ranges(
  polytope: Polytope,
  start: Float64Array,
  reach: (k: number, low: number, high: number) => boolean,
): { low: Float64Array; high: Float64Array } {
  const low = Float64Array.from(start)
  const high = Float64Array.from(start)
  const widen = (): void => {
    polytope.vertex().forEach((x, k) => {
      if (x < low[k]!) low[k] = x
      if (x > high[k]!) high[k] = x
    })
  }
  const short = () => [...low.keys()].filter((k) => !reach(k, low[k]!, high[k]!))
  for (const which of ['max', 'min'] as const)
    for (let before = Infinity, now = short(); now.length > 0 && now.length < before;) {
      polytope.extreme(now, which)
      widen()
      ;[before, now] = [now.length, short()]
    }
  for (const k of short()) {
    high[k] = Math.max(high[k]!, polytope.bound(k, 'max'))
    widen()
    if (reach(k, low[k]!, high[k])) continue
    low[k] = Math.min(low[k]!, polytope.bound(k, 'min'))
    widen()
  }
  return { low, high }
}
