/**
 * Everything about a person that follows from age, sex and place: status, work, identity card,
 * and model-23 uptake (Project 06's electronic identification, payment account, digital
 * signature). Rates are assumptions stated where they are set.
 */
import { addYears, ageOn, dayNumber } from './dates.js'
import type { CommuneProfile } from './profile.js'
import type { Rng } from './prng.js'
import type { LabourStatus, Relation, Sector, Sex, Status } from './types.js'

/** The 12-digit chip card (CCCD) was first issued in 2016; the mass campaign began in 2021. */
const CARD_ERA = dayNumber(2016, 1, 1)
const CHIP_CAMPAIGN = dayNumber(2021, 1, 1)
/** Card renewal ages (Law on Citizen Identification 2014, art. 21). */
const RENEWAL_AGES = [25, 40, 60] as const

export interface StatusDraw {
  status: Status
  /** Day of the death or the move out; NaN for residents. */
  day: number
}

function deathRisk(age: number): number {
  if (age >= 85) return 0.3
  if (age >= 75) return 0.16
  if (age >= 65) return 0.07
  if (age >= 50) return 0.012
  return 0.001
}

function moveOutRisk(age: number): number {
  if (age < 18) return 0
  if (age <= 40) return 0.03
  if (age <= 60) return 0.01
  return 0.003
}

/**
 * About 0.6% deceased (mostly elderly) and 1% moved out, within the last five years. The head
 * is always resident: a household whose head died or left would have named a new one.
 */
export function drawStatus(
  rng: Rng,
  relation: Relation,
  birth: number,
  movedIn: number | null,
  age: number,
  today: number,
): StatusDraw {
  if (relation === 'head') return { status: 'resident', day: NaN }
  const u = rng.next()
  const dead = deathRisk(age)
  const status: Status =
    u < dead ? 'deceased' : u < dead + moveOutRisk(age) ? 'moved_out' : 'resident'
  if (status === 'resident') return { status, day: NaN }
  let lo = Math.max(addYears(today, -5), birth + 1, movedIn === null ? birth + 1 : movedIn + 1)
  if (status === 'moved_out') lo = Math.max(lo, addYears(birth, 16))
  if (lo > today) return { status: 'resident', day: NaN }
  return { status, day: lo + rng.int(today - lo + 1) }
}

/** Share of 18-22 year olds still studying: college and university, more in towns. */
function studyShare(age: number, ward: boolean): number {
  const base = ward ? 0.42 : 0.26
  return age <= 19 ? base * 1.3 : age >= 22 ? base * 0.5 : base
}

function elderLabour(rng: Rng, age: number, sex: Sex, retireAge: number): LabourStatus {
  // Retirement is near universal by 80; those who keep working mostly farm (see sectorOf).
  const retired = Math.min(0.97, 0.62 + (age - retireAge) * 0.018)
  const u = rng.next()
  if (u < retired) return 'retired'
  return sex === 'F' && u < retired + (1 - retired) * 0.3 ? 'homemaker' : 'employed'
}

/** Labour status on `today`; migrant workers in rented rooms are in work or looking for it. */
export function labourOf(
  rng: Rng,
  age: number,
  sex: Sex,
  ward: boolean,
  worker: boolean,
): LabourStatus {
  if (age < 6) return 'child'
  if (age < 15) return 'in_school'
  if (worker) return rng.chance(0.97) ? 'employed' : 'unemployed'
  if (age < 18) return rng.chance(0.1) ? 'employed' : 'in_school'
  if (age <= 22 && rng.chance(studyShare(age, ward))) return 'in_school'
  // Retirement from about 61 for men and 56 for women (the 2019 Labour Code's path to 62/60).
  const retireAge = sex === 'M' ? 61 : 56
  if (age >= retireAge) return elderLabour(rng, age, sex, retireAge)
  const u = rng.next()
  if (u < 0.025) return 'unemployed'
  if (u < 0.025 + (sex === 'F' ? 0.09 : 0.01)) return 'homemaker'
  return 'employed'
}

export function sectorOf(rng: Rng, profile: CommuneProfile, age: number, worker: boolean): Sector {
  if (worker) return rng.chance(0.85) ? 'industry' : 'services'
  // Older people still at work are mostly farmers outside the towns.
  if (age >= 58 && rng.chance(profile.ward ? 0.2 : 0.6)) return 'agriculture'
  return profile.sector.pick(rng)
}

export interface Card {
  issued: number | null
  expires: number | null
}

/**
 * Valid until the next renewal age; a card issued within two years before a renewal age stays
 * valid until the one after, so a card issued at 58 or later never expires.
 */
function expiryOf(birth: number, issued: number): number | null {
  const ageAtIssue = ageOn(birth, issued)
  for (const renewal of RENEWAL_AGES) {
    if (ageAtIssue < renewal - 2) return addYears(birth, renewal)
  }
  return null
}

/**
 * The card held on `end` (today, or the day of death) by someone 14 or over by then: most issued
 * since 2021, some in 2016-2020. One that expired before `end` was renewed within a year.
 */
export function drawCard(rng: Rng, birth: number, end: number): Card {
  const fourteen = addYears(birth, 14)
  let lo = Math.max(fourteen, rng.chance(0.88) ? CHIP_CAMPAIGN : CARD_ERA)
  if (lo > end) lo = Math.max(fourteen, CARD_ERA)
  if (lo > end) return { issued: null, expires: null }
  let issued = lo + rng.int(end - lo + 1)
  let expires = expiryOf(birth, issued)
  while (expires !== null && expires < end) {
    issued = expires + rng.int(Math.min(end - expires, 365) + 1)
    expires = expiryOf(birth, issued)
  }
  return { issued, expires }
}

/** Electronic identification is highest at 18-45, low for children and the very old. */
function eidAgeFactor(age: number): number {
  if (age < 14) return 0
  if (age < 18) return 0.75
  if (age <= 45) return 1
  if (age <= 60) return 0.9
  if (age <= 75) return 0.65
  return 0.3
}

export function eidLevelOf(rng: Rng, profile: CommuneProfile, age: number): 0 | 1 | 2 {
  const level2 = profile.eidLevel2 * eidAgeFactor(age)
  const u = rng.next()
  if (u < level2) return 2
  // Under 14 only level 1 exists, registered by a parent.
  return u < level2 + profile.eidLevel1 * (age < 14 ? 0.6 : 1) ? 1 : 0
}

function paymentAgeFactor(age: number): number {
  if (age < 15) return 0.03
  if (age < 18) return 0.45
  if (age <= 45) return 1.12
  if (age <= 60) return 0.95
  if (age <= 75) return 0.6
  return 0.3
}

export function hasPaymentAccount(rng: Rng, profile: CommuneProfile, age: number): boolean {
  return rng.next() < Math.min(0.97, profile.payment * paymentAgeFactor(age))
}

/** Digital signatures are for adults who deal with business or the administration online. */
export function hasDigitalSignature(rng: Rng, profile: CommuneProfile, age: number): boolean {
  const factor = age < 18 ? 0 : age < 22 ? 0.4 : age <= 60 ? 1.2 : age <= 75 ? 0.5 : 0
  return rng.next() < profile.signature * factor
}
