export { populationRoutes } from './population.routes.js'
export { residentNotFound } from './population.errors.js'
export { ensureAdminUnits } from './units.reference.js'
export {
  getUnit,
  listUnits,
  provinceOfCommune,
  resolveAsOf,
  resolveSuccessors,
  unitNames,
  type AdminUnit,
  type AdminUnitWithParents,
  type Successor,
} from './units/units.service.js'
export {
  communesOfUnit,
  getHouseholdOf,
  getResident,
  getResidentsByNumbers,
  listMovements,
  listResidentsOfUnit,
  sampleAdults,
  searchResidents,
  type Household,
  type Movement,
  type Resident,
  type ResidentIdentity,
  type ResidentPage,
  type ResidentSearch,
} from './residents/residents.service.js'
export { checkOldIdNumber, checkPersonalNumber, composePersonalNumber } from './personal-number.js'
export { foldName, normaliseName } from './names.js'
export {
  MIN_SCALE,
  PROVINCE_POPULATION,
  seedPopulation,
  type SeedOptions,
  type SeedProgress,
  type SeedSummary,
} from './seed/seed.service.js'
export { populationLoaded } from './seed/seed-runs.js'
export {
  digitalCitizenCoverage,
  EID_ELIGIBLE_AGE,
  type UnitCoverage,
} from './residents/coverage.queries.js'
export { getMyRecord, myRecordRoutes, type MyRecord } from './residents/my-record.js'
export { exportPopulationForAnalytics, type PopulationExportOptions } from './analytics-export.js'
export { populationModule } from './population.module.js'
