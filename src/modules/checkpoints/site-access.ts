import { coversPlace, grantsWith, type Principal } from '../../platform/auth/principal.js'
import type { Permission } from '../../platform/auth/roles.js'
import type { Executor } from '../../platform/db/database.js'
import { checkpointsErrors } from './checkpoints.errors.js'
import { findSite, type SiteRow } from './sites.queries.js'

/** The operators a caller acts for with a permission: the ones its grants are bound to. */
export const operatorsOf = (principal: Principal, permission: Permission): string[] => [
  ...new Set(
    grantsWith(principal, permission).flatMap((g) =>
      g.establishmentId ? [g.establishmentId] : [],
    ),
  ),
]

/**
 * Whether the caller may act on the site with the permission: operator staff and systems for
 * their own operator's sites, others (police, administrators) for the sites of their units.
 */
export function mayActOnSite(principal: Principal, permission: Permission, site: SiteRow): boolean {
  const bound = grantsWith(principal, permission).some((g) => g.establishmentId)
  if (bound) return operatorsOf(principal, permission).includes(site.operatorId)
  return coversPlace(principal, permission, site)
}

/**
 * The site, if the caller may act on it.
 * @throws CHECKPOINTS_SITE_NOT_FOUND, CHECKPOINTS_NOT_YOUR_SITE
 */
export async function siteFor(
  db: Executor,
  principal: Principal,
  permission: Permission,
  siteId: string,
): Promise<SiteRow> {
  const site = await findSite(db, siteId)
  if (!site) throw checkpointsErrors.refuse('SITE_NOT_FOUND')
  if (!mayActOnSite(principal, permission, site)) throw checkpointsErrors.refuse('NOT_YOUR_SITE')
  return site
}
