import {
  grantsWith,
  type Grant,
  type Principal,
  type RecordPlace,
} from '../../platform/auth/principal.js'
import type { Permission } from '../../platform/auth/roles.js'
import type { AuditEntryInput } from './record.service.js'

export type AuditActor = AuditEntryInput['actor']

/** The summary key naming the establishment that acted, shown to the person by its name. */
export const ACTING_ESTABLISHMENT = 'byEstablishment'

const covers = (grant: Grant, place: RecordPlace): string | undefined =>
  [place.communeCode, place.provinceCode].find((code) => grant.unitCodes.includes(code))

/**
 * The grant a principal acts under: for a record, the one whose units cover its place; without
 * a permission (a public route a caller identified themselves on), their first grant.
 */
function actingGrant(
  principal: Principal,
  permission?: Permission,
  place?: RecordPlace,
): Grant | undefined {
  const grants = permission ? grantsWith(principal, permission) : principal.grants
  return (place && grants.find((g) => covers(g, place))) ?? grants[0]
}

/**
 * Who acted, as the person whose data it was will read it: the office, never the officer. A
 * department officer's or partner's agency; the unit that covers the record (the commune, or the
 * province for provincial roles), else the grant's only unit. Built here, once, for every caller.
 */
export function auditActor(
  principal: Principal,
  permission?: Permission,
  place?: RecordPlace,
): AuditActor {
  const grant = actingGrant(principal, permission, place)
  const unitCode =
    grant && place
      ? covers(grant, place)
      : grant?.unitCodes.length === 1
        ? grant.unitCodes[0]
        : null
  return {
    accountId: principal.accountId,
    role: grant?.role ?? (principal.kind === 'staff' ? 'resident' : principal.kind),
    agency: grant?.agencyCode ?? null,
    unitCode: unitCode ?? null,
    clientId: principal.clientId,
  }
}

/** The establishment a principal acts for (establishment staff, its software), else null. */
export const actingEstablishment = (principal: Principal, permission?: Permission): string | null =>
  actingGrant(principal, permission)?.establishmentId ?? null
