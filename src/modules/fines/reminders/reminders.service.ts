import type { Database } from '../../../platform/db/database.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { addCalendarDays, REMINDER_DAYS_BEFORE_DUE } from '../deadlines.js'
import { findRemindersToSend, insertReminders } from '../violations/violations.queries.js'

const PAGE = 1_000

/**
 * Reminds owners in the app, each reminder once per violation: two days before the due day
 * (due_soon) and once it has passed (overdue). The platform has no in-app notification box, so
 * a reminder is a row the citizen API returns with the violation. Runs with housekeeping.
 */
export async function sendFineReminders(
  database: Database,
  now: Date = new Date(),
): Promise<{ dueSoon: number; overdue: number }> {
  const today = vietnamDate(now)
  const dueSoonUntil = addCalendarDays(today, REMINDER_DAYS_BEFORE_DUE)
  const sent = { dueSoon: 0, overdue: 0 }
  for (const kind of ['due_soon', 'overdue'] as const) {
    for (;;) {
      const due = await findRemindersToSend(database.db, { kind, today, dueSoonUntil, limit: PAGE })
      const added = await insertReminders(
        database.db,
        due.map((v) => ({ violationId: v.id, kind, dueOn: v.dueOn!, sentAt: now })),
      )
      sent[kind === 'due_soon' ? 'dueSoon' : 'overdue'] += added
      if (due.length < PAGE) break
    }
  }
  return sent
}
