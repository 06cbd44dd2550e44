import type { Executor } from '../../../platform/db/database.js'
import { documentNotFound, kindNotAccepted } from '../documents.errors.js'
import { documentKinds } from '../kinds/kinds.reference.js'
import {
  findFileUsedByDossiers,
  findUsesOfDossiers,
  insertDocumentUse,
} from './dossier-uses.queries.js'
import { sealedContentOf } from './store.js'
import { documentSeal } from './seal.js'
import { findDocumentOfOwner } from './vault.queries.js'

/**
 * A dossier takes one of its filer's vault documents by reference, for one of the service's
 * documents: it must be the filer's own and of a kind the requirement accepts. Recorded in the
 * caller's transaction (the reuse indicator counts it).
 * @throws DOCUMENT_NOT_FOUND (another's reads as absent), DOCUMENT_KIND_NOT_ACCEPTED
 */
export async function attachVaultDocument(
  tx: Executor,
  use: {
    ownerNumber: string
    documentId: string
    dossierId: string
    requirement: string
    kinds: readonly string[]
  },
): Promise<void> {
  const document = await findDocumentOfOwner(tx, use.ownerNumber, use.documentId)
  if (!document) throw documentNotFound()
  if (!use.kinds.includes(document.kind)) throw kindNotAccepted(document.kind, [...use.kinds])
  await insertDocumentUse(tx, use)
}

/** A vault document as the officer handling a dossier sees it. */
export interface DossierVaultDocument {
  id: string
  requirement: string
  kind: { code: string; name: { vi: string; en: string } }
  origin: 'issued' | 'uploaded' | 'certified'
  fields: Record<string, unknown>
  labels: Record<string, { vi: string; en: string }>
  file: { mediaType: string; size: number } | null
  issuerAgency: string | null
  issuedOn: string | null
  /** Issued or certified, and the platform's seal still holds: no need to check the paper. */
  verified: boolean
}

/** The vault documents some dossiers took (a linked filing's are on its own row). */
export async function vaultDocumentsOfDossiers(
  db: Executor,
  dossierIds: string[],
): Promise<DossierVaultDocument[]> {
  const seal = await documentSeal()
  const uses = await findUsesOfDossiers(db, dossierIds)
  return Promise.all(
    uses.map(async (use) => {
      const kind = documentKinds().get(use.kind)?.definition
      const intact = await seal.isIntact(use.seal, sealedContentOf(use))
      return {
        id: use.id,
        requirement: use.requirement,
        kind: { code: use.kind, name: kind?.name ?? { vi: use.kind, en: use.kind } },
        origin: use.origin,
        fields: use.fields,
        labels: kind?.fields.labels ?? {},
        file:
          use.mediaType && use.size !== null ? { mediaType: use.mediaType, size: use.size } : null,
        issuerAgency: use.issuerAgency,
        issuedOn: use.issuedOn,
        verified: use.verified && intact,
      }
    }),
  )
}

/** The file of a vault document one of the dossiers took; undefined when none did, or no file. */
export async function vaultFileOfDossiers(
  db: Executor,
  dossierIds: string[],
  documentId: string,
): Promise<{ content: Buffer; mediaType: string; requirement: string } | undefined> {
  const found = await findFileUsedByDossiers(db, dossierIds, documentId)
  if (!found?.content || !found.mediaType) return undefined
  return {
    content: Buffer.from(found.content),
    mediaType: found.mediaType,
    requirement: found.requirement,
  }
}
