export { documentsModule } from './documents.module.js'
