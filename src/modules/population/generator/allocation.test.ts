import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { MAX_SCALE, MIN_SCALE, allocateResidents, type CommuneQuota } from './index.js'

function mean(quotas: CommuneQuota[], keep: (q: CommuneQuota) => boolean): number {
  const chosen = quotas.filter(keep)
  return chosen.reduce((sum, q) => sum + q.residents, 0) / chosen.length
}

describe('allocateResidents', () => {
  it('covers the 95 units in the order of the reference file', () => {
    const quotas = allocateResidents(100_000)
    assert.equal(quotas.length, 95)
    assert.deepEqual(
      quotas.map((q) => q.index),
      quotas.map((_, i) => i),
    )
    const first = quotas[0]!
    assert.equal(first.code, '25195')
    assert.equal(first.name, 'Phường Bình Phước')
    assert.equal(quotas.filter((q) => q.type === 'Phường').length, 23)
    assert.equal(new Set(quotas.map((q) => q.code)).size, 95)
  })

  it('sums exactly to the scale', () => {
    for (const scale of [MIN_SCALE, 1_001, 12_345, 200_000, 999_999, 3_000_017, MAX_SCALE]) {
      const quotas = allocateResidents(scale)
      assert.equal(
        quotas.reduce((sum, q) => sum + q.residents, 0),
        scale,
        `scale ${scale}`,
      )
      assert.ok(quotas.every((q) => Number.isInteger(q.residents) && q.residents > 0))
    }
  })

  it('accepts 1,000..4,491,408 only', () => {
    assert.equal(MAX_SCALE, 4_491_408)
    for (const bad of [0, 999, MAX_SCALE + 1, 1_500.5, Number.NaN, -5]) {
      assert.throws(() => allocateResidents(bad), RangeError, `scale ${bad}`)
    }
  })

  it('makes wards denser than communes and old Đồng Nai denser than old Bình Phước', () => {
    const quotas = allocateResidents(MAX_SCALE)
    const ward = (q: CommuneQuota) => q.type === 'Phường'
    const in75 = (q: CommuneQuota) => q.oldProvinceCodes.includes('75')
    assert.ok(mean(quotas, ward) > 1.5 * mean(quotas, (q) => !ward(q)))
    assert.ok(mean(quotas, in75) > mean(quotas, (q) => !in75(q)))
    for (const province of [in75, (q: CommuneQuota) => !in75(q)]) {
      const wards = mean(quotas, (q) => province(q) && ward(q))
      const communes = mean(quotas, (q) => province(q) && !ward(q))
      assert.ok(wards > communes)
    }
    // Old Đồng Nai held 3,097,107 people in the 2019 census.
    const oldDongNai = quotas.filter(in75).reduce((sum, q) => sum + q.residents, 0)
    assert.ok(Math.abs(oldDongNai - 3_097_107) < 1_000)
  })

  it('is deterministic and returns fresh objects', () => {
    const a = allocateResidents(54_321)
    const b = allocateResidents(54_321)
    assert.deepEqual(a, b)
    a[0]!.oldProvinceCodes.push('99')
    assert.deepEqual(allocateResidents(54_321)[0]?.oldProvinceCodes, ['70'])
  })
})
