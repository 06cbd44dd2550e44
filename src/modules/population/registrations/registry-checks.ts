import type { Executor } from '../../../platform/db/database.js'
import { parseCalendarDate } from '../../../platform/time/vietnam.js'
import { checkPersonalNumber } from '../personal-number.js'
import {
  communeUnknown,
  dateInFuture,
  dateInvalid,
  dateOutOfOrder,
  personalNumberInvalid,
  residentDeceased,
  residentNotFound,
  textInvalid,
} from '../population.errors.js'
import { findUnitOn } from '../units/units.queries.js'
import { lockResident, type RegistryEntry } from './registrations.queries.js'

/** A calendar date that has already come in Vietnam. @throws POPULATION_DATE_INVALID, _IN_FUTURE */
export function pastDate(value: string, field: string, today: string): string {
  if (!parseCalendarDate(value)) throw dateInvalid(field)
  if (value > today) throw dateInFuture(field, today)
  return value
}

/** The last day of a period, after its first. @throws POPULATION_DATE_INVALID, _OUT_OF_ORDER */
export function periodEnd(until: string, from: string, fields: [string, string]): string {
  if (!parseCalendarDate(until)) throw dateInvalid(fields[0])
  if (until <= from) throw dateOutOfOrder(fields[0], fields[1])
  return until
}

/**
 * The registry entry of a person, locked for the caller's change.
 * @throws POPULATION_PERSONAL_NUMBER_INVALID, POPULATION_RESIDENT_NOT_FOUND
 */
export async function lockEntry(tx: Executor, personalNumber: string): Promise<RegistryEntry> {
  const check = checkPersonalNumber(personalNumber)
  if (!check.valid) throw personalNumberInvalid(check.problems)
  const entry = await lockResident(tx, personalNumber)
  if (!entry) throw residentNotFound()
  return entry
}

/** As lockEntry, for a person who must be alive. @throws also POPULATION_RESIDENT_DECEASED */
export async function lockLiving(tx: Executor, personalNumber: string): Promise<RegistryEntry> {
  const entry = await lockEntry(tx, personalNumber)
  if (entry.status === 'deceased') throw residentDeceased()
  return entry
}

/** A commune of the structure in force today (the 2025 one). @throws POPULATION_COMMUNE_UNKNOWN */
export async function currentCommune(
  tx: Executor,
  code: string,
  field: string,
  today: string,
): Promise<string> {
  const unit = /^[0-9]{5}$/.test(code) ? await findUnitOn(tx, code, today) : undefined
  if (unit?.level !== 'commune') throw communeUnknown(code, field)
  return unit.code
}

/** Free text the registry keeps (an address, a destination): trimmed, never empty. */
export function requiredText(value: unknown, field: string): string {
  if (typeof value !== 'string') throw textInvalid(field)
  const text = value.normalize('NFC').replace(/\s+/g, ' ').trim()
  if (text.length === 0 || text.length > 500) throw textInvalid(field)
  return text
}
