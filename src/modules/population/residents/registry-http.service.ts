import { outsideJurisdiction } from '../../../platform/auth/access.js'
import {
  coversPlace,
  jurisdictionOf,
  type Principal,
  type RecordPlace,
} from '../../../platform/auth/principal.js'
import type { Permission } from '../../../platform/auth/roles.js'
import type { Database, Executor } from '../../../platform/db/database.js'
import { auditActor, commitAudits } from '../../audit/index.js'
import { residentNotFound } from '../population.errors.js'
import {
  communesOfUnit,
  getHouseholdOf,
  getResident,
  searchResidents,
  type Household,
  type Movement,
  type Resident,
  type ResidentPage,
  type ResidentSearch,
} from './residents.service.js'
import { findMovements } from './residents.queries.js'
import { provinceOfCommune, unitNames } from '../units/units.service.js'

/** Records as officers read them: each code with the name of its place beside it. */
export type NamedResident = Resident & {
  communeName: string | null
  birthProvinceName: string | null
}
export type NamedMovement = Movement & {
  communeName: string | null
  otherProvinceName: string | null
}

async function nameResidents(db: Executor, residents: Resident[]): Promise<NamedResident[]> {
  const names = await unitNames(
    db,
    residents.flatMap((r) => [r.communeCode, r.birthProvinceCode]),
  )
  return residents.map((r) => ({
    ...r,
    communeName: names.get(r.communeCode) ?? null,
    birthProvinceName: names.get(r.birthProvinceCode) ?? null,
  }))
}

async function nameMovements(db: Executor, movements: Movement[]): Promise<NamedMovement[]> {
  const names = await unitNames(
    db,
    movements.flatMap((m) => [m.communeCode, m.otherProvinceCode ?? []].flat()),
  )
  return movements.map((m) => ({
    ...m,
    communeName: names.get(m.communeCode) ?? null,
    otherProvinceName: m.otherProvinceCode ? (names.get(m.otherProvinceCode) ?? null) : null,
  }))
}

/** Who reads, why and from where: every read of personal data over HTTP carries it. */
export interface ReadContext {
  principal: Principal
  purpose: string
  ip: string
}

const READ: Permission = 'population.resident.read'
const SEARCH: Permission = 'population.resident.search'

/**
 * A resident outside the caller's units is answered as one the registry lacks, so that staff
 * cannot probe which numbers exist across the province.
 * @returns where the record lives, for the audit entry
 * @throws POPULATION_RESIDENT_NOT_FOUND
 */
async function assertMayRead(
  db: Executor,
  ctx: ReadContext,
  resident: Resident,
  permission: Permission,
): Promise<RecordPlace> {
  const place = {
    communeCode: resident.communeCode,
    provinceCode: await provinceOfCommune(db, resident.communeCode),
  }
  if (!coversPlace(ctx.principal, permission, place)) throw residentNotFound()
  return place
}

/**
 * Writes the reads to the audit trail, durably, in a group commit shared with concurrent requests:
 * the caller returns the data only once this resolves, and fails when it fails.
 */
async function auditReads(
  database: Database,
  ctx: ReadContext,
  action: string,
  permission: Permission,
  subjects: string[],
  summary: Record<string, string | number | boolean | null>,
  place?: RecordPlace,
): Promise<void> {
  const actor = auditActor(ctx.principal, permission, place)
  await commitAudits(
    database,
    subjects.map((subject) => ({
      actor,
      subjectPersonalNumber: subject,
      action,
      purpose: ctx.purpose,
      summary,
      sourceIp: ctx.ip,
    })),
  )
}

/**
 * One resident's record for an officer inside their jurisdiction, audited.
 * @throws getResident's errors (POPULATION_RESIDENT_NOT_FOUND outside the jurisdiction too)
 */
export async function readResident(
  database: Database,
  ctx: ReadContext,
  personalNumber: string,
): Promise<NamedResident> {
  const resident = await getResident(database.db, personalNumber)
  const place = await assertMayRead(database.db, ctx, resident, READ)
  await auditReads(
    database,
    ctx,
    'population.resident.read',
    READ,
    [personalNumber],
    { part: 'record' },
    place,
  )
  const [named] = await nameResidents(database.db, [resident])
  return named!
}

/** The household of a resident in the jurisdiction; each member's record read is audited. */
export async function readHousehold(
  database: Database,
  ctx: ReadContext,
  personalNumber: string,
): Promise<{
  household: Household & { communeName: string | null }
  members: NamedResident[]
}> {
  // The jurisdiction first: a household outside it costs what an unknown number does.
  const resident = await getResident(database.db, personalNumber)
  const place = await assertMayRead(database.db, ctx, resident, READ)
  const household = await getHouseholdOf(database.db, personalNumber)
  await auditReads(
    database,
    ctx,
    'population.household.read',
    READ,
    household.members.map((m) => m.personalNumber),
    { part: 'household', via: personalNumber },
    place,
  )
  const { communeCode } = household.household
  const communeName = (await unitNames(database.db, [communeCode])).get(communeCode) ?? null
  return {
    household: { ...household.household, communeName },
    members: await nameResidents(database.db, household.members),
  }
}

export async function readMovements(
  database: Database,
  ctx: ReadContext,
  personalNumber: string,
): Promise<NamedMovement[]> {
  const resident = await getResident(database.db, personalNumber)
  const place = await assertMayRead(database.db, ctx, resident, READ)
  const movements = await findMovements(database.db, personalNumber)
  await auditReads(
    database,
    ctx,
    'population.movements.read',
    READ,
    [personalNumber],
    { part: 'movements', count: movements.length },
    place,
  )
  return nameMovements(database.db, movements)
}

/**
 * Search limited to the officer's jurisdiction: a unit outside it is refused, none given means
 * all of it. Every resident shown is an audited read. @throws AUTH_OUTSIDE_JURISDICTION
 */
export async function searchInJurisdiction(
  database: Database,
  ctx: ReadContext,
  search: ResidentSearch,
): Promise<Omit<ResidentPage, 'residents'> & { residents: NamedResident[] }> {
  const db = database.db
  const allowed = new Set<string>()
  for (const code of jurisdictionOf(ctx.principal, SEARCH))
    for (const c of await communesOfUnit(db, code)) allowed.add(c)
  const wanted = search.unitCode ? await communesOfUnit(db, search.unitCode) : [...allowed]
  if (wanted.some((c) => !allowed.has(c))) throw outsideJurisdiction()
  const page = await searchResidents(db, { ...search, communeCodes: wanted })
  await auditReads(
    database,
    ctx,
    'population.resident.search',
    SEARCH,
    page.residents.map((r) => r.personalNumber),
    {
      part: 'search-result',
      results: page.residents.length,
    },
  )
  return { ...page, residents: await nameResidents(db, page.residents) }
}
