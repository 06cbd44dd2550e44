import { DOCUMENT_ISSUED, type DocumentIssuedPayload } from '../../documents/index.js'
import {
  DEATH_REGISTERED,
  PERMANENT_RESIDENCE_REGISTERED,
  TEMPORARY_RESIDENCE_REGISTERED,
  type RegistryChangePayload,
} from '../../population/index.js'
import type { StayEventPayload } from '../../stays/index.js'

/**
 * The outbox events a member may subscribe to. Each is covered by a grant on one built-in data
 * service (a service whose target is `{ kind: 'builtin', name: service }`, registered by the
 * administrators): the member needs an approved, unexpired grant on it, and a webhook carries only
 * the attributes that grant names. `establishment` events go, beyond the grant, only to the member
 * whose code is the establishment's code (a hotel hears of its own guests, no one else's).
 */
export interface WebhookEventType {
  readonly service: string
  readonly scope: 'grant' | 'establishment'
  /** Every attribute a grant may name, read from the event's payload. */
  readonly attributes: (payload: Record<string, unknown>) => Record<string, unknown>
}

const death = (payload: Record<string, unknown>) => {
  const p = payload as RegistryChangePayload
  return {
    personalNumber: p.personalNumber,
    communeCode: p.after.communeCode,
    diedOn: p.movements[0]?.occurredOn ?? null,
    birthDate: p.after.birthDate,
    sex: p.after.sex,
  }
}

const move = (payload: Record<string, unknown>) => {
  const p = payload as RegistryChangePayload
  return {
    personalNumber: p.personalNumber,
    communeCode: p.after.communeCode,
    previousCommuneCode: p.before?.communeCode ?? null,
    movedOn: p.movements.at(-1)?.occurredOn ?? null,
    birthDate: p.after.birthDate,
  }
}

const document = (payload: Record<string, unknown>) => {
  const p = payload as DocumentIssuedPayload
  return {
    documentId: p.documentId,
    personalNumber: p.personalNumber,
    kind: p.kind,
    origin: p.origin,
    issuerAgency: p.issuerAgency,
    issuedOn: p.issuedOn,
  }
}

const declaration = (payload: Record<string, unknown>) => {
  const p = payload as StayEventPayload
  return {
    declarationId: p.declarationId,
    establishmentId: p.establishmentId,
    guestKind: p.guestKind,
    nationality: p.nationality,
    birthYear: p.birthYear,
    sex: p.sex,
    arrivalAt: p.arrivalAt,
    expectedDepartureAt: p.expectedDepartureAt,
    late: p.late,
  }
}

const STAY_DECLARED = 'stays.declared'

export const WEBHOOK_EVENTS: Readonly<Record<string, WebhookEventType>> = {
  [DEATH_REGISTERED]: { service: 'resident-deaths', scope: 'grant', attributes: death },
  [PERMANENT_RESIDENCE_REGISTERED]: { service: 'resident-moves', scope: 'grant', attributes: move },
  [TEMPORARY_RESIDENCE_REGISTERED]: { service: 'resident-moves', scope: 'grant', attributes: move },
  [DOCUMENT_ISSUED]: { service: 'vault-documents', scope: 'grant', attributes: document },
  [STAY_DECLARED]: {
    service: 'establishment-declarations',
    scope: 'establishment',
    attributes: declaration,
  },
}

export const webhookEventOf = (eventType: string): WebhookEventType | undefined =>
  Object.hasOwn(WEBHOOK_EVENTS, eventType) ? WEBHOOK_EVENTS[eventType] : undefined

/** The webhook's body: Standard Webhooks' `{ type, timestamp, data }`, data cut to the grant. */
export function webhookBody(
  event: { eventType: string; occurredAt: string; payload: Record<string, unknown> },
  granted: readonly string[],
): string {
  const all = webhookEventOf(event.eventType)?.attributes(event.payload) ?? {}
  const data = Object.fromEntries(Object.entries(all).filter(([name]) => granted.includes(name)))
  return JSON.stringify({ type: event.eventType, timestamp: event.occurredAt, data })
}
