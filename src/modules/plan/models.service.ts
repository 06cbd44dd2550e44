import type { Principal } from '../../platform/auth/principal.js'
import { vietnamDate } from '../../platform/time/vietnam.js'
import { KPI_CATALOGUE } from './kpi-catalogue.js'
import type { KpiSnapshot } from './kpi.queries.js'
import { TREND_MONTHS } from './kpi.service.js'
import {
  findAgencies,
  findModels,
  type AgencyRow,
  type ModelWithAgencies,
} from './models.queries.js'
import { monthOf, monthsBefore, reportDeadline } from './calendar.js'
import type { PlanContext } from './context.js'
import { reachesModel, scopeOf } from './plan.policy.js'
import {
  findLatestSubmitted,
  findReports,
  findSubmittedSince,
  type ReportRow,
} from './reports.queries.js'
import {
  reportStates,
  shownKpi,
  shownStatus,
  type AgencyReportState,
  type ShownKpi,
  type ShownStatus,
} from './scorecard.js'

export interface AgencyRef {
  code: string
  nameVi: string
  nameEn: string
}

export interface ModelSummary {
  no: number
  group: string
  nameVi: string
  nameEn: string
  lead: AgencyRef[]
  leadText: string
  deadline: { text: string; date: string | null }
  status: ShownStatus
  recordedStatus: ModelWithAgencies['status']
  kpi: ShownKpi
  reports: {
    month: string
    dueDate: string
    agencies: AgencyReportState[]
    late: number
    missing: number
  }
}

export interface Scorecard {
  today: string
  month: string
  dueDate: string
  models: ModelSummary[]
}

export interface ScorecardQuery {
  agency?: string | undefined
  group?: string | undefined
  month?: string | undefined
}

/** What every summary needs, read once per request. */
export interface ScorecardData {
  agencies: Map<string, AgencyRow>
  reports: ReportRow[]
  snapshots: KpiSnapshot[]
  latest: ReportRow[]
  submitted: ReportRow[]
}

export async function loadScorecardData(
  ctx: PlanContext,
  month: string,
  now: Date,
  options: { withBreakdown?: boolean } = {},
): Promise<ScorecardData> {
  const db = ctx.database.db
  const since = monthsBefore(monthOf(now), TREND_MONTHS - 1)
  const [agencies, reports, snapshots, latest, submitted] = await Promise.all([
    findAgencies(db),
    findReports(db, { month }),
    ctx.kpis.snapshots(now, options),
    findLatestSubmitted(db),
    findSubmittedSince(db, since),
  ])
  return {
    agencies: new Map(agencies.map((a) => [a.code, a])),
    reports,
    snapshots,
    latest,
    submitted,
  }
}

export async function listAgencies(ctx: PlanContext): Promise<AgencyRow[]> {
  return findAgencies(ctx.database.db)
}

export const agencyRef = (agencies: Map<string, AgencyRow>, code: string): AgencyRef => {
  const agency = agencies.get(code)
  return { code, nameVi: agency?.nameVi ?? code, nameEn: agency?.nameEn ?? code }
}

export function summarise(
  model: ModelWithAgencies,
  data: ScorecardData,
  context: { month: string; reportDay: number; now: Date },
): ModelSummary {
  const today = vietnamDate(context.now)
  const agencies = reportStates(model, data.reports, context)
  return {
    no: model.no,
    group: model.groupCode,
    nameVi: model.nameVi,
    nameEn: model.nameEn,
    lead: model.leads.map((code) => agencyRef(data.agencies, code)),
    leadText: model.leadText,
    deadline: { text: model.deadlineText, date: model.deadlineDate },
    status: shownStatus(model, today),
    recordedStatus: model.status,
    kpi: shownKpi(model, {
      definition: KPI_CATALOGUE.find((d) => d.modelNo === model.no),
      snapshots: data.snapshots,
      latestReport: data.latest.find((r) => r.modelNo === model.no),
      submitted: data.submitted,
      month: monthOf(context.now),
    }),
    reports: {
      month: context.month,
      dueDate: reportDeadline(context.month, context.reportDay),
      agencies,
      late: agencies.filter((a) => a.state === 'late').length,
      missing: agencies.filter((a) => a.state === 'missing').length,
    },
  }
}

/**
 * The scorecard: every model the caller may see (an agency reporter: its agency's), by number,
 * with status, deadline, KPI and trend, and the month's report states.
 */
export async function getScorecard(
  ctx: PlanContext,
  principal: Principal,
  query: ScorecardQuery,
): Promise<Scorecard> {
  const now = ctx.now()
  const month = query.month ?? monthOf(now)
  const scope = scopeOf(principal, 'plan.read')
  const [models, data] = await Promise.all([
    findModels(ctx.database.db),
    loadScorecardData(ctx, month, now),
  ])
  const shown = models.filter(
    (m) =>
      reachesModel(scope, m.leads) &&
      (query.agency === undefined || m.leads.includes(query.agency)) &&
      (query.group === undefined || m.groupCode === query.group),
  )
  const context = { month, reportDay: ctx.reportDay, now }
  return {
    today: vietnamDate(now),
    month,
    dueDate: reportDeadline(month, ctx.reportDay),
    models: shown.map((m) => summarise(m, data, context)),
  }
}
