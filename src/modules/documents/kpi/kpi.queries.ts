import { and, eq, gte, lt, sql } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { vaultDocumentUses, vaultDocuments } from '../documents.tables.js'

export interface KindTally {
  kind: string
  count: number
}

const tally = sql<number>`count(*)::int`

/** Documents agencies issued into vaults in [from, to), by kind. */
export async function tallyIssued(
  db: Executor,
  period: { from: Date; to: Date },
): Promise<KindTally[]> {
  return db
    .select({ kind: vaultDocuments.kind, count: tally })
    .from(vaultDocuments)
    .where(
      and(
        eq(vaultDocuments.origin, 'issued'),
        gte(vaultDocuments.createdAt, period.from),
        lt(vaultDocuments.createdAt, period.to),
      ),
    )
    .groupBy(vaultDocuments.kind)
}

/** Vault documents dossiers took in [from, to), by kind. */
export async function tallyReused(
  db: Executor,
  period: { from: Date; to: Date },
): Promise<KindTally[]> {
  return db
    .select({ kind: vaultDocuments.kind, count: tally })
    .from(vaultDocumentUses)
    .innerJoin(vaultDocuments, eq(vaultDocuments.id, vaultDocumentUses.documentId))
    .where(and(gte(vaultDocumentUses.usedAt, period.from), lt(vaultDocumentUses.usedAt, period.to)))
    .groupBy(vaultDocuments.kind)
}
