import { randomUUID } from 'node:crypto'
import type { Executor } from '../../../platform/db/database.js'
import { recordEvent } from '../../../platform/events/outbox.js'
import { documentIssuedEvent } from '../documents.events.js'
import type { DocumentOrigin } from '../documents.tables.js'
import type { CheckedScan } from './scan.js'
import { documentSeal, type SealedContent } from './seal.js'
import { insertVaultDocument, type VaultDocumentEntry } from './vault.queries.js'

export interface Label {
  vi: string
  en: string
}

/** A document to keep in a resident's vault, checked by its caller. */
export interface NewVaultDocument {
  ownerNumber: string
  kind: string
  origin: DocumentOrigin
  title?: string | null
  fields: Record<string, unknown>
  file?: CheckedScan | null
  issuerAgency?: string | null
  /** The account or system (a machine client) that put it there. */
  issuedBy?: string | null
  issuedOn?: string | null
}

export const sealedContentOf = (row: Omit<SealedContent, 'fields'> & { fields: unknown }) => ({
  id: row.id,
  ownerNumber: row.ownerNumber,
  kind: row.kind,
  origin: row.origin,
  fields: row.fields as Record<string, unknown>,
  sha256: row.sha256,
  issuerAgency: row.issuerAgency,
  issuedOn: row.issuedOn,
  verified: row.verified,
})

/**
 * Keeps a document in its owner's vault, sealed by the platform: issued and certified documents
 * are verified (an agency stands behind them), uploads are not; a verified one is announced in
 * the outbox ('documents.document_issued'). Runs in the caller's transaction.
 * @returns the new document's id
 */
export async function storeVaultDocument(
  tx: Executor,
  document: NewVaultDocument,
): Promise<string> {
  const row = {
    id: randomUUID(),
    ownerNumber: document.ownerNumber,
    kind: document.kind,
    origin: document.origin,
    title: document.title ?? null,
    fields: document.fields,
    mediaType: document.file?.mediaType ?? null,
    size: document.file?.size ?? null,
    sha256: document.file?.sha256 ?? null,
    content: document.file?.content ?? null,
    issuerAgency: document.issuerAgency ?? null,
    issuedBy: document.issuedBy ?? null,
    issuedOn: document.issuedOn ?? null,
    verified: document.origin !== 'uploaded',
  }
  const seal = await (await documentSeal()).seal(sealedContentOf(row))
  await insertVaultDocument(tx, { ...row, seal })
  if (row.origin !== 'uploaded')
    await recordEvent(
      tx,
      documentIssuedEvent({
        documentId: row.id,
        personalNumber: row.ownerNumber,
        kind: row.kind,
        origin: row.origin,
        issuerAgency: row.issuerAgency,
        issuedOn: row.issuedOn,
      }),
    )
  return row.id
}

/** Whether a stored document is still exactly what was sealed. */
export async function isIntact(row: VaultDocumentEntry): Promise<boolean> {
  return (await documentSeal()).isIntact(row.seal, sealedContentOf(row))
}
