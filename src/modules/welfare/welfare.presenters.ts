import type { HistoryRecord } from './beneficiaries/beneficiaries.queries.js'
import type { BeneficiaryRecord } from './beneficiaries/beneficiaries.queries.js'
import type { LineRecord, PeriodRecord } from './periods/periods.queries.js'

const iso = (at: Date | null): string | null => at?.toISOString() ?? null

export const presentBeneficiary = (b: BeneficiaryRecord & { fullName: string }) => ({
  id: b.id,
  programmeCode: b.programmeCode,
  personalNumber: b.personalNumber,
  fullName: b.fullName,
  communeCode: b.communeCode,
  status: b.status,
  fromPeriod: b.fromPeriod,
  untilPeriod: b.untilPeriod,
  createdAt: b.createdAt.toISOString(),
  updatedAt: b.updatedAt.toISOString(),
})

export const presentHistory = (h: HistoryRecord) => ({
  at: h.at.toISOString(),
  status: h.status,
  communeCode: h.communeCode,
  change: h.change,
  note: h.note,
  actorAccountId: h.actorAccountId,
})

export const presentPeriod = <T extends PeriodRecord>(p: T) => ({
  ...p,
  builtAt: p.builtAt.toISOString(),
  reconciledAt: iso(p.reconciledAt),
})

export const presentLine = (l: LineRecord) => ({
  lineNo: l.lineNo,
  personalNumber: l.personalNumber,
  fullName: l.fullName,
  amount: l.amount,
  channel: l.channel,
  provider: l.provider,
  status: l.status,
  note: l.note,
  settledAt: iso(l.settledAt),
})
