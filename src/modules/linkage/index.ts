export { linkageModule } from './linkage.module.js'
export { linkageErrors } from './linkage.errors.js'
export {
  importedRows,
  recordMatchResults,
  type ImportedRow,
  type MatchResult as RowMatchResult,
} from './datasets/dataset-rows.service.js'
export {
  corruptRecords,
  linkRecords,
  scoreLinks,
  type MatchResult,
  type SourceRecord,
  type TruthRecord,
} from './matching/index.js'
