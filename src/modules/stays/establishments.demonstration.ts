import type { Executor } from '../../platform/db/database.js'
import { listEstablishmentStaff } from '../identity/index.js'
import { provinceOfCommune } from '../population/index.js'
import { findEstablishment, insertEstablishment } from './establishments.queries.js'
import { ensureStaysReference } from './stays.reference.js'

/** The establishment identity's demonstration staff account is bound to. */
export const DEMONSTRATION_ESTABLISHMENT_ID = 'DEMO-KS-001'

/**
 * Development only: an approved hotel where the demonstration staff member works (and which
 * they own, so the owner's pages work with the same account), in that account's commune.
 * @returns whether it was created now (false: already there, or no demonstration staff yet).
 */
export async function ensureDemonstrationEstablishment(db: Executor): Promise<boolean> {
  await ensureStaysReference(db)
  if (await findEstablishment(db, DEMONSTRATION_ESTABLISHMENT_ID)) return false
  const [staff] = await listEstablishmentStaff(db, DEMONSTRATION_ESTABLISHMENT_ID)
  const communeCode = staff?.unitCodes[0]
  if (!staff || !communeCode) return false
  await insertEstablishment(db, {
    id: DEMONSTRATION_ESTABLISHMENT_ID,
    name: 'Khách sạn Minh Hoạ',
    typeCode: 'hotel_3_star',
    address: 'Số 1 đường Minh Hoạ',
    communeCode,
    provinceCode: await provinceOfCommune(db, communeCode),
    capacity: 40,
    ownerAccountId: staff.accountId,
    status: 'approved',
    decisionReason: 'Dữ liệu minh hoạ / demonstration data',
    decidedAt: new Date(),
  })
  return true
}
