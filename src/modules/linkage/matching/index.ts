/** The matching engine of record linkage: a library, records in, links out. */
export {
  compareDates,
  compareNames,
  jaroWinkler,
  nameVariants,
  parseName,
  parsePartialDate,
} from './comparators.js'
export { FIELDS, type Model } from './model.js'
export {
  DEFAULT_THRESHOLDS,
  linkRecords,
  type LinkOptions,
  type MatchExplanation,
  type MatchResult,
  type MatchStatus,
  type SourceRecord,
} from './link.js'
export {
  corruptRecords,
  scoreLinks,
  type GroundTruth,
  type LinkQuality,
  type TruthRecord,
} from './ground-truth.js'
