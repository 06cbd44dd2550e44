import type { Executor } from '../../platform/db/database.js'
import { ESSENTIAL_SERVICES, servicesKpi, type ServicesKpi } from '../services/index.js'
import type { StoredBreakdown, StoredIndicator } from './plan.tables.js'

type Tally = ServicesKpi['communes'][number]
type Counted = Exclude<keyof Tally, 'communeCode'>

interface Shaped {
  indicators: StoredIndicator[]
  breakdown?: StoredBreakdown
}
type Period = { from: string; to: string }

const share = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10

const COLUMNS: Record<Counted, string> = {
  filed: 'Hồ sơ nộp / Dossiers filed',
  online: 'Nộp trực tuyến / Filed online',
  kiosk: 'Nộp tại ki-ốt / Filed at a kiosk',
  levelTwo: 'Định danh mức 2 / eID level 2',
  decided: 'Đã giải quyết / Decided',
  decidedOnTime: 'Giải quyết đúng hạn / Decided on time',
}

const byCommune = (kpi: ServicesKpi, keys: Counted[]): StoredBreakdown => ({
  columns: keys.map((key) => ({ key, label: COLUMNS[key] })),
  rows: kpi.communes.map((c) => ({ unitCode: c.communeCode, values: keys.map((k) => c[k]) })),
})

const filed = (kpi: ServicesKpi): StoredIndicator => ({
  key: 'dossiersFiled',
  label: 'Hồ sơ nộp trong tháng / Dossiers filed this month',
  value: kpi.totals.filed,
  unit: 'hồ sơ / dossiers',
})

/** Model 1: essential services fully online, the share filed online and decided on time. */
async function onlineServices(db: Executor, period: Period): Promise<Shaped> {
  const kpi = await servicesKpi(db, period)
  const { totals } = kpi
  return {
    indicators: [
      {
        key: 'essentialOnline',
        label: `Dịch vụ công thiết yếu trực tuyến toàn trình (trên ${ESSENTIAL_SERVICES}) / Essential services fully online (of ${ESSENTIAL_SERVICES})`,
        value: kpi.catalogue.essentialOnline,
        unit: 'dịch vụ / services',
      },
      filed(kpi),
      {
        key: 'onlineShare',
        label: 'Tỷ lệ hồ sơ nộp trực tuyến / Share filed online',
        value: share(totals.online, totals.filed),
        unit: '%',
      },
      {
        key: 'onTimeShare',
        label: 'Tỷ lệ giải quyết đúng hạn / Share decided on time',
        value: share(totals.decidedOnTime, totals.decided),
        unit: '%',
      },
    ],
    breakdown: byCommune(kpi, ['filed', 'online', 'decided', 'decidedOnTime']),
  }
}

/** Model 2: filings at the one-stop shops' kiosks. */
async function kioskFilings(db: Executor, period: Period): Promise<Shaped> {
  const kpi = await servicesKpi(db, period)
  return {
    indicators: [
      {
        key: 'kioskDossiers',
        label: 'Hồ sơ nộp tại ki-ốt trong tháng / Dossiers filed at kiosks this month',
        value: kpi.totals.kiosk,
        unit: 'hồ sơ / dossiers',
      },
    ],
    breakdown: byCommune(kpi, ['filed', 'kiosk']),
  }
}

/** Model 3: services that need no paper (the goal is at least 20). */
async function paperlessServices(db: Executor, period: Period): Promise<Shaped> {
  const kpi = await servicesKpi(db, period)
  return {
    indicators: [
      {
        key: 'paperlessServices',
        label:
          'Dịch vụ công không cần giấy tờ giấy (mục tiêu ≥ 20) / Services needing no paper (goal ≥ 20)',
        value: kpi.catalogue.paperless,
        unit: 'dịch vụ / services',
      },
      {
        key: 'catalogueServices',
        label: 'Dịch vụ trong danh mục / Services in the catalogue',
        value: kpi.catalogue.services,
        unit: 'dịch vụ / services',
      },
    ],
  }
}

/** Model 5: filings signed in with an eID of level 2. */
async function levelTwoFilings(db: Executor, period: Period): Promise<Shaped> {
  const kpi = await servicesKpi(db, period)
  return {
    indicators: [
      filed(kpi),
      {
        key: 'eidLevel2Share',
        label: 'Tỷ lệ hồ sơ nộp bằng định danh điện tử mức 2 / Share filed with eID level 2',
        value: share(kpi.totals.levelTwo, kpi.totals.filed),
        unit: '%',
      },
    ],
    breakdown: byCommune(kpi, ['filed', 'levelTwo']),
  }
}

/** The services module's KPI functions, by the names the catalogue refers to. */
export const SERVICES_KPI_FUNCTIONS = {
  'services.onlineServices': onlineServices,
  'services.kioskFilings': kioskFilings,
  'services.paperlessServices': paperlessServices,
  'services.levelTwoFilings': levelTwoFilings,
}
