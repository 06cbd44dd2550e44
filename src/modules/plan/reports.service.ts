import type { Principal } from '../../platform/auth/principal.js'
import { findModel } from './models.queries.js'
import { isLate, monthState } from './calendar.js'
import { nameOf, type PlanContext } from './context.js'
import {
  modelNotFound,
  monthClosed,
  monthNotOpen,
  notYourAgency,
  reportExists,
  reportIncomplete,
  reportNotFound,
  reportSubmitted,
} from './plan.errors.js'
import {
  canSee,
  inScope,
  reportingAgency,
  scopeOf,
  visibilityOf,
  visibleFilter,
} from './plan.policy.js'
import type { StoredIndicator } from './plan.tables.js'
import {
  findAttachments,
  findReport,
  findReportFor,
  findReports,
  insertReport,
  updateDraft,
  type ReportRow,
} from './reports.queries.js'
import { reportView, type ReportView } from './report-view.js'

export interface ReportContent {
  progress?: string | undefined
  indicators?: StoredIndicator[] | undefined
  obstacles?: string | undefined
  proposals?: string | undefined
}

export interface NewReport extends ReportContent {
  modelNo: number
  month: string
  agencyCode?: string | undefined
}

/** @throws PLAN_MONTH_NOT_OPEN, PLAN_MONTH_CLOSED */
function assertMonthOpen(month: string, now: Date): void {
  const state = monthState(month, now)
  if (state === 'future') throw monthNotOpen(month)
  if (state === 'closed') throw monthClosed(month)
}

async function present(ctx: PlanContext, report: ReportRow): Promise<ReportView> {
  return reportView(report, await findAttachments(ctx.database.db, [report.id]))
}

/**
 * A draft of a lead agency's report on a model for the month; the agency is the caller's (an
 * agency reporter's own, or any lead agency the standing office names).
 * @throws PLAN_MODEL_NOT_FOUND, PLAN_NOT_YOUR_AGENCY, PLAN_OTHER_AGENCY_MODEL,
 *   PLAN_AGENCY_REQUIRED, PLAN_MONTH_NOT_OPEN, PLAN_MONTH_CLOSED, PLAN_REPORT_EXISTS
 */
export async function createReport(
  ctx: PlanContext,
  principal: Principal,
  input: NewReport,
): Promise<ReportView> {
  const db = ctx.database.db
  const model = await findModel(db, input.modelNo)
  if (!model) throw modelNotFound(input.modelNo)
  const agencyCode = reportingAgency(scopeOf(principal, 'plan.report'), model, input.agencyCode)
  assertMonthOpen(input.month, ctx.now())
  const key = { modelNo: model.no, agencyCode, month: input.month }
  const existing = await findReportFor(db, key)
  if (existing) throw reportExists(existing.id)
  const created = await insertReport(db, {
    ...key,
    progress: input.progress ?? '',
    indicators: input.indicators ?? [],
    obstacles: input.obstacles ?? '',
    proposals: input.proposals ?? '',
    createdBy: principal.accountId,
    updatedBy: principal.accountId,
  })
  if (!created) throw reportExists((await findReportFor(db, key))!.id)
  return present(ctx, created)
}

/**
 * A report the caller may still change: its agency's, a draft, of a month still open.
 * @throws PLAN_REPORT_NOT_FOUND, PLAN_NOT_YOUR_AGENCY, PLAN_REPORT_SUBMITTED, PLAN_MONTH_CLOSED
 */
export async function editableReport(
  ctx: PlanContext,
  principal: Principal,
  id: number,
): Promise<ReportRow> {
  const report = await findReport(ctx.database.db, id)
  if (!report || !canSee(visibilityOf(principal), report)) throw reportNotFound(id)
  if (!inScope(scopeOf(principal, 'plan.report'), report.agencyCode))
    throw notYourAgency(report.agencyCode)
  if (report.status === 'submitted') throw reportSubmitted(id)
  assertMonthOpen(report.month, ctx.now())
  return report
}

/**
 * Saves a draft's content; fields left out keep their value.
 * @throws as editableReport
 */
export async function saveDraft(
  ctx: PlanContext,
  principal: Principal,
  id: number,
  content: ReportContent,
): Promise<ReportView> {
  await editableReport(ctx, principal, id)
  const defined = Object.fromEntries(
    Object.entries(content).filter(([, value]) => value !== undefined),
  ) as ReportContent
  const saved = await updateDraft(ctx.database.db, id, {
    ...defined,
    updatedBy: principal.accountId,
    updatedAt: new Date(),
  })
  if (!saved) throw reportSubmitted(id)
  return present(ctx, saved)
}

/**
 * Sends a draft to the committee: from then on it cannot change. Flagged late when sent on or
 * after the month's report day.
 * @throws as editableReport, PLAN_REPORT_INCOMPLETE
 */
export async function submitReport(
  ctx: PlanContext,
  principal: Principal,
  id: number,
): Promise<ReportView> {
  const report = await editableReport(ctx, principal, id)
  if (report.progress.trim() === '') throw reportIncomplete(['progress'])
  const now = ctx.now()
  const submitted = await updateDraft(ctx.database.db, id, {
    status: 'submitted',
    submittedAt: now,
    submittedBy: principal.accountId,
    submittedByName: await nameOf(ctx.database, principal),
    submittedLate: isLate(report.month, ctx.reportDay, now),
    updatedBy: principal.accountId,
    updatedAt: now,
  })
  if (!submitted) throw reportSubmitted(id)
  return present(ctx, submitted)
}

/** @throws PLAN_REPORT_NOT_FOUND (also for a report the caller may not see) */
export async function getReport(
  ctx: PlanContext,
  principal: Principal,
  id: number,
): Promise<ReportView> {
  const report = await findReport(ctx.database.db, id)
  if (!report || !canSee(visibilityOf(principal), report)) throw reportNotFound(id)
  return present(ctx, report)
}

export interface ReportQuery {
  month?: string | undefined
  modelNo?: number | undefined
  agency?: string | undefined
  status?: 'draft' | 'submitted' | undefined
}

/** The reports the caller may see that match the query, newest month first. */
export async function listReports(
  ctx: PlanContext,
  principal: Principal,
  query: ReportQuery,
): Promise<ReportView[]> {
  const visible = visibleFilter(visibilityOf(principal))
  const agencyCodes =
    query.agency === undefined
      ? visible.agencyCodes
      : (visible.agencyCodes ?? [query.agency]).filter((c) => c === query.agency)
  const rows = await findReports(ctx.database.db, {
    month: query.month,
    modelNo: query.modelNo,
    status: query.status,
    agencyCodes,
    draftsOf: visible.draftsOf,
  })
  const attachments = await findAttachments(
    ctx.database.db,
    rows.map((r) => r.id),
  )
  return rows.map((r) => reportView(r, attachments))
}
