import { jurisdictionOf, type Principal } from '../../platform/auth/principal.js'
import type { Permission } from '../../platform/auth/roles.js'

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
