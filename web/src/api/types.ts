// The shapes the platform answers, as this app reads them: named views of the types generated
// from the OpenAPI document (schema.d.ts, `npm run api:types`), so they cannot drift.
import type { components, paths } from './schema'

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never
type Success<R> = R extends { 200: infer S }
  ? Json<S>
  : R extends { 201: infer S }
    ? Json<S>
    : never

/** What a successful call of `method` on `path` answers. */
export type ResponseOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: infer R
}
  ? Success<R>
  : never

/** Every error code of the platform's catalogues (`*.errors.ts`), from the OpenAPI document. */
export type ErrorCode = components['schemas']['ErrorCode']

type Item<T> = T extends readonly (infer E)[] ? E : never

export type MyAccount = ResponseOf<'/api/v1/identity/me', 'get'>
export type MyRecord = ResponseOf<'/api/v1/me/record', 'get'>
export type AccessLogPage = ResponseOf<'/api/v1/me/access-log', 'get'>
export type AccessLogEntry = Item<AccessLogPage['entries']>

export type ResidentPage = ResponseOf<'/api/v1/population/residents', 'get'>
export type Resident = ResponseOf<'/api/v1/population/residents/{number}', 'get'>
export type Household = ResponseOf<'/api/v1/population/residents/{number}/household', 'get'>
export type Movement = Item<
  ResponseOf<'/api/v1/population/residents/{number}/movements', 'get'>['movements']
>
export type AdminUnit = Item<ResponseOf<'/api/v1/population/units', 'get'>['units']>
export type Successors = ResponseOf<'/api/v1/population/units/{code}/successors', 'get'>
export type VerifiedIdentity = ResponseOf<'/api/v1/identity/verify', 'post'>

/** The SSO interaction (identity issue): where a sign-in step leads. */
export type InteractionStep = ResponseOf<'/sso/interaction/{uid}/login', 'post'>

/** Plan 106's own system. */
export type PlanScorecard = ResponseOf<'/api/v1/plan/models', 'get'>
export type PlanModelSummary = Item<PlanScorecard['models']>
export type PlanModelDetail = ResponseOf<'/api/v1/plan/models/{no}', 'get'>
export type PlanStatus = PlanModelSummary['status']
export type PlanRecordedStatus = PlanModelSummary['recordedStatus']
export type PlanKpi = PlanModelSummary['kpi']
export type PlanIndicator = Item<PlanKpi['indicators']>
export type PlanReportState = Item<PlanModelSummary['reports']['agencies']>['state']
export type PlanAgencyRef = Item<PlanModelSummary['lead']>
export type PlanAgency = Item<ResponseOf<'/api/v1/plan/agencies', 'get'>['agencies']>
export type PlanReport = ResponseOf<'/api/v1/plan/reports/{id}', 'get'>
export type PlanAttachment = Item<PlanReport['attachments']>
export type PlanAccess = ResponseOf<'/api/v1/plan/access', 'get'>
export type PlanConsolidation = Item<
  ResponseOf<'/api/v1/plan/consolidations', 'get'>['consolidations']
>

export type EstablishmentType = Item<ResponseOf<'/api/v1/stays/establishment-types', 'get'>>
export type CapacityUnit = EstablishmentType['capacityUnit']
export type Establishment = ResponseOf<'/api/v1/stays/establishments/{id}', 'get'>
export type EstablishmentStatus = Establishment['status']
export type PoliceEstablishment = Item<ResponseOf<'/api/v1/stays/establishments', 'get'>>
export type StayDeclarationPage = ResponseOf<'/api/v1/stays/police/declarations', 'get'>
export type StayDeclaration = Item<StayDeclarationPage['declarations']>
export type StayRegisterPage = ResponseOf<'/api/v1/stays/establishments/{id}/declarations', 'get'>
export type StaysDeclared = ResponseOf<'/api/v1/stays/establishments/{id}/declarations', 'post'>
export type LateByEstablishment = ResponseOf<'/api/v1/stays/police/late-by-establishment', 'get'>
export type WatchListPage = ResponseOf<'/api/v1/stays/police/watch-list', 'get'>
export type WatchListEntry = Item<WatchListPage['entries']>
export type WatchListStatus = WatchListEntry['status']
export type WatchAlertPage = ResponseOf<'/api/v1/stays/police/alerts', 'get'>
export type WatchAlert = Item<WatchAlertPage['alerts']>
export type CoachTrip = Item<ResponseOf<'/api/v1/stays/establishments/{id}/trips', 'get'>['trips']>
export type TripManifest = ResponseOf<'/api/v1/stays/trips/{id}/manifest', 'get'>
export type MyStays = ResponseOf<'/api/v1/me/stays', 'get'>
export type RoomingListReport = ResponseOf<
  '/api/v1/stays/establishments/{id}/rooming-lists',
  'post'
>

export type AnalyticsStatus = ResponseOf<'/api/v1/analytics/status', 'get'>
export type AnalyticsDashboard = ResponseOf<'/api/v1/analytics/population', 'get'>
export type AnalyticsChart = Item<AnalyticsDashboard['charts']>
export type AnalyticsColumn = Item<AnalyticsChart['columns']>
export type AnalyticsCell = AnalyticsChart['rows'][number][string]
export type AnalyticsMapLayer = ResponseOf<'/api/v1/analytics/maps/{layer}', 'get'>

// The police live stream's events (text/event-stream, which OpenAPI does not describe).
export interface LiveDeclared {
  declarationId: string
  establishment: { id: string; name: string }
  arrivalAt: string
  late: boolean
  flags: string[]
  guestKind: 'citizen' | 'foreigner'
}

export interface LiveWatchAlert {
  alertId: string
  communeCode: string
}

// Checkpoints (models 13-15, 19): sites and gates, passages, occupancy, visits, boarding.
export type CheckpointSite = Item<ResponseOf<'/api/v1/checkpoints/sites', 'get'>['sites']>
export type CheckpointVisits = ResponseOf<'/api/v1/checkpoints/sites/{id}/visits', 'get'>
export type GatePassage = ResponseOf<'/api/v1/checkpoints/sites/{id}/passages', 'post'>
export type TicketBoarding = ResponseOf<'/api/v1/checkpoints/trips/{id}/boardings', 'post'>
