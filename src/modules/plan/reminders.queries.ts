import { and, desc, eq, inArray } from 'drizzle-orm'
import type { Executor } from '../../platform/db/database.js'
import { planReminders } from './plan.tables.js'

export type Reminder = typeof planReminders.$inferSelect

/** Keeps a reminder; undefined when the agency already had this one for the month. */
export async function insertReminderOnce(
  tx: Executor,
  reminder: typeof planReminders.$inferInsert,
): Promise<Reminder | undefined> {
  const [row] = await tx.insert(planReminders).values(reminder).onConflictDoNothing().returning()
  return row
}

/** The latest reminders, of one month and of some agencies when given, newest first. */
export async function findReminders(
  db: Executor,
  filter: { month?: string | undefined; agencyCodes?: string[] | undefined; limit: number },
): Promise<Reminder[]> {
  return db
    .select()
    .from(planReminders)
    .where(
      and(
        filter.month === undefined ? undefined : eq(planReminders.month, filter.month),
        filter.agencyCodes === undefined
          ? undefined
          : inArray(planReminders.agencyCode, filter.agencyCodes),
      ),
    )
    .orderBy(desc(planReminders.createdAt), desc(planReminders.id))
    .limit(filter.limit)
}
