import { Type, type Static } from '@sinclair/typebox'
import type { NewEvent } from '../../../platform/events/outbox.js'
import type { NewMovement, RegistryEntry } from './registrations.queries.js'

/**
 * The events a registry change writes to the outbox, for readers such as the analytical copy.
 * Identifiers and the facts aggregation needs, never a name or an address: `before` and `after`
 * are the resident's aggregation columns (as the copy holds them) around the change, so a reader
 * without personal numbers can still find the row that changed.
 */
export const ResidentFacts = Type.Object({
  communeCode: Type.String(),
  householdId: Type.Number(),
  birthDate: Type.String(),
  sex: Type.Union([Type.Literal('M'), Type.Literal('F')]),
  ethnicityCode: Type.String(),
  religionCode: Type.Union([Type.String(), Type.Null()]),
  birthProvinceCode: Type.String(),
  status: Type.String(),
  labourStatus: Type.String(),
  sector: Type.Union([Type.String(), Type.Null()]),
  occupation: Type.Union([Type.String(), Type.Null()]),
  eidLevel: Type.Number(),
  hasPaymentAccount: Type.Boolean(),
  hasDigitalSignature: Type.Boolean(),
})
export type ResidentFacts = Static<typeof ResidentFacts>

export const MovementFacts = Type.Object({
  kind: Type.String(),
  occurredOn: Type.String(),
  communeCode: Type.String(),
  otherProvinceCode: Type.Union([Type.String(), Type.Null()]),
  untilOn: Type.Union([Type.String(), Type.Null()]),
})

export const RegistryChangePayload = Type.Object({
  personalNumber: Type.String(),
  /** The dossier whose approval made the change. */
  reference: Type.String(),
  /** Null for a birth: the resident did not exist. */
  before: Type.Union([ResidentFacts, Type.Null()]),
  after: ResidentFacts,
  movements: Type.Array(MovementFacts),
})
export type RegistryChangePayload = Static<typeof RegistryChangePayload>

export const BIRTH_REGISTERED = 'population.birth_registered'
export const DEATH_REGISTERED = 'population.death_registered'
export const PERMANENT_RESIDENCE_REGISTERED = 'population.permanent_residence_registered'
export const TEMPORARY_RESIDENCE_REGISTERED = 'population.temporary_residence_registered'
export const TEMPORARY_ABSENCE_DECLARED = 'population.temporary_absence_declared'

/** Every registry change event; all carry a RegistryChangePayload. */
export const REGISTRY_CHANGE_EVENT_TYPES = [
  BIRTH_REGISTERED,
  DEATH_REGISTERED,
  PERMANENT_RESIDENCE_REGISTERED,
  TEMPORARY_RESIDENCE_REGISTERED,
  TEMPORARY_ABSENCE_DECLARED,
] as const
export type RegistryChangeEventType = (typeof REGISTRY_CHANGE_EVENT_TYPES)[number]

const factsOf = (r: RegistryEntry): ResidentFacts => ({
  communeCode: r.communeCode,
  householdId: r.householdId,
  birthDate: r.birthDate,
  sex: r.sex,
  ethnicityCode: r.ethnicityCode,
  religionCode: r.religionCode,
  birthProvinceCode: r.birthProvinceCode,
  status: r.status,
  labourStatus: r.labourStatus,
  sector: r.sector,
  occupation: r.occupation,
  eidLevel: r.eidLevel,
  hasPaymentAccount: r.hasPaymentAccount,
  hasDigitalSignature: r.hasDigitalSignature,
})

export function registryChangeEvent(
  eventType: RegistryChangeEventType,
  change: {
    reference: string
    before: RegistryEntry | undefined
    after: RegistryEntry
    movements: NewMovement[]
  },
): NewEvent {
  const payload: RegistryChangePayload = {
    personalNumber: change.after.personalNumber,
    reference: change.reference,
    before: change.before ? factsOf(change.before) : null,
    after: factsOf(change.after),
    movements: change.movements.map((m) => ({
      kind: m.kind,
      occurredOn: m.occurredOn,
      communeCode: m.communeCode,
      otherProvinceCode: m.otherProvinceCode ?? null,
      untilOn: m.untilOn ?? null,
    })),
  }
  return {
    aggregateType: 'resident',
    aggregateId: change.after.personalNumber,
    eventType,
    payload,
  }
}
