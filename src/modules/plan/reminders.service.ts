import type { Principal } from '../../platform/auth/principal.js'
import type { Database, Executor } from '../../platform/db/database.js'
import { vietnamDate } from '../../platform/time/vietnam.js'
import type { MessageSender } from '../identity/index.js'
import { findAgencies, findModels } from './models.queries.js'
import { daysBetween, monthOf, reportDeadline } from './calendar.js'
import type { PlanContext } from './context.js'
import { scopeOf } from './plan.policy.js'
import type { REMINDER_KINDS } from './plan.tables.js'
import { findReminders, insertReminderOnce, type Reminder } from './reminders.queries.js'
import { findReports } from './reports.queries.js'

export type ReminderKind = (typeof REMINDER_KINDS)[number]

/**
 * Which reminder a day calls for: three days before the deadline (or two, when the job missed
 * the third), one day before, or none.
 */
export function reminderKindOn(today: string, deadline: string): ReminderKind | undefined {
  const left = daysBetween(today, deadline)
  if (left === 1) return 'one_day'
  return left === 3 || left === 2 ? 'three_days' : undefined
}

const formatDay = (day: string): string => day.split('-').reverse().join('/')

export function reminderBody(month: string, deadline: string, modelNos: number[]): string {
  const [y, m] = month.split('-')
  const due = formatDay(deadline)
  const models = modelNos.join(', ')
  return (
    `Kế hoạch 106: báo cáo tháng ${m}/${y} hạn trước ngày ${due}; còn thiếu mô hình ${models}. / ` +
    `Plan 106: the ${month} reports are due before ${due}; missing: models ${models}.`
  )
}

/** The lead agencies that have not submitted every report of the month, with those models. */
async function agenciesBehind(db: Executor, month: string): Promise<Map<string, number[]>> {
  const [models, reports] = await Promise.all([
    findModels(db),
    findReports(db, { month, status: 'submitted' }),
  ])
  const behind = new Map<string, number[]>()
  for (const model of models) {
    for (const agency of model.leads) {
      if (reports.some((r) => r.modelNo === model.no && r.agencyCode === agency)) continue
      behind.set(agency, [...(behind.get(agency) ?? []), model.no])
    }
  }
  return behind
}

export interface ReminderRun {
  sent: Reminder[]
  /** Agencies whose message could not be sent: nothing was kept, the next run tries again. */
  failed: { agencyCode: string; error: unknown }[]
}

/**
 * Reminds every lead agency still owing reports of the current month, three days and one day
 * before the deadline: in the app, and by message to the agency's contact when it has one.
 * Idempotent: the reminder's row (unique per agency, month and kind) and the message commit
 * together, so a reminder is never sent twice, whichever instance runs the job; a failed send
 * rolls back and is tried again on the next run.
 */
export async function sendDueReminders(
  database: Database,
  options: { sender: MessageSender; reportDay: number; now: Date },
): Promise<ReminderRun> {
  const today = vietnamDate(options.now)
  const month = monthOf(today)
  const dueDate = reportDeadline(month, options.reportDay)
  const kind = reminderKindOn(today, dueDate)
  const run: ReminderRun = { sent: [], failed: [] }
  if (!kind) return run
  const db = database.db
  const [behind, agencies] = await Promise.all([agenciesBehind(db, month), findAgencies(db)])
  for (const [agencyCode, modelNos] of behind) {
    const phone = agencies.find((a) => a.code === agencyCode)?.contactPhone ?? null
    const body = reminderBody(month, dueDate, modelNos)
    try {
      const reminder = await db.transaction(async (tx) => {
        const row = await insertReminderOnce(tx, {
          agencyCode,
          month,
          kind,
          dueDate,
          modelNos,
          body,
          messagesSent: phone ? 1 : 0,
        })
        if (row && phone) await options.sender.send(tx, { to: phone, body })
        return row
      })
      if (reminder) run.sent.push(reminder)
    } catch (error) {
      run.failed.push({ agencyCode, error })
    }
  }
  return run
}

/** The reminders the caller may see (an agency reporter: its agency's), newest first. */
export async function listReminders(
  ctx: PlanContext,
  principal: Principal,
  month: string | undefined,
): Promise<Reminder[]> {
  const scope = scopeOf(principal, 'plan.read')
  if (!scope.all && scope.agencies.length === 0) return []
  return findReminders(ctx.database.db, {
    month,
    agencyCodes: scope.all ? undefined : scope.agencies,
    limit: 200,
  })
}
