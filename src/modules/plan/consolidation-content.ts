import type { StoredIndicator } from './plan.tables.js'
import type { KpiState, ShownStatus } from './scorecard.js'

/**
 * What a consolidated report says, frozen when the standing office issues it: the PDF and the
 * XLSX are drawn from it, so a document number always stands for the same content.
 */
export interface ConsolidationContent {
  month: string
  /** Vietnam calendar day of issue. */
  issuedOn: string
  number: number
  year: number
  reportDay: number
  totals: {
    models: Record<ShownStatus, number>
    reports: { expected: number; submitted: number; late: number; missing: number }
  }
  models: ConsolidatedModel[]
}

export interface ConsolidatedModel {
  no: number
  group: string
  nameVi: string
  leads: { code: string; nameVi: string }[]
  deadlineText: string
  deadlineDate: string | null
  status: ShownStatus
  kpi: {
    state: KpiState
    indicators: StoredIndicator[]
    /** The reason it could not be computed, or the month it was last reported by hand. */
    note: string | null
  }
  reports: ConsolidatedReport[]
}

export interface ConsolidatedReport {
  agencyCode: string
  agencyName: string
  state: 'submitted' | 'late' | 'missing'
  submittedOn: string | null
  progress: string
  indicators: StoredIndicator[]
  obstacles: string
  proposals: string
}

export const STATUS_LABELS: Record<ShownStatus, string> = {
  not_started: 'Chưa triển khai',
  in_progress: 'Đang triển khai',
  done: 'Hoàn thành',
  overdue: 'Quá hạn',
}

export const REPORT_STATE_LABELS: Record<ConsolidatedReport['state'], string> = {
  submitted: 'Đúng hạn',
  late: 'Nộp muộn',
  missing: 'Chưa báo cáo',
}

/**
 * A computed indicator as the Vietnamese document prints it: the platform writes its labels and
 * units "Tiếng Việt / English" for the pages, and the report is in Vietnamese only. An agency's
 * own indicators are left as typed (a "/" there is theirs).
 */
export const inVietnamese = (i: StoredIndicator): StoredIndicator => ({
  ...i,
  label: i.label.split(' / ')[0]!,
  unit: i.unit.split(' / ')[0]!,
})

/** An indicator as a line of text: '78,3 % — Có định danh điện tử mức 2 / With an eID of level 2'. */
export function indicatorText(i: StoredIndicator): string {
  const value = i.value.toLocaleString('vi-VN', { maximumFractionDigits: 2 })
  const unit = i.unit === '%' ? '%' : ` ${i.unit}`
  return `${i.label}: ${value}${unit}`
}
