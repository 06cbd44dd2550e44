import { and, asc, desc, eq, inArray, isNull, lt, or } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { dossierEvents, dossiers } from '../services.tables.js'
import type { DossierRow } from '../filing/filing.queries.js'

export type DossierEventRow = typeof dossierEvents.$inferSelect

export async function findDossierByCode(
  db: Executor,
  code: string,
): Promise<DossierRow | undefined> {
  const [row] = await db.select().from(dossiers).where(eq(dossiers.code, code))
  return row
}

export async function findParts(db: Executor, parentId: string): Promise<DossierRow[]> {
  return db
    .select()
    .from(dossiers)
    .where(eq(dossiers.parentId, parentId))
    .orderBy(asc(dossiers.code))
}

export async function findEvents(db: Executor, dossierIds: string[]): Promise<DossierEventRow[]> {
  return db
    .select()
    .from(dossierEvents)
    .where(inArray(dossierEvents.dossierId, dossierIds))
    .orderBy(asc(dossierEvents.at), asc(dossierEvents.id))
}

/**
 * A resident's own filings, newest first, parts left out (they show inside their filing); keyset
 * paging by (receivedAt, code).
 */
export async function findDossiersOf(
  db: Executor,
  applicantNumber: string,
  page: { limit: number; before?: { receivedAt: Date; code: string } },
): Promise<DossierRow[]> {
  const { before } = page
  return db
    .select()
    .from(dossiers)
    .where(
      and(
        eq(dossiers.applicantNumber, applicantNumber),
        isNull(dossiers.parentId),
        before
          ? or(
              lt(dossiers.receivedAt, before.receivedAt),
              and(eq(dossiers.receivedAt, before.receivedAt), lt(dossiers.code, before.code)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(dossiers.receivedAt), desc(dossiers.code))
    .limit(page.limit)
}

/** Marks the fee of the filing with this code paid, once, with its timeline entry. */
export async function settleFee(tx: Executor, code: string, paidAt: Date): Promise<void> {
  const settled = await tx
    .update(dossiers)
    .set({ feePaidAt: paidAt })
    .where(and(eq(dossiers.code, code), isNull(dossiers.feePaidAt)))
    .returning({ id: dossiers.id })
  if (settled.length === 0) return
  await tx.insert(dossierEvents).values({ dossierId: settled[0]!.id, kind: 'fee_paid', at: paidAt })
}
