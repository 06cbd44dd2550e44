import type { Executor } from '../../platform/db/database.js'
import { vietnamDays } from '../../platform/time/vietnam.js'
import { schoolsConnectedKpi } from '../exchange/index.js'
import type { StoredBreakdown, StoredIndicator } from './plan.tables.js'

/** Model 31: schools connected to the exchange by the end of the period. */
async function schoolsConnected(
  db: Executor,
  period: { from: string; to: string },
): Promise<{ indicators: StoredIndicator[]; breakdown: StoredBreakdown }> {
  const kpi = await schoolsConnectedKpi(db, vietnamDays(period).to)
  return {
    indicators: [
      {
        key: 'schoolsConnected',
        label:
          'Trường học kết nối xác thực giáo viên, học sinh / Schools connected for teacher and student checks',
        value: kpi.connected,
        unit: 'trường / schools',
      },
    ],
    breakdown: {
      columns: [{ key: 'connected', label: 'Trường kết nối / Schools connected' }],
      rows: kpi.communes.map((c) => ({ unitCode: c.communeCode, values: [c.connected] })),
    },
  }
}

/** The exchange module's KPI functions, by the names the catalogue refers to. */
export const EXCHANGE_KPI_FUNCTIONS = {
  'exchange.schoolsConnected': schoolsConnected,
}
