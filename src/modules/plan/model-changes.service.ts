import type { Principal } from '../../platform/auth/principal.js'
import {
  findAgency,
  findModel,
  insertChange,
  updateAgencyContact,
  updateModel,
  type AgencyRow,
  type RecordedStatus,
} from './models.queries.js'
import { nameOf, type PlanContext } from './context.js'
import { agencyNotFound, modelNotFound, reasonRequired, statusUnchanged } from './plan.errors.js'

function cleanReason(reason: string): string {
  const trimmed = reason.trim()
  if (trimmed === '') throw reasonRequired()
  return trimmed
}

/**
 * Records a model's status (the standing office's decision) with who, when and why; overdue is
 * never recorded, it follows from the deadline.
 * @throws PLAN_REASON_REQUIRED, PLAN_MODEL_NOT_FOUND, PLAN_STATUS_UNCHANGED
 */
export async function setModelStatus(
  ctx: PlanContext,
  principal: Principal,
  no: number,
  change: { status: RecordedStatus; reason: string },
): Promise<void> {
  const reason = cleanReason(change.reason)
  const db = ctx.database.db
  const model = await findModel(db, no)
  if (!model) throw modelNotFound(no)
  if (model.status === change.status) throw statusUnchanged(change.status)
  const changedByName = await nameOf(ctx.database, principal)
  await db.transaction(async (tx) => {
    await updateModel(tx, no, { status: change.status })
    await insertChange(tx, {
      modelNo: no,
      field: 'status',
      fromValue: model.status,
      toValue: change.status,
      reason,
      changedBy: principal.accountId,
      changedByName,
    })
  })
}

/**
 * Sets a model's deadline date, once the plan's "03 tháng sau khi có hướng dẫn" or "Thường xuyên"
 * becomes a date, or when the committee moves it; the plan's text stays as written.
 * @throws PLAN_REASON_REQUIRED, PLAN_MODEL_NOT_FOUND
 */
export async function setModelDeadline(
  ctx: PlanContext,
  principal: Principal,
  no: number,
  change: { date: string; reason: string },
): Promise<void> {
  const reason = cleanReason(change.reason)
  const db = ctx.database.db
  const model = await findModel(db, no)
  if (!model) throw modelNotFound(no)
  const changedByName = await nameOf(ctx.database, principal)
  await db.transaction(async (tx) => {
    await updateModel(tx, no, { deadlineDate: change.date })
    await insertChange(tx, {
      modelNo: no,
      field: 'deadline',
      fromValue: model.deadlineDate,
      toValue: change.date,
      reason,
      changedBy: principal.accountId,
      changedByName,
    })
  })
}

/**
 * The phone number the agency's reminders go to (its focal point for the plan), or null for
 * reminders in the app only.
 * @throws PLAN_AGENCY_NOT_FOUND
 */
export async function setAgencyContact(
  ctx: PlanContext,
  principal: Principal,
  code: string,
  phone: string | null,
): Promise<AgencyRow> {
  if (!(await findAgency(ctx.database.db, code))) throw agencyNotFound(code)
  const row = await updateAgencyContact(ctx.database.db, code, {
    phone,
    setBy: principal.accountId,
  })
  return row!
}
