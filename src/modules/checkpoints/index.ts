export { checkpointsModule } from './checkpoints.module.js'
