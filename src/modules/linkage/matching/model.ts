/**
 * Fellegi–Sunter: each field's comparison falls on a level; m is the chance of that level for a
 * pair that is the same person, u for a pair that is not. A pair's weight is the prior odds plus
 * log2(m/u) per field, a missing field adding nothing. u is counted on random pairs, m and the
 * prior by expectation–maximisation on the blocked pairs, u held fixed (as Splink does).
 */

export const FIELDS = {
  name: ['exact', 'folded', 'close', 'similar', 'different'],
  birthDate: ['exact', 'partial', 'swapped', 'near', 'year', 'different'],
  sex: ['same', 'different'],
  commune: ['same', 'successor', 'different'],
  address: ['same', 'similar', 'different'],
  oldIdNumber: ['same', 'different'],
} as const

export type Field = keyof typeof FIELDS
export const FIELD_NAMES = Object.keys(FIELDS) as Field[]

/** Level index per field, or -1 where either side lacks the field. */
export type Pattern = Int8Array

export interface Model {
  /** Prior probability that a blocked pair is a match. */
  lambda: number
  m: Record<Field, number[]>
  u: Record<Field, number[]>
  /** EM iterations run and whether the last change was below the tolerance. */
  iterations: number
  converged: boolean
}

const FLOOR = 1e-6

/** m before training: agreement likely for a match; a starting point EM moves away from. */
function initialM(): Record<Field, number[]> {
  const m = {} as Record<Field, number[]>
  for (const field of FIELD_NAMES) {
    const n = FIELDS[field].length
    m[field] = FIELDS[field].map((_, i) => (i === 0 ? 0.7 : 0.3 / (n - 1)))
  }
  return m
}

/** u as the share of each level among random pairs, with add-one smoothing. */
export function estimateU(randomPairs: Iterable<Pattern>): Record<Field, number[]> {
  const counts = FIELD_NAMES.map((f) => FIELDS[f].map(() => 1))
  for (const p of randomPairs)
    for (let f = 0; f < FIELD_NAMES.length; f++) if (p[f]! >= 0) counts[f]![p[f]!]!++
  const u = {} as Record<Field, number[]>
  FIELD_NAMES.forEach((field, f) => {
    const total = counts[f]!.reduce((a, b) => a + b, 0)
    u[field] = counts[f]!.map((c) => c / total)
  })
  return u
}

/** Distinct patterns with their counts: EM then costs per pattern, not per pair. */
function tally(pairs: Iterable<Pattern>): { patterns: Pattern[]; counts: number[] } {
  const index = new Map<string, number>()
  const patterns: Pattern[] = []
  const counts: number[] = []
  for (const p of pairs) {
    const key = p.join(',')
    const at = index.get(key)
    if (at === undefined) {
      index.set(key, patterns.length)
      patterns.push(p)
      counts.push(1)
    } else counts[at]!++
  }
  return { patterns, counts }
}

/** Posterior match probability of each pattern under λ, m and u. */
function posterior(p: Pattern, lambda: number, mRows: number[][], uRows: number[][]): number {
  let pm = lambda
  let pu = 1 - lambda
  for (let f = 0; f < p.length; f++) {
    const level = p[f]!
    if (level < 0) continue
    pm *= mRows[f]![level]!
    pu *= uRows[f]![level]!
  }
  return pm / (pm + pu)
}

/**
 * m by EM over blocked pairs, u fixed. `ignore` leaves out the fields the pairs were blocked on
 * (they agree on nearly every pair, so they cannot tell matches from non-matches); their m stays at
 * its starting value and should be taken from a session blocked on other fields (as Splink trains).
 */
export function estimateM(
  blockedPairs: Pattern[],
  u: Record<Field, number[]>,
  options: {
    ignore?: Field[]
    maxIterations?: number
    tolerance?: number
    lambda?: number
    /** Hold λ at options.lambda: left free on pairs that are mostly matches, EM drifts to λ = 1. */
    fixLambda?: boolean
  } = {},
): Model {
  const ignored = new Set((options.ignore ?? []).map((f) => FIELD_NAMES.indexOf(f)))
  const { patterns, counts } = tally(
    blockedPairs.map((p) =>
      ignored.size === 0 ? p : (p.map((l, f) => (ignored.has(f) ? -1 : l)) as Pattern),
    ),
  )
  const maxIterations = options.maxIterations ?? 500
  const tolerance = options.tolerance ?? 1e-5
  let lambda = options.lambda ?? 0.5
  let m = initialM()
  let iterations = 0
  let converged = false
  const uRows = FIELD_NAMES.map((f) => u[f])
  while (iterations < maxIterations && !converged) {
    iterations++
    const mRows = FIELD_NAMES.map((f) => m[f])
    const sums = FIELD_NAMES.map((f) => FIELDS[f].map(() => 0))
    const present = FIELD_NAMES.map(() => 0)
    let matchMass = 0
    let total = 0
    for (let i = 0; i < patterns.length; i++) {
      const p = patterns[i]!
      const weight = posterior(p, lambda, mRows, uRows) * counts[i]!
      matchMass += weight
      total += counts[i]!
      for (let f = 0; f < p.length; f++) {
        const level = p[f]!
        if (level < 0) continue
        sums[f]![level]! += weight
        present[f]! += weight
      }
    }
    const next = {} as Record<Field, number[]>
    let change = Math.abs(matchMass / total - lambda)
    FIELD_NAMES.forEach((field, f) => {
      next[field] =
        present[f]! > 0 ? sums[f]!.map((s) => Math.max(FLOOR, s / present[f]!)) : m[field]
      next[field].forEach((v, l) => (change = Math.max(change, Math.abs(v - m[field][l]!))))
    })
    m = next
    if (options.fixLambda) change = Math.max(0, change - Math.abs(matchMass / total - lambda))
    else lambda = Math.min(1 - FLOOR, Math.max(FLOOR, matchMass / total))
    converged = change < tolerance
  }
  return { lambda, m, u, iterations, converged }
}

export interface PartialWeight {
  field: Field
  level: string
  /** log2(m/u) */
  weight: number
}

/** The pair's total match weight (log2 odds) and each field's share of it. */
export function scorePattern(
  model: Model,
  pattern: Pattern,
): { weight: number; probability: number; parts: PartialWeight[] } {
  let weight = Math.log2(model.lambda / (1 - model.lambda))
  const parts: PartialWeight[] = []
  FIELD_NAMES.forEach((field, f) => {
    const level = pattern[f]!
    if (level < 0) return
    const w = Math.log2(model.m[field][level]! / model.u[field][level]!)
    weight += w
    parts.push({ field, level: FIELDS[field][level]!, weight: Math.round(w * 100) / 100 })
  })
  const odds = 2 ** weight
  return { weight, probability: odds / (1 + odds), parts }
}
