export { populationRoutes } from './population.routes.js'
export { residentNotFound } from './population.errors.js'
export { ensureAdminUnits } from './units.reference.js'
export {
  getUnit,
  listUnits,
  placeOfCommune,
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
  pageOfAdults,
  sampleAdults,
  searchResidents,
  type Household,
  type Movement,
  type Resident,
  type ResidentIdentity,
  type ResidentPage,
  type ResidentSearch,
} from './residents/residents.service.js'
export {
  findCommuneSuccessions as communeSuccessions,
  findLinkageBlocks as linkageBlocks,
  type LinkageBlockAnswer,
  type LinkageBlocks,
  type LinkageCandidate,
} from './residents/linkage.queries.js'
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
export {
  registerBirth,
  type BirthOptions,
  type BirthRegistration,
} from './registrations/birth.service.js'
export { registerDeath, type DeathRegistration } from './registrations/death.service.js'
export {
  declareTemporaryAbsence,
  registerPermanentResidence,
  registerTemporaryResidence,
  type PermanentResidence,
  type TemporaryAbsence,
  type TemporaryResidence,
} from './registrations/residence.service.js'
export {
  BIRTH_REGISTERED,
  DEATH_REGISTERED,
  PERMANENT_RESIDENCE_REGISTERED,
  REGISTRY_CHANGE_EVENT_TYPES,
  RegistryChangePayload,
  ResidentFacts,
  TEMPORARY_ABSENCE_DECLARED,
  TEMPORARY_RESIDENCE_REGISTERED,
  type RegistryChangeEventType,
} from './registrations/registrations.events.js'
export {
  ELIGIBILITY_ATTRIBUTES,
  ELIGIBILITY_FACTS,
  eligibilityFacts,
} from './checks/eligibility.js'
export {
  SCHOOL_CHECK_ATTRIBUTES,
  SCHOOL_IDENTITY_CHECK,
  schoolIdentityCheck,
} from './checks/school-check.js'
export type { CheckAnswer, CheckCall } from './checks/resident-match.js'
export { Rng } from './generator/prng.js'
export { populationModule } from './population.module.js'
