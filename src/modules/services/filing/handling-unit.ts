import type { Executor } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/http/errors.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { getUnit, provinceOfCommune, type Resident } from '../../population/index.js'
import type { ServiceDefinition } from '../catalogue/catalogue.schemas.js'
import { communeUnknown } from '../services.errors.js'
import { valueAt } from './form-data.js'

export interface HandlingUnit {
  communeCode: string
  provinceCode: string
}

// Units change only on a reorganisation's date: a commune found in force is taken as such for the
// rest of that Vietnam day (the registry's answer costs a query per level, on every filing).
// Only communes are kept, so the map stays as small as the country's list of them.
const inForceOn = new Map<string, string>()

async function assertCommune(db: Executor, code: string, field: string): Promise<void> {
  const today = vietnamDate()
  if (inForceOn.get(code) === today) return
  const unit = await getUnit(db, code, today).catch((error: unknown) => {
    if (error instanceof AppError && error.status < 500) return undefined
    throw error
  })
  if (unit?.level !== 'commune') throw communeUnknown(field)
  inForceOn.set(code, today)
}

/**
 * The commune whose one-stop shop handles the dossier (and its province): the applicant's, or
 * the one named in the form (a new address). @throws SERVICE_COMMUNE_UNKNOWN
 */
export async function handlingUnitOf(
  db: Executor,
  service: ServiceDefinition,
  data: Record<string, unknown>,
  applicant: Resident,
): Promise<HandlingUnit> {
  const from = service.unitFrom ?? 'applicant'
  let communeCode = applicant.communeCode
  if (from.startsWith('form:')) {
    const field = from.slice('form:'.length)
    const value = valueAt(data, field)
    if (typeof value !== 'string') throw communeUnknown(field)
    await assertCommune(db, value, field)
    communeCode = value
  }
  return { communeCode, provinceCode: await provinceOfCommune(db, communeCode) }
}
