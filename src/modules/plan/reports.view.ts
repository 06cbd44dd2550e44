import type { Principal } from '../../platform/auth/principal.js'
import { hasPermission } from '../../platform/auth/principal.js'
import { inScope, scopeOf, type AgencyScope } from './plan.policy.js'
import type { StoredIndicator } from './plan.tables.js'
import type { AttachmentInfo, ReportFilter, ReportRow } from './reports.queries.js'

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

export interface ReportView {
  id: number
  modelNo: number
  agencyCode: string
  month: string
  status: 'draft' | 'submitted'
  progress: string
  indicators: StoredIndicator[]
  obstacles: string
  proposals: string
  createdAt: Date
  updatedAt: Date
  submittedAt: Date | null
  submittedLate: boolean | null
  submittedBy: string | null
  attachments: Omit<AttachmentInfo, 'reportId' | 'uploadedBy' | 'sha256'>[]
}

export function reportView(report: ReportRow, attachments: AttachmentInfo[]): ReportView {
  return {
    id: report.id,
    modelNo: report.modelNo,
    agencyCode: report.agencyCode,
    month: report.month,
    status: report.status,
    progress: report.progress,
    indicators: report.indicators,
    obstacles: report.obstacles,
    proposals: report.proposals,
    createdAt: report.createdAt,
    updatedAt: report.updatedAt,
    submittedAt: report.submittedAt,
    submittedLate: report.submittedLate,
    submittedBy: report.submittedByName,
    attachments: attachments
      .filter((a) => a.reportId === report.id)
      .map((a) => ({
        id: a.id,
        fileName: a.fileName,
        contentType: a.contentType,
        size: a.size,
        uploadedAt: a.uploadedAt,
      })),
  }
}
