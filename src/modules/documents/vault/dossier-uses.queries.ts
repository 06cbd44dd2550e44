import { and, asc, eq, inArray } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { vaultDocumentUses, vaultDocuments } from '../documents.tables.js'

export async function insertDocumentUse(
  tx: Executor,
  use: { documentId: string; dossierId: string; requirement: string },
): Promise<void> {
  await tx.insert(vaultDocumentUses).values(use)
}

/** The vault documents some dossiers took, in the order they were attached, without bytes. */
export async function findUsesOfDossiers(db: Executor, dossierIds: string[]) {
  if (dossierIds.length === 0) return []
  return db
    .select({
      id: vaultDocuments.id,
      requirement: vaultDocumentUses.requirement,
      kind: vaultDocuments.kind,
      origin: vaultDocuments.origin,
      title: vaultDocuments.title,
      fields: vaultDocuments.fields,
      mediaType: vaultDocuments.mediaType,
      size: vaultDocuments.size,
      sha256: vaultDocuments.sha256,
      ownerNumber: vaultDocuments.ownerNumber,
      issuerAgency: vaultDocuments.issuerAgency,
      issuedOn: vaultDocuments.issuedOn,
      seal: vaultDocuments.seal,
      verified: vaultDocuments.verified,
    })
    .from(vaultDocumentUses)
    .innerJoin(vaultDocuments, eq(vaultDocuments.id, vaultDocumentUses.documentId))
    .where(inArray(vaultDocumentUses.dossierId, dossierIds))
    .orderBy(asc(vaultDocumentUses.id))
}

/** A document's file, when one of the dossiers took it. */
export async function findFileUsedByDossiers(
  db: Executor,
  dossierIds: string[],
  documentId: string,
): Promise<{ content: Buffer | null; mediaType: string | null; requirement: string } | undefined> {
  const [row] = await db
    .select({
      content: vaultDocuments.content,
      mediaType: vaultDocuments.mediaType,
      requirement: vaultDocumentUses.requirement,
    })
    .from(vaultDocumentUses)
    .innerJoin(vaultDocuments, eq(vaultDocuments.id, vaultDocumentUses.documentId))
    .where(
      and(
        inArray(vaultDocumentUses.dossierId, dossierIds),
        eq(vaultDocumentUses.documentId, documentId),
      ),
    )
    .limit(1)
  return row
}
