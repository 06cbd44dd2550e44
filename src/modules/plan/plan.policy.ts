import { grantsWith, hasPermission, type Principal } from '../../platform/auth/principal.js'
import type { Permission } from '../../platform/auth/roles.js'
import { agencyRequired, notYourAgency, otherAgencyModel } from './plan.errors.js'
import type { ReportFilter, ReportRow } from './reports.queries.js'

/**
 * Who sees and acts on what in the plan: the committee and its standing office see every model;
 * an agency reporter only the models its agency leads (its grant's agencyCode); the standing
 * office may also report on behalf of any lead agency (reports that came on paper).
 */
export type AgencyScope = { all: true } | { all: false; agencies: string[] }

export function scopeOf(principal: Principal, permission: Permission): AgencyScope {
  const grants = grantsWith(principal, permission)
  if (grants.some((g) => g.role !== 'agencyReporter')) return { all: true }
  const agencies = grants.flatMap((g) => (g.agencyCode ? [g.agencyCode] : []))
  return { all: false, agencies: [...new Set(agencies)] }
}

export const inScope = (scope: AgencyScope, agencyCode: string): boolean =>
  scope.all || scope.agencies.includes(agencyCode)

/** Whether the scope reaches a model led by these agencies. */
export const reachesModel = (scope: AgencyScope, leads: string[]): boolean =>
  leads.some((code) => inScope(scope, code))

/** @throws PLAN_OTHER_AGENCY_MODEL */
export function assertReachesModel(scope: AgencyScope, no: number, leads: string[]): void {
  if (!reachesModel(scope, leads)) throw otherAgencyModel(no, leads)
}

/**
 * The agency a report is written for: the one named, which must be the caller's, or the caller's
 * only agency among the model's leads.
 * @throws PLAN_NOT_YOUR_AGENCY, PLAN_OTHER_AGENCY_MODEL, PLAN_AGENCY_REQUIRED
 */
export function reportingAgency(
  scope: AgencyScope,
  model: { no: number; leads: string[] },
  named: string | undefined,
): string {
  if (named !== undefined) {
    if (!inScope(scope, named)) throw notYourAgency(named)
    if (!model.leads.includes(named)) throw otherAgencyModel(model.no, model.leads)
    return named
  }
  const mine = model.leads.filter((code) => inScope(scope, code))
  if (mine.length === 0) throw otherAgencyModel(model.no, model.leads)
  if (mine.length > 1) throw agencyRequired(mine)
  return mine[0]!
}

/**
 * What the caller may do in the plan, for a client to offer only those actions (each route still
 * decides for itself): read every model or its agencies' own, report for all lead agencies or its
 * own or none, set statuses and consolidate or not.
 */
export interface PlanAccess {
  read: 'all' | 'own'
  report: 'all' | 'own' | 'none'
  manage: boolean
  /** The agencies the caller reports for (an agency reporter's grants). */
  agencies: string[]
}

export function accessOf(principal: Principal): PlanAccess {
  const report = scopeOf(principal, 'plan.report')
  const own = grantsWith(principal, 'plan.read').flatMap((g) =>
    g.role === 'agencyReporter' && g.agencyCode ? [g.agencyCode] : [],
  )
  return {
    read: scopeOf(principal, 'plan.read').all ? 'all' : 'own',
    report: !hasPermission(principal, 'plan.report') ? 'none' : report.all ? 'all' : 'own',
    manage: hasPermission(principal, 'plan.manage'),
    agencies: [...new Set(own)],
  }
}

/** Who sees which reports: submitted ones within the read scope, drafts only by their agency. */
export interface ReportVisibility {
  read: AgencyScope
  drafts: AgencyScope
}

export function visibilityOf(principal: Principal): ReportVisibility {
  return {
    read: scopeOf(principal, 'plan.read'),
    drafts: hasPermission(principal, 'plan.report')
      ? scopeOf(principal, 'plan.report')
      : { all: false, agencies: [] },
  }
}

export const canSee = (
  v: ReportVisibility,
  report: Pick<ReportRow, 'agencyCode' | 'status'>,
): boolean =>
  inScope(v.read, report.agencyCode) &&
  (report.status === 'submitted' || inScope(v.drafts, report.agencyCode))

/** The same rule as a filter for the database. */
export function visibleFilter(v: ReportVisibility): Pick<ReportFilter, 'agencyCodes' | 'draftsOf'> {
  return {
    ...(v.read.all ? {} : { agencyCodes: v.read.agencies }),
    draftsOf: v.drafts.all ? 'all' : v.drafts.agencies,
  }
}
