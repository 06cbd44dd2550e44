import type { I18n } from './i18n'
import type { MessageKey } from './messages'

const ROLES: Record<string, MessageKey> = {
  communeOfficer: 'role.communeOfficer',
  communePolice: 'role.communePolice',
  provincialPolice: 'role.provincialPolice',
  departmentOfficer: 'role.departmentOfficer',
  establishmentStaff: 'role.establishmentStaff',
  analyst: 'role.analyst',
  securityOfficer: 'role.securityOfficer',
  administrator: 'role.administrator',
  system: 'role.system',
}

const ACTIONS: Record<string, MessageKey> = {
  'population.resident.read': 'action.residentRead',
  'population.resident.search': 'action.residentSearch',
  'population.household.read': 'action.householdRead',
  'population.movements.read': 'action.movementsRead',
  'identity.account.raiseLevel': 'action.raiseLevel',
  'identity.token.verify': 'action.tokenVerify',
  'identity.links.record': 'action.linkRecord',
  'identity.staffGrant.create': 'action.staffGrant',
  'identity.staffGrant.revoke': 'action.staffRevoke',
  'stays.declaration.read': 'action.stayRead',
  'stays.person.search': 'action.staySearch',
  'stays.establishment.decide': 'action.establishmentDecide',
  'stays.owner.read': 'action.ownerRead',
}

export const roleLabel = (t: I18n['t'], role: string): string => {
  const key = ROLES[role]
  return key ? t(key) : role
}

export const actionLabel = (t: I18n['t'], action: string): string => {
  const key = ACTIONS[action]
  return key ? t(key) : action
}
