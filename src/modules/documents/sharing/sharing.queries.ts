import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { vaultShareOpenings, vaultShares } from '../documents.tables.js'

export type ShareRow = typeof vaultShares.$inferSelect

export async function insertShare(
  tx: Executor,
  row: { documentId: string; ownerNumber: string; secretHash: string; expiresAt: Date },
): Promise<ShareRow> {
  const [share] = await tx.insert(vaultShares).values(row).returning()
  return share!
}

/** A document's shares, newest first, each with how many times it was opened. */
export async function findSharesOfDocument(db: Executor, documentId: string) {
  return db
    .select({
      id: vaultShares.id,
      createdAt: vaultShares.createdAt,
      expiresAt: vaultShares.expiresAt,
      revokedAt: vaultShares.revokedAt,
    })
    .from(vaultShares)
    .where(eq(vaultShares.documentId, documentId))
    .orderBy(desc(vaultShares.createdAt), desc(vaultShares.id))
}

/** The openings of some shares, newest first. */
export async function findOpenings(
  db: Executor,
  shareIds: string[],
): Promise<{ shareId: string; openedAt: Date }[]> {
  if (shareIds.length === 0) return []
  return db
    .select({ shareId: vaultShareOpenings.shareId, openedAt: vaultShareOpenings.openedAt })
    .from(vaultShareOpenings)
    .where(inArray(vaultShareOpenings.shareId, shareIds))
    .orderBy(desc(vaultShareOpenings.openedAt), desc(vaultShareOpenings.id))
}

/** Revokes one of the owner's shares of a document; false when there is no such share. */
export async function revokeShareOf(
  db: Executor,
  share: { id: string; documentId: string; ownerNumber: string },
): Promise<boolean> {
  const revoked = await db
    .update(vaultShares)
    .set({ revokedAt: sql`coalesce(${vaultShares.revokedAt}, now())` })
    .where(
      and(
        eq(vaultShares.id, share.id),
        eq(vaultShares.documentId, share.documentId),
        eq(vaultShares.ownerNumber, share.ownerNumber),
      ),
    )
    .returning({ id: vaultShares.id })
  return revoked.length === 1
}

export async function findShareBySecretHash(
  db: Executor,
  secretHash: string,
): Promise<ShareRow | undefined> {
  const [share] = await db.select().from(vaultShares).where(eq(vaultShares.secretHash, secretHash))
  return share
}

export async function insertOpening(tx: Executor, shareId: string, openedAt: Date): Promise<void> {
  await tx.insert(vaultShareOpenings).values({ shareId, openedAt })
}
