import type { Executor } from '../../platform/db/database.js'
import { certifiedCopiesKpi } from '../documents/index.js'
import type { StoredBreakdown, StoredIndicator } from './plan.tables.js'

/** Model 4: certified electronic copies issued from originals, by commune. */
async function certifiedCopies(
  db: Executor,
  period: { from: string; to: string },
): Promise<{ indicators: StoredIndicator[]; breakdown: StoredBreakdown }> {
  const kpi = await certifiedCopiesKpi(db, period)
  return {
    indicators: [
      {
        key: 'certifiedCopiesIssued',
        label: 'Bản sao điện tử được chứng thực trong tháng / Certified electronic copies issued',
        value: kpi.totals.issued,
        unit: 'bản sao / copies',
      },
      {
        key: 'certificationRequests',
        label: 'Yêu cầu chứng thực nhận được / Certification requests received',
        value: kpi.totals.requested,
        unit: 'yêu cầu / requests',
      },
      {
        key: 'certificationsRefused',
        label: 'Yêu cầu bị từ chối / Requests refused',
        value: kpi.totals.refused,
        unit: 'yêu cầu / requests',
      },
    ],
    breakdown: {
      columns: [
        { key: 'issued', label: 'Đã chứng thực / Issued' },
        { key: 'revoked', label: 'Đã thu hồi / Revoked' },
      ],
      rows: kpi.communes.map((c) => ({ unitCode: c.communeCode, values: [c.issued, c.revoked] })),
    },
  }
}

/** The documents module's KPI functions, by the names the catalogue refers to. */
export const DOCUMENTS_KPI_FUNCTIONS = {
  'documents.certifiedCopies': certifiedCopies,
}
