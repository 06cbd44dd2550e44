export type {
  CardQrGuest,
  DeclareContext,
  DeclaredStay,
  DeclareInput,
  Establishment,
  GuestIdentification,
  GuestInput,
  IdentityQrGuest,
  PassportGuest,
  TypedGuest,
} from './declarations/declarations.types.js'
export {
  establishmentRoutes,
  type EstablishmentRouteOptions,
} from './establishments/establishments.routes.js'
export { ensureStaysReference, DEADLINE_RULE_2021 } from './stays.reference.js'
export { getEstablishment } from './establishments/establishments.service.js'
export { establishmentNames } from './establishments/establishments.queries.js'
export { assertDeclaringFor, declaresFor } from './establishments/establishments.policy.js'
export {
  approvedEstablishmentCounts,
  type EstablishmentTypeCount,
} from './establishments/establishments-counts.js'
export {
  DEMONSTRATION_ESTABLISHMENT_ID,
  ensureDemonstrationEstablishment,
} from './establishments/establishments.demonstration.js'
export { ensureDemonstrationStays } from './declarations/declarations.demonstration.js'
export {
  DEMONSTRATION_COACH_ID,
  ensureDemonstrationCoachTrip,
} from './trips/trips.demonstration.js'
export { exportStaysForAnalytics } from './analytics-export.js'
export { policeRoutes } from './police/police.routes.js'
export {
  declarationRoutes,
  type DeclarationRouteOptions,
} from './declarations/declarations.routes.js'
export { declareStays } from './declarations/declarations.service.js'
export { deadlineOf, declarationDeadline, type DeadlineRule } from './deadline.js'
export {
  idempotencyOf,
  purgeIdempotencyKeys,
  sendOutcome,
  withIdempotency,
  type IdempotentOutcome,
  type IdempotentRequest,
  type Outcome,
} from './idempotency.js'
export { onTimeDeclarationRate, type OnTimeDeclarations } from './declarations/declarations.kpi.js'
export { getMyStays, myStayRoutes, type MyStays } from './declarations/my-stays.js'
export { watchListRoutes } from './watch-list/watch-list.routes.js'
export type { DeclaredPerson } from './watch-list/watch-list-alerts.js'
export { isAlertRecipient } from './watch-list/watch-list.policy.js'
export { tripRoutes, type TripRouteOptions } from './trips/trips.routes.js'
export { declareCheckedPassenger, lockTripForStaff } from './trips/trips.service.js'
export type { Trip } from './trips/trips.queries.js'
export {
  roomingListRoutes,
  type RoomingListRouteOptions,
} from './rooming-lists/rooming-list.routes.js'
export { staysModule } from './stays.module.js'
export {
  ESTABLISHMENT_DECIDED,
  EstablishmentDecidedPayload,
  STAY_EVENT_TYPES,
  StayEventPayload,
  WATCH_ALERT,
  WatchAlertPayload,
  type StayEventType,
} from './stays.events.js'
