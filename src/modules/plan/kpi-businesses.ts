import type { Executor } from '../../platform/db/database.js'
import { verifiedSellersKpi } from '../businesses/index.js'
import type { StoredBreakdown, StoredIndicator } from './plan.tables.js'

/** Model 22: the province's verified household sellers of tourism and local specialties. */
async function verifiedSellers(
  db: Executor,
): Promise<{ indicators: StoredIndicator[]; breakdown: StoredBreakdown }> {
  const kpi = await verifiedSellersKpi(db)
  return {
    indicators: [
      {
        key: 'verifiedSellers',
        label:
          'Hộ kinh doanh du lịch, đặc sản đã xác thực (định danh mức 2) / Verified household sellers of tourism and specialties (eID level 2)',
        value: kpi.total,
        unit: 'hộ / businesses',
      },
    ],
    breakdown: {
      columns: [{ key: 'sellers', label: 'Người bán đã xác thực / Verified sellers' }],
      rows: kpi.communes.map((c) => ({ unitCode: c.communeCode, values: [c.sellers] })),
    },
  }
}

/** The businesses module's KPI functions, by the names the catalogue refers to. */
export const BUSINESSES_KPI_FUNCTIONS = {
  'businesses.verifiedSellers': verifiedSellers,
}
