import { randomInt } from 'node:crypto'
import type { Executor } from '../../../platform/db/database.js'
import { recordEvent } from '../../../platform/events/outbox.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { foldName, normaliseName } from '../names.js'
import { BIRTH_PROVINCE_CODES, composePersonalNumber, type Sex } from '../personal-number.js'
import {
  birthProvinceUnknown,
  ethnicityUnknown,
  parentInvalid,
  personalNumbersExhausted,
  textInvalid,
} from '../population.errors.js'
import { lockEntry, lockLiving, pastDate } from './registry-checks.js'
import { BIRTH_REGISTERED, registryChangeEvent } from './registrations.events.js'
import {
  insertMovements,
  insertResidentIfNumberFree,
  type NewMovement,
  type NewResident,
  type RegistryEntry,
} from './registrations.queries.js'

export interface BirthRegistration {
  childName: string
  birthDate: string
  sex: Sex
  /** Two-digit code of the province where the birth is registered (the number's first digits). */
  birthProvinceCode: string
  ethnicityCode: string
  motherPersonalNumber?: string | undefined
  fatherPersonalNumber?: string | undefined
  /** The parent whose household the child joins. */
  householdOf: string
  /** The dossier code. */
  reference: string
}

export interface BirthOptions {
  /**
   * Draws the six-digit serial (random, as Circular 59/2021 has it). Tests pass a fixed sequence
   * to make two registrations draw the same serial.
   */
  drawSerial?: () => number
}

/** Draws before giving up: with a million serials per (province, century and sex, year) and
 * far fewer births, a run of this many taken serials means something else is wrong. */
const DRAWS = 20

const drawRandomSerial = (): number => randomInt(0, 1_000_000)

/** A child's relation to the head, from the parent's. */
function childRelation(parent: RegistryEntry): NewResident['relationToHead'] {
  if (parent.relationToHead === 'head' || parent.relationToHead === 'spouse') return 'child'
  if (parent.relationToHead === 'child') return 'grandchild'
  return 'other'
}

/** @throws POPULATION_PARENT_INVALID when a named parent cannot be one */
async function checkParents(tx: Executor, input: BirthRegistration): Promise<RegistryEntry> {
  const parents: [string, string | undefined, Sex][] = [
    ['motherPersonalNumber', input.motherPersonalNumber, 'F'],
    ['fatherPersonalNumber', input.fatherPersonalNumber, 'M'],
  ]
  const named: string[] = []
  for (const [field, number, sex] of parents) {
    if (number === undefined) continue
    // A parent may have died before the birth is registered; the household's must be alive.
    const parent = await lockEntry(tx, number)
    if (parent.sex !== sex) throw parentInvalid(field, 'SEX')
    if (parent.birthDate >= input.birthDate) throw parentInvalid(field, 'BORN_AFTER_CHILD')
    named.push(number)
  }
  if (named.length > 0 && !named.includes(input.householdOf))
    throw parentInvalid('householdOf', 'NOT_A_PARENT')
  const householder = await lockLiving(tx, input.householdOf)
  if (householder.status !== 'resident') throw parentInvalid('householdOf', 'NOT_RESIDENT')
  if (householder.birthDate >= input.birthDate)
    throw parentInvalid('householdOf', 'BORN_AFTER_CHILD')
  return householder
}

/**
 * Inserts the child under a new personal number: the generator's rules (birth province, century
 * and sex, year) with a random serial, drawn again while the number is taken. The primary key
 * decides between two registrations that draw the same number at once: the later waits for the
 * earlier to commit, finds the number taken and draws again.
 */
async function insertWithNewNumber(
  tx: Executor,
  child: Omit<NewResident, 'personalNumber'>,
  drawSerial: () => number,
): Promise<RegistryEntry> {
  const birthYear = Number(child.birthDate.slice(0, 4))
  for (let draw = 0; draw < DRAWS; draw++) {
    const personalNumber = composePersonalNumber({
      provinceCode: child.birthProvinceCode,
      sex: child.sex,
      birthYear,
      serial: drawSerial(),
    })
    const row = { ...child, personalNumber }
    if (await insertResidentIfNumberFree(tx, row)) {
      const { fullNameFolded: _folded, ...entry } = row
      return entry as RegistryEntry
    }
  }
  throw personalNumbersExhausted()
}

/**
 * Registers a birth (đăng ký khai sinh) in the caller's transaction: a new resident in the
 * household of a parent, a 'born' movement and the outbox event.
 * @throws POPULATION_DATE_INVALID, _DATE_IN_FUTURE, _BIRTH_PROVINCE_UNKNOWN, _ETHNICITY_UNKNOWN,
 *   _TEXT_INVALID, _PERSONAL_NUMBER_INVALID, _RESIDENT_NOT_FOUND, _RESIDENT_DECEASED,
 *   _PARENT_INVALID, _PERSONAL_NUMBERS_EXHAUSTED
 */
export async function registerBirth(
  tx: Executor,
  input: BirthRegistration,
  options: BirthOptions = {},
): Promise<{ personalNumber: string }> {
  const birthDate = pastDate(input.birthDate, 'birthDate', vietnamDate())
  if (!BIRTH_PROVINCE_CODES.includes(input.birthProvinceCode))
    throw birthProvinceUnknown(input.birthProvinceCode)
  const ethnicity = Number(input.ethnicityCode)
  if (!/^[0-9]{2}$/.test(input.ethnicityCode) || ethnicity < 1 || ethnicity > 54)
    throw ethnicityUnknown(input.ethnicityCode)
  const fullName = normaliseName(input.childName)
  if (fullName.length === 0 || fullName.length > 200) throw textInvalid('childName')
  const householder = await checkParents(tx, { ...input, birthDate })
  const child = await insertWithNewNumber(
    tx,
    {
      fullName,
      fullNameFolded: foldName(fullName),
      birthDate,
      sex: input.sex,
      ethnicityCode: input.ethnicityCode,
      religionCode: null,
      birthProvinceCode: input.birthProvinceCode,
      communeCode: householder.communeCode,
      householdId: householder.householdId,
      relationToHead: childRelation(householder),
      status: 'resident',
      labourStatus: 'child',
      sector: null,
      occupation: null,
      oldIdNumber: null,
      cardIssuedOn: null,
      cardExpiresOn: null,
      eidLevel: 0,
      hasPaymentAccount: false,
      hasDigitalSignature: false,
    },
    options.drawSerial ?? drawRandomSerial,
  )
  const movements: NewMovement[] = [
    {
      personalNumber: child.personalNumber,
      kind: 'born',
      occurredOn: birthDate,
      communeCode: child.communeCode,
      reference: input.reference,
    },
  ]
  await insertMovements(tx, movements)
  await recordEvent(
    tx,
    registryChangeEvent(BIRTH_REGISTERED, {
      reference: input.reference,
      before: undefined,
      after: child,
      movements,
    }),
  )
  return { personalNumber: child.personalNumber }
}
