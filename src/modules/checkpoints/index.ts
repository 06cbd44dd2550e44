export { checkpointsModule } from './checkpoints.module.js'
export { checkpointsKpi, ticketsValidated, type CheckpointsKpi } from './checkpoints-kpi.queries.js'
export { AGE_GROUPS as PASSAGE_AGE_GROUPS, type SiteKind } from './checkpoints.tables.js'
export { ensureDemonstrationCheckpoints } from './checkpoints.demonstration.js'
export { liveOccupancy, visitStatistics, type Occupancy, type Visits } from './occupancy.service.js'
export { siteNames } from './sites.queries.js'
export { exportCheckpointsForAnalytics, hourCellKey } from './analytics-export.js'
export {
  PASSAGES_RECORDED,
  PassagesRecordedPayload,
  SITE_OPENED,
  SiteOpenedPayload,
} from './checkpoints.events.js'
