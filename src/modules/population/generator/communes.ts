/**
 * How many residents each of the 95 units gets. The data gives no population per new unit, so the
 * split is built from what it does give: the province totals, old Đồng Nai's urban share, and the
 * number of pre-reform units merged into each new one as a size hint.
 */
import { COMMUNES, POPULATION, type CommuneRecord } from './reference.js'

export interface CommuneQuota {
  code: string
  name: string
  type: string
  oldProvinceCodes: string[]
  /** 0..94, the stable order of data/dong-nai-communes-2025.csv. */
  index: number
  residents: number
}

export const MIN_SCALE = 1_000
export const MAX_SCALE = POPULATION.total

export function isWard(unit: { type: string }): boolean {
  return unit.type === 'Phường'
}

/**
 * Assumption: old Bình Phước was about a quarter urban (its 2019 census share is not in data/);
 * old Đồng Nai's 48.4% is dong-nai-population.json census2019.urbanShare.
 */
const URBAN_SHARE: Record<string, number> = { '75': POPULATION.oldDongNaiUrbanShare, '70': 0.25 }

/** Share of the new province living in each old one: 2019 census for 75, the rest for 70. */
const PROVINCE_SHARE: Record<string, number> = {
  '75': POPULATION.oldDongNai / POPULATION.total,
  '70': 1 - POPULATION.oldDongNai / POPULATION.total,
}

/** A unit merged from more old units is larger, but less than in proportion: they differed. */
function sizeHint(unit: CommuneRecord): number {
  return Math.sqrt(unit.mergedCount)
}

/**
 * Residents per unit of size hint in each (old province, ward or commune) group, chosen so that
 * each group's total matches its province share times its urban or rural share.
 */
function densities(): Map<string, number> {
  const hints = new Map<string, number>()
  for (const unit of COMMUNES) {
    for (const province of unit.oldProvinceCodes) {
      const key = `${province}:${isWard(unit) ? 'ward' : 'commune'}`
      hints.set(key, (hints.get(key) ?? 0) + sizeHint(unit) / unit.oldProvinceCodes.length)
    }
  }
  const out = new Map<string, number>()
  for (const [key, hint] of hints) {
    const [province = '', kind] = key.split(':')
    const provinceShare = PROVINCE_SHARE[province]
    const urban = URBAN_SHARE[province]
    if (provinceShare === undefined || urban === undefined) {
      throw new RangeError(`no population share for old province '${province}'`)
    }
    out.set(key, (provinceShare * (kind === 'ward' ? urban : 1 - urban)) / hint)
  }
  return out
}

const WEIGHTS: readonly number[] = (() => {
  const density = densities()
  return COMMUNES.map((unit) => {
    const kind = isWard(unit) ? 'ward' : 'commune'
    const mean =
      unit.oldProvinceCodes.reduce((sum, p) => sum + (density.get(`${p}:${kind}`) ?? 0), 0) /
      unit.oldProvinceCodes.length
    return sizeHint(unit) * mean
  })
})()

/**
 * Spreads `scale` residents over the 95 units, wards (Phường) denser than communes (Xã), old
 * Đồng Nai (75) denser than old Bình Phước (70); sums exactly to scale (largest remainder).
 * @throws RangeError outside 1_000..4_491_408
 */
export function allocateResidents(scale: number): CommuneQuota[] {
  if (!Number.isInteger(scale) || scale < MIN_SCALE || scale > MAX_SCALE) {
    throw new RangeError(`scale must be an integer in ${MIN_SCALE}..${MAX_SCALE}, got ${scale}`)
  }
  const total = WEIGHTS.reduce((sum, w) => sum + w, 0)
  const exact = WEIGHTS.map((w) => (w * scale) / total)
  const counts = exact.map(Math.floor)
  let left = scale - counts.reduce((sum, c) => sum + c, 0)
  // Largest remainder first; ties go to the earlier unit so the result never depends on sort quirks.
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i)
  for (const { i } of order) {
    if (left-- <= 0) break
    counts[i] = counts[i]! + 1
  }
  return COMMUNES.map((unit, index) => ({
    code: unit.code,
    name: unit.name,
    type: unit.type,
    oldProvinceCodes: [...unit.oldProvinceCodes],
    index,
    residents: counts[index]!,
  }))
}
