import { outsideJurisdiction } from '../../../platform/auth/access.js'
import { coversPlace, grantsWith, type Principal } from '../../../platform/auth/principal.js'
import type { Permission } from '../../../platform/auth/roles.js'
import type { Executor } from '../../../platform/db/database.js'
import { finesErrors } from '../fines.errors.js'
import { findViolation, lockViolation, type ViolationRecord } from './violations.queries.js'

/** How the caller stands to a violation: its owner, or police of its place. */
export type Standing = 'owner' | 'police'

export const isOwnerOf = (principal: Principal, row: ViolationRecord): boolean =>
  principal.personalNumber !== null &&
  row.ownerKind === 'resident' &&
  row.ownerNumber === principal.personalNumber

/**
 * The caller's standing towards a violation they name. Anyone else learns nothing: a resident who
 * is not the owner gets the same answer as for an id that does not exist; police with the
 * permission elsewhere are told the record is outside their jurisdiction.
 * @throws FINES_VIOLATION_NOT_FOUND, AUTH_OUTSIDE_JURISDICTION
 */
export function standingOf(
  principal: Principal,
  row: ViolationRecord | undefined,
  permission: Permission,
): Standing {
  if (!row) throw finesErrors.refuse('VIOLATION_NOT_FOUND')
  if (isOwnerOf(principal, row)) return 'owner'
  if (coversPlace(principal, permission, row)) return 'police'
  if (grantsWith(principal, permission).length > 0) throw outsideJurisdiction()
  throw finesErrors.refuse('VIOLATION_NOT_FOUND')
}

/** The violation with the caller's standing towards it. @throws as standingOf */
export async function violationFor(
  db: Executor,
  principal: Principal,
  id: string,
  options: { permission: Permission; lock?: boolean },
): Promise<{ row: ViolationRecord; standing: Standing }> {
  const row = await (options.lock ? lockViolation(db, id) : findViolation(db, id))
  return { row: row!, standing: standingOf(principal, row, options.permission) }
}
