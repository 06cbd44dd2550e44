/**
 * Seeded randomness for the generator. Math.random cannot be seeded, and the loader must be able
 * to regenerate any single commune, in any order or worker thread, byte for byte.
 */

const TWO_POW_32 = 4294967296

/** splitmix32 finaliser: spreads nearby inputs (seed 1 and 2, commune 7 and 8) far apart. */
function mix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad)
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97)
  return (z ^ (z >>> 15)) >>> 0
}

/**
 * sfc32 (Doty-Humphrey's Small Fast Counting generator): passes PractRand, and its 32-bit
 * integer arithmetic stays unboxed in V8, which matters at tens of millions of draws per second.
 */
export class Rng {
  private a: number
  private b: number
  private c: number
  private d: number

  /** One independent stream per (seed, stream): a commune's stream does not depend on others. */
  constructor(seed: number, stream: number) {
    if (!Number.isSafeInteger(seed))
      throw new RangeError(`seed must be a safe integer, got ${seed}`)
    // Both halves of the seed count, so seeds that differ only above bit 32 still differ.
    const low = seed >>> 0
    const high = Math.floor(seed / TWO_POW_32) >>> 0
    const base = mix32(low ^ mix32(high ^ mix32(stream)))
    this.a = mix32(base)
    this.b = mix32(base ^ 0x6a09e667)
    this.c = mix32(base ^ 0xbb67ae85)
    this.d = 1
    // The first outputs of sfc32 still echo the seed words; discard them.
    for (let i = 0; i < 12; i++) this.u32()
  }

  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return t >>> 0
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / TWO_POW_32
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n)
  }

  /** Uniform integer in [lo, hi], both included. */
  between(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1))
  }

  /** Uniform real in [lo, hi). */
  uniform(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo)
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)]
    if (item === undefined) throw new RangeError('pick from an empty list')
    return item
  }
}

/**
 * Weighted choice in constant time (Vose's alias method): name tables have hundreds of entries
 * and are drawn from millions of times, so a linear or binary search would dominate the run.
 */
export class Alias<T> {
  private readonly prob: Float64Array
  private readonly alias: Int32Array
  readonly items: readonly T[]

  constructor(entries: readonly (readonly [T, number])[]) {
    const n = entries.length
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
    if (n === 0 || !(total > 0) || entries.some(([, w]) => !(w >= 0))) {
      throw new RangeError(
        'Alias needs at least one entry and non-negative weights with a positive sum',
      )
    }
    this.items = entries.map(([item]) => item)
    this.prob = new Float64Array(n)
    this.alias = new Int32Array(n)
    const scaled = entries.map(([, weight]) => (weight * n) / total)
    const small: number[] = []
    const large: number[] = []
    scaled.forEach((p, i) => (p < 1 ? small : large).push(i))
    for (;;) {
      const s = small.pop()
      const l = large.pop()
      if (s === undefined || l === undefined) {
        // Leftovers are 1 up to rounding error: they always keep their own slot.
        for (const i of [s, l, ...small, ...large]) if (i !== undefined) this.prob[i] = 1
        break
      }
      this.prob[s] = scaled[s]!
      this.alias[s] = l
      scaled[l] = scaled[l]! + scaled[s]! - 1
      ;(scaled[l] < 1 ? small : large).push(l)
    }
  }

  /** Index of the drawn entry; one random number serves both the slot and the coin. */
  index(rng: Rng): number {
    const x = rng.next() * this.prob.length
    const i = Math.floor(x)
    return x - i < this.prob[i]! ? i : this.alias[i]!
  }

  pick(rng: Rng): T {
    return this.items[this.index(rng)]!
  }
}

/**
 * A keyed bijection on 0..size-1 that looks random: a four-round Feistel network on the smallest
 * even number of bits that covers `size`, walking the cycle until it lands back inside. An affine
 * map would do for uniqueness, but its constant step shows in consecutive numbers.
 */
export class Permutation {
  private readonly half: number
  private readonly mask: number
  private readonly keys: readonly number[]

  constructor(
    readonly size: number,
    seed: number,
  ) {
    if (!Number.isInteger(size) || size < 2 || size > 2 ** 30)
      throw new RangeError(`bad size ${size}`)
    this.half = Math.ceil(Math.ceil(Math.log2(size)) / 2)
    this.mask = (1 << this.half) - 1
    const rng = new Rng(seed, size)
    this.keys = [rng.u32(), rng.u32(), rng.u32(), rng.u32()]
  }

  apply(x: number): number {
    if (!Number.isInteger(x) || x < 0 || x >= this.size)
      throw new RangeError(`${x} outside 0..${this.size - 1}`)
    let v = x
    do v = this.round(v)
    while (v >= this.size)
    return v
  }

  private round(v: number): number {
    const { half, mask } = this
    let left = v >>> half
    let right = v & mask
    for (const key of this.keys) {
      const f = mix32(right ^ key) & mask
      const next = left ^ f
      left = right
      right = next
    }
    return (left << half) | right
  }
}
