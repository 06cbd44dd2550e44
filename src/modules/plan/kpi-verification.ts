import type { Executor } from '../../platform/db/database.js'
import { verificationKpi, type PartnerKind } from '../verification/index.js'
import type { StoredIndicator } from './plan.tables.js'

type Period = { from: string; to: string }

const KIND_NAMES: Record<PartnerKind, { vi: string; en: string }> = {
  hospital: { vi: 'Cơ sở khám chữa bệnh', en: 'Hospitals' },
  notary: { vi: 'Tổ chức hành nghề công chứng', en: 'Notary offices' },
  pawnshop: {
    vi: 'Cơ sở kinh doanh có điều kiện về an ninh',
    en: 'Businesses with security conditions',
  },
  examBoard: { vi: 'Hội đồng thi, sát hạch', en: 'Exam boards' },
  school: { vi: 'Trường học', en: 'Schools' },
}

// The web shows the part of a label before ' / ' in Vietnamese and the part after it in English.
const onboardedLabel = (kinds: readonly PartnerKind[]): string =>
  `${kinds.map((k) => KIND_NAMES[k].vi).join(', ')} đã kết nối / ${kinds.map((k) => KIND_NAMES[k].en).join(', ')} onboarded`

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
          label: onboardedLabel(kinds),
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
