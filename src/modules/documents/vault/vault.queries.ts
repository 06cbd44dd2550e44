import { and, desc, eq, getTableColumns } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { vaultDocuments } from '../documents.tables.js'

export type NewVaultDocumentRow = typeof vaultDocuments.$inferInsert
export type VaultDocumentRow = typeof vaultDocuments.$inferSelect
/** A document without its file's bytes: what lists and cards need. */
export type VaultDocumentEntry = Omit<VaultDocumentRow, 'content'>

const { content: _content, ...entryColumns } = getTableColumns(vaultDocuments)

export async function insertVaultDocument(tx: Executor, row: NewVaultDocumentRow): Promise<void> {
  await tx.insert(vaultDocuments).values(row)
}

/** The owner's documents, newest first, without their bytes. */
export async function findDocumentsOfOwner(
  db: Executor,
  ownerNumber: string,
): Promise<VaultDocumentEntry[]> {
  return db
    .select(entryColumns)
    .from(vaultDocuments)
    .where(eq(vaultDocuments.ownerNumber, ownerNumber))
    .orderBy(desc(vaultDocuments.createdAt), desc(vaultDocuments.id))
}

/** One of the owner's documents, without its bytes; undefined when it is not theirs. */
export async function findDocumentOfOwner(
  db: Executor,
  ownerNumber: string,
  id: string,
): Promise<VaultDocumentEntry | undefined> {
  const [row] = await db
    .select(entryColumns)
    .from(vaultDocuments)
    .where(and(eq(vaultDocuments.id, id), eq(vaultDocuments.ownerNumber, ownerNumber)))
  return row
}

/** A document with its bytes, by id alone: the caller has established the right to it. */
export async function findDocumentWithFile(
  db: Executor,
  id: string,
): Promise<VaultDocumentRow | undefined> {
  const [row] = await db.select().from(vaultDocuments).where(eq(vaultDocuments.id, id))
  return row
}
