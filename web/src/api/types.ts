// The shapes the platform answers (src/modules/*/ *.schemas.ts and routes), as this app reads them.

export interface MyAccount {
  personalNumber: string
  level: number
  phone: string
  secondFactor: boolean
  conditions: { eid: boolean; paymentAccount: boolean; digitalSignature: boolean }
  paymentAccount: { provider: string; linkedOn: string | null } | null
  digitalSignature: { provider: string; issuedOn: string | null } | null
  /** What the account may do (src/platform/auth/roles.ts). */
  permissions: string[]
}

/** The resident's own registry entry (GET /api/v1/me/record, src/modules/population/my-record.ts). */
export interface MyRecord {
  personalNumber: string
  fullName: string
  birthDate: string
  sex: 'M' | 'F'
  address: string
  commune: { code: string; name: string; province: string }
  household: { fullName: string; relationToHead: string; birthDate: string; self: boolean }[]
}

export interface IssuedToken {
  token: string
  expiresAt: string
}

export interface TotpSetup {
  secret: string
  otpauthUri: string
}

export interface AccessLogEntry {
  at: string
  action: string
  actionLabel: { vi: string; en: string } | null
  purpose: string | null
  purposeLabel: { vi: string; en: string } | null
  actorRole: string
  actorAgency: string | null
  actorAgencyName: { vi: string; en: string } | null
  actorUnitCode: string | null
  actorUnitName: string | null
  /** The establishment whose staff or software acted. */
  actorEstablishmentName: string | null
  viaSystem: string | null
  viaSystemName: string | null
}

export interface AccessLogPage {
  entries: AccessLogEntry[]
  next: string | null
}

export interface Resident {
  personalNumber: string
  fullName: string
  birthDate: string
  sex: 'M' | 'F'
  birthProvinceCode: string
  birthProvinceName: string | null
  communeCode: string
  communeName: string | null
  householdId: number
  relationToHead: string
  status: string
  oldIdNumber: string | null
  cardIssuedOn: string | null
  cardExpiresOn: string | null
  eidLevel: number
}

export interface ResidentPage {
  residents: Resident[]
  next: string | null
}

export interface Household {
  household: { id: number; communeCode: string; communeName: string | null; address: string }
  members: Resident[]
}

export interface Movement {
  kind: string
  occurredOn: string
  communeCode: string
  communeName: string | null
  otherProvinceCode: string | null
  otherProvinceName: string | null
}

export interface AdminUnit {
  code: string
  name: string
  shortName: string | null
  type: string
  level: 'province' | 'district' | 'commune'
  validFrom: string | null
  validTo: string | null
}

export interface Successors {
  asOf: string
  unit: AdminUnit
  successors: (AdminUnit & { coverage: 'full' | 'partial' })[]
}

export interface VerifiedIdentity {
  valid: true
  identity: {
    personalNumber: string
    fullName: string
    birthDate: string
    sex: string
    eidLevel: number
  }
  expiresAt: string
}

/** The SSO interaction (identity issue): what the provider asks of the person. */
export interface InteractionDetails {
  uid: string
  prompt: 'login' | 'consent'
  client: { clientId: string; name: string }
  scopes: string[]
  claims: string[]
  acrRequested: string | null
}

export type InteractionStep = { next: 'second-factor' } | { redirectTo: string }

/** Plan 106's own system (src/modules/plan/plan.schemas.ts, reports.schemas.ts). */
export type PlanStatus = 'not_started' | 'in_progress' | 'done' | 'overdue'
export type PlanRecordedStatus = Exclude<PlanStatus, 'overdue'>
export type PlanReportState = 'submitted' | 'late' | 'draft' | 'due' | 'missing'

export interface PlanIndicator {
  key?: string
  label: string
  value: number
  unit: string
}

export interface PlanAgencyRef {
  code: string
  nameVi: string
  nameEn: string
}

export interface PlanAgency extends PlanAgencyRef {
  kind: string
  hasContact: boolean
}

export interface PlanKpi {
  description: string
  source: 'computed' | 'manual' | 'none'
  state: 'computed' | 'failed' | 'reported' | 'not_reported' | 'none'
  indicators: PlanIndicator[]
  computedAt: string | null
  reason: string | null
  reportedMonth: string | null
  reportedBy: string | null
  trend: { month: string; indicators: PlanIndicator[] }[]
}

