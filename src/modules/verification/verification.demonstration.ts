import type { Database } from '../../platform/db/database.js'
import {
  ensureDemonstrationAccounts,
  grantStaffRole,
  listStaffGrants,
  revokeStaffGrant,
  type StaffManager,
} from '../identity/index.js'
import { findPartner, insertPartner } from './partners.queries.js'

/** The demonstration hospital: the same id on every start, so its staff grant can name it. */
export const DEMONSTRATION_PARTNER_ID = 'd06d06d0-0000-4000-8000-000000000007'
// Made by the operator's start-up, not by an account (as the operator's grants have no granter).
const OPERATOR_ACCOUNT = '00000000-0000-0000-0000-000000000000'
const OPERATOR: StaffManager = { kind: 'operator', name: 'demonstration' }

/**
 * Development only: a hospital in the demonstration partner staff member's commune, with their
 * grant bound to it, so that the identity check page works with that account out of the box
 * (checking the demonstration residents' identity QR). A database whose demonstration staff was
 * made before has its unbound grant replaced by the bound one.
 */
export async function ensureDemonstrationPartner(database: Database): Promise<void> {
  const { db } = database
  const staff = (await ensureDemonstrationAccounts(db)).find((a) => a.role === 'partnerStaff')
  if (!staff) return
  const grants = (
    await listStaffGrants(database, OPERATOR, { role: 'partnerStaff', limit: 200 })
  ).grants.filter((g) => g.personalNumber === staff.personalNumber)
  const communeCode = grants[0]?.unitCodes[0]
  if (!communeCode) return
  if (!(await findPartner(db, DEMONSTRATION_PARTNER_ID)))
    await insertPartner(db, {
      id: DEMONSTRATION_PARTNER_ID,
      kind: 'hospital',
      name: 'Bệnh viện Đa khoa Minh Hoạ',
      communeCode,
      createdBy: OPERATOR_ACCOUNT,
    })
  if (grants.some((g) => g.establishmentId === DEMONSTRATION_PARTNER_ID)) return
  await grantStaffRole(database, OPERATOR, {
    personalNumber: staff.personalNumber,
    role: 'partnerStaff',
    unitCodes: [communeCode],
    establishmentId: DEMONSTRATION_PARTNER_ID,
  })
  for (const unbound of grants.filter((g) => g.establishmentId === null))
    await revokeStaffGrant(database, OPERATOR, {
      grantId: unbound.id,
      reason: 'Dữ liệu minh hoạ: thay bằng quyền gắn với bệnh viện minh hoạ / demonstration',
    })
}
