export {
  Analytics,
  OUTBOX_POLL_MS,
  type AnalyticsLog,
  type AnalyticsOptions,
  type AnalyticsStatus,
} from './analytics.runtime.js'
export { analyticsRoutes } from './analytics.routes.js'
export { openDataRoutes } from './open-data.routes.js'
export type { BuildProgress, BuildSummary } from './copy-build.js'
export { DASHBOARDS, type DashboardId } from './analytics.service.js'
export {
  computeChart,
  type ChartContext,
  type ChartSpec,
  type DashboardSpec,
  type PeriodFilter,
  type Reference,
  type Run,
  type SnapshotFilter,
} from './charts.js'
export { mirrorCopyInto } from './copy-mirror.js'
export { analyticsModule } from './analytics.module.js'
