import type { StoredIndicator } from './plan.tables.js'
import type { AttachmentInfo, ReportRow } from './reports.queries.js'

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
