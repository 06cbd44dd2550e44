import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { welfarePaymentLines as l, welfarePeriods as p } from '../welfare.tables.js'

export type PeriodRecord = typeof p.$inferSelect
export type LineRecord = typeof l.$inferSelect
export type NewLine = Omit<typeof l.$inferInsert, 'periodId'>

export async function findPeriod(
  db: Executor,
  id: string,
  lock = false,
): Promise<PeriodRecord | undefined> {
  const query = db.select().from(p).where(eq(p.id, id))
  const [row] = lock ? await query.for('update') : await query
  return row
}

export const findPeriods = (
  db: Executor,
  filter: { programmeCode: string; communeCode: string },
): Promise<PeriodRecord[]> =>
  db
    .select()
    .from(p)
    .where(and(eq(p.programmeCode, filter.programmeCode), eq(p.communeCode, filter.communeCode)))
    .orderBy(desc(p.period))

export const findLines = (db: Executor, periodId: string): Promise<LineRecord[]> =>
  db.select().from(l).where(eq(l.periodId, periodId)).orderBy(asc(l.lineNo))

/** Of these beneficiaries, those a line of another period pays or is paying (one-off support). */
export async function findAlreadyPaid(
  db: Executor,
  beneficiaryIds: string[],
): Promise<Set<string>> {
  if (beneficiaryIds.length === 0) return new Set()
  const rows = await db
    .select({ id: l.beneficiaryId })
    .from(l)
    .where(and(inArray(l.beneficiaryId, beneficiaryIds), ne(l.status, 'failed')))
  return new Set(rows.map((r) => r.id))
}

/** The period and its lines; null when the period exists already (the unique key). */
export async function insertPeriod(
  db: Executor,
  period: typeof p.$inferInsert,
  lines: NewLine[],
): Promise<PeriodRecord | null> {
  const [row] = await db.insert(p).values(period).onConflictDoNothing().returning()
  if (!row) return null
  if (lines.length > 0)
    await db.insert(l).values(lines.map((line) => ({ ...line, periodId: row.id })))
  return row
}

export async function settleLine(
  db: Executor,
  id: number,
  change: { status: 'paid' | 'failed'; note: string | null; settledAt: Date },
): Promise<void> {
  await db.update(l).set(change).where(eq(l.id, id))
}

export async function markReconciled(db: Executor, id: string, by: string): Promise<PeriodRecord> {
  const [row] = await db
    .update(p)
    .set({ status: 'reconciled', reconciledAt: new Date(), reconciledBy: by })
    .where(eq(p.id, id))
    .returning()
  return row!
}

/** A person's payment lines with their period, newest first. */
export const findLinesOfPerson = (db: Executor, personalNumber: string) =>
  db
    .select({
      period: p.period,
      programmeCode: p.programmeCode,
      amount: l.amount,
      channel: l.channel,
      provider: l.provider,
      status: l.status,
      settledAt: l.settledAt,
    })
    .from(l)
    .innerJoin(p, eq(p.id, l.periodId))
    .where(eq(l.personalNumber, personalNumber))
    .orderBy(desc(p.period), asc(p.programmeCode))
