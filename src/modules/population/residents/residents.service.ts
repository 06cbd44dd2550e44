import type { Executor } from '../../../platform/db/database.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { foldName } from '../names.js'
import { checkPersonalNumber } from '../personal-number.js'
import { personalNumberInvalid, residentNotFound, searchTooBroad } from '../population.errors.js'
import {
  findHousehold,
  findHouseholdMembers,
  findMovements,
  findResident,
  findResidents,
  findResidentsByNumbers,
  findAdultsAfter,
  findAdultsOfLargestCommune,
  findResidentsOfCommunes,
  type HouseholdRecord,
  type MovementRecord,
  type ResidentIdentity,
  type ResidentRecord,
} from './residents.queries.js'
import { listUnits, resolveAsOf, resolveSuccessors } from '../units/units.service.js'

export type Resident = ResidentRecord
export type { ResidentIdentity }
export type Household = HouseholdRecord
export type Movement = MovementRecord

const MAX_PAGE = 200

/** @throws POPULATION_PERSONAL_NUMBER_INVALID when the number breaks a rule of its structure */
function assertWellFormed(personalNumber: string): void {
  const check = checkPersonalNumber(personalNumber)
  if (!check.valid) throw personalNumberInvalid(check.problems)
}

/** @throws POPULATION_PERSONAL_NUMBER_INVALID, POPULATION_RESIDENT_NOT_FOUND */
export async function getResident(db: Executor, personalNumber: string): Promise<Resident> {
  assertWellFormed(personalNumber)
  const resident = await findResident(db, personalNumber)
  if (!resident) throw residentNotFound()
  return resident
}

/**
 * The registry's entries for many numbers in one query (a declaration batch's guests), keyed by
 * number; a number the registry lacks is absent. Numbers are not checked here: the caller does,
 * to name the guest at fault.
 */
export async function getResidentsByNumbers(
  db: Executor,
  personalNumbers: string[],
): Promise<Map<string, ResidentIdentity>> {
  const rows = await findResidentsByNumbers(db, [...new Set(personalNumbers)])
  return new Map(rows.map((row) => [row.personalNumber, row]))
}

/** The household of a resident, members oldest first. @throws as getResident */
export async function getHouseholdOf(
  db: Executor,
  personalNumber: string,
): Promise<{ household: Household; members: Resident[] }> {
  const resident = await getResident(db, personalNumber)
  const household = await findHousehold(db, resident.householdId)
  if (!household)
    throw new Error(`household ${resident.householdId} missing for an existing resident`)
  return { household, members: await findHouseholdMembers(db, household.id) }
}

/** Registry movements of a resident, oldest first. @throws as getResident */
export async function listMovements(db: Executor, personalNumber: string): Promise<Movement[]> {
  await getResident(db, personalNumber)
  return findMovements(db, personalNumber)
}

/**
 * The communes (current structure) a unit code covers today: itself, a province's communes,
 * or what an abolished unit became. @throws POPULATION_UNIT_NOT_FOUND
 */
export async function communesOfUnit(db: Executor, code: string): Promise<string[]> {
  const today = resolveAsOf(undefined)
  const { successors } = await resolveSuccessors(db, code, today)
  const communes: string[] = []
  for (const unit of successors) {
    if (unit.level === 'commune') communes.push(unit.code)
    else communes.push(...(await listUnits(db, unit.code, today)).map((u) => u.code))
  }
  return communes
}

export interface ResidentSearch {
  name?: string | undefined
  birthDate?: string | undefined
  unitCode?: string | undefined
  /** Restricts to these current communes (a jurisdiction); does not make a search narrow enough. */
  communeCodes?: string[] | undefined
  limit?: number | undefined
  /** Opaque cursor from the previous page. */
  after?: string | undefined
}

export interface ResidentPage {
  residents: Resident[]
  next: string | null
}

const encodeCursor = (r: { fullNameFolded: string; personalNumber: string }): string =>
  Buffer.from(JSON.stringify([r.fullNameFolded, r.personalNumber])).toString('base64url')

function decodeCursor(cursor: string): { foldedName: string; personalNumber: string } | undefined {
  try {
    const [foldedName, personalNumber] = JSON.parse(
      Buffer.from(cursor, 'base64url').toString(),
    ) as [string, string]
    return typeof foldedName === 'string' && typeof personalNumber === 'string'
      ? { foldedName, personalNumber }
      : undefined
  } catch {
    return undefined
  }
}

/**
 * Search by the start of the name (without diacritics, any case), birth date and unit, ordered by
 * name. @throws POPULATION_SEARCH_TOO_BROAD, POPULATION_UNIT_NOT_FOUND
 */
export async function searchResidents(db: Executor, search: ResidentSearch): Promise<ResidentPage> {
  const prefix = search.name ? foldName(search.name) : ''
  if (prefix.length < 2 && !search.birthDate && !search.unitCode) throw searchTooBroad()
  if (search.birthDate && search.birthDate > vietnamDate()) return { residents: [], next: null }
  const limit = Math.min(Math.max(search.limit ?? 20, 1), MAX_PAGE)
  const rows = await findResidents(db, {
    foldedNamePrefix: prefix || undefined,
    birthDate: search.birthDate,
    communeCodes:
      search.communeCodes ??
      (search.unitCode ? await communesOfUnit(db, search.unitCode) : undefined),
    after: search.after ? decodeCursor(search.after) : undefined,
    limit: limit + 1,
  })
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    residents: page.map(({ fullNameFolded: _folded, ...resident }) => resident),
    next: rows.length > limit && last ? encodeCursor(last) : null,
  }
}

/** Residents of a unit (any level, old codes resolved), by number. @throws POPULATION_UNIT_NOT_FOUND */
export async function listResidentsOfUnit(
  db: Executor,
  unitCode: string,
  options: { after?: string | undefined; limit?: number | undefined } = {},
): Promise<{ residents: Resident[]; next: string | null }> {
  const limit = Math.min(Math.max(options.limit ?? 100, 1), MAX_PAGE)
  const rows = await findResidentsOfCommunes(db, await communesOfUnit(db, unitCode), {
    afterNumber: options.after,
    limit: limit + 1,
  })
  const page = rows.slice(0, limit)
  return {
    residents: page,
    next: rows.length > limit ? (page.at(-1)?.personalNumber ?? null) : null,
  }
}

/** Living adults of the most populous commune: the people of demonstration accounts. */
export const sampleAdults = (db: Executor, count: number): Promise<Resident[]> =>
  findAdultsOfLargestCommune(db, count)

/**
 * Living residents of age on a day, by personal number after a cursor ('' for the first page):
 * what other modules' synthetic samples (vehicle owners) draw from, in a stable order.
 */
export const pageOfAdults = (
  db: Executor,
  options: { after: string; adultOn: string; limit: number },
): Promise<{ personalNumber: string; communeCode: string }[]> => {
  const [y, m, d] = options.adultOn.split('-').map(Number) as [number, number, number]
  // Born on the day eighteen years back or earlier; a 29 February rolls to 1 March.
  const eighteenth = new Date(Date.UTC(y - 18, m - 1, d + 1))
  return findAdultsAfter(db, {
    afterNumber: options.after,
    bornBefore: eighteenth.toISOString().slice(0, 10),
    limit: options.limit,
  })
}
