import type { Executor } from '../../../platform/db/database.js'
import { recordEvent, type NewEvent } from '../../../platform/events/outbox.js'
import type { DeclarationRecord } from './declarations.queries.js'
import type { StayEventPayload, StayEventType } from '../stays.events.js'

export type { StayEventType } from '../stays.events.js'

/**
 * The event of a stay for the analytics module and the police's live view: facts, no names and
 * no personal or passport numbers.
 */
export function stayEventOf(
  eventType: StayEventType,
  stay: DeclarationRecord,
  establishmentTypeCode: string,
): NewEvent {
  const payload: StayEventPayload = {
    declarationId: stay.id,
    establishmentId: stay.establishmentId,
    establishmentTypeCode,
    communeCode: stay.communeCode,
    provinceCode: stay.provinceCode,
    guestKind: stay.guestKind,
    nationality: stay.nationality,
    birthYear: Number(stay.birthDate.slice(0, 4)),
    sex: stay.sex,
    arrivalAt: stay.arrivalAt.toISOString(),
    expectedDepartureAt: stay.expectedDepartureAt?.toISOString() ?? null,
    departedAt: stay.departedAt?.toISOString() ?? null,
    late: stay.late,
    tripId: stay.tripId,
  }
  return { aggregateType: 'stay', aggregateId: stay.id, eventType, payload }
}

/** Writes a stay's event in the caller's transaction. */
export async function recordStayEvent(
  tx: Executor,
  eventType: StayEventType,
  stay: DeclarationRecord,
  establishmentTypeCode: string,
): Promise<void> {
  await recordEvent(tx, stayEventOf(eventType, stay, establishmentTypeCode))
}
