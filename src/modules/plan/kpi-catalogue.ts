import type { Executor } from '../../platform/db/database.js'
import { digitalCitizenCoverage } from '../population/index.js'
import { ssoUsage } from '../sso/index.js'
import { approvedEstablishmentCounts, onTimeDeclarationRate } from '../stays/index.js'
import type { StoredBreakdown, StoredIndicator } from './plan.tables.js'
import { BUSINESSES_KPI_FUNCTIONS } from './kpi-businesses.js'
import { DOCUMENTS_KPI_FUNCTIONS } from './kpi-documents.js'
import { EXCHANGE_KPI_FUNCTIONS } from './kpi-exchange.js'
import { SERVICES_KPI_FUNCTIONS } from './kpi-services.js'
import { VERIFICATION_KPI_FUNCTIONS } from './kpi-verification.js'
import { CHECKPOINTS_KPI_FUNCTIONS } from './kpi-checkpoints.js'
import { FINES_KPI_FUNCTIONS } from './kpi-fines.js'

/** The days a KPI covers: the month so far (or the whole of a past month). */
export interface KpiPeriod {
  month: string
  from: string
  to: string
}

export interface KpiResult {
  indicators: StoredIndicator[]
  breakdown?: StoredBreakdown
}

export type KpiFunction = (db: Executor, period: KpiPeriod) => Promise<KpiResult>

const share = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0)

/**
 * Establishments onboarded for one of models 9-12: those the police approved, of the model's
 * types, in total and by commune and type.
 */
const establishmentsOfModel =
  (modelNo: number): KpiFunction =>
  async (db) => {
    const types = (await approvedEstablishmentCounts(db)).filter((t) => t.model === modelNo)
    const communes = [...new Set(types.flatMap((t) => t.byCommune.map((c) => c.communeCode)))]
    return {
      indicators: [
        {
          key: 'approvedEstablishments',
          label: 'Cơ sở được công an duyệt khai báo lưu trú / Establishments approved to declare',
          value: sum(types.map((t) => t.approved)),
          unit: 'cơ sở / establishments',
        },
      ],
      breakdown: {
        columns: types.map((t) => ({ key: t.typeCode, label: `${t.nameVi} / ${t.nameEn}` })),
        rows: communes.sort().map((unitCode) => ({
          unitCode,
          values: types.map(
            (t) => t.byCommune.find((c) => c.communeCode === unitCode)?.approved ?? 0,
          ),
        })),
      },
    }
  }

/**
 * Models 9-11 (accommodation) add the month's declarations and the share made by the deadline of
 * the Law on Residence to the establishments onboarded.
 */
const accommodationOfModel =
  (modelNo: number): KpiFunction =>
  async (db, period) => {
    const onboarded = await establishmentsOfModel(modelNo)(db, period)
    const declared = await onTimeDeclarationRate(db, period.month, { model: modelNo })
    return {
      ...onboarded,
      indicators: [
        ...onboarded.indicators,
        {
          key: 'declarations',
          label: 'Lượt khai báo lưu trú trong tháng / Stays declared this month',
          value: declared.declarations,
          unit: 'lượt / declarations',
        },
        {
          key: 'onTimeShare',
          label: 'Khai báo đúng hạn / Declared by the deadline',
          value: share(declared.onTime, declared.declarations),
          unit: '%',
        },
      ],
    }
  }

/**
 * The module functions that compute KPIs, each reached through its module's index.ts and shaped
 * into indicators here. Named `<module>.<function>`; the catalogue below refers to them by name.
 */
export const KPI_FUNCTIONS = {
  'population.digitalCitizenCoverage': async (db, period) => {
    const units = await digitalCitizenCoverage(db, { asOf: period.to })
    const eligible = sum(units.map((u) => u.eligible))
    const total = (pick: (u: (typeof units)[number]) => number) =>
      share(sum(units.map(pick)), eligible)
    return {
      indicators: [
        {
          key: 'eligible',
          label: 'Công dân từ 14 tuổi / Residents aged 14 and over',
          value: eligible,
          unit: 'người / people',
        },
        {
          key: 'eidLevel2Share',
          label: 'Có định danh điện tử mức 2 / With an eID of level 2',
          value: total((u) => u.eidLevel2),
          unit: '%',
        },
        {
          key: 'paymentAccountShare',
          label: 'Có tài khoản thanh toán điện tử / With an e-payment account',
          value: total((u) => u.paymentAccount),
          unit: '%',
        },
        {
          key: 'digitalSignatureShare',
          label: 'Có chữ ký số / With a digital signature',
          value: total((u) => u.digitalSignature),
          unit: '%',
        },
      ],
      breakdown: {
        columns: [
          { key: 'eligible', label: 'Từ 14 tuổi / Aged 14+' },
          { key: 'eidLevel2', label: 'Định danh mức 2 / eID level 2' },
          { key: 'paymentAccount', label: 'Tài khoản thanh toán / E-payment account' },
          { key: 'digitalSignature', label: 'Chữ ký số / Digital signature' },
        ],
        rows: units.map((u) => ({
          unitCode: u.communeCode,
          values: [u.eligible, u.eidLevel2, u.paymentAccount, u.digitalSignature],
        })),
      },
    }
  },
  'sso.ssoUsage': async (db, period) => {
    const usage = await ssoUsage(db, { from: period.from, to: period.to })
    return {
      indicators: [
        {
          key: 'connectedSystems',
          label: 'Hệ thống đã kết nối đăng nhập một lần / Systems connected to the SSO',
          value: usage.connectedSystems,
          unit: 'hệ thống / systems',
        },
        {
          key: 'signIns',
          label: 'Lượt đăng nhập trong tháng / Sign-ins this month',
          value: usage.signIns,
          unit: 'lượt / sign-ins',
        },
      ],
    }
  },
  'stays.lodgingEstablishments': accommodationOfModel(9),
  'stays.rentalEstablishments': accommodationOfModel(10),
  'stays.medicalEstablishments': accommodationOfModel(11),
  'stays.coachOperators': establishmentsOfModel(12),
  ...SERVICES_KPI_FUNCTIONS,
  ...DOCUMENTS_KPI_FUNCTIONS,
  ...VERIFICATION_KPI_FUNCTIONS,
  ...BUSINESSES_KPI_FUNCTIONS,
  ...EXCHANGE_KPI_FUNCTIONS,
  ...CHECKPOINTS_KPI_FUNCTIONS,
  ...FINES_KPI_FUNCTIONS,
} satisfies Record<string, KpiFunction>