export interface PlanModelSummary {
  no: number
  group: 'I' | 'II' | 'III' | 'IV' | 'V'
  nameVi: string
  nameEn: string
  lead: PlanAgencyRef[]
  leadText: string
  deadline: { text: string; date: string | null }
  status: PlanStatus
  recordedStatus: PlanRecordedStatus
  kpi: PlanKpi
  reports: {
    month: string
    dueDate: string
    agencies: {
      agencyCode: string
      state: PlanReportState
      reportId: number | null
      submittedAt: string | null
    }[]
    late: number
    missing: number
  }
}

export interface PlanScorecard {
  today: string
  month: string
  dueDate: string
  models: PlanModelSummary[]
}

export interface PlanAttachment {
  id: number
  fileName: string
  contentType: string
  size: number
  uploadedAt: string
}

export interface PlanReport {
  id: number
  modelNo: number
  agencyCode: string
  month: string
  status: 'draft' | 'submitted'
  progress: string
  indicators: PlanIndicator[]
  obstacles: string
  proposals: string
  createdAt: string
  updatedAt: string
  submittedAt: string | null
  submittedLate: boolean | null
  submittedBy: string | null
  attachments: PlanAttachment[]
}

export interface PlanModelDetail extends PlanModelSummary {
  coordinate: PlanAgencyRef[]
  coordinateText: string
  forces: string
  platform: string
  modules: string[]
  platformDelivers: string
  breakdown: {
    columns: { key: string; label: string }[]
    rows: { unitCode: string; values: number[] }[]
  } | null
  history: {
    field: 'status' | 'deadline'
    from: string | null
    to: string
    reason: string
    changedBy: string | null
    changedAt: string
  }[]
  reportHistory: PlanReport[]
}

/** What the caller may do in the plan (GET /api/v1/plan/access). */
export interface PlanAccess {
  read: 'all' | 'own'
  report: 'all' | 'own' | 'none'
  manage: boolean
  agencies: string[]
}

export interface PlanConsolidation {
  id: number
  month: string
  year: number
  number: number
  issuedAt: string
  totals: {
    models: Record<PlanStatus, number>
    reports: { expected: number; submitted: number; late: number; missing: number }
  }
}

// Accommodation declaration (src/modules/stays/*.schemas.ts).

export type CapacityUnit = 'room' | 'bed' | 'seat'
export type EstablishmentStatus = 'pending' | 'approved' | 'refused'

export interface EstablishmentType {
  code: string
  nameVi: string
  nameEn: string
  capacityUnit: CapacityUnit
}

export interface Establishment {
  id: string
  /** What people read and quote (CS-00001); the id stays internal. */
  code: string
  name: string
  typeCode: string
  address: string
  communeCode: string
  provinceCode: string
  capacity: number
  capacityUnit: CapacityUnit
  status: EstablishmentStatus
  decisionReason: string | null
  decidedAt: string | null
  ssoClientId: string | null
  createdAt: string
}

/** What the police who decide see: the commune by name and who registered the place. */
export interface PoliceEstablishment extends Establishment {
  communeName: string | null
  owner: { fullName: string | null }
}

export interface EstablishmentStaffMember {
  grantId: number
  personalNumber: string
  grantedAt: string
}

/** The establishment software's client: the secret is shown once, asking again rotates it. */
export interface EstablishmentCredentials {
  clientId: string
  clientSecret: string
  scope: string
  rotated: boolean
}

/** A guest's stay as the police, or the declaring establishment, see it. */
export interface StayDeclaration {
  id: string
  establishment: { id: string; name: string; address: string; communeCode: string }
  guestKind: 'citizen' | 'foreigner'
  personalNumber: string | null
  fullName: string
  birthDate: string
  sex: string | null
  nationality: string
  passportNumber: string | null
  passportExpiresOn: string | null
  entryDate: string | null
  visaNumber: string | null
  visaExpiresOn: string | null
  room: string | null
  arrivalAt: string
  expectedDepartureAt: string | null
  departedAt: string | null
  declaredAt: string
  deadlineAt: string
  late: boolean
  method: string
  flags: string[]
  groupId: string | null
  accompaniedBy: string | null
  tripId: string | null
  revision: number
}

export interface StayDeclarationPage {
  declarations: StayDeclaration[]
  next: string | null
}

export interface StayRegisterPage extends StayDeclarationPage {
  total: number
  lateCount: number
}

export interface StaysDeclared {
  groupId: string | null
  declarations: StayDeclaration[]
}

export interface LateByEstablishment {
  from: string
  to: string
  establishments: {
    establishment: { id: string; name: string; address: string; communeCode: string }
    declarations: number
    late: number
    onTimeShare: number
  }[]
}

export interface WatchListPerson {
  fullName: string | null
  personalNumber: string | null
  nationality: string | null
  passportNumber: string | null
}

