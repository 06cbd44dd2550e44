import type { Permission, Role } from './roles.js'
import { RESIDENT_PERMISSIONS, ROLE_PERMISSIONS } from './roles.js'

/** A role held over a jurisdiction: administrative unit codes (a province code covers its communes). */
export interface Grant {
  role: Role
  unitCodes: string[]
  /** Set for establishment staff: the establishment the role is bound to. */
  establishmentId?: string | null
  /** Set for department officers and partner systems: the agency (GLOSSARY codes). */
  agencyCode?: string | null
}

/** Where a person signed in: their own browser or app, or a kiosk of a one-stop shop (model 2). */
export type Channel = 'web' | 'kiosk'

/** Who is calling: a resident, a staff member (a resident with grants) or a partner system. */
export interface Principal {
  kind: 'resident' | 'staff' | 'client'
  accountId: string
  personalNumber: string | null
  grants: Grant[]
  clientId: string | null
  /** A machine client's token narrows its role to the scopes it was issued with. */
  scopes?: readonly string[]
  /** Where the session was opened; absent means 'web' (read it with channelOf). */
  channel?: Channel
}

/** The channel a principal acts through, for a record (a dossier) to keep: 'web' unless told. */
export const channelOf = (principal: Principal): Channel => principal.channel ?? 'web'

/** Where a record lives, for the jurisdiction check. */
export interface RecordPlace {
  communeCode: string
  provinceCode: string
}

export function grantsWith(principal: Principal, permission: Permission): Grant[] {
  if (principal.scopes && !principal.scopes.includes(permission)) return []
  return principal.grants.filter((g) => ROLE_PERMISSIONS[g.role].includes(permission))
}

export function hasPermission(principal: Principal, permission: Permission): boolean {
  if (principal.kind === 'resident' || principal.kind === 'staff') {
    if (RESIDENT_PERMISSIONS.includes(permission)) return true
  }
  return grantsWith(principal, permission).length > 0
}

/** Whether any grant carrying the permission covers the record's commune or its province. */
export function coversPlace(
  principal: Principal,
  permission: Permission,
  place: RecordPlace,
): boolean {
  return grantsWith(principal, permission).some(
    (g) => g.unitCodes.includes(place.communeCode) || g.unitCodes.includes(place.provinceCode),
  )
}

/** The units a principal may act on with a permission (codes as granted). */
export function jurisdictionOf(principal: Principal, permission: Permission): string[] {
  return [...new Set(grantsWith(principal, permission).flatMap((g) => g.unitCodes))]
}

/** The role a principal acts in for a permission, for the audit trail. */
export function actingRole(
  principal: Principal,
  permission: Permission,
): Role | 'resident' | 'client' {
  return (
    grantsWith(principal, permission)[0]?.role ??
    (principal.kind === 'staff' ? 'resident' : principal.kind)
  )
}
