import type { Executor } from '../../platform/db/database.js'
import { certifiedCopiesKpi, vaultKpi } from '../documents/index.js'
import type { StoredBreakdown, StoredIndicator } from './plan.tables.js'

type Period = { from: string; to: string }

/** Model 4: certified electronic copies issued from originals, by commune. */
async function certifiedCopies(
  db: Executor,
  period: Period,
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

/** Models 32, 33 and 34: documents issued into residents' vaults, by kind, and their reuse. */
const vaultDocumentsOfModel =
  (modelNo: number) =>
  async (db: Executor, period: Period): Promise<{ indicators: StoredIndicator[] }> => {
    const kpi = await vaultKpi(db, modelNo, period)
    return {
      indicators: [
        {
          key: 'issuedIntoVaults',
          label: 'Giấy tờ cấp vào kho dữ liệu của công dân / Documents issued into vaults',
          value: kpi.totals.issued,
          unit: 'giấy tờ / documents',
        },
        ...kpi.kinds.map((k) => ({
          key: `issued.${k.kind}`,
          label: `${k.name.vi} đã cấp / ${k.name.en} issued`,
          value: k.issued,
          unit: 'giấy tờ / documents',
        })),
        {
          key: 'reusedInDossiers',
          label:
            'Giấy tờ trong kho dùng lại cho hồ sơ thủ tục hành chính / Vault documents reused in dossiers',
          value: kpi.totals.reused,
          unit: 'lượt / uses',
        },
      ],
    }
  }

/** The documents module's KPI functions, by the names the catalogue refers to. */
export const DOCUMENTS_KPI_FUNCTIONS = {
  'documents.certifiedCopies': certifiedCopies,
  'documents.judicialRecords': vaultDocumentsOfModel(32),
  'documents.healthAndLabourBooks': vaultDocumentsOfModel(33),
  'documents.landRecords': vaultDocumentsOfModel(34),
}
