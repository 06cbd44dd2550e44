/**
 * One unit's households, residents and movements from (seed, unit index, today) alone, so the
 * loader can generate units in any order, in parallel, and again after an interruption.
 */
import { AddressBook } from './addresses.js'
import type { CommuneQuota } from './communes.js'
import { AsciiOut, Utf16Out, writeHousehold, writeMovement, writeResident } from './csv.js'
import { parseToday } from './dates.js'
import { HouseholdDraw } from './draw.js'
import { profileOf, religionAlias } from './profile.js'
import { Rng } from './prng.js'
import { ResidentWriter, type Sink } from './residents.js'
import type { CommuneCsv, GeneratedCommune, GenerateOptions } from './types.js'

/** Household ids are the unit code times this plus a sequence: unique across units. */
const HOUSEHOLDS_PER_UNIT = 10_000_000

function checkQuota(quota: CommuneQuota): void {
  if (!/^\d{5}$/.test(quota.code)) {
    throw new RangeError(`commune code must be 5 digits, got '${quota.code}'`)
  }
  if (!Number.isInteger(quota.residents) || quota.residents < 0) {
    throw new RangeError(`residents must be a non-negative integer, got ${quota.residents}`)
  }
  if (quota.oldProvinceCodes.length === 0) throw new RangeError('a unit needs an old province code')
}

/** Streams one unit's rows into `sink`, households in order, each followed by its members. */
export function generateInto(quota: CommuneQuota, options: GenerateOptions, sink: Sink): void {
  checkQuota(quota)
  const today = parseToday(options.today)
  const rng = new Rng(options.seed, quota.index)
  const profile = profileOf(quota, rng)
  const writer = new ResidentWriter(profile, rng, today, sink, options.seed)
  const addresses = new AddressBook(rng, profile.ward, quota.name)
  const draw = new HouseholdDraw(profile, rng, today)
  const base = Number(quota.code) * HOUSEHOLDS_PER_UNIT
  let left = quota.residents
  for (let seq = 1; left > 0; seq++) {
    if (seq >= HOUSEHOLDS_PER_UNIT) {
      throw new RangeError(`unit ${quota.code} has too many households`)
    }
    const { members, worker, origin } = draw.next(left)
    const head = members[0]!
    const id = base + seq
    sink.household({ id, communeCode: quota.code, address: addresses.next() })
    const religion = religionAlias(profile, head.ethnicity, origin).pick(rng)
    for (const member of members) writer.write(member, { id, religion, worker })
    left -= members.length
  }
}

export function generateCommune(quota: CommuneQuota, options: GenerateOptions): GeneratedCommune {
  const out: GeneratedCommune = { households: [], residents: [], movements: [] }
  generateInto(quota, options, {
    household: (row) => out.households.push(row),
    resident: (row) => out.residents.push(row),
    movement: (row) => out.movements.push(row),
  })
  return out
}

/** The same rows as generateCommune, as COPY ... WITH (FORMAT csv) text without a header. */
export function generateCommuneCsv(quota: CommuneQuota, options: GenerateOptions): CommuneCsv {
  const households = new Utf16Out()
  const residents = new Utf16Out()
  // Digits, dates and enum words only.
  const movements = new AsciiOut()
  const counts = { households: 0, residents: 0, movements: 0 }
  let householdId = NaN
  let householdText = ''
  generateInto(quota, options, {
    household: (row) => {
      writeHousehold(households, row)
      counts.households++
    },
    resident: (row, name) => {
      if (row.householdId !== householdId) {
        householdId = row.householdId
        householdText = String(householdId)
      }
      writeResident(residents, row, name, householdText)
      counts.residents++
    },
    movement: (row) => {
      writeMovement(movements, row)
      counts.movements++
    },
  })
  return {
    households: households.finish(),
    residents: residents.finish(),
    movements: movements.finish(),
    counts,
  }
}
