import { and, asc, desc, eq, gt, inArray, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import {
  linkageDatasetChunks,
  linkageDatasetRows,
  linkageDatasets,
  linkageMatchResults,
} from '../linkage.tables.js'

export type DatasetRecord = typeof linkageDatasets.$inferSelect
type DatasetInsert = typeof linkageDatasets.$inferInsert
type DatasetChanges = { [K in keyof DatasetInsert]?: DatasetInsert[K] | SQL }
export type NewDatasetRow = typeof linkageDatasetRows.$inferInsert
export type NewMatchResult = typeof linkageMatchResults.$inferInsert

export async function insertDataset(
  db: Executor,
  values: typeof linkageDatasets.$inferInsert,
): Promise<string> {
  const [created] = await db
    .insert(linkageDatasets)
    .values(values)
    .returning({ id: linkageDatasets.id })
  return created!.id
}

export async function deleteDataset(db: Executor, id: string): Promise<void> {
  await db.delete(linkageDatasets).where(eq(linkageDatasets.id, id))
}

export async function findDataset(db: Executor, id: string): Promise<DatasetRecord | undefined> {
  const [dataset] = await db.select().from(linkageDatasets).where(eq(linkageDatasets.id, id))
  return dataset
}

export async function updateDataset(
  db: Executor,
  id: string,
  changes: DatasetChanges,
): Promise<DatasetRecord> {
  const [dataset] = await db
    .update(linkageDatasets)
    .set(changes)
    .where(eq(linkageDatasets.id, id))
    .returning()
  return dataset!
}

/** The uploaded datasets of some units, newest first. */
export function datasetsInUnits(db: Executor, units: string[]): Promise<DatasetRecord[]> {
  return db
    .select()
    .from(linkageDatasets)
    .where(and(inArray(linkageDatasets.unitCode, units), isNotNull(linkageDatasets.sha256)))
    .orderBy(desc(linkageDatasets.uploadedAt))
    .limit(200)
}

/** An earlier dataset of the same owner with the same file. */
export async function sameFile(
  db: Executor,
  owner: { unitCode: string; agencyCode: string | null },
  sha256: string,
): Promise<string | undefined> {
  const [earlier] = await db
    .select({ id: linkageDatasets.id })
    .from(linkageDatasets)
    .where(
      and(
        eq(linkageDatasets.unitCode, owner.unitCode),
        sql`${linkageDatasets.agencyCode} IS NOT DISTINCT FROM ${owner.agencyCode}`,
        eq(linkageDatasets.sha256, sha256),
      ),
    )
  return earlier?.id
}

export async function insertChunk(
  db: Executor,
  datasetId: string,
  ordinal: number,
  content: Buffer,
): Promise<void> {
  await db.insert(linkageDatasetChunks).values({ datasetId, ordinal, content })
}

/** The chunk after an ordinal (-1 for the first). */
export async function chunkAfter(
  db: Executor,
  datasetId: string,
  ordinal: number,
): Promise<{ ordinal: number; content: Buffer } | undefined> {
  const [chunk] = await db
    .select({ ordinal: linkageDatasetChunks.ordinal, content: linkageDatasetChunks.content })
    .from(linkageDatasetChunks)
    .where(
      and(eq(linkageDatasetChunks.datasetId, datasetId), gt(linkageDatasetChunks.ordinal, ordinal)),
    )
    .orderBy(asc(linkageDatasetChunks.ordinal))
    .limit(1)
  return chunk
}

export async function countChunks(db: Executor, datasetId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(linkageDatasetChunks)
    .where(eq(linkageDatasetChunks.datasetId, datasetId))
  return row?.n ?? 0
}

export async function deleteRows(db: Executor, datasetId: string): Promise<void> {
  await db.delete(linkageDatasetRows).where(eq(linkageDatasetRows.datasetId, datasetId))
}

/** A batch of rows and the checkpoint after it, in one transaction. */
export async function writeBatch(
  db: Executor,
  datasetId: string,
  rows: NewDatasetRow[],
  checkpoint: { checkpointRow: number; rowsWritten: number; bytesRead: number },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(linkageDatasetRows).values(rows)
    await tx
      .update(linkageDatasets)
      .set({ ...checkpoint, heartbeatAt: sql`now()` })
      .where(eq(linkageDatasets.id, datasetId))
  })
}

export const IMPORT_STALE_SECONDS = 120

const quiet = () =>
  and(
    eq(linkageDatasets.status, 'importing'),
    or(
      sql`${linkageDatasets.heartbeatAt} IS NULL`,
      lt(linkageDatasets.heartbeatAt, sql`now() - make_interval(secs => ${IMPORT_STALE_SECONDS})`),
    ),
  )

/** Takes an import to run: one not running, or whose runner has gone quiet. */
export async function claimImport(db: Executor, id: string): Promise<DatasetRecord | undefined> {
  const [dataset] = await db
    .update(linkageDatasets)
    .set({ heartbeatAt: sql`now()` })
    .where(and(eq(linkageDatasets.id, id), quiet()))
    .returning()
  return dataset
}

export async function quietImports(db: Executor): Promise<string[]> {
  const rows = await db.select({ id: linkageDatasets.id }).from(linkageDatasets).where(quiet())
  return rows.map((r) => r.id)
}

export const runsPlusOne = sql<number>`${linkageDatasets.runs} + 1`
export const databaseNow = sql<Date>`now()`

/** The imported rows of a dataset after a row number, in order, a page at a time. */
export function rowsAfter(db: Executor, datasetId: string, after: number, limit: number) {
  return db
    .select({
      datasetId: linkageDatasetRows.datasetId,
      rowNumber: linkageDatasetRows.rowNumber,
      fullName: linkageDatasetRows.fullName,
      birthDate: linkageDatasetRows.birthDate,
      birthYear: linkageDatasetRows.birthYear,
      sex: linkageDatasetRows.sex,
      personalNumber: linkageDatasetRows.personalNumber,
      oldIdNumber: linkageDatasetRows.oldIdNumber,
      street: linkageDatasetRows.street,
      commune: linkageDatasetRows.commune,
      district: linkageDatasetRows.district,
      province: linkageDatasetRows.province,
      phone: linkageDatasetRows.phone,
    })
    .from(linkageDatasetRows)
    .where(
      and(eq(linkageDatasetRows.datasetId, datasetId), gt(linkageDatasetRows.rowNumber, after)),
    )
    .orderBy(asc(linkageDatasetRows.rowNumber))
    .limit(limit)
}

/** Records or replaces match results, in one transaction. */
export async function upsertMatchResults(db: Executor, results: NewMatchResult[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (let i = 0; i < results.length; i += 1000) {
      await tx
        .insert(linkageMatchResults)
        .values(results.slice(i, i + 1000))
        .onConflictDoUpdate({
          target: [linkageMatchResults.datasetId, linkageMatchResults.rowNumber],
          set: {
            personalNumber: sql`excluded.personal_number`,
            weight: sql`excluded.weight`,
            status: sql`excluded.status`,
            explanation: sql`excluded.explanation`,
            recordedAt: sql`now()`,
          },
        })
    }
  })
}
