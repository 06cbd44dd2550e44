// The shapes the platform answers (src/modules/*/ *.schemas.ts and routes), as this app reads them.

export interface MyAccount {
  personalNumber: string
  level: number
  phone: string
  secondFactor: boolean
  conditions: { eid: boolean; paymentAccount: boolean; digitalSignature: boolean }
  paymentAccount: { provider: string; linkedOn: string | null } | null
  digitalSignature: { provider: string; issuedOn: string | null } | null
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
  purpose: string | null
  purposeLabel: { vi: string; en: string } | null
  actorRole: string
  actorAgency: string | null
  actorUnitCode: string | null
  viaSystem: string | null
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
  communeCode: string
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
  household: { id: number; communeCode: string; address: string }
  members: Resident[]
}

export interface Movement {
  kind: string
  occurredOn: string
  communeCode: string
  otherProvinceCode: string | null
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

export interface AdminUnitWithParents extends AdminUnit {
  parents: AdminUnit[]
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
