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
} from './declarations.types.js'
export { establishmentRoutes, type EstablishmentRouteOptions } from './establishments.routes.js'
export { ensureStaysReference, DEADLINE_RULE_2021 } from './stays.reference.js'
export { getEstablishment } from './establishments.service.js'
export { establishmentNames } from './establishments.queries.js'
export { assertDeclaringFor, declaresFor } from './establishments.policy.js'
export {
  approvedEstablishmentCounts,
  type EstablishmentTypeCount,
} from './establishments.counts.js'
export {
  DEMONSTRATION_ESTABLISHMENT_ID,
  ensureDemonstrationEstablishment,
} from './establishments.demonstration.js'
export { ensureDemonstrationStays } from './declarations.demonstration.js'
export { exportStaysForAnalytics } from './analytics-export.js'
export { policeRoutes } from './police.routes.js'
export { declarationRoutes, type DeclarationRouteOptions } from './declarations.routes.js'
export { declareStays } from './declarations.service.js'
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
export { onTimeDeclarationRate, type OnTimeDeclarations } from './declarations.kpi.js'
export { getMyStays, myStayRoutes, type MyStays } from './my-stays.js'
export { watchListRoutes } from './watch-list.routes.js'
export type { DeclaredPerson } from './watch-list.alerts.js'
export { isAlertRecipient } from './watch-list.policy.js'
export { tripRoutes, type TripRouteOptions } from './trips.routes.js'
export { roomingListRoutes, type RoomingListRouteOptions } from './rooming-list.routes.js'
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
