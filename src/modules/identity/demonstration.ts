import { ROLES, type Role } from '../../platform/auth/roles.js'
import type { Executor } from '../../platform/db/database.js'
import { findAccountByNumber, updateAccount } from './accounts/accounts.queries.js'
import { sampleAdults } from '../population/index.js'
import { createAccount, grantRole } from './accounts/accounts.service.js'

export const DEMONSTRATION_PASSWORD = 'CongDanSo@2026'

export interface DemonstrationAccount {
  who: string
  /** The staff role the account holds; none for the two residents. */
  role?: Role
  personalNumber: string
  password: string
}

// Roles whose jurisdiction is the whole province; the others get one commune.
const PROVINCE_WIDE: Role[] = [
  'provincialPolice',
  'analyst',
  'securityOfficer',
  'administrator',
  'departmentOfficer',
  'committeeMember',
  'standingOffice',
]

// Roles bound to an organisation or an establishment besides their units.
const BOUND_TO: Partial<Record<Role, { agencyCode?: string; establishmentId?: string }>> = {
  departmentOfficer: { agencyCode: 'SYT' },
  partnerSystem: { agencyCode: 'DEMO-BANK' },
  agencyReporter: { agencyCode: 'STTTT' },
  establishmentStaff: { establishmentId: 'DEMO-KS-001' },
}

/**
 * Demonstration accounts for development (never production): residents at eID levels 1 and 2
 * and one staff member per role, all in the first commune that has enough residents.
 */
export async function ensureDemonstrationAccounts(db: Executor): Promise<DemonstrationAccount[]> {
  const needed = 2 + ROLES.length
  const people = await sampleAdults(db, needed)
  if (people.length < needed) return []
  const who: { label: string; role?: Role; level?: 2 }[] = [
    { label: 'Công dân, định danh mức 1 / resident, eID level 1' },
    { label: 'Công dân, định danh mức 2 / resident, eID level 2', level: 2 },
    ...ROLES.map((role) => ({ label: role, role })),
  ]
  const accounts: DemonstrationAccount[] = []
  for (const [i, entry] of who.entries()) {
    const person = people[i]!
    if (!(await findAccountByNumber(db, person.personalNumber))) {
      const account = await createAccount(db, {
        personalNumber: person.personalNumber,
        phone: '0900000000',
        password: DEMONSTRATION_PASSWORD,
      })
      if (entry.level) await updateAccount(db, account.id, { level: 2, level2At: new Date() })
      if (entry.role) {
        const unitCodes = PROVINCE_WIDE.includes(entry.role) ? ['75'] : [person.communeCode]
        await grantRole(db, {
          accountId: account.id,
          role: entry.role,
          unitCodes,
          ...BOUND_TO[entry.role],
        })
      }
    }
    accounts.push({
      who: entry.label,
      ...(entry.role ? { role: entry.role } : {}),
      personalNumber: person.personalNumber,
      password: DEMONSTRATION_PASSWORD,
    })
  }
  return accounts
}
