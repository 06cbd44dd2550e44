import type { Executor } from '../../platform/db/database.js'
import { vietnamDays } from '../../platform/time/vietnam.js'
import { exchangeKpi, schoolsConnectedKpi } from '../exchange/index.js'
import type { StoredBreakdown, StoredIndicator } from './plan.tables.js'

/** Model 25 (LGSP): members, services published, grants in force and the month's calls. */
async function dataExchange(
  db: Executor,
  period: { from: string; to: string },
): Promise<{ indicators: StoredIndicator[] }> {
  const kpi = await exchangeKpi(db, period)
  const indicator = (key: string, label: string, value: number, unit: string) => ({
    key,
    label,
    value,
    unit,
  })
  return {
    indicators: [
      indicator(
        'members',
        'Thành viên kết nối trục / Members connected',
        kpi.members,
        'đơn vị / members',
      ),
      indicator(
        'servicesPublished',
        'Dịch vụ dữ liệu được công bố / Data services published',
        kpi.servicesPublished,
        'dịch vụ / services',
      ),
      indicator(
        'grantsInForce',
        'Quyền truy cập còn hiệu lực / Grants in force',
        kpi.grantsInForce,
        'quyền / grants',
      ),
      indicator(
        'calls',
        'Lượt gọi qua trục trong tháng / Calls in the month',
        kpi.calls,
        'lượt / calls',
      ),
      indicator(
        'callsSucceeded',
        'Lượt gọi thành công / Calls answered',
        kpi.callsSucceeded,
        'lượt / calls',
      ),
      indicator(
        'callsRefused',
        'Lượt gọi bị từ chối hoặc lỗi / Calls refused or failed',
        kpi.callsRefused,
        'lượt / calls',
      ),
    ],
  }
}

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
  'exchange.dataExchange': dataExchange,
  'exchange.schoolsConnected': schoolsConnected,
}
