import type { Database } from '../../platform/db/database.js'
import { bindDemonstrationStaff } from '../identity/index.js'
import { findPartner, insertPartner } from './partners.queries.js'

/** The demonstration hospital: the same id on every start, so its staff grant can name it. */
export const DEMONSTRATION_PARTNER_ID = 'd06d06d0-0000-4000-8000-000000000007'
// Made by the operator's start-up, not by an account (as the operator's grants have no granter).
const OPERATOR_ACCOUNT = '00000000-0000-0000-0000-000000000000'

/**
 * Development only: a hospital in the demonstration partner staff member's commune, with their
 * grant bound to it, so that the identity check page works with that account out of the box
 * (checking the demonstration residents' identity QR). A database whose demonstration staff was
 * made before has its unbound grant replaced by the bound one.
 */
export async function ensureDemonstrationPartner(database: Database): Promise<void> {
  const { db } = database
  const staff = await bindDemonstrationStaff(database, 'partnerStaff', DEMONSTRATION_PARTNER_ID)
  if (!staff) return
  const { communeCode } = staff
  if (!(await findPartner(db, DEMONSTRATION_PARTNER_ID)))
    await insertPartner(db, {
      id: DEMONSTRATION_PARTNER_ID,
      kind: 'hospital',
      name: 'Bệnh viện Đa khoa Minh Hoạ',
      communeCode,
      createdBy: OPERATOR_ACCOUNT,
    })
}
