/**
 * Trades a household business registers under, grouped as model 22 needs them: `marketplace`
 * marks tourism and local specialty trades (đặc sản, OCOP products), whose verified sellers the
 * province lists publicly and marketplaces onboard. A short list of the trades of VSIC 2018 that
 * household businesses of Đồng Nai most often hold, in the words of the register.
 */
export const TRADES = [
  { code: 'ocop_product', vi: 'Sản phẩm OCOP', en: 'OCOP product', marketplace: true },
  { code: 'local_specialty', vi: 'Đặc sản địa phương', en: 'Local specialty', marketplace: true },
  { code: 'handicraft', vi: 'Thủ công mỹ nghệ', en: 'Handicrafts', marketplace: true },
  { code: 'fruit_orchard', vi: 'Vườn cây ăn trái', en: 'Fruit orchard', marketplace: true },
  { code: 'homestay', vi: 'Lưu trú homestay', en: 'Homestay', marketplace: true },
  { code: 'eco_tourism', vi: 'Du lịch sinh thái', en: 'Eco-tourism', marketplace: true },
  { code: 'food_service', vi: 'Dịch vụ ăn uống', en: 'Food service', marketplace: false },
  { code: 'grocery', vi: 'Tạp hóa', en: 'Grocery', marketplace: false },
  { code: 'repair', vi: 'Sửa chữa', en: 'Repairs', marketplace: false },
  { code: 'transport', vi: 'Vận tải', en: 'Transport', marketplace: false },
] as const

export type Trade = (typeof TRADES)[number]
export type TradeCode = Trade['code']

export const tradeOf = (code: string): Trade | undefined => TRADES.find((t) => t.code === code)

/** The trades of tourism and local specialties (model 22). */
export const MARKETPLACE_TRADES: readonly TradeCode[] = TRADES.filter((t) => t.marketplace).map(
  (t) => t.code,
)
