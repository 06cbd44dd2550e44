/**
 * Roles of staff and systems, and what each may do. Permissions are named `<module>.<action>`;
 * a route names one in `config.access`, and the role table is the only place that grants it.
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
}

export const PERMISSIONS = [
  'population.resident.read',
  'population.resident.search',
  'identity.account.raiseLevel',
  'identity.staff.manage',
  'audit.entries.read',
  'sso.clients.manage',
  'identity.links.record',
  'plan.read',
  'plan.report',
  'plan.manage',
  'stays.establishment.decide',
  'stays.declare',
  'stays.police.read',
  'stays.watchlist.manage',
  /** Approves or refuses watch-listing requests, lists anyone, reviews the province's listings. */
  'stays.watchlist.approve',
  /** One declaration: the police of its place, or the establishment that declared it. */
  'stays.declaration.read',
  /** Aggregated dashboards (models 23, 37-40), within the grant's units. */
  'analytics.read',
  /**
   * Counts below the threshold for ethnicity and religion on dashboards and exports. Statistics
   * officers compile the population by ethnic group and religion (the national statistical
   * indicators) and are bound by statistical confidentiality; no other role needs small counts.
   */
  'analytics.sensitive.read',
  'me.read',
  'me.manage',
] as const
export type Permission = (typeof PERMISSIONS)[number]

/** The police's part in accommodation declaration (models 9-12), within their jurisdiction. */
const POLICE_STAYS: readonly Permission[] = [
  'stays.establishment.decide',
  'stays.police.read',
  'stays.watchlist.manage',
  'stays.declaration.read',
]

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  communeOfficer: ['population.resident.read', 'population.resident.search'],
  communePolice: [
    'population.resident.read',
    'population.resident.search',
    'identity.account.raiseLevel',
    ...POLICE_STAYS,
  ],
  provincialPolice: [
    'population.resident.read',
    'population.resident.search',
    'identity.account.raiseLevel',
    ...POLICE_STAYS,
    'stays.watchlist.approve',
  ],
  departmentOfficer: ['population.resident.read'],
  establishmentStaff: ['stays.declare', 'stays.declaration.read'],
  analyst: ['analytics.read', 'analytics.sensitive.read'],
  securityOfficer: ['audit.entries.read'],
  administrator: ['identity.staff.manage', 'sso.clients.manage'],
  partnerSystem: ['identity.links.record'],
  committeeMember: ['plan.read', 'analytics.read'],
  agencyReporter: ['plan.read', 'plan.report'],
  standingOffice: ['plan.read', 'plan.report', 'plan.manage'],
}

/** What every signed-in resident may do about their own data. */
export const RESIDENT_PERMISSIONS: readonly Permission[] = ['me.read', 'me.manage']

export const isPermission = (value: string): value is Permission =>
  (PERMISSIONS as readonly string[]).includes(value)
