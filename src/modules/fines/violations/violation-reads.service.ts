import type { Principal } from '../../../platform/auth/principal.js'
import { jurisdictionOf } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { auditActor, recordAudit } from '../../audit/index.js'
import { addCalendarDays } from '../deadlines.js'
import { finesErrors } from '../fines.errors.js'
import { detailsOf } from './violation-details.js'
import { violationFor } from './violation-access.js'
import type { ViolationDetail } from './violations.schemas.js'
import { findOverdue, findViolationsOfOwner, markSeenInApp } from './violations.queries.js'

/**
 * The signed-in resident's violations as a vehicle's owner, newest first. Listing is seeing:
 * each one shown here for the first time is marked seen in the app (model 18's KPI).
 */
export async function listMyFines(
  db: Executor,
  personalNumber: string,
  now: Date = new Date(),
): Promise<ViolationDetail[]> {
  const rows = await findViolationsOfOwner(db, personalNumber)
  for (const row of rows)
    if (!row.seenInAppAt) row.seenInAppAt = (await markSeenInApp(db, row.id, now)) ?? now
  return detailsOf(db, rows, now)
}

/**
 * One violation, for its owner (marked seen in the app the first time) or the police of its
 * place (the read is audited, as police reads of personal records are).
 * @throws FINES_VIOLATION_NOT_FOUND, AUTH_OUTSIDE_JURISDICTION
 */
export async function readViolation(
  db: Executor,
  caller: { principal: Principal; ip: string },
  id: string,
  now: Date = new Date(),
): Promise<ViolationDetail> {
  const { row, standing } = await violationFor(db, caller.principal, id, {
    permission: 'fines.read',
  })
  if (standing === 'owner' && !row.seenInAppAt)
    row.seenInAppAt = (await markSeenInApp(db, row.id, now)) ?? now
  if (standing === 'police')
    await recordAudit(db, {
      actor: auditActor(caller.principal, 'fines.read', row),
      subjectPersonalNumber: row.ownerNumber,
      action: 'fines.violation.read',
      purpose: null,
      summary: { violationId: row.id },
      sourceIp: caller.ip,
    })
  const [detail] = await detailsOf(db, [row], now)
  return detail!
}

const CURSOR = /^(\d{4}-\d{2}-\d{2})\|([0-9a-f-]{36})$/

/** Whole days between two 'YYYY-MM-DD' days. */
const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

/**
 * Unpaid violations past their due day in the caller's communes (or one of them), overdue at
 * least `minDays` Vietnam calendar days (1 unless given), oldest due first, a page at a time;
 * `next` continues after the last.
 * @throws FINES_CURSOR_INVALID (a cursor not from a previous page)
 */
export async function listOverdue(
  db: Executor,
  principal: Principal,
  page: {
    limit?: number | undefined
    after?: string | undefined
    communeCode?: string | undefined
    minDays?: number | undefined
  },
  now: Date = new Date(),
): Promise<{ items: (ViolationDetail & { daysOverdue: number })[]; next: string | null }> {
  const limit = page.limit ?? 50
  let after: { dueOn: string; id: string } | undefined
  if (page.after !== undefined) {
    const match = CURSOR.exec(page.after)
    if (!match) throw finesErrors.refuse('CURSOR_INVALID')
    after = { dueOn: match[1]!, id: match[2]! }
  }
  const today = vietnamDate(now)
  // Overdue n days: the due day ended n days ago, so it is on or before today - n.
  const rows = await findOverdue(db, {
    unitCodes: jurisdictionOf(principal, 'fines.read'),
    dueBefore: addCalendarDays(today, 1 - (page.minDays ?? 1)),
    communeCode: page.communeCode,
    after,
    limit,
  })
  const last = rows.at(-1)
  const details = await detailsOf(db, rows, now)
  return {
    items: details.map((d) => ({ ...d, daysOverdue: daysBetween(d.dueOn!, today) })),
    next: rows.length === limit && last ? `${last.dueOn}|${last.id}` : null,
  }
}
