import { assertJurisdiction } from '../../../platform/auth/access.js'
import {
  coversPlace,
  hasPermission,
  jurisdictionOf,
  type Principal,
} from '../../../platform/auth/principal.js'
import type { Permission } from '../../../platform/auth/roles.js'
import type { Executor } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/http/errors.js'
import { getResident, provinceOfCommune } from '../../population/index.js'
import { unitUnknown } from '../stays.errors.js'

/** A police officer acting on the watch list, and from where (for the audit trail). */
export interface Officer {
  principal: Principal
  ip: string
}

/**
 * Who receives a watch-list alert: the police of the commune where the person was declared and
 * the police of the unit responsible for the entry (a province code for a provincial unit), and
 * nobody else: not the province above the commune, not a neighbouring commune, not the
 * establishment. A grant receives an alert when its units name one of those two codes.
 */
export const alertRecipientUnits = (
  principal: Principal,
  permission: Permission = 'stays.police.read',
): string[] => jurisdictionOf(principal, permission)

export function isAlertRecipient(
  principal: Principal,
  alert: { communeCode: string; responsibleUnitCode: string },
): boolean {
  const units = alertRecipientUnits(principal)
  return units.includes(alert.communeCode) || units.includes(alert.responsibleUnitCode)
}

export const MANAGE: Permission = 'stays.watchlist.manage'
/** Provincial police: list anyone, decide requests, review the province's listings. */
export const APPROVE: Permission = 'stays.watchlist.approve'

/** @throws STAY_UNIT_UNKNOWN, AUTH_OUTSIDE_JURISDICTION */
export async function assertUnitInJurisdiction(
  db: Executor,
  principal: Principal,
  unitCode: string,
  permission: Permission = MANAGE,
): Promise<void> {
  const provinceCode = await provinceOfCommune(db, unitCode).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'POPULATION_UNIT_NOT_FOUND')
      throw unitUnknown(unitCode)
    throw error
  })
  assertJurisdiction(principal, permission, { communeCode: unitCode, provinceCode })
}

/**
 * Whether the officer's listing of this person takes effect without approval: provincial police
 * list anyone; other police only a citizen whose record is kept in one of their units. A
 * foreigner, or a number the registry lacks, lives in no unit of theirs.
 */
export async function listsDirectly(
  db: Executor,
  principal: Principal,
  personalNumber: string | null,
): Promise<boolean> {
  if (hasPermission(principal, APPROVE)) return true
  if (personalNumber === null) return false
  const resident = await getResident(db, personalNumber).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'POPULATION_RESIDENT_NOT_FOUND')
      return undefined
    throw error
  })
  if (!resident) return false
  const provinceCode = await provinceOfCommune(db, resident.communeCode)
  return coversPlace(principal, MANAGE, { communeCode: resident.communeCode, provinceCode })
}

/** The key under which the alerts of a listing stay hidden from the person while it is in force. */
export const listingConcealment = (entryId: string): string => `watch-listing:${entryId}`
