import type { Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import {
  grantEstablishmentStaff,
  listEstablishmentStaff,
  revokeEstablishmentStaff,
  type EstablishmentStaffMember,
} from '../../identity/index.js'
import { assertOwner } from './establishments.policy.js'
import { getEstablishment, getOwnedApprovedEstablishment } from './establishments.service.js'

/** The owner acting, and from where (for the audit trail). */
export interface OwnerContext {
  owner: Principal
  ip: string
}

/**
 * The owner of an approved establishment names a resident with an eID account as its staff:
 * they may then declare guests for it, and for it only.
 * @throws STAY_ESTABLISHMENT_NOT_FOUND, STAY_NOT_ESTABLISHMENT_OWNER,
 *   STAY_ESTABLISHMENT_NOT_APPROVED, IDENTITY_GRANTEE_WITHOUT_ACCOUNT, IDENTITY_GRANT_EXISTS
 */
export async function nameStaff(
  db: Executor,
  ctx: OwnerContext,
  request: { establishmentId: string; personalNumber: string },
): Promise<EstablishmentStaffMember> {
  const establishment = await getOwnedApprovedEstablishment(db, ctx.owner, request.establishmentId)
  return grantEstablishmentStaff(db, {
    establishmentId: establishment.id,
    communeCode: establishment.communeCode,
    personalNumber: request.personalNumber,
    owner: { accountId: ctx.owner.accountId, ip: ctx.ip },
  })
}

/** @throws STAY_ESTABLISHMENT_NOT_FOUND, STAY_NOT_ESTABLISHMENT_OWNER */
export async function listStaff(
  db: Executor,
  owner: Principal,
  establishmentId: string,
): Promise<EstablishmentStaffMember[]> {
  assertOwner(owner, await getEstablishment(db, establishmentId))
  return listEstablishmentStaff(db, establishmentId)
}

/**
 * @throws STAY_ESTABLISHMENT_NOT_FOUND, STAY_NOT_ESTABLISHMENT_OWNER, IDENTITY_GRANT_NOT_FOUND,
 *   IDENTITY_GRANT_ALREADY_REVOKED
 */
export async function removeStaff(
  db: Executor,
  ctx: OwnerContext,
  request: { establishmentId: string; grantId: number },
): Promise<void> {
  assertOwner(ctx.owner, await getEstablishment(db, request.establishmentId))
  await revokeEstablishmentStaff(db, {
    ...request,
    owner: { accountId: ctx.owner.accountId, ip: ctx.ip },
  })
}
