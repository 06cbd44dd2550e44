import type { Executor } from '../../platform/db/database.js'
import { vaultKpi } from '../documents/index.js'
import type { StoredIndicator } from './plan.tables.js'

type Period = { from: string; to: string }

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
  'documents.judicialRecords': vaultDocumentsOfModel(32),
  'documents.healthAndLabourBooks': vaultDocumentsOfModel(33),
  'documents.landRecords': vaultDocumentsOfModel(34),
}
