import type { Executor } from '../../platform/db/database.js'
import { provinceOfCommune, sampleAdults } from '../population/index.js'
import { findBusinessByNumber, insertBusiness } from './businesses.queries.js'
import type { TradeCode } from './trades.reference.js'

// The identity module's demonstration accounts take the first sample adults (two residents,
// then one per role); the level-2 resident (the second) owns the first business, so signing in
// to a marketplace with that account shows a verified seller. The others own the rest.
const SAMPLES: { name: string; tradeCode: TradeCode; shop: string | null }[] = [
  {
    name: 'Hộ kinh doanh Bưởi Tân Triều Minh Hoạ',
    tradeCode: 'fruit_orchard',
    shop: 'buoi-tan-trieu',
  },
  { name: 'Hộ kinh doanh Hạt điều Minh Hoạ', tradeCode: 'ocop_product', shop: 'hat-dieu' },
  { name: 'Hộ kinh doanh Gốm Biên Hòa Minh Hoạ', tradeCode: 'handicraft', shop: 'gom-bien-hoa' },
  { name: 'Homestay Suối Mơ Minh Hoạ', tradeCode: 'homestay', shop: 'homestay-suoi-mo' },
  { name: 'Tạp hóa Minh Hoạ', tradeCode: 'grocery', shop: null },
]
const OWNERS = [1, 0, 2, 3, 4]

/**
 * Development only: household businesses of the demonstration commune, the same on every start
 * (registration numbers DEMO-HKD-1…). Once: a register that holds the first is left alone.
 */
export async function ensureDemonstrationBusinesses(db: Executor): Promise<void> {
  if (await findBusinessByNumber(db, 'DEMO-HKD-1')) return
  const people = await sampleAdults(db, Math.max(...OWNERS) + 1)
  if (people.length <= Math.max(...OWNERS)) return
  const communeCode = people[0]!.communeCode
  const provinceCode = await provinceOfCommune(db, communeCode)
  for (const [i, sample] of SAMPLES.entries()) {
    await insertBusiness(db, {
      registrationNumber: `DEMO-HKD-${i + 1}`,
      name: sample.name,
      ownerNumber: people[OWNERS[i]!]!.personalNumber,
      communeCode,
      provinceCode,
      address: `Số ${i + 1} đường Minh Hoạ`,
      tradeCode: sample.tradeCode,
      shopUrl: sample.shop ? `https://dacsan.example.vn/shop/${sample.shop}` : null,
    })
  }
}
