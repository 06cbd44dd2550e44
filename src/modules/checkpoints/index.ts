export { checkpointsModule } from './checkpoints.module.js'
export { checkpointsKpi, ticketsValidated, type CheckpointsKpi } from './checkpoints-kpi.queries.js'
export type { SiteKind } from './checkpoints.tables.js'
export { liveOccupancy, visitStatistics, type Occupancy, type Visits } from './occupancy.service.js'
