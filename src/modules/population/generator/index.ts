/** The deterministic synthetic population of Đồng Nai: pure code, no database. */
export { allocateResidents, MAX_SCALE, MIN_SCALE, type CommuneQuota } from './communes.js'
export { HOUSEHOLD_COLUMNS, MOVEMENT_COLUMNS, RESIDENT_COLUMNS } from './csv.js'
export { generateCommune, generateCommuneCsv } from './generate.js'
export type {
  CommuneCsv,
  GeneratedCommune,
  GenerateOptions,
  HouseholdRow,
  LabourStatus,
  MovementKind,
  MovementRow,
  Relation,
  ResidentRow,
  Sector,
  Status,
} from './types.js'
