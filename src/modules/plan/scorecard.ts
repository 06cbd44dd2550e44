import { daysBetween, isLate, monthState } from './calendar.js'
import type { KpiSnapshot } from './kpi.queries.js'
import type { KpiDefinition } from './kpi-catalogue.js'
import type { ModelWithAgencies, RecordedStatus } from './models.queries.js'
import type { ReportRow } from './reports.queries.js'
import type { StoredIndicator } from './plan.tables.js'

/**
 * The scorecard's rules, pure: a model's status as shown, each lead agency's report state for a
 * month, and the KPI shown for a model (computed, failed with its reason, or reported by hand).
 */

export type ShownStatus = RecordedStatus | 'overdue'

/** Overdue once the deadline day has passed (Vietnam calendar) and the model is not done. */
export function shownStatus(
  model: { status: RecordedStatus; deadlineDate: string | null },
  today: string,
): ShownStatus {
  if (model.status === 'done') return 'done'
  return model.deadlineDate !== null && daysBetween(model.deadlineDate, today) > 0
    ? 'overdue'
    : model.status
}

export type ReportState = 'submitted' | 'late' | 'draft' | 'due' | 'missing'

export interface AgencyReportState {
  agencyCode: string
  state: ReportState
  reportId: number | null
  submittedAt: Date | null
}

/**
 * Where a lead agency stands with its report of a month: submitted on time or late; or, with
 * nothing submitted, still due (a draft perhaps) until the deadline, missing after it.
 */
export function reportState(
  report: Pick<ReportRow, 'id' | 'status' | 'submittedAt' | 'submittedLate'> | undefined,
  context: { month: string; reportDay: number; now: Date },
): ReportState {
  if (report?.status === 'submitted') return report.submittedLate ? 'late' : 'submitted'
  const overdue =
    monthState(context.month, context.now) === 'closed' ||
    isLate(context.month, context.reportDay, context.now)
  if (overdue) return 'missing'
  return report ? 'draft' : 'due'
}

export function reportStates(
  model: ModelWithAgencies,
  reports: ReportRow[],
  context: { month: string; reportDay: number; now: Date },
): AgencyReportState[] {
  return model.leads.map((agencyCode) => {
    const report = reports.find(
      (r) => r.modelNo === model.no && r.agencyCode === agencyCode && r.month === context.month,
    )
    return {
      agencyCode,
      state: reportState(report, context),
      reportId: report?.id ?? null,
      submittedAt: report?.submittedAt ?? null,
    }
  })
}

export type KpiSource = 'computed' | 'manual' | 'none'
export type KpiState = 'computed' | 'failed' | 'reported' | 'not_reported' | 'none'

export interface ShownKpi {
  description: string
  source: KpiSource
  state: KpiState
  indicators: StoredIndicator[]
  computedAt: Date | null
  reason: string | null
  reportedMonth: string | null
  reportedBy: string | null
  trend: { month: string; indicators: StoredIndicator[] }[]
}

const NO_KPI = '-'

/**
 * A computed KPI shows its current month's snapshot (or its failure) with the months before as
 * trend; any other KPI shows the indicators of the model's latest submitted report, "reported by
 * hand", and never a zero it did not receive.
 */
export function shownKpi(
  model: ModelWithAgencies,
  sources: {
    definition: KpiDefinition | undefined
    snapshots: KpiSnapshot[]
    latestReport: ReportRow | undefined
    submitted: ReportRow[]
    month: string
  },
): ShownKpi {
  const empty = { computedAt: null, reason: null, reportedMonth: null, reportedBy: null }
  const description = model.kpiText
  if (sources.definition) {
    const mine = sources.snapshots.filter((s) => s.kpiKey === sources.definition!.key)
    const current = mine.find((s) => s.month === sources.month)
    return {
      ...empty,
      description,
      source: 'computed',
      state: current?.state ?? 'failed',
      indicators: current?.indicators ?? [],
      computedAt: current?.computedAt ?? null,
      reason: current ? current.reason : 'not computed yet',
      trend: mine
        .filter((s) => s.state === 'computed')
        .map((s) => ({ month: s.month, indicators: s.indicators ?? [] })),
    }
  }
  if (description.trim() === NO_KPI)
    return { ...empty, description, source: 'none', state: 'none', indicators: [], trend: [] }
  const latest = sources.latestReport
  const byMonth = new Map<string, StoredIndicator[]>()
  for (const r of sources.submitted)
    if (r.modelNo === model.no && r.indicators.length > 0) byMonth.set(r.month, r.indicators)
  return {
    ...empty,
    description,
    source: 'manual',
    state: latest ? 'reported' : 'not_reported',
    indicators: latest?.indicators ?? [],
    reportedMonth: latest?.month ?? null,
    reportedBy: latest?.agencyCode ?? null,
    trend: [...byMonth].map(([month, indicators]) => ({ month, indicators })),
  }
}
