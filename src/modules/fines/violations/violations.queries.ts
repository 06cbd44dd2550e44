import { and, asc, count, desc, eq, gt, inArray, isNull, lt, or, sql } from 'drizzle-orm'
import type { Executor } from '../../../platform/db/database.js'
import { VIOLATION_CHANGED, violationFactsSql } from '../fines.events.js'
import { evidence, reminders, violations } from '../fines.tables.js'

export type ViolationRecord = typeof violations.$inferSelect
export type NewViolationRecord = typeof violations.$inferInsert

export async function insertViolation(
  db: Executor,
  row: NewViolationRecord,
): Promise<ViolationRecord> {
  const [inserted] = await db.insert(violations).values(row).returning()
  await recordViolationsChanged(db, [inserted!.id])
  return inserted!
}

/** A camera's violation, or undefined when its event id was already recorded for that camera. */
export async function insertCameraViolation(
  db: Executor,
  row: NewViolationRecord,
): Promise<ViolationRecord | undefined> {
  const [inserted] = await db
    .insert(violations)
    .values(row)
    .onConflictDoNothing({ target: [violations.cameraClientId, violations.cameraEventId] })
    .returning()
  if (inserted) await recordViolationsChanged(db, [inserted.id])
  return inserted
}

export async function findViolation(
  db: Executor,
  id: string,
): Promise<ViolationRecord | undefined> {
  const [row] = await db.select().from(violations).where(eq(violations.id, id))
  return row
}

/** The row, locked for the change the caller's transaction makes. */
export async function lockViolation(
  db: Executor,
  id: string,
): Promise<ViolationRecord | undefined> {
  const [row] = await db.select().from(violations).where(eq(violations.id, id)).for('update')
  return row
}

export function findViolationsOfOwner(
  db: Executor,
  personalNumber: string,
): Promise<ViolationRecord[]> {
  return db
    .select()
    .from(violations)
    .where(and(eq(violations.ownerKind, 'resident'), eq(violations.ownerNumber, personalNumber)))
    .orderBy(desc(violations.occurredAt), asc(violations.id))
}

/** Marks the first time the owner saw the violation in the app; later views change nothing. */
export async function markSeenInApp(db: Executor, id: string, at: Date): Promise<Date | undefined> {
  const [row] = await db
    .update(violations)
    .set({ seenInAppAt: at })
    .where(and(eq(violations.id, id), isNull(violations.seenInAppAt)))
    .returning({ seenInAppAt: violations.seenInAppAt })
  if (row) await recordViolationsChanged(db, [id])
  return row?.seenInAppAt ?? undefined
}

export async function updateViolation(
  db: Executor,
  id: string,
  change: Partial<Pick<NewViolationRecord, 'status' | 'dueOn' | 'confirmedAt'>>,
): Promise<ViolationRecord> {
  const [row] = await db.update(violations).set(change).where(eq(violations.id, id)).returning()
  await recordViolationsChanged(db, [id])
  return row!
}

export async function countEvidence(db: Executor, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map()
  const rows = await db
    .select({ violationId: evidence.violationId, n: count() })
    .from(evidence)
    .where(inArray(evidence.violationId, ids))
    .groupBy(evidence.violationId)
  return new Map(rows.map((r) => [r.violationId, r.n]))
}

export type ReminderRecord = typeof reminders.$inferSelect

export function findReminders(db: Executor, ids: string[]): Promise<ReminderRecord[]> {
  if (ids.length === 0) return Promise.resolve([])
  return db
    .select()
    .from(reminders)
    .where(inArray(reminders.violationId, ids))
    .orderBy(asc(reminders.sentAt))
}

const UNPAID = ['notified', 'confirmed'] as const

/**
 * Unpaid violations past their due day in the given communes or provinces, oldest due first,
 * keyset-paged by (due day, id).
 */
export function findOverdue(
  db: Executor,
  options: {
    unitCodes: string[]
    /** Overdue: due before this day. */
    dueBefore: string
    communeCode?: string | undefined
    after?: { dueOn: string; id: string } | undefined
    limit: number
  },
): Promise<ViolationRecord[]> {
  const { after } = options
  return db
    .select()
    .from(violations)
    .where(
      and(
        inArray(violations.status, [...UNPAID]),
        lt(violations.dueOn, options.dueBefore),
        options.communeCode ? eq(violations.communeCode, options.communeCode) : undefined,
        or(
          inArray(violations.communeCode, options.unitCodes),
          inArray(violations.provinceCode, options.unitCodes),
        ),
        after
          ? or(
              gt(violations.dueOn, after.dueOn),
              and(eq(violations.dueOn, after.dueOn), gt(violations.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(violations.dueOn), asc(violations.id))
    .limit(options.limit)
}

/**
 * Unpaid violations of resident owners whose reminder of a kind is due and not yet sent:
 * 'due_soon' when the due day is within `dueSoonUntil`, 'overdue' when it is before `today`.
 */
export function findRemindersToSend(
  db: Executor,
  options: { kind: 'due_soon' | 'overdue'; today: string; dueSoonUntil: string; limit: number },
): Promise<{ id: string; ownerNumber: string | null; dueOn: string | null }[]> {
  const window =
    options.kind === 'overdue'
      ? lt(violations.dueOn, options.today)
      : and(
          sql`${violations.dueOn} >= ${options.today}`,
          sql`${violations.dueOn} <= ${options.dueSoonUntil}`,
        )
  return db
    .select({ id: violations.id, ownerNumber: violations.ownerNumber, dueOn: violations.dueOn })
    .from(violations)
    .where(
      and(
        inArray(violations.status, [...UNPAID]),
        eq(violations.ownerKind, 'resident'),
        window,
        sql`NOT EXISTS (SELECT 1 FROM ${reminders} WHERE ${reminders.violationId} = ${violations.id} AND ${reminders.kind} = ${options.kind})`,
      ),
    )
    .orderBy(asc(violations.dueOn), asc(violations.id))
    .limit(options.limit)
}

export async function insertReminders(
  db: Executor,
  rows: (typeof reminders.$inferInsert)[],
): Promise<number> {
  if (rows.length === 0) return 0
  const inserted = await db
    .insert(reminders)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: reminders.violationId })
  return inserted.length
}

const ISO = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`

/** Writes the event of each violation's current state, in the caller's transaction. */
export async function recordViolationsChanged(db: Executor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return
  await db.execute(sql`INSERT INTO outbox_events (aggregate_type, aggregate_id, event_type, payload)
    SELECT 'fine_violation', f.violation_id, ${VIOLATION_CHANGED},
           jsonb_build_object('violationId', f.violation_id, 'articleCode', f.article_code,
             'communeCode', f.commune_code, 'occurredAt', f.occurred_at, 'status', f.status,
             'dueOn', f.due_on, 'ownerKind', f.owner_kind, 'seenInApp', f.seen_in_app,
             'paidOnline', f.paid_online)
      FROM (${sql.raw(violationFactsSql(ISO))}) f
     WHERE f.violation_id = ANY(${sql.param([...ids])}::text[])
     ORDER BY f.violation_id`)
}
