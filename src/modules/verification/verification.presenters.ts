import type { CheckRow } from './checks.queries.js'
import type { SessionReport } from './exams.service.js'
import type { SessionRow } from './exams.queries.js'
import type { DeviceRow, PartnerRow } from './partners.queries.js'

const iso = (d: Date) => d.toISOString()

export const presentPartner = (p: PartnerRow) => ({
  id: p.id,
  kind: p.kind,
  name: p.name,
  communeCode: p.communeCode,
  createdAt: iso(p.createdAt),
})

export const presentCheck = (c: CheckRow) => ({
  id: c.id,
  purpose: c.purpose,
  method: c.method,
  personalNumber: c.personalNumber,
  result: c.result,
  eidLevel: c.eidLevel,
  flag: c.flag,
  sessionId: c.sessionId,
  checkedAt: iso(c.checkedAt),
})

export const presentDevice = (d: DeviceRow) => ({
  id: d.id,
  name: d.name,
  createdAt: iso(d.createdAt),
  revokedAt: d.revokedAt ? iso(d.revokedAt) : null,
})

export const presentSession = (s: SessionRow) => ({
  id: s.id,
  title: s.title,
  startsAt: iso(s.startsAt),
  createdAt: iso(s.createdAt),
})

export const presentReport = (r: SessionReport) => ({
  session: presentSession(r.session),
  partner: presentPartner(r.partner),
  candidates: r.candidates.map(({ sessionId: _s, checkedAt, ...c }) => ({
    ...c,
    checkedAt: checkedAt ? iso(checkedAt) : null,
  })),
  flagged: r.flagged.map(presentCheck),
  totals: r.totals,
})
