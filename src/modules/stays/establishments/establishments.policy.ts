import { grantsWith, type Principal } from '../../../platform/auth/principal.js'
import { notEstablishmentOwner, notEstablishmentStaff } from '../stays.errors.js'

/** Whether the caller declares guests for this establishment: its staff or its own SSO client. */
export const declaresFor = (principal: Principal, establishmentId: string): boolean =>
  grantsWith(principal, 'stays.declare').some((g) => g.establishmentId === establishmentId)

/** @throws STAY_NOT_ESTABLISHMENT_STAFF unless a stays.declare grant is bound to the establishment */
export function assertDeclaringFor(principal: Principal, establishmentId: string): void {
  if (!declaresFor(principal, establishmentId)) throw notEstablishmentStaff()
}

/**
 * The owner acts as a resident (a signed-in person), never through a machine client.
 * @throws STAY_NOT_ESTABLISHMENT_OWNER
 */
export function assertOwner(principal: Principal, establishment: { ownerAccountId: string }): void {
  if (principal.kind === 'client' || principal.accountId !== establishment.ownerAccountId)
    throw notEstablishmentOwner()
}
