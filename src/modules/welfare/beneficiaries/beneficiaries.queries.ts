import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import {
  welfareBeneficiaries as b,
  welfareBeneficiaryHistory as h,
  type BeneficiaryStatus,
} from '../welfare.tables.js'

export type BeneficiaryRecord = typeof b.$inferSelect
export type HistoryRecord = typeof h.$inferSelect

/** Whether a person is on the active list of one of these programmes. */
export async function listedIn(
  db: Executor,
  personalNumber: string,
  programmeCodes: readonly string[],
): Promise<boolean> {
  const rows = await db
    .select({ id: b.id })
    .from(b)
    .where(
      and(
        eq(b.personalNumber, personalNumber),
        inArray(b.programmeCode, [...programmeCodes]),
        eq(b.status, 'active'),
      ),
    )
    .limit(1)
  return rows.length > 0
}

export async function findBeneficiary(
  db: Executor,
  id: string,
  lock = false,
): Promise<BeneficiaryRecord | undefined> {
  const query = db.select().from(b).where(eq(b.id, id))
  const [row] = lock ? await query.for('update') : await query
  return row
}

/** The person's current (proposed or active) entry of a programme. */
export async function findCurrent(
  db: Executor,
  programmeCode: string,
  personalNumber: string,
): Promise<BeneficiaryRecord | undefined> {
  const [row] = await db
    .select()
    .from(b)
    .where(
      and(
        eq(b.programmeCode, programmeCode),
        eq(b.personalNumber, personalNumber),
        inArray(b.status, ['proposed', 'active']),
      ),
    )
  return row
}

/** Every entry of a person, current ones first then newest. */
export const findOfPerson = (db: Executor, personalNumber: string): Promise<BeneficiaryRecord[]> =>
  db
    .select()
    .from(b)
    .where(eq(b.personalNumber, personalNumber))
    .orderBy(asc(b.status), desc(b.createdAt))

export const findList = (
  db: Executor,
  filter: { programmeCode: string; communeCode: string; status?: BeneficiaryStatus | undefined },
): Promise<BeneficiaryRecord[]> =>
  db
    .select()
    .from(b)
    .where(
      and(
        eq(b.programmeCode, filter.programmeCode),
        eq(b.communeCode, filter.communeCode),
        filter.status ? eq(b.status, filter.status) : undefined,
      ),
    )
    .orderBy(asc(b.createdAt), asc(b.id))

/** The entries paid in a month: active since then or before, or stopped after it. */
export const findPayable = (
  db: Executor,
  filter: { programmeCode: string; communeCode: string; period: string },
): Promise<BeneficiaryRecord[]> =>
  db
    .select()
    .from(b)
    .where(
      and(
        eq(b.programmeCode, filter.programmeCode),
        eq(b.communeCode, filter.communeCode),
        sql`${b.fromPeriod} <= ${filter.period}`,
        sql`(${b.status} = 'active' OR (${b.status} = 'stopped' AND ${b.untilPeriod} >= ${filter.period}))`,
      ),
    )
    .orderBy(asc(b.personalNumber))

export async function insertBeneficiary(
  db: Executor,
  row: typeof b.$inferInsert,
): Promise<BeneficiaryRecord> {
  const [inserted] = await db.insert(b).values(row).returning()
  return inserted!
}

export async function updateBeneficiary(
  db: Executor,
  id: string,
  change: Partial<Pick<BeneficiaryRecord, 'status' | 'communeCode' | 'fromPeriod' | 'untilPeriod'>>,
): Promise<BeneficiaryRecord> {
  const [row] = await db
    .update(b)
    .set({ ...change, updatedAt: new Date() })
    .where(eq(b.id, id))
    .returning()
  return row!
}

export async function insertHistory(db: Executor, row: typeof h.$inferInsert): Promise<void> {
  await db.insert(h).values(row)
}

export const findHistory = (db: Executor, beneficiaryId: string): Promise<HistoryRecord[]> =>
  db.select().from(h).where(eq(h.beneficiaryId, beneficiaryId)).orderBy(asc(h.id))
