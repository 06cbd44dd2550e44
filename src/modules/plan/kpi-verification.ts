import type { Executor } from '../../platform/db/database.js'
import { verificationKpi, type PartnerKind } from '../verification/index.js'
import type { StoredIndicator } from './plan.tables.js'

type Period = { from: string; to: string }

const KIND_NAMES: Record<PartnerKind, string> = {
  hospital: 'Cơ sở khám chữa bệnh / Hospitals',
  notary: 'Tổ chức hành nghề công chứng / Notary offices',
  pawnshop: 'Cơ sở kinh doanh có điều kiện về an ninh / Businesses with security conditions',
  examBoard: 'Hội đồng thi, sát hạch / Exam boards',
  school: 'Trường học / Schools',
}

/**
 * Models 6-8, 16, 17 and 21: partners of the model's kinds onboarded, and the identity checks
 * they made in the month (by staff, or at kiosks for model 7), with those that did not match or
 * were flagged at an exam door.
 */
const checksOfModel =
  (kinds: readonly PartnerKind[], channel?: 'kiosk' | 'staff') =>
  async (db: Executor, period: Period): Promise<{ indicators: StoredIndicator[] }> => {
    const kpi = await verificationKpi(db, kinds, period, channel ? { channel } : {})
    return {
      indicators: [
        {
          key: 'partnersOnboarded',
          label: `${kinds.map((k) => KIND_NAMES[k]).join(', ')} đã kết nối / onboarded`,
          value: kpi.partners,
          unit: 'đơn vị / partners',
        },
        {
          key: 'checks',
          label: 'Lượt kiểm tra danh tính trong tháng / Identity checks this month',
          value: kpi.checks,
          unit: 'lượt / checks',
        },
        {
          key: 'checksMatched',
          label: 'Lượt khớp với Cơ sở dữ liệu dân cư / Checks matching the registry',
          value: kpi.matched,
          unit: 'lượt / checks',
        },
        {
          key: 'checksFlagged',
          label: 'Lượt không khớp hoặc bị gắn cờ / Checks not matching or flagged',
          value: kpi.flagged,
          unit: 'lượt / checks',
        },
      ],
    }
  }

/** The verification module's KPI functions, by the names the catalogue refers to. */
export const VERIFICATION_KPI_FUNCTIONS = {
  'verification.medicalCheckIns': checksOfModel(['hospital'], 'staff'),
  'verification.kioskCheckIns': checksOfModel(['hospital'], 'kiosk'),
  'verification.notaries': checksOfModel(['notary']),
  'verification.securityBusinesses': checksOfModel(['pawnshop']),
  'verification.drivingExams': checksOfModel(['examBoard']),
  'verification.schoolExams': checksOfModel(['school']),
}
