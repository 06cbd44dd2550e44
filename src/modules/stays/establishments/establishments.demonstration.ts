import type { Executor } from '../../../platform/db/database.js'
import { listEstablishmentStaff } from '../../identity/index.js'
import { provinceOfCommune } from '../../population/index.js'
import { findEstablishment, insertEstablishment } from './establishments.queries.js'
import { ensureStaysReference } from '../stays.reference.js'

/** The establishment identity's demonstration staff account is bound to. */
export const DEMONSTRATION_ESTABLISHMENT_ID = 'DEMO-KS-001'

export interface DemonstrationPlace {
  id: string
  name: string
  typeCode: string
  communeCode: string
  capacity: number
}

/** An approved place of the demonstration, owned by the demonstration staff member. */
export async function insertDemonstrationPlace(
  db: Executor,
  place: DemonstrationPlace,
  ownerAccountId: string,
): Promise<void> {
  await insertEstablishment(db, {
    ...place,
    code: place.id,
    address: `Số ${place.id.slice(-1)} đường Minh Hoạ`,
    provinceCode: await provinceOfCommune(db, place.communeCode),
    ownerAccountId,
    status: 'approved',
    decisionReason: 'Dữ liệu minh hoạ / demonstration data',
    decidedAt: new Date(),
  })
}

/** The demonstration staff member: their account and commune, once the accounts exist. */
export async function demonstrationStaff(
  db: Executor,
): Promise<{ accountId: string; communeCode: string } | undefined> {
  const [staff] = await listEstablishmentStaff(db, DEMONSTRATION_ESTABLISHMENT_ID)
  const communeCode = staff?.unitCodes[0]
  return staff && communeCode ? { accountId: staff.accountId, communeCode } : undefined
}

/**
 * Development only: an approved hotel where the demonstration staff member works (and which
 * they own, so the owner's pages work with the same account), in that account's commune.
 * @returns whether it was created now (false: already there, or no demonstration staff yet).
 */
export async function ensureDemonstrationEstablishment(db: Executor): Promise<boolean> {
  await ensureStaysReference(db)
  if (await findEstablishment(db, DEMONSTRATION_ESTABLISHMENT_ID)) return false
  const staff = await demonstrationStaff(db)
  if (!staff) return false
  const place = {
    id: DEMONSTRATION_ESTABLISHMENT_ID,
    name: 'Khách sạn Minh Hoạ',
    typeCode: 'hotel_3_star',
    communeCode: staff.communeCode,
    capacity: 40,
  }
  await insertDemonstrationPlace(db, place, staff.accountId)
  return true
}
