export { linkageModule } from './linkage.module.js'
export { linkageErrors } from './linkage.errors.js'
export {
  importedRows,
  recordMatchResults,
  type ImportedRow,
  type MatchResult,
} from './datasets/dataset-rows.service.js'
