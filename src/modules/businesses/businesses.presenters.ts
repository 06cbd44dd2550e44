import type { BusinessRow } from './businesses.queries.js'
import { MARKETPLACE_TRADES, TRADES, type TradeCode } from './trades.reference.js'

export const presentTrades = () =>
  TRADES.map((t) => ({ code: t.code, nameVi: t.vi, nameEn: t.en, marketplace: t.marketplace }))

export const presentBusiness = (b: BusinessRow) => ({
  id: b.id,
  registrationNumber: b.registrationNumber,
  name: b.name,
  communeCode: b.communeCode,
  provinceCode: b.provinceCode,
  address: b.address,
  tradeCode: b.tradeCode,
  marketplace: MARKETPLACE_TRADES.includes(b.tradeCode as TradeCode),
  shopUrl: b.shopUrl,
  status: b.status,
  registeredAt: b.registeredAt.toISOString(),
  endedAt: b.endedAt?.toISOString() ?? null,
  endReason: b.endReason,
})
