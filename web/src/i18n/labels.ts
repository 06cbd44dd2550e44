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
  partnerSystem: 'role.partnerSystem',
}

export const roleLabel = (t: I18n['t'], role: string): string => {
  const key = ROLES[role]
  return key ? t(key) : role
}
