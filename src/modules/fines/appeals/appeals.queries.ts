import { and, asc, eq, inArray, or } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { appealAttachments, appeals, violations } from '../fines.tables.js'

export type AppealRecord = typeof appeals.$inferSelect
export type AppealStatus = AppealRecord['status']

export async function insertAppeal(
  db: Executor,
  row: typeof appeals.$inferInsert,
): Promise<AppealRecord> {
  const [inserted] = await db.insert(appeals).values(row).returning()
  return inserted!
}

export async function findAppealsOfViolations(
  db: Executor,
  violationIds: string[],
): Promise<Map<string, AppealRecord>> {
  if (violationIds.length === 0) return new Map()
  const rows = await db.select().from(appeals).where(inArray(appeals.violationId, violationIds))
  return new Map(rows.map((r) => [r.violationId, r]))
}

export async function findAppeal(db: Executor, id: string): Promise<AppealRecord | undefined> {
  const [row] = await db.select().from(appeals).where(eq(appeals.id, id))
  return row
}

export async function findAttachment(
  db: Executor,
  appealId: string,
  ordinal: number,
): Promise<typeof appealAttachments.$inferSelect | undefined> {
  const [row] = await db
    .select()
    .from(appealAttachments)
    .where(and(eq(appealAttachments.appealId, appealId), eq(appealAttachments.ordinal, ordinal)))
  return row
}

export async function lockAppeal(db: Executor, id: string): Promise<AppealRecord | undefined> {
  const [row] = await db.select().from(appeals).where(eq(appeals.id, id)).for('update')
  return row
}

export async function decideAppealRow(
  db: Executor,
  id: string,
  decision: Pick<AppealRecord, 'status' | 'decidedBy' | 'decidedAt' | 'note'>,
): Promise<AppealRecord> {
  const [row] = await db.update(appeals).set(decision).where(eq(appeals.id, id)).returning()
  return row!
}

/** Appeals in a status against violations in the given communes or provinces, oldest first. */
export function findAppealsIn(
  db: Executor,
  options: { status: AppealStatus; unitCodes: string[]; limit: number },
): Promise<{ appeal: AppealRecord; violation: typeof violations.$inferSelect }[]> {
  return db
    .select({ appeal: appeals, violation: violations })
    .from(appeals)
    .innerJoin(violations, eq(violations.id, appeals.violationId))
    .where(
      and(
        eq(appeals.status, options.status),
        or(
          inArray(violations.communeCode, options.unitCodes),
          inArray(violations.provinceCode, options.unitCodes),
        ),
      ),
    )
    .orderBy(asc(appeals.filedAt), asc(appeals.id))
    .limit(options.limit)
}

export function listAttachments(
  db: Executor,
  appealId: string,
): Promise<{ ordinal: number; mediaType: string; size: number }[]> {
  return db
    .select({
      ordinal: appealAttachments.ordinal,
      mediaType: appealAttachments.mediaType,
      size: appealAttachments.size,
    })
    .from(appealAttachments)
    .where(eq(appealAttachments.appealId, appealId))
    .orderBy(asc(appealAttachments.ordinal))
}
