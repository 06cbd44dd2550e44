import type { Role } from '../../../platform/auth/roles.js'
import type { Database } from '../../../platform/db/database.js'
import { ensureDemonstrationAccounts } from '../demonstration.js'
import {
  grantStaffRole,
  listStaffGrants,
  revokeStaffGrant,
  type StaffManager,
} from './staff.service.js'

// Made by the operator's start-up, not by an administrator.
const OPERATOR: StaffManager = { kind: 'operator', name: 'demonstration' }

/**
 * Development only: binds the demonstration account of a role to an organisation (a partner, a
 * checkpoint operator, a coach operator), in the account's first unit, once. An unbound grant the
 * account was made with is replaced; grants bound elsewhere stay (a second establishment).
 * @returns the account's personal number and commune, or undefined before the accounts exist
 */
export async function bindDemonstrationStaff(
  database: Database,
  role: Role,
  establishmentId: string,
): Promise<{ personalNumber: string; communeCode: string } | undefined> {
  const staff = (await ensureDemonstrationAccounts(database.db)).find((a) => a.role === role)
  if (!staff) return undefined
  const { personalNumber } = staff
  const grants = (await listStaffGrants(database, OPERATOR, { role, limit: 200 })).grants.filter(
    (g) => g.personalNumber === personalNumber,
  )
  const communeCode = grants[0]?.unitCodes[0]
  if (!communeCode) return undefined
  if (grants.some((g) => g.establishmentId === establishmentId))
    return { personalNumber, communeCode }
  await grantStaffRole(database, OPERATOR, {
    personalNumber,
    role,
    unitCodes: [communeCode],
    establishmentId,
  })
  for (const unbound of grants.filter((g) => g.establishmentId === null))
    await revokeStaffGrant(database, OPERATOR, {
      grantId: unbound.id,
      reason: 'Dữ liệu minh hoạ: thay bằng quyền gắn với đơn vị minh hoạ / demonstration',
    })
  return { personalNumber, communeCode }
}
