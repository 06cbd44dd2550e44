import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { attachments, dossierEvents, dossiers, drafts } from '../services.tables.js'

export type NewDossierRow = typeof dossiers.$inferInsert
export type DossierRow = typeof dossiers.$inferSelect
export type DraftRow = typeof drafts.$inferSelect

export async function insertDossiers(tx: Executor, rows: NewDossierRow[]): Promise<DossierRow[]> {
  return tx.insert(dossiers).values(rows).returning()
}

export async function insertReceivedEvents(
  tx: Executor,
  rows: { dossierId: string; actorId: string; at: Date }[],
): Promise<void> {
  await tx.insert(dossierEvents).values(rows.map((r) => ({ ...r, kind: 'received' as const })))
}

export async function upsertDraft(
  db: Executor,
  draft: { accountId: string; serviceCode: string; data: Record<string, unknown> },
): Promise<DraftRow> {
  const [row] = await db
    .insert(drafts)
    .values(draft)
    .onConflictDoUpdate({
      target: [drafts.accountId, drafts.serviceCode],
      set: { data: draft.data, updatedAt: sql`now()` },
    })
    .returning()
  return row!
}

export async function findDraft(
  db: Executor,
  accountId: string,
  serviceCode: string,
): Promise<DraftRow | undefined> {
  const [row] = await db
    .select()
    .from(drafts)
    .where(and(eq(drafts.accountId, accountId), eq(drafts.serviceCode, serviceCode)))
  return row
}

export async function findDrafts(db: Executor, accountId: string): Promise<DraftRow[]> {
  return db.select().from(drafts).where(eq(drafts.accountId, accountId))
}

export async function deleteDraft(
  db: Executor,
  accountId: string,
  serviceCode: string,
): Promise<boolean> {
  const deleted = await db
    .delete(drafts)
    .where(and(eq(drafts.accountId, accountId), eq(drafts.serviceCode, serviceCode)))
    .returning({ code: drafts.serviceCode })
  return deleted.length > 0
}

export async function insertAttachment(
  db: Executor,
  row: { accountId: string; mediaType: string; size: number; sha256: string; content: Buffer },
): Promise<{ id: string; uploadedAt: Date }> {
  const [stored] = await db
    .insert(attachments)
    .values(row)
    .returning({ id: attachments.id, uploadedAt: attachments.uploadedAt })
  return stored!
}

/**
 * Binds one of the uploader's free attachments to a dossier. @returns false when it is unknown,
 * another's, or already in a dossier.
 */
export async function bindAttachment(
  tx: Executor,
  accountId: string,
  attachment: { id: string; requirement: string },
  dossierId: string,
): Promise<boolean> {
  const bound = await tx
    .update(attachments)
    .set({ dossierId, requirement: attachment.requirement })
    .where(
      and(
        eq(attachments.id, attachment.id),
        eq(attachments.accountId, accountId),
        isNull(attachments.dossierId),
      ),
    )
    .returning({ id: attachments.id })
  return bound.length === 1
}
