import { grantsWith, type Grant, type Principal } from '../../../platform/auth/principal.js'
import { catalogue, serviceNamed } from '../catalogue/catalogue.js'
import type { DossierRow } from '../filing/filing.queries.js'
import { dossierIsLinkedFiling, dossierOutsideUnits } from '../services.errors.js'

export const HANDLE = 'services.handle'

const covers = (grant: Grant, place: { communeCode: string; provinceCode: string }): boolean =>
  grant.unitCodes.includes(place.communeCode) || grant.unitCodes.includes(place.provinceCode)

/**
 * Whether the principal may handle the dossier: a grant carrying services.handle covers its
 * commune or province, and that grant's role is one the service names in handledBy.
 */
export function mayHandle(principal: Principal, dossier: DossierRow): boolean {
  const handledBy = catalogue().get(dossier.serviceCode)?.definition.handledBy ?? []
  return grantsWith(principal, HANDLE).some((g) => handledBy.includes(g.role) && covers(g, dossier))
}

/**
 * The dossier, when the officer may handle it. A linked filing's own row is not handled: its
 * parts are. @throws SERVICE_DOSSIER_OUTSIDE_UNITS, SERVICE_DOSSIER_IS_LINKED_FILING
 */
export function assertHandles(principal: Principal, dossier: DossierRow): DossierRow {
  if (!mayHandle(principal, dossier)) throw dossierOutsideUnits()
  if (serviceNamed(dossier.serviceCode).definition.parts) throw dossierIsLinkedFiling()
  return dossier
}

/** What one grant lets its holder see in the queue: units, and the services its role handles. */
export interface QueueScope {
  unitCodes: string[]
  serviceCodes: string[]
}

/** The officer's queue scopes, one per grant (a linked filing's own service left out). */
export function queueScopes(principal: Principal): QueueScope[] {
  const services = [...catalogue().values()].map((s) => s.definition).filter((d) => !d.parts)
  return grantsWith(principal, HANDLE)
    .map((g) => ({
      unitCodes: g.unitCodes,
      serviceCodes: services.filter((d) => d.handledBy.includes(g.role)).map((d) => d.code),
    }))
    .filter((s) => s.unitCodes.length > 0 && s.serviceCodes.length > 0)
}
