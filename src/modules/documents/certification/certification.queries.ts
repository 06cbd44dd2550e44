import { and, asc, count, desc, eq, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { preparedPerExecutor } from '../../../platform/db/prepared.js'
import {
  certificationBooks,
  certifications,
  type CertificationStatus,
} from './certification.tables.js'

/** Every column but the files: what lists, queues and the verification page read. */
const summaryColumns = {
  id: certifications.id,
  code: certifications.code,
  requesterNumber: certifications.requesterNumber,
  holderMasked: certifications.holderMasked,
  communeCode: certifications.communeCode,
  sourceDocumentId: certifications.sourceDocumentId,
  title: certifications.title,
  originalMediaType: certifications.originalMediaType,
  originalSha256: certifications.originalSha256,
  status: certifications.status,
  requestedAt: certifications.requestedAt,
  decidedAt: certifications.decidedAt,
  decidedBy: certifications.decidedBy,
  refusalReason: certifications.refusalReason,
  bookYear: certifications.bookYear,
  bookNumber: certifications.bookNumber,
  officerName: certifications.officerName,
  officerTitle: certifications.officerTitle,
  certifiedSha256: certifications.certifiedSha256,
  pageCount: certifications.pageCount,
  signerSubject: certifications.signerSubject,
  revokedAt: certifications.revokedAt,
  revocationReason: certifications.revocationReason,
}

export type CertificationRow = {
  [K in keyof typeof summaryColumns]: (typeof certifications.$inferSelect)[K]
}

export type NewCertification = Pick<
  typeof certifications.$inferInsert,
  | 'code'
  | 'requesterNumber'
  | 'requesterAccountId'
  | 'holderMasked'
  | 'communeCode'
  | 'sourceDocumentId'
  | 'title'
  | 'originalMediaType'
  | 'originalSha256'
  | 'originalContent'
>

export async function insertCertification(
  db: Executor,
  values: NewCertification,
): Promise<CertificationRow> {
  const [row] = await db.insert(certifications).values(values).returning(summaryColumns)
  return row!
}

export async function findCertificationsOfRequester(
  db: Executor,
  requesterNumber: string,
): Promise<CertificationRow[]> {
  return db
    .select(summaryColumns)
    .from(certifications)
    .where(eq(certifications.requesterNumber, requesterNumber))
    .orderBy(desc(certifications.requestedAt))
    .limit(200)
}

export async function findCertification(
  db: Executor,
  id: string,
): Promise<CertificationRow | undefined> {
  const [row] = await db
    .select(summaryColumns)
    .from(certifications)
    .where(eq(certifications.id, id))
  return row
}

/** The certification with its original, locked until the transaction ends. */
export async function lockCertification(
  tx: Executor,
  id: string,
): Promise<(CertificationRow & { originalContent: Buffer }) | undefined> {
  const [row] = await tx
    .select({ ...summaryColumns, originalContent: certifications.originalContent })
    .from(certifications)
    .where(eq(certifications.id, id))
    .for('update')
  // PGlite hands bytea over as a Uint8Array, PostgreSQL as a Buffer.
  return row && { ...row, originalContent: Buffer.from(row.originalContent) }
}

export async function findOriginal(
  db: Executor,
  id: string,
): Promise<{ mediaType: string; content: Buffer } | undefined> {
  const [row] = await db
    .select({
      mediaType: certifications.originalMediaType,
      content: certifications.originalContent,
    })
    .from(certifications)
    .where(eq(certifications.id, id))
  return row && { mediaType: row.mediaType, content: Buffer.from(row.content) }
}

export async function findCertifiedFile(db: Executor, id: string): Promise<Buffer | undefined> {
  const [row] = await db
    .select({ content: certifications.certifiedContent })
    .from(certifications)
    .where(eq(certifications.id, id))
  return row?.content ? Buffer.from(row.content) : undefined
}

export async function findCertificationsOfCommunes(
  db: Executor,
  communeCodes: string[],
  status: CertificationStatus,
  limit: number,
): Promise<CertificationRow[]> {
  if (communeCodes.length === 0) return []
  return db
    .select(summaryColumns)
    .from(certifications)
    .where(
      and(inArray(certifications.communeCode, communeCodes), eq(certifications.status, status)),
    )
    .orderBy(asc(certifications.requestedAt))
    .limit(limit)
}

export type CertificationChange = Partial<
  Omit<typeof certifications.$inferInsert, 'id' | 'code' | 'requesterNumber'>
>

export async function updateCertification(
  tx: Executor,
  id: string,
  change: CertificationChange,
): Promise<CertificationRow> {
  const [row] = await tx
    .update(certifications)
    .set(change)
    .where(eq(certifications.id, id))
    .returning(summaryColumns)
  return row!
}

/**
 * The next number of the commune's book for the year. The row's update holds any other
 * approval of the commune until this transaction ends; a rollback gives the number back.
 */
export async function takeBookNumber(tx: Executor, communeCode: string, year: number) {
  const [row] = await tx
    .insert(certificationBooks)
    .values({ communeCode, year, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [certificationBooks.communeCode, certificationBooks.year],
      set: { lastNumber: sql`${certificationBooks.lastNumber} + 1` },
    })
    .returning({ number: certificationBooks.lastNumber })
  return row!.number
}

/** The book's entries of a commune and year, by number (revoked ones stay in the book). */
export async function findBookEntries(
  db: Executor,
  communeCode: string,
  year: number,
): Promise<CertificationRow[]> {
  return db
    .select(summaryColumns)
    .from(certifications)
    .where(
      and(
        eq(certifications.communeCode, communeCode),
        eq(certifications.bookYear, year),
        isNotNull(certifications.bookNumber),
      ),
    )
    .orderBy(asc(certifications.bookNumber))
}

// The public verification's one query.
const findByCodeStatement = preparedPerExecutor((db) =>
  db
    .select(summaryColumns)
    .from(certifications)
    .where(eq(certifications.code, sql.placeholder('code')))
    .prepare('documents_find_certification_by_code'),
)

export async function findCertificationByCode(
  db: Executor,
  code: string,
): Promise<CertificationRow | undefined> {
  const [row] = await findByCodeStatement(db).execute({ code })
  return row
}

const countWhere = (condition: ReturnType<typeof sql>) =>
  sql<number>`count(*) FILTER (WHERE ${condition})`.mapWith(Number)

/** Copies issued in [from, to) by commune, and requests received in it (model 4's KPI). */
export async function tallyCertifications(db: Executor, period: { from: Date; to: Date }) {
  const communes = await db
    .select({
      communeCode: certifications.communeCode,
      issued: count(),
      revoked: countWhere(sql`${certifications.status} = 'revoked'`),
    })
    .from(certifications)
    .where(
      and(
        isNotNull(certifications.bookNumber),
        gte(certifications.decidedAt, period.from),
        lt(certifications.decidedAt, period.to),
      ),
    )
    .groupBy(certifications.communeCode)
    .orderBy(certifications.communeCode)
  const [received] = await db
    .select({
      requested: count(),
      refused: countWhere(sql`${certifications.status} = 'refused'`),
    })
    .from(certifications)
    .where(
      and(gte(certifications.requestedAt, period.from), lt(certifications.requestedAt, period.to)),
    )
  // count() and countWhere map to numbers on both drivers.
  return {
    communes,
    received: { requested: received?.requested ?? 0, refused: received?.refused ?? 0 },
  }
}
