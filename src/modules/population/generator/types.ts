/** Rows as the generator emits them: camelCase fields of the population tables' columns. */
import type { Sex } from '../personal-number.js'

export type { Sex }
export type Relation = 'head' | 'spouse' | 'child' | 'parent' | 'grandchild' | 'sibling' | 'other'
export type Status = 'resident' | 'moved_out' | 'deceased'
export type LabourStatus =
  'child' | 'in_school' | 'employed' | 'unemployed' | 'homemaker' | 'retired'
export type Sector = 'agriculture' | 'industry' | 'services'
export type MovementKind = 'born' | 'moved_in' | 'moved_out' | 'deceased'

export interface HouseholdRow {
  id: number
  communeCode: string
  address: string
}

export interface ResidentRow {
  personalNumber: string
  fullName: string
  fullNameFolded: string
  birthDate: string
  sex: Sex
  ethnicityCode: string
  religionCode: string | null
  birthProvinceCode: string
  communeCode: string
  householdId: number
  relationToHead: Relation
  status: Status
  labourStatus: LabourStatus
  sector: Sector | null
  occupation: string | null
  oldIdNumber: string | null
  cardIssuedOn: string | null
  cardExpiresOn: string | null
  eidLevel: 0 | 1 | 2
  hasPaymentAccount: boolean
  hasDigitalSignature: boolean
}

/** movements without id and recorded_at, which the database fills in. */
export interface MovementRow {
  personalNumber: string
  kind: MovementKind
  occurredOn: string
  communeCode: string
  otherProvinceCode: string | null
}

export interface GeneratedCommune {
  households: HouseholdRow[]
  residents: ResidentRow[]
  movements: MovementRow[]
}

export interface CommuneCsv {
  households: string
  residents: string
  movements: string
  counts: { households: number; residents: number; movements: number }
}

export interface GenerateOptions {
  seed: number
  /** YYYY-MM-DD: the generator never reads the clock, so a rerun gives the same bytes. */
  today: string
}
