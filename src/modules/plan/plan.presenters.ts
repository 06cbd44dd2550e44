import type { ConsolidationSummary } from './consolidation.service.js'
import type { ModelDetail } from './model-detail.service.js'
import type { AgencyRow } from './models.queries.js'
import type { ModelSummary, Scorecard } from './models.service.js'
import type { Reminder } from './reminders.queries.js'
import type { ReportView } from './report-view.js'

const iso = (at: Date | null): string | null => at?.toISOString() ?? null

export const presentAgency = (a: AgencyRow) => ({
  code: a.code,
  nameVi: a.nameVi,
  nameEn: a.nameEn,
  kind: a.kind,
  hasContact: a.contactPhone !== null,
})

export const presentContact = (a: AgencyRow) => ({
  code: a.code,
  contactPhone: a.contactPhone,
  contactSetAt: iso(a.contactSetAt),
})

export const presentSummary = (m: ModelSummary) => ({
  ...m,
  kpi: { ...m.kpi, computedAt: iso(m.kpi.computedAt) },
  reports: {
    ...m.reports,
    agencies: m.reports.agencies.map((a) => ({ ...a, submittedAt: iso(a.submittedAt) })),
  },
})

export const presentScorecard = (s: Scorecard) => ({ ...s, models: s.models.map(presentSummary) })

export const presentReport = (r: ReportView) => ({
  ...r,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  submittedAt: iso(r.submittedAt),
  attachments: r.attachments.map((a) => ({ ...a, uploadedAt: a.uploadedAt.toISOString() })),
})

export const presentDetail = (d: ModelDetail) => ({
  ...d,
  ...presentSummary(d),
  history: d.history.map((c) => ({
    field: c.field,
    from: c.fromValue,
    to: c.toValue,
    reason: c.reason,
    changedBy: c.changedByName,
    changedAt: c.changedAt.toISOString(),
  })),
  reportHistory: d.reportHistory.map(presentReport),
})

export const presentReminder = (r: Reminder) => ({ ...r, createdAt: r.createdAt.toISOString() })

export const presentConsolidation = (c: ConsolidationSummary) => ({
  id: c.id,
  month: c.month,
  year: c.year,
  number: c.number,
  issuedAt: c.issuedAt.toISOString(),
  totals: c.totals,
})
