import type { Principal } from '../../platform/auth/principal.js'
import { KPI_CATALOGUE } from './kpi-catalogue.js'
import { findChanges, findModel, type ChangeRow } from './models.queries.js'
import {
  agencyRef,
  loadScorecardData,
  summarise,
  type AgencyRef,
  type ModelSummary,
} from './models.service.js'
import { monthOf } from './calendar.js'
import type { PlanContext } from './context.js'
import { modelNotFound } from './plan.errors.js'
import { assertReachesModel, scopeOf, visibilityOf, visibleFilter } from './plan.policy.js'
import type { StoredBreakdown } from './plan.tables.js'
import { findAttachments, findReports } from './reports.queries.js'
import { reportView, type ReportView } from './report-view.js'

export interface ModelDetail extends ModelSummary {
  coordinate: AgencyRef[]
  coordinateText: string
  forces: string
  platform: string
  modules: string[]
  platformDelivers: string
  /** The KPI's figures by administrative unit, where its module gives them (model 23). */
  breakdown: StoredBreakdown | null
  history: ChangeRow[]
  reportHistory: ReportView[]
}

/**
 * One model with its status history, every report the caller may see (newest month first) and
 * the KPI's breakdown by unit.
 * @throws PLAN_MODEL_NOT_FOUND, PLAN_OTHER_AGENCY_MODEL
 */
export async function getModelDetail(
  ctx: PlanContext,
  principal: Principal,
  no: number,
): Promise<ModelDetail> {
  const db = ctx.database.db
  const model = await findModel(db, no)
  if (!model) throw modelNotFound(no)
  assertReachesModel(scopeOf(principal, 'plan.read'), no, model.leads)
  const now = ctx.now()
  const month = monthOf(now)
  const [data, history, reports] = await Promise.all([
    loadScorecardData(ctx, month, now, { withBreakdown: true }),
    findChanges(db, no),
    findReports(db, { modelNo: no, ...visibleFilter(visibilityOf(principal)) }),
  ])
  const attachments = await findAttachments(
    db,
    reports.map((r) => r.id),
  )
  const kpiKey = KPI_CATALOGUE.find((d) => d.modelNo === no)?.key
  const snapshot = data.snapshots.find((s) => s.kpiKey === kpiKey && s.month === month)
  return {
    ...summarise(model, data, { month, reportDay: ctx.reportDay, now }),
    coordinate: model.coordinators.map((code) => agencyRef(data.agencies, code)),
    coordinateText: model.coordinateText,
    forces: model.forces,
    platform: model.platform,
    modules: model.modules,
    platformDelivers: model.platformDelivers,
    breakdown: snapshot?.breakdown ?? null,
    history,
    reportHistory: reports.map((r) => reportView(r, attachments)),
  }
}
