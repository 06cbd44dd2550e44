/**
 * Identity numbers that must be unique across the whole province although each unit is
 * generated on its own: each unit owns a slice of every number space, scrambled by a bijection.
 */
import { composePersonalNumber } from '../personal-number.js'
import { Permutation } from './prng.js'
import { PROVINCE_CODES } from './reference.js'
import type { Sex } from './types.js'

/** Personal-number serials per unit and per (province, sex, birth year). */
export const SERIALS_PER_UNIT = 10_000
/** Old ID numbers per unit and per two-digit prefix. */
export const OLD_IDS_PER_UNIT = 100_000
/** Units the slices leave room for (95 exist): 100 x 10,000 fills the 6-digit serial. */
export const MAX_UNITS = 100

/**
 * Prefix of the 9-digit identity card (CMND) by the province that issued it, which for most
 * people was the birth province. From the Ministry of Public Security's published prefix list as
 * commonly reproduced (an assumption: data/ has no such table); Đồng Nai is 27, Bình Phước 28.
 */
const CMND_PREFIX: Record<string, string> = {
  '01': '01', '79': '02', '31': '03', '11': '04', '12': '04', '14': '05', '10': '06', '15': '06',
  '02': '07', '08': '07', '20': '08', '04': '08', '19': '09', '06': '09', '22': '10', '17': '11',
  '24': '12', '27': '12', '25': '13', '26': '13', '30': '14', '33': '14', '34': '15', '35': '16',
  '36': '16', '37': '16', '38': '17', '40': '18', '42': '18', '44': '19', '45': '19', '46': '19',
  '48': '20', '49': '20', '51': '21', '52': '21', '54': '22', '56': '22', '62': '23', '64': '23',
  '66': '24', '67': '24', '68': '25', '58': '26', '60': '26', '75': '27', '77': '27', '70': '28',
  '74': '28', '72': '29', '80': '30', '82': '31', '83': '32', '84': '33', '86': '33', '87': '34',
  '89': '35', '92': '36', '93': '36', '94': '36', '91': '37', '95': '38', '96': '38',
} // prettier-ignore

for (const code of PROVINCE_CODES) {
  if (CMND_PREFIX[code] === undefined) throw new RangeError(`no CMND prefix for province ${code}`)
}

export function cmndPrefix(province: string): string {
  const prefix = CMND_PREFIX[province]
  if (prefix === undefined) throw new RangeError(`no CMND prefix for province ${province}`)
  return prefix
}

/**
 * The seq-th input of a slot within a unit's share: a different bijection of 0..size-1 per slot
 * (7,919 is coprime to 10), so that the first person of every slot does not share one serial.
 */
function scatter(seq: number, slot: number, size: number): number {
  return (seq * 7_919 + (Math.imul(slot, 0x9e3779b1) >>> 0)) % size
}

/**
 * Hands out a unit's numbers in generation order. Unit i owns the inputs i * 10,000 .. i * 10,000
 * + 9,999 of the serial permutation (and i * 100,000 .. of the old-ID one) for every (province,
 * sex, birth year), so numbers from different units never collide, whatever order they run in.
 */
export class NumberBook {
  private readonly serials = new Int32Array(100 * 2 * 256)
  private readonly oldIds = new Int32Array(100)
  private readonly serialOrder: Permutation
  private readonly oldIdOrder: Permutation

  constructor(
    private readonly unitIndex: number,
    seed: number,
  ) {
    if (!Number.isInteger(unitIndex) || unitIndex < 0 || unitIndex >= MAX_UNITS) {
      throw new RangeError(`unit index must be an integer in 0..${MAX_UNITS - 1}, got ${unitIndex}`)
    }
    // The same seed gives every unit the same permutations: that is what keeps them apart.
    this.serialOrder = new Permutation(MAX_UNITS * SERIALS_PER_UNIT, seed)
    this.oldIdOrder = new Permutation(MAX_UNITS * OLD_IDS_PER_UNIT, seed)
  }

  personalNumber(provinceCode: string, sex: Sex, birthYear: number): string {
    const slot = ((Number(provinceCode) * 2 + (sex === 'F' ? 1 : 0)) << 8) | (birthYear - 1900)
    const seq = this.serials[slot]!
    if (seq >= SERIALS_PER_UNIT) {
      throw new RangeError(
        `unit ${this.unitIndex} ran out of serials for ${provinceCode}/${sex}/${birthYear}: the scale is too large`,
      )
    }
    this.serials[slot] = seq + 1
    const serial = this.serialOrder.apply(
      this.unitIndex * SERIALS_PER_UNIT + scatter(seq, slot, SERIALS_PER_UNIT),
    )
    return composePersonalNumber({ provinceCode, sex, birthYear, serial })
  }

  oldIdNumber(birthProvince: string): string {
    const prefix = cmndPrefix(birthProvince)
    const slot = Number(prefix)
    const seq = this.oldIds[slot]!
    if (seq >= OLD_IDS_PER_UNIT)
      throw new RangeError(`unit ${this.unitIndex} ran out of old ID numbers for prefix ${prefix}`)
    this.oldIds[slot] = seq + 1
    const n = this.oldIdOrder.apply(
      this.unitIndex * OLD_IDS_PER_UNIT + scatter(seq, slot, OLD_IDS_PER_UNIT),
    )
    return prefix + String(n).padStart(7, '0')
  }
}
