import type { Executor } from '../../platform/db/database.js'
import { level2Holders } from '../identity/index.js'
import { unitNames } from '../population/index.js'
import {
  findActiveBusinessesOfOwner,
  findActiveShops,
  type BusinessRow,
} from './businesses.queries.js'
import { MARKETPLACE_TRADES, tradeOf, type TradeCode } from './trades.reference.js'

/** The province whose register this platform keeps (Đồng Nai). */
export const PROVINCE_CODE = '75'

/** One household business in the verified-seller claim. */
export interface SellerBusiness {
  registration_number: string
  name: string
  trade: string
  trade_name: string
  /** A tourism or local specialty trade (model 22). */
  marketplace: boolean
  commune_code: string
  commune_name: string | null
  shop_url: string | null
}

/**
 * The `verified_seller` claim a marketplace receives with the `seller` scope (model 22):
 * verified when the person holds an eID of level 2 and owns at least one household business
 * active in the province. Below level 2 the register is not even read.
 */
export interface VerifiedSellerClaim {
  verified: boolean
  businesses: SellerBusiness[]
}

const tradeName = (code: string): string => {
  const trade = tradeOf(code)
  return trade ? trade.vi : code
}

/** The verified-seller claim of a person signing in at this eID level. */
export async function verifiedSellerClaim(
  db: Executor,
  person: { personalNumber: string; level: number },
): Promise<VerifiedSellerClaim> {
  if (person.level < 2) return { verified: false, businesses: [] }
  const owned = await findActiveBusinessesOfOwner(db, person.personalNumber, PROVINCE_CODE)
  const names = await unitNames(
    db,
    owned.map((b) => b.communeCode),
  )
  const businesses = owned.map((b) => ({
    registration_number: b.registrationNumber,
    name: b.name,
    trade: b.tradeCode,
    trade_name: tradeName(b.tradeCode),
    marketplace: MARKETPLACE_TRADES.includes(b.tradeCode as TradeCode),
    commune_code: b.communeCode,
    commune_name: names.get(b.communeCode) ?? null,
    shop_url: b.shopUrl,
  }))
  return { verified: businesses.length > 0, businesses }
}

/**
 * The province's verified household sellers of tourism and local specialties: active, of a
 * marketplace trade, with a shop to link to, and owned by someone with an eID of level 2.
 */
export async function findVerifiedSellers(
  db: Executor,
  filter: { communeCode?: string | undefined } = {},
): Promise<BusinessRow[]> {
  const shops = await findActiveShops(db, {
    provinceCode: PROVINCE_CODE,
    tradeCodes: MARKETPLACE_TRADES,
    communeCode: filter.communeCode,
  })
  const verified = await level2Holders(
    db,
    shops.map((s) => s.ownerNumber),
  )
  return shops.filter((s) => verified.has(s.ownerNumber))
}

/** What the public page lists: verified sellers grouped by commune, without their owners. */
export async function listVerifiedSellersByCommune(
  db: Executor,
  filter: { communeCode?: string | undefined },
) {
  const sellers = await findVerifiedSellers(db, filter)
  const names = await unitNames(
    db,
    sellers.map((s) => s.communeCode),
  )
  const communes = new Map<string, BusinessRow[]>()
  for (const s of sellers) communes.set(s.communeCode, [...(communes.get(s.communeCode) ?? []), s])
  const grouped = [...communes].map(([communeCode, rows]) => {
    const communeName = names.get(communeCode) ?? communeCode
    return {
      communeCode,
      communeName,
      sellers: rows.map((s) => {
        const trade = tradeOf(s.tradeCode)
        return {
          name: s.name,
          tradeCode: s.tradeCode,
          tradeVi: trade?.vi ?? s.tradeCode,
          tradeEn: trade?.en ?? s.tradeCode,
          communeCode,
          communeName,
          shopUrl: s.shopUrl ?? '',
        }
      }),
    }
  })
  return grouped.sort((a, b) => a.communeName.localeCompare(b.communeName, 'vi'))
}
