export { checkpointsModule } from './checkpoints.module.js'
export { checkpointsKpi, type CheckpointsKpi } from './checkpoints-kpi.queries.js'
export type { SiteKind } from './checkpoints.tables.js'
