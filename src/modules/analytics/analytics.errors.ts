import { defineErrors, type AppError } from '../../platform/http/errors.js'

/** The analytics module's error codes: each once, with its HTTP status and message. */
export const analyticsErrors = defineErrors('ANALYTICS', {
  NOT_READY: {
    status: 503,
    vi: 'Bản sao phân tích đang được dựng, vui lòng thử lại sau ít phút',
    en: 'The analytical copy is being built, please retry in a few minutes',
  },
  UNIT_UNKNOWN: {
    status: 404,
    vi: (p: { code: string; structure: string }) =>
      `Không có đơn vị ${p.code} trong cơ cấu ${p.structure} của tỉnh`,
    en: (p: { code: string; structure: string }) =>
      `No unit ${p.code} in the province's ${p.structure} structure`,
  },
  PERIOD_INVALID: {
    status: 422,
    vi: (p: { from: string; to: string }) =>
      `Khoảng thời gian không hợp lệ: từ ${p.from} đến ${p.to} (tối đa 3 năm)`,
    en: (p: { from: string; to: string }) =>
      `Invalid period: ${p.from} to ${p.to} (at most 3 years)`,
  },
  CHART_UNKNOWN: {
    status: 404,
    vi: (p: { dashboard: string; chart: string }) =>
      `Bảng điều khiển ${p.dashboard} không có biểu đồ ${p.chart}`,
    en: (p: { dashboard: string; chart: string }) =>
      `Dashboard ${p.dashboard} has no chart ${p.chart}`,
  },
  EXPORT_NEEDS_CHART: {
    status: 422,
    vi: 'Xuất CSV cần chọn một biểu đồ (chart)',
    en: 'A CSV export needs one chart (chart)',
  },
  DATASET_UNKNOWN: {
    status: 404,
    vi: (p: { id: string }) => `Không có bộ dữ liệu mở ${p.id}`,
    en: (p: { id: string }) => `No open dataset ${p.id}`,
  },
  BOUNDARIES_MISSING: {
    status: 404,
    vi: (p: { layer: string }) => `Không có ranh giới cho lớp ${p.layer} trên máy chủ này`,
    en: (p: { layer: string }) => `No boundaries for layer ${p.layer} on this server`,
  },
})

export const notReady = (building: boolean): AppError =>
  analyticsErrors.refuse('NOT_READY', { building, retryAfterSeconds: 30 })
export const unitUnknown = (code: string, structure: string): AppError =>
  analyticsErrors.refuse('UNIT_UNKNOWN', { code, structure })
export const periodInvalid = (from: string, to: string): AppError =>
  analyticsErrors.refuse('PERIOD_INVALID', { from, to })
export const chartUnknown = (dashboard: string, chart: string): AppError =>
  analyticsErrors.refuse('CHART_UNKNOWN', { dashboard, chart })
export const exportNeedsChart = (): AppError => analyticsErrors.refuse('EXPORT_NEEDS_CHART')
export const datasetUnknown = (id: string): AppError =>
  analyticsErrors.refuse('DATASET_UNKNOWN', { id }, { id })
export const boundariesMissing = (layer: string): AppError =>
  analyticsErrors.refuse('BOUNDARIES_MISSING', { layer })
