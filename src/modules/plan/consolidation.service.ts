import type { Principal } from '../../platform/auth/principal.js'
import { vietnamDate } from '../../platform/time/vietnam.js'
import type {
  ConsolidatedModel,
  ConsolidatedReport,
  ConsolidationContent,
} from './consolidation-content.js'
import { inVietnamese } from './consolidation-content.js'
import {
  findConsolidation,
  findConsolidations,
  insertConsolidation,
  lastConsolidationNumber,
  lockConsolidationYear,
  type Consolidation,
} from './consolidation.queries.js'
import { renderConsolidationPdf } from './consolidation.pdf.js'
import { renderConsolidationXlsx } from './consolidation.xlsx.js'
import { findModels } from './models.queries.js'
import { agencyRef, loadScorecardData, summarise, type ModelSummary } from './models.service.js'
import { monthState } from './calendar.js'
import type { PlanContext } from './context.js'
import { consolidationNotFound, consolidationRestricted, monthNotOpen } from './plan.errors.js'
import { scopeOf } from './plan.policy.js'
import type { ReportRow } from './reports.queries.js'
import type { ShownStatus } from './scorecard.js'

export type ConsolidationSummary = Omit<Consolidation, 'content'> & {
  totals: ConsolidationContent['totals']
}

function kpiNote(summary: ModelSummary): string | null {
  // The reason is the machine's (English, technical): the office reads it on the model's page.
  if (summary.kpi.state === 'failed') return 'Chưa tính được số liệu tự động'
  if (summary.kpi.state === 'reported') return `Báo cáo tháng ${summary.kpi.reportedMonth}`
  return null
}

function consolidatedReports(summary: ModelSummary, reports: ReportRow[]): ConsolidatedReport[] {
  return summary.reports.agencies.flatMap((a) => {
    const report = reports.find((r) => r.id === a.reportId && r.status === 'submitted')
    const state = a.state === 'submitted' || a.state === 'late' ? a.state : 'missing'
    const agencyName = summary.lead.find((l) => l.code === a.agencyCode)?.nameVi ?? a.agencyCode
    return [
      {
        agencyCode: a.agencyCode,
        agencyName,
        state,
        submittedOn: report?.submittedAt ? vietnamDate(report.submittedAt) : null,
        progress: report?.progress ?? '',
        indicators: report?.indicators ?? [],
        obstacles: report?.obstacles ?? '',
        proposals: report?.proposals ?? '',
      },
    ]
  })
}

async function buildContent(
  ctx: PlanContext,
  month: string,
  now: Date,
): Promise<Omit<ConsolidationContent, 'number' | 'year'>> {
  const [models, data] = await Promise.all([
    findModels(ctx.database.db),
    loadScorecardData(ctx, month, now),
  ])
  const context = { month, reportDay: ctx.reportDay, now }
  const consolidated: ConsolidatedModel[] = models.map((m) => {
    const summary = summarise(m, data, context)
    return {
      no: m.no,
      group: m.groupCode,
      nameVi: m.nameVi,
      leads: m.leads.map((code) => agencyRef(data.agencies, code)),
      deadlineText: m.deadlineText,
      deadlineDate: m.deadlineDate,
      status: summary.status,
      kpi: {
        state: summary.kpi.state,
        indicators: summary.kpi.indicators.map((i) =>
          summary.kpi.source === 'computed' ? inVietnamese(i) : i,
        ),
        note: kpiNote(summary),
      },
      reports: consolidatedReports(summary, data.reports),
    }
  })
  const reports = consolidated.flatMap((m) => m.reports)
  const count = (status: ShownStatus) => consolidated.filter((m) => m.status === status).length
  return {
    month,
    issuedOn: vietnamDate(now),
    reportDay: ctx.reportDay,
    totals: {
      models: {
        not_started: count('not_started'),
        in_progress: count('in_progress'),
        done: count('done'),
        overdue: count('overdue'),
      },
      reports: {
        expected: reports.length,
        submitted: reports.filter((r) => r.state === 'submitted').length,
        late: reports.filter((r) => r.state === 'late').length,
        missing: reports.filter((r) => r.state === 'missing').length,
      },
    },
    models: consolidated,
  }
}

const summaryOf = ({ content, ...row }: Consolidation): ConsolidationSummary => ({
  ...row,
  totals: content.totals,
})

/**
 * Consolidates the month's reports into one numbered report for the committee (numbers run per
 * year of issue); a month may be consolidated again when late reports arrive, under a new number.
 * @throws PLAN_MONTH_NOT_OPEN
 */
export async function issueConsolidation(
  ctx: PlanContext,
  principal: Principal,
  month: string,
): Promise<ConsolidationSummary> {
  const now = ctx.now()
  if (monthState(month, now) === 'future') throw monthNotOpen(month)
  const content = await buildContent(ctx, month, now)
  const year = Number(content.issuedOn.slice(0, 4))
  const db = ctx.database.db
  // Two issues at once would take the same number: the year's lock makes them take turns.
  const row = await db.transaction(async (tx) => {
    await lockConsolidationYear(tx, year)
    const number = (await lastConsolidationNumber(tx, year)) + 1
    return insertConsolidation(tx, {
      month,
      year,
      number,
      content: { ...content, number, year },
      issuedBy: principal.accountId,
    })
  })
  return summaryOf(row)
}

/** @throws PLAN_CONSOLIDATION_RESTRICTED for an agency reporter: it covers every agency. */
function assertCommittee(principal: Principal): void {
  if (!scopeOf(principal, 'plan.read').all) throw consolidationRestricted()
}

export async function listConsolidations(
  ctx: PlanContext,
  principal: Principal,
  month: string | undefined,
): Promise<ConsolidationSummary[]> {
  if (!scopeOf(principal, 'plan.read').all) return []
  const rows = await findConsolidations(ctx.database.db, { month, limit: 100 })
  return rows.map(summaryOf)
}

export interface ConsolidationFile {
  fileName: string
  contentType: string
  body: Buffer
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * The consolidated report as a document (PDF) or its figures (XLSX), drawn from its frozen content.
 * @throws PLAN_CONSOLIDATION_RESTRICTED, PLAN_CONSOLIDATION_NOT_FOUND
 */
export async function consolidationFile(
  ctx: PlanContext,
  principal: Principal,
  id: number,
  kind: 'pdf' | 'xlsx',
): Promise<ConsolidationFile> {
  assertCommittee(principal)
  const row = await findConsolidation(ctx.database.db, id)
  if (!row) throw consolidationNotFound(id)
  const fileName = `bao-cao-ke-hoach-106-${row.month}-so-${row.number}.${kind}`
  return kind === 'pdf'
    ? { fileName, contentType: 'application/pdf', body: await renderConsolidationPdf(row.content) }
    : { fileName, contentType: XLSX, body: await renderConsolidationXlsx(row.content) }
}