/** Where a listing stands; only an active one alerts (src/modules/stays/watch-list.status.ts). */
export type WatchListStatus = 'pending' | 'active' | 'expired' | 'ended' | 'refused'

export interface WatchListEntry {
  id: string
  person: WatchListPerson
  reason: string
  responsibleUnitCode: string
  responsibleUnitName: string | null
  caseReference: string
  legalBasis: string
  status: WatchListStatus
  addedAt: string
  expiresAt: string
  decidedAt: string | null
  refusalReason: string | null
  removedAt: string | null
  removalReason: string | null
}

export interface WatchListPage {
  entries: WatchListEntry[]
  next: string | null
}

export interface WatchAlert {
  id: string
  createdAt: string
  communeCode: string
  communeName: string | null
  responsibleUnitCode: string
  responsibleUnitName: string | null
  entry: { id: string; reason: string; person: WatchListPerson }
  declaration: {
    id: string
    fullName: string
    birthDate: string
    room: string | null
    arrivalAt: string
    tripId: string | null
  }
  establishment: { id: string; name: string; address: string }
  acknowledgedAt: string | null
}

export interface WatchAlertPage {
  alerts: WatchAlert[]
  next: string | null
}

/** What the police's live stream (GET /api/v1/stays/police/live) sends: no names, no numbers. */
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

export interface CoachTrip {
  id: string
  establishmentId: string
  route: string
  vehiclePlate: string
  departureAt: string
  arrivalAt: string
  seats: number
  passengers: number
}

export interface TripManifest {
  trip: CoachTrip
  passengers: {
    declarationId: string
    seat: string | null
    guestKind: string
    fullName: string
    birthDate: string
    sex: string | null
    nationality: string
    personalNumber: string | null
    passportNumber: string | null
    boardedAt: string
    departedAt: string | null
    late: boolean
    flags: string[]
  }[]
}

export interface MyStays {
  stays: {
    id: string
    establishment: { name: string; typeCode: string; typeName: string }
    commune: { code: string; name: string }
    room: string | null
    arrivalAt: string
    expectedDepartureAt: string | null
    departedAt: string | null
    late: boolean
  }[]
  next: string | null
}

/** What became of each row of an imported rooming list. */
export interface RoomingListReport {
  accepted: number
  refused: number
  rows: {
    row: number
    status: 'accepted' | 'refused'
    code: string
    /** "Tiếng Việt / English". */
    message: string
    declarationId?: string
  }[]
}

/** The leaders' dashboards (src/modules/analytics/analytics.schemas.ts). */
export interface AnalyticsLabel {
  vi: string
  en: string
}

export type AnalyticsChartKind =
  'kpi' | 'bar' | 'stacked-bar' | 'line' | 'pie' | 'pyramid' | 'table'
export type AnalyticsCell = string | number | boolean | null

export interface AnalyticsColumn {
  key: string
  label: AnalyticsLabel
  role: 'dimension' | 'measure'
  /** people, households, percent, ratio, per_km2, km2, guests, nights, declarations, … */
  unit?: string
}

/** One chart as a small table: a row per category, keyed by column; null = not computable. */
export interface AnalyticsChart {
  id: string
  title: AnalyticsLabel
  kind: AnalyticsChartKind
  columns: AnalyticsColumn[]
  rows: Record<string, AnalyticsCell>[]
  /** labels[dimensionKey][code]: the names of dimension values that are codes. */
  labels: Record<string, Record<string, AnalyticsLabel>>
  note: AnalyticsLabel | null
}

export interface AnalyticsDashboard {
  dashboard: string
  title: AnalyticsLabel
  filters: {
    unit: { code: string; name: string; level: 'province' | 'district' | 'commune' } | null
    /** The communes covered; null = the whole province. */
    communes: string[] | null
    structure: '2024' | '2025'
    asOf?: string
    from?: string
    to?: string
    granularity?: string
  }
  copy: { builtAt: string; lastEventAt: string | null }
  charts: AnalyticsChart[]
}

export interface AnalyticsStatus {
  ready: boolean
  building: boolean
  builtAt: string | null
  residents: number | null
  eventsApplied: number
  lastEventAt: string | null
  dashboards: {
    id: string
    title: AnalyticsLabel
    filters: 'snapshot' | 'period'
    charts: { id: string; title: AnalyticsLabel }[]
  }[]
}

/** A map layer (GET /api/v1/analytics/maps/:layer), GeoJSON in WGS84. */
export interface AnalyticsMapLayer {
  type: 'FeatureCollection'
  features: {
    type: 'Feature'
    properties: Record<string, string | number | boolean | null>
    geometry: unknown
  }[]
}
