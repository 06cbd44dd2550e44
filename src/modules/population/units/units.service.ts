import type { Executor } from '../../../platform/db/database.js'
import type { RecordPlace } from '../../../platform/auth/principal.js'
import { AppError } from '../../../platform/http/errors.js'
import { parseCalendarDate, vietnamDate } from '../../../platform/time/vietnam.js'
import { asOfInFuture, asOfInvalid, successorUnknown, unitNotFound } from '../population.errors.js'
import {
  findChildUnitsOn,
  findEndedUnit,
  findLatestNames,
  findSuccessorsOf,
  findUnitOn,
  findUnitPeriods,
  type UnitRecord,
} from './units.queries.js'

export type AdminUnit = Pick<
  UnitRecord,
  'code' | 'name' | 'shortName' | 'type' | 'level' | 'validFrom' | 'validTo'
>
export interface AdminUnitWithParents extends AdminUnit {
  parents: AdminUnit[]
}
export interface Successor extends AdminUnit {
  coverage: 'full' | 'partial'
}

const toUnit = ({
  code,
  name,
  shortName,
  type,
  level,
  validFrom,
  validTo,
}: UnitRecord): AdminUnit => ({
  code,
  name,
  shortName,
  type,
  level,
  validFrom,
  validTo,
})

/**
 * The date a structure is asked for: today in Vietnam by default; never in the future.
 * @throws POPULATION_AS_OF_INVALID, POPULATION_AS_OF_IN_FUTURE
 */
export function resolveAsOf(asOf: string | undefined, now: Date = new Date()): string {
  const today = vietnamDate(now)
  if (asOf === undefined) return today
  if (!parseCalendarDate(asOf)) throw asOfInvalid(asOf)
  if (asOf > today) throw asOfInFuture(asOf, today)
  return asOf
}

async function notFound(db: Executor, code: string, asOf: string): Promise<never> {
  const periods = await findUnitPeriods(db, code)
  throw unitNotFound(code, asOf, periods.length ? { validPeriods: periods } : null)
}

/** @throws POPULATION_UNIT_NOT_FOUND */
export async function getUnit(
  db: Executor,
  code: string,
  asOf: string,
): Promise<AdminUnitWithParents> {
  const unit = await findUnitOn(db, code, asOf)
  if (!unit) return notFound(db, code, asOf)
  const parents: AdminUnit[] = []
  let parentCode = unit.parentCode
  while (parentCode) {
    const parent = await findUnitOn(db, parentCode, asOf)
    if (!parent) break
    parents.push(toUnit(parent))
    parentCode = parent.parentCode
  }
  return { ...toUnit(unit), parents }
}

/** Children of a unit, or the provinces when parent is omitted. @throws POPULATION_UNIT_NOT_FOUND */
export async function listUnits(
  db: Executor,
  parentCode: string | undefined,
  asOf: string,
): Promise<AdminUnit[]> {
  if (parentCode !== undefined && !(await findUnitOn(db, parentCode, asOf)))
    return notFound(db, parentCode, asOf)
  return (await findChildUnitsOn(db, parentCode ?? null, asOf)).map(toUnit)
}

/**
 * What a code stands for on asOf: itself if still in force, else the units it became, followed
 * through every reorganisation up to asOf.
 * @throws POPULATION_UNIT_NOT_FOUND, POPULATION_SUCCESSOR_UNKNOWN
 */
export async function resolveSuccessors(
  db: Executor,
  code: string,
  asOf: string,
): Promise<{ unit: AdminUnit; successors: Successor[] }> {
  const current = await findUnitOn(db, code, asOf)
  if (current)
    return { unit: toUnit(current), successors: [{ ...toUnit(current), coverage: 'full' }] }
  const ended = await findEndedUnit(db, code, asOf)
  if (!ended) return notFound(db, code, asOf)
  const result = new Map<number, Successor>()
  let frontier: { id: number; coverage: 'full' | 'partial' }[] = [
    { id: ended.id, coverage: 'full' },
  ]
  for (let depth = 0; frontier.length > 0 && depth < 10; depth++) {
    const coverageOf = new Map(frontier.map((f) => [f.id, f.coverage]))
    const next: typeof frontier = []
    for (const link of await findSuccessorsOf(db, [...coverageOf.keys()])) {
      const coverage =
        link.coverage === 'full' && coverageOf.get(link.predecessorId) === 'full'
          ? 'full'
          : 'partial'
      const stillValid = link.unit.validTo === null || link.unit.validTo > asOf
      if (stillValid) result.set(link.unit.id, { ...toUnit(link.unit), coverage })
      else next.push({ id: link.unit.id, coverage })
    }
    frontier = next
  }
  if (result.size === 0) {
    throw successorUnknown(code, { unit: toUnit(ended) })
  }
  return {
    unit: toUnit(ended),
    successors: [...result.values()].sort((a, b) => a.code.localeCompare(b.code)),
  }
}

// Communes do not change province between reorganisations; the answer is kept per process.
const provinceCache = new Map<string, string>()

/** The province a current commune belongs to, for jurisdiction checks. @throws POPULATION_UNIT_NOT_FOUND */
export async function provinceOfCommune(db: Executor, communeCode: string): Promise<string> {
  const cached = provinceCache.get(communeCode)
  if (cached) return cached
  const unit = await getUnit(db, communeCode, resolveAsOf(undefined))
  const province = unit.parents.find((p) => p.level === 'province')?.code ?? unit.code
  provinceCache.set(communeCode, province)
  return province
}

/**
 * Names for the codes a page shows, so people read places, not codes: each code's latest name
 * (a commune abolished in 2025 keeps the name it had). Codes no unit ever had are left out.
 */
export async function unitNames(
  db: Executor,
  codes: Iterable<string>,
): Promise<Map<string, string>> {
  const rows = await findLatestNames(db, [...new Set(codes)])
  return new Map(rows.map((r) => [r.code, r.name]))
}

/**
 * Where a commune in force today sits (itself and its province), for a jurisdiction check of a
 * record placed there; undefined for a code that is no such commune.
 */
export async function placeOfCommune(db: Executor, code: string): Promise<RecordPlace | undefined> {
  const unit = await getUnit(db, code, resolveAsOf(undefined)).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'POPULATION_UNIT_NOT_FOUND') return undefined
    throw error
  })
  const province = unit?.parents.find((p) => p.level === 'province')
  return unit?.level === 'commune' && province
    ? { communeCode: code, provinceCode: province.code }
    : undefined
}
