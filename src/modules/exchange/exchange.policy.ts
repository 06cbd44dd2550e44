import { grantsWith, type Principal } from '../../platform/auth/principal.js'
import type { Permission } from '../../platform/auth/roles.js'
import { exchangeErrors } from './exchange.errors.js'

/**
 * The members a principal acts for with a permission: the agency codes its grants carrying it are
 * bound to. A department officer bound to a member's code administers that member; a partner
 * system bound to it is one of the member's systems.
 */
export const membersOf = (principal: Principal, permission: Permission): string[] => [
  ...new Set(
    grantsWith(principal, permission).flatMap((g) => (g.agencyCode ? [g.agencyCode] : [])),
  ),
]

/** Administrators see every member; anyone else the members they act for. */
export const visibleMembers = (principal: Principal): string[] | undefined =>
  grantsWith(principal, 'exchange.manage').length > 0
    ? undefined
    : membersOf(principal, 'exchange.read')

/** @throws EXCHANGE_NOT_YOUR_MEMBER when the principal does not administer the member */
export function assertAdministers(principal: Principal, memberCode: string): void {
  if (!membersOf(principal, 'exchange.grants').includes(memberCode))
    throw exchangeErrors.refuse('NOT_YOUR_MEMBER')
}
