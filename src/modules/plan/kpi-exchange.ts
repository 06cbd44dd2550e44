import type { Executor } from '../../platform/db/database.js'
import { exchangeKpi } from '../exchange/index.js'
import type { StoredIndicator } from './plan.tables.js'

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

/** The exchange module's KPI functions, by the names the catalogue refers to. */
export const EXCHANGE_KPI_FUNCTIONS = { 'exchange.dataExchange': dataExchange }