export type KpiFunctionName = keyof typeof KPI_FUNCTIONS

export interface KpiDefinition {
  key: string
  modelNo: number
  /** The module and function that compute it, as in KPI_FUNCTIONS. */
  computedBy: KpiFunctionName
}

/**
 * The KPIs of plan-106-models.json that a module of the platform computes from live data, one
 * entry each. Every other model's KPI is reported by hand in the monthly reports (the
 * analytics module and the others do not exist yet); add a line here when they do.
 */
export const KPI_CATALOGUE: readonly KpiDefinition[] = [
  {
    key: 'model23.digitalCitizenConditions',
    modelNo: 23,
    computedBy: 'population.digitalCitizenCoverage',
  },
  { key: 'model24.ssoUsage', modelNo: 24, computedBy: 'sso.ssoUsage' },
  { key: 'model9.establishments', modelNo: 9, computedBy: 'stays.lodgingEstablishments' },
  { key: 'model10.establishments', modelNo: 10, computedBy: 'stays.rentalEstablishments' },
  { key: 'model11.establishments', modelNo: 11, computedBy: 'stays.medicalEstablishments' },
  { key: 'model12.establishments', modelNo: 12, computedBy: 'stays.coachOperators' },
  { key: 'model1.onlineServices', modelNo: 1, computedBy: 'services.onlineServices' },
  { key: 'model2.kioskFilings', modelNo: 2, computedBy: 'services.kioskFilings' },
  { key: 'model3.paperlessServices', modelNo: 3, computedBy: 'services.paperlessServices' },
  { key: 'model5.levelTwoFilings', modelNo: 5, computedBy: 'services.levelTwoFilings' },
  { key: 'model4.certifiedCopies', modelNo: 4, computedBy: 'documents.certifiedCopies' },
  { key: 'model32.judicialRecords', modelNo: 32, computedBy: 'documents.judicialRecords' },
  {
    key: 'model33.healthAndLabourBooks',
    modelNo: 33,
    computedBy: 'documents.healthAndLabourBooks',
  },
  { key: 'model34.landRecords', modelNo: 34, computedBy: 'documents.landRecords' },
  { key: 'model6.medicalCheckIns', modelNo: 6, computedBy: 'verification.medicalCheckIns' },
  { key: 'model7.kioskCheckIns', modelNo: 7, computedBy: 'verification.kioskCheckIns' },
  { key: 'model8.notaries', modelNo: 8, computedBy: 'verification.notaries' },
  {
    key: 'model16.securityBusinesses',
    modelNo: 16,
    computedBy: 'verification.securityBusinesses',
  },
  { key: 'model17.drivingExams', modelNo: 17, computedBy: 'verification.drivingExams' },
  { key: 'model21.schoolExams', modelNo: 21, computedBy: 'verification.schoolExams' },
  { key: 'model25.dataExchange', modelNo: 25, computedBy: 'exchange.dataExchange' },
  { key: 'model22.verifiedSellers', modelNo: 22, computedBy: 'businesses.verifiedSellers' },
  { key: 'model31.schoolsConnected', modelNo: 31, computedBy: 'exchange.schoolsConnected' },
  { key: 'model13.touristSites', modelNo: 13, computedBy: 'checkpoints.touristSites' },
  { key: 'model14.industrialParks', modelNo: 14, computedBy: 'checkpoints.industrialParks' },
  { key: 'model15.railwayStations', modelNo: 15, computedBy: 'checkpoints.railwayStations' },
  { key: 'model19.ticketsValidated', modelNo: 19, computedBy: 'checkpoints.ticketsValidated' },
  { key: 'model18.violationsInApp', modelNo: 18, computedBy: 'fines.violationsInApp' },
]
