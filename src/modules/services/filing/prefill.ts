import type { Executor } from '../../../platform/db/database.js'
import { getHouseholdOf, unitNames, type Resident } from '../../population/index.js'
import type { PrefillSource, ServiceDefinition } from '../catalogue/catalogue.schemas.js'
import { withValueAt } from './form-data.js'

/** The registry's values for a service's prefilled fields: locked on the form, by dotted path. */
export interface Prefill {
  values: Record<string, unknown>
  locked: string[]
}

/**
 * The registry's value of each source the form names. The household and the commune's name cost a
 * query each (three for the household): read only when the form asks for them, as a filing is
 * on the hot path.
 */
async function sourcesOf(
  db: Executor,
  resident: Resident,
  wanted: Set<PrefillSource>,
): Promise<Record<PrefillSource, unknown>> {
  const household = wanted.has('applicant.address')
    ? (await getHouseholdOf(db, resident.personalNumber)).household
    : undefined
  const names = wanted.has('applicant.communeName')
    ? await unitNames(db, [resident.communeCode])
    : undefined
  return {
    'applicant.personalNumber': resident.personalNumber,
    'applicant.fullName': resident.fullName,
    'applicant.birthDate': resident.birthDate,
    'applicant.sex': resident.sex,
    'applicant.ethnicity': resident.ethnicityCode,
    'applicant.communeCode': resident.communeCode,
    'applicant.communeName': names?.get(resident.communeCode) ?? resident.communeCode,
    'applicant.address': household?.address,
    'applicant.oldIdNumber': resident.oldIdNumber ?? undefined,
  }
}

/** What the registry fills in on this service's form for this resident. */
export async function prefillFor(
  db: Executor,
  resident: Resident,
  service: ServiceDefinition,
): Promise<Prefill> {
  const sources = await sourcesOf(db, resident, new Set(Object.values(service.prefill)))
  const entries = Object.entries(service.prefill).filter(([, s]) => sources[s] !== undefined)
  return {
    values: Object.fromEntries(entries.map(([field, source]) => [field, sources[source]])),
    locked: entries.map(([field]) => field),
  }
}

/** The data with every prefilled field set from the registry, whatever the client sent. */
export const applyPrefill = (data: Record<string, unknown>, prefill: Prefill) =>
  Object.entries(prefill.values).reduce((d, [field, value]) => withValueAt(d, field, value), data)
