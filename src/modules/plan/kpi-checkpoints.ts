import type { Executor } from '../../platform/db/database.js'
import { checkpointsKpi, ticketsValidated, type SiteKind } from '../checkpoints/index.js'
import type { StoredIndicator } from './plan.tables.js'

type Period = { from: string; to: string }

const KIND_NAMES: Record<SiteKind, { vi: string; en: string }> = {
  touristSite: { vi: 'Khu, điểm du lịch', en: 'Tourist sites' },
  industrialPark: { vi: 'Khu công nghiệp', en: 'Industrial parks' },
  railwayStation: { vi: 'Nhà ga đường sắt', en: 'Railway stations' },
}

/**
 * Models 13-15: sites of the model's kind onboarded, and the passages recorded at their gates in
 * the month, with those posted by camera systems and those flagged.
 */
const passagesOfModel =
  (kind: SiteKind) =>
  async (db: Executor, period: Period): Promise<{ indicators: StoredIndicator[] }> => {
    const kpi = await checkpointsKpi(db, kind, period)
    // The web shows the part of a label before ' / ' in Vietnamese and the part after it in English.
    return {
      indicators: [
        {
          key: 'sitesOnboarded',
          label: `${KIND_NAMES[kind].vi} đã kiểm soát ra vào / ${KIND_NAMES[kind].en} onboarded`,
          value: kpi.sites,
          unit: 'điểm / sites',
        },
        {
          key: 'passages',
          label: 'Lượt ra vào ghi nhận trong tháng / Passages recorded this month',
          value: kpi.passages,
          unit: 'lượt / passages',
        },
        {
          key: 'passagesByCamera',
          label: 'Lượt do camera ghi nhận / Passages recorded by cameras',
          value: kpi.byCamera,
          unit: 'lượt / passages',
        },
        {
          key: 'passagesFlagged',
          label: 'Lượt bị gắn cờ (ra không vào, vào hai lần, sai thứ tự) / Passages flagged',
          value: kpi.flagged,
          unit: 'lượt / passages',
        },
      ],
    }
  }

/** The checkpoints module's KPI functions, by the names the catalogue refers to. */
export const CHECKPOINTS_KPI_FUNCTIONS = {
  'checkpoints.touristSites': passagesOfModel('touristSite'),
  'checkpoints.industrialParks': passagesOfModel('industrialPark'),
  'checkpoints.railwayStations': passagesOfModel('railwayStation'),
  'checkpoints.ticketsValidated': async (db: Executor, period: Period) => ({
    indicators: [
      {
        key: 'ticketsValidated',
        label: 'Vé được soát bằng thẻ căn cước trong tháng / Tickets validated by card this month',
        value: await ticketsValidated(db, period),
        unit: 'vé / tickets',
      },
    ],
  }),
}
