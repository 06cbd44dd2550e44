import type { Executor } from '../../../platform/db/database.js'
import { documentHasNoFile, documentNotFound } from '../documents.errors.js'
import { isIntact } from './store.js'
import { presentDocuments, type AgencyNamer, type VaultDocumentView } from './vault.presenters.js'
import {
  findDocumentOfOwner,
  findDocumentsOfOwner,
  findDocumentWithFile,
  type VaultDocumentEntry,
} from './vault.queries.js'

/** The resident's vault: every document, newest first, cards and files alike. */
export async function listMyDocuments(
  db: Executor,
  ownerNumber: string,
  agencyNames: AgencyNamer,
): Promise<VaultDocumentView[]> {
  return presentDocuments(await findDocumentsOfOwner(db, ownerNumber), agencyNames)
}

/** One of the resident's documents. @throws DOCUMENT_NOT_FOUND (another's reads as absent) */
export async function getMyDocument(
  db: Executor,
  document: { ownerNumber: string; id: string },
  agencyNames: AgencyNamer,
): Promise<VaultDocumentView> {
  const row = await findDocumentOfOwner(db, document.ownerNumber, document.id)
  if (!row) throw documentNotFound()
  const [view] = await presentDocuments([row], agencyNames)
  return view!
}

/** A vault document with its bytes, as another part of the platform receives it. */
export interface OwnVaultDocument {
  id: string
  kind: string
  origin: VaultDocumentEntry['origin']
  title: string | null
  fields: Record<string, unknown>
  issuerAgency: string | null
  issuedOn: string | null
  /** Issued or certified, and its seal still holds. */
  verified: boolean
  file: { content: Buffer; mediaType: string; sha256: string } | null
}

/**
 * A resident's own vault document with its file, for the platform's other features (a
 * certification request, a dossier).
 * @throws DOCUMENT_NOT_FOUND when it is not the owner's
 */
export async function readOwnVaultDocument(
  db: Executor,
  ownerNumber: string,
  id: string,
): Promise<OwnVaultDocument> {
  const row = await findDocumentWithFile(db, id)
  if (row?.ownerNumber !== ownerNumber) throw documentNotFound()
  const intact = await isIntact(row)
  return {
    id: row.id,
    kind: row.kind,
    origin: row.origin,
    title: row.title,
    fields: row.fields,
    issuerAgency: row.issuerAgency,
    issuedOn: row.issuedOn,
    verified: row.verified && intact,
    file:
      row.content && row.mediaType && row.sha256
        ? // PGlite hands bytea over as a Uint8Array, PostgreSQL as a Buffer.
          { content: Buffer.from(row.content), mediaType: row.mediaType, sha256: row.sha256 }
        : null,
  }
}

/** The file of one of the resident's documents. @throws DOCUMENT_NOT_FOUND, DOCUMENT_NO_FILE */
export async function myDocumentFile(
  db: Executor,
  ownerNumber: string,
  id: string,
): Promise<{ content: Buffer; mediaType: string }> {
  const { file } = await readOwnVaultDocument(db, ownerNumber, id)
  if (!file) throw documentHasNoFile()
  return file
}
