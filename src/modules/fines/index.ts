export { finesModule } from './fines.module.js'
export {
  checkFine,
  fineArticle,
  fineTable,
  type FineArticle,
  type FineTable,
} from './fine-table.js'
export { Plate, plateClassOf, type VehicleClass } from './plates.js'
export { finesErrors } from './fines.errors.js'
export {
  seedVehicles,
  vehicleOf,
  vehiclesOfResident,
  type Vehicle,
  type VehicleSeedSummary,
} from './vehicles/vehicles.service.js'
export { finesKpi } from './reports/fine-reports.service.js'
export { ensureDemonstrationFines } from './fines.demonstration.js'
export { exportFinesForAnalytics } from './analytics-export.js'
export { VIOLATION_CHANGED, ViolationChangedPayload } from './fines.events.js'
