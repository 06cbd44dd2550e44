import { type Static, type TSchema, Type } from '@sinclair/typebox'

/**
 * The payloads of the outbox events the stays module writes: the module that writes an event owns
 * its shape, and readers (the analytics copy, the police's live view) import it from here through
 * index.ts. Facts only: no names, no personal or passport numbers. Each carries the whole current
 * state of its declaration, establishment or alert.
 */
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

export const STAY_EVENT_TYPES = [
  'stays.declared',
  'stays.checked_out',
  'stays.extended',
  'stays.corrected',
] as const
export type StayEventType = (typeof STAY_EVENT_TYPES)[number]

/** 'stays.declared', 'stays.checked_out', 'stays.extended', 'stays.corrected'. */
export const StayEventPayload = Type.Object({
  declarationId: Type.String(),
  establishmentId: Type.String(),
  establishmentTypeCode: Type.String(),
  communeCode: Type.String(),
  provinceCode: Type.String(),
  guestKind: Type.String(),
  nationality: Type.String(),
  birthYear: Nullable(Type.Integer()),
  sex: Nullable(Type.String()),
  arrivalAt: Type.String(),
  expectedDepartureAt: Nullable(Type.String()),
  departedAt: Nullable(Type.String()),
  late: Type.Boolean(),
  tripId: Nullable(Type.String()),
})
export type StayEventPayload = Static<typeof StayEventPayload>

export const ESTABLISHMENT_DECIDED = 'stays.establishment_decided'

/** 'stays.establishment_decided': the police approved or refused an establishment. */
export const EstablishmentDecidedPayload = Type.Object({
  establishmentId: Type.String(),
  typeCode: Type.String(),
  communeCode: Type.String(),
  status: Type.String(),
  capacity: Type.Integer(),
})
export type EstablishmentDecidedPayload = Static<typeof EstablishmentDecidedPayload>

export const WATCH_ALERT = 'stays.watch_alert'

/** 'stays.watch_alert': a watch-listed person was declared. */
export const WatchAlertPayload = Type.Object({
  alertId: Type.String(),
  communeCode: Type.String(),
  /** The unit whose police answer for the listing; readers do not rely on it. */
  responsibleUnitCode: Type.Optional(Type.String()),
})
export type WatchAlertPayload = Static<typeof WatchAlertPayload>
