import type { Executor } from '../../platform/db/database.js'
import { finesKpi } from '../fines/index.js'
import type { StoredIndicator } from './plan.tables.js'

type Period = { from: string; to: string }

/**
 * Model 18: traffic violations notified to a resident owner in the month, the share the owner
 * saw in the citizen app, and the share paid online by VietQR.
 */
export const FINES_KPI_FUNCTIONS = {
  'fines.violationsInApp': async (
    db: Executor,
    period: Period,
  ): Promise<{ indicators: StoredIndicator[] }> => {
    const kpi = await finesKpi(db, period)
    // The web shows the part of a label before ' / ' in Vietnamese and the part after it in English.
    return {
      indicators: [
        {
          key: 'violationsNotified',
          label:
            'Vi phạm giao thông thông báo cho chủ xe trong tháng / Violations notified this month',
          value: kpi.notified,
          unit: 'vụ / violations',
        },
        {
          key: 'seenInAppShare',
          label: 'Chủ xe đã xem trên ứng dụng / Seen by the owner in the app',
          value: kpi.seenInAppShare,
          unit: '%',
        },
        {
          key: 'paidOnlineShare',
          label: 'Nộp phạt trực tuyến / Paid online',
          value: kpi.paidOnlineShare,
          unit: '%',
        },
      ],
    }
  },
}
