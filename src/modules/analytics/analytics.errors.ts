import { AppError } from '../../platform/http/errors.js'

const refuse = (code: string, status: number, message: string, details?: unknown): AppError =>
  new AppError(code, { status, message, details })

export const notReady = (building: boolean): AppError =>
  refuse(
    'ANALYTICS_NOT_READY',
    503,
    'Bản sao phân tích đang được dựng, vui lòng thử lại sau ít phút / The analytical copy is being built, please retry in a few minutes',
    { building, retryAfterSeconds: 30 },
  )

export const unitUnknown = (code: string, structure: string): AppError =>
  refuse(
    'ANALYTICS_UNIT_UNKNOWN',
    404,
    `Không có đơn vị ${code} trong cơ cấu ${structure} của tỉnh / No unit ${code} in the province's ${structure} structure`,
    { code, structure },
  )

export const periodInvalid = (from: string, to: string): AppError =>
  refuse(
    'ANALYTICS_PERIOD_INVALID',
    422,
    `Khoảng thời gian không hợp lệ: từ ${from} đến ${to} (tối đa 3 năm) / Invalid period: ${from} to ${to} (at most 3 years)`,
    { from, to },
  )

export const chartUnknown = (dashboard: string, chart: string): AppError =>
  refuse(
    'ANALYTICS_CHART_UNKNOWN',
    404,
    `Bảng điều khiển ${dashboard} không có biểu đồ ${chart} / Dashboard ${dashboard} has no chart ${chart}`,
    { dashboard, chart },
  )

export const exportNeedsChart = (): AppError =>
  refuse(
    'ANALYTICS_EXPORT_NEEDS_CHART',
    422,
    'Xuất CSV cần chọn một biểu đồ (chart) / A CSV export needs one chart (chart)',
  )

export const datasetUnknown = (id: string): AppError =>
  refuse('ANALYTICS_DATASET_UNKNOWN', 404, `Không có bộ dữ liệu mở ${id} / No open dataset ${id}`, {
    id,
  })

export const boundariesMissing = (layer: string): AppError =>
  refuse(
    'ANALYTICS_BOUNDARIES_MISSING',
    404,
    `Không có ranh giới cho lớp ${layer} trên máy chủ này / No boundaries for layer ${layer} on this server`,
    { layer },
  )
