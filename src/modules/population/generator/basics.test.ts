import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { AsciiOut, Utf16Out } from './csv.js'
import { addYears, ageOn, dayNumber, formatDay, parseToday } from './dates.js'
import { cmndPrefix } from './identity.js'
import { cleanName } from './naming.js'
import { Alias, Permutation, Rng } from './prng.js'
import { PROVINCE_CODES } from './reference.js'

describe('Rng', () => {
  it('repeats a stream and separates seeds and streams', () => {
    const draw = (seed: number, stream: number) => {
      const rng = new Rng(seed, stream)
      return Array.from({ length: 5 }, () => rng.u32())
    }
    assert.deepEqual(draw(1, 2), draw(1, 2))
    assert.notDeepEqual(draw(1, 2), draw(2, 2))
    assert.notDeepEqual(draw(1, 2), draw(1, 3))
    // Seeds that differ only above bit 32 still differ.
    assert.notDeepEqual(draw(1, 0), draw(1 + 2 ** 32, 0))
  })

  it('draws uniformly in range', () => {
    const rng = new Rng(7, 0)
    const counts = [0, 0, 0, 0]
    for (let i = 0; i < 40_000; i++) {
      const x = rng.next()
      assert.ok(x >= 0 && x < 1)
      counts[rng.int(4)]!++
    }
    for (const c of counts) assert.ok(Math.abs(c - 10_000) < 500)
  })

  it('rejects seeds that are not safe integers', () => {
    assert.throws(() => new Rng(1.5, 0), RangeError)
    assert.throws(() => new Rng(2 ** 60, 0), RangeError)
  })
})

describe('Alias', () => {
  it('draws in proportion to the weights', () => {
    const alias = new Alias([
      ['a', 1],
      ['b', 0],
      ['c', 3],
    ] as const)
    const rng = new Rng(3, 0)
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 }
    for (let i = 0; i < 40_000; i++) counts[alias.pick(rng)]!++
    assert.equal(counts.b, 0)
    assert.ok(Math.abs(counts.a! - 10_000) < 600)
    assert.ok(Math.abs(counts.c! - 30_000) < 600)
  })

  it('refuses empty or weightless tables', () => {
    assert.throws(() => new Alias([]), RangeError)
    assert.throws(() => new Alias([['a', 0]]), RangeError)
  })
})

describe('Permutation', () => {
  it('is a bijection on 0..size-1', () => {
    for (const size of [2, 10, 1_000, 1_000_000]) {
      const permutation = new Permutation(size, 42)
      const seen = new Uint8Array(size)
      for (let x = 0; x < size; x++) seen[permutation.apply(x)] = 1
      assert.equal(
        seen.reduce((sum, v) => sum + v, 0),
        size,
      )
    }
  })

  it('does not step by a constant', () => {
    const permutation = new Permutation(1_000_000, 1)
    const steps = new Set<number>()
    for (let x = 0; x < 10; x++) steps.add(permutation.apply(x + 1) - permutation.apply(x))
    assert.ok(steps.size > 5)
  })
})

describe('dates', () => {
  it('agree with Date on day numbers and text', () => {
    for (const iso of [
      '1900-01-01',
      '1969-12-31',
      '1970-01-01',
      '2000-02-29',
      '2025-07-01',
      '2100-12-31',
    ]) {
      const day = Date.parse(`${iso}T00:00:00Z`) / 86_400_000
      const [y, m, d] = iso.split('-').map(Number)
      assert.equal(dayNumber(y!, m!, d!), day)
      assert.equal(formatDay(day), iso)
    }
  })

  it('count birthdays and ages like people do', () => {
    const leapling = dayNumber(2000, 2, 29)
    assert.equal(formatDay(addYears(leapling, 1)), '2001-02-28')
    assert.equal(formatDay(addYears(leapling, 4)), '2004-02-29')
    assert.equal(ageOn(dayNumber(2000, 7, 2), dayNumber(2025, 7, 1)), 24)
    assert.equal(ageOn(dayNumber(2000, 7, 1), dayNumber(2025, 7, 1)), 25)
  })

  it('reject a bad today', () => {
    for (const bad of ['2025-02-30', '2025-13-01', '25-07-01', '1999-01-01', 'today']) {
      assert.throws(() => parseToday(bad), RangeError, bad)
    }
    assert.equal(formatDay(parseToday('2024-02-29')), '2024-02-29')
  })
})

describe('reference helpers', () => {
  it('know a CMND prefix for every pre-reform province', () => {
    for (const code of PROVINCE_CODES) assert.match(cmndPrefix(code), /^\d\d$/)
    assert.equal(cmndPrefix('75'), '27')
    assert.equal(cmndPrefix('70'), '28')
  })

  it('clean names from the crawled sample', () => {
    assert.equal(cleanName('Ðan'), 'Đan')
    assert.equal(cleanName('xanh'), 'Xanh')
    assert.equal(cleanName('Thị  Thu'), 'Thị Thu')
    assert.equal(cleanName('Buøi'), undefined)
    assert.equal(cleanName('Ñoã'), undefined)
  })
})

describe('CSV writers', () => {
  it('quote only fields that need it', () => {
    const out = new Utf16Out()
    for (const field of ['plain', 'a,b', 'say "hi"', 'two\nlines', '']) {
      out.text(field)
      out.char(124)
    }
    assert.equal(out.finish(), 'plain|"a,b"|"say ""hi"""|"two\nlines"|""|')
  })

  it('grow past their first buffer and keep non-ASCII text', () => {
    const out = new Utf16Out()
    const ascii = new AsciiOut()
    const line = 'Nguyễn Thị Thu Thảo,Đồng Nai\n'
    for (let i = 0; i < 40_000; i++) {
      out.raw(line)
      ascii.raw('0123456789,moved_in\n')
    }
    assert.equal(out.finish(), line.repeat(40_000))
    assert.equal(ascii.finish(), '0123456789,moved_in\n'.repeat(40_000))
  })
})
