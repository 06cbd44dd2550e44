import { Type, type Static } from '@sinclair/typebox'
import type { NewEvent } from '../../platform/events/outbox.js'

/**
 * 'documents.document_issued': a document an agency stands behind entered a resident's vault (an
 * agency issued it, or a commune certified a copy). Identifiers and facts, never the document's
 * fields or title: readers such as the exchange's webhooks pass on only what a grant names.
 */
export const DOCUMENT_ISSUED = 'documents.document_issued'

export const DocumentIssuedPayload = Type.Object({
  documentId: Type.String(),
  personalNumber: Type.String(),
  kind: Type.String(),
  origin: Type.Union([Type.Literal('issued'), Type.Literal('certified')]),
  issuerAgency: Type.Union([Type.String(), Type.Null()]),
  issuedOn: Type.Union([Type.String(), Type.Null()]),
})
export type DocumentIssuedPayload = Static<typeof DocumentIssuedPayload>

export function documentIssuedEvent(payload: DocumentIssuedPayload): NewEvent {
  return {
    aggregateType: 'vault_document',
    aggregateId: payload.documentId,
    eventType: DOCUMENT_ISSUED,
    payload,
  }
}
