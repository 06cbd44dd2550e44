import type { AnalyticsLabel } from '../../api/types'

/** GET /api/v1/analytics/open-data (src/modules/analytics/open-data.routes.ts). */
export interface OpenDataCatalogue {
  datasets: {
    id: string
    title: AnalyticsLabel
    description: AnalyticsLabel
    threshold: number
    json: string
    csv: string
  }[]
}

export interface OpenDataCell {
  value: number | null
  suppressed: boolean
}

/** GET /api/v1/analytics/open-data/:id: one dataset, a row per commune. */
export interface OpenDataTable {
  id: string
  title: AnalyticsLabel
  asOf: string
  columns: { key: string; label: AnalyticsLabel }[]
  rows: { code: string; label: string; cells: OpenDataCell[]; total: OpenDataCell }[]
  suppressedCells: number
}
