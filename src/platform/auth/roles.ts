import { MODULE_PERMISSIONS, type ModulePermission } from '../../permissions.js'
import { buildRoleTable } from '../modules/permissions.js'

/**
 * Roles of staff and systems, and what each may do. Permissions are named `<module>.<action>`;
 * a route names one in `config.access`. The roles are the platform's (they cut across modules);
 * each module defines its permissions and which roles get them, and the table here is built from
 * those contributions (src/permissions.ts).
 */
export const ROLES = [
  'communeOfficer',
  'communePolice',
  'provincialPolice',
  'departmentOfficer',
  'establishmentStaff',
  'analyst',
  'securityOfficer',
  'administrator',
  /** A partner organisation's system (a bank, a certification authority), bound to its agency. */
  'partnerSystem',
  /** Plan 106's steering committee: reads the whole scorecard. */
  'committeeMember',
  /** Reports monthly on its own agency's models. */
  'agencyReporter',
  /** The committee's standing office (provincial police): consolidates reports, sets statuses. */
  'standingOffice',
  /** Staff of a verification partner (hospital, notary, pawnshop, exam board, school), bound to it. */
  'partnerStaff',
  /** Staff of a checkpoint site operator (tourist site, industrial park, station, carrier), bound to it. */
  'operatorStaff',
  /** A checkpoint operator's system (gate cameras, ticketing), bound to the operator. */
  'operatorSystem',
  /** A police traffic camera system, bound to the communes or province it watches. */
  'trafficCamera',
] as const
export type Role = (typeof ROLES)[number]

/** What people call each role, Vietnamese first. */
export const ROLE_NAMES: Record<Role, { vi: string; en: string }> = {
  communeOfficer: { vi: 'Cán bộ xã, phường', en: 'commune officer' },
  communePolice: { vi: 'Công an xã, phường', en: 'commune police' },
  provincialPolice: { vi: 'Công an tỉnh', en: 'provincial police' },
  departmentOfficer: { vi: 'Cán bộ sở, ngành', en: 'provincial department officer' },
  establishmentStaff: { vi: 'Nhân viên cơ sở lưu trú', en: 'accommodation establishment staff' },
  analyst: { vi: 'Cán bộ thống kê', en: 'statistics officer' },
  securityOfficer: { vi: 'Cán bộ an ninh hệ thống', en: 'security officer' },
  administrator: { vi: 'Quản trị hệ thống', en: 'system administrator' },
  partnerSystem: { vi: 'Hệ thống đối tác', en: 'partner system' },
  committeeMember: { vi: 'Thành viên Ban Chỉ đạo', en: 'steering committee member' },
  agencyReporter: { vi: 'Cán bộ báo cáo của cơ quan', en: 'agency reporter' },
  standingOffice: { vi: 'Thường trực Ban Chỉ đạo', en: 'steering committee standing office' },
  partnerStaff: { vi: 'Nhân viên đơn vị đối tác', en: 'partner staff' },
  operatorStaff: {
    vi: 'Nhân viên đơn vị vận hành điểm kiểm soát',
    en: 'checkpoint operator staff',
  },
  operatorSystem: { vi: 'Hệ thống của đơn vị vận hành', en: 'checkpoint operator system' },
  trafficCamera: { vi: 'Hệ thống camera giao thông', en: 'traffic camera system' },
}

/**
 * The platform's own permissions: what every signed-in resident may do about their own data.
 * Every other permission is a module's (`src/modules/<name>/<name>.permissions.ts`).
 */
const PLATFORM_PERMISSIONS = ['me.read', 'me.manage'] as const

export type Permission = ModulePermission | (typeof PLATFORM_PERMISSIONS)[number]

export const PERMISSIONS: readonly Permission[] = [
  ...MODULE_PERMISSIONS.flatMap((m): readonly Permission[] => m.permissions),
  ...PLATFORM_PERMISSIONS,
]

/** Each role's permissions, from the modules' grants (roles are the platform's, grants theirs). */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = buildRoleTable<Permission>(
  ROLES,
  MODULE_PERMISSIONS,
)

/** What every signed-in resident may do about their own data. */
export const RESIDENT_PERMISSIONS: readonly Permission[] = PLATFORM_PERMISSIONS

export const isPermission = (value: string): value is Permission =>
  (PERMISSIONS as readonly string[]).includes(value)
