/** The deterministic synthetic population of Đồng Nai: pure code, no database. */
export { allocateResidents, MAX_SCALE, MIN_SCALE, type CommuneQuota } from './communes.js'
export { HOUSEHOLD_COLUMNS, MOVEMENT_COLUMNS, RESIDENT_COLUMNS } from './csv.js'
export { generateCommune, generateCommuneCsv } from './generate.js'
export type { CommuneCsv, HouseholdRow, MovementRow, ResidentRow } from './types.js'
