/** The matching engine of record linkage: a library, records in, links out. */
export {
  compareDates,
  compareNames,
  jaroWinkler,
  nameVariants,
  parseName,
  parsePartialDate,
} from './comparators.js'
export type { Model } from './model.js'
export { linkRecords, type MatchResult, type SourceRecord } from './link.js'
export { corruptRecords, scoreLinks, type TruthRecord } from './ground-truth.js'
