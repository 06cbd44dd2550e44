import type { GrantRow, MemberRow, ServiceRow } from './exchange.queries.js'

export const presentMember = (m: MemberRow) => ({
  code: m.code,
  name: m.name,
  type: m.type,
  unitCode: m.unitCode,
  contacts: m.contacts,
  createdAt: m.createdAt.toISOString(),
})

export const presentService = (s: ServiceRow) => ({
  id: s.id,
  providerCode: s.providerCode,
  code: s.code,
  name: s.name,
  description: s.description,
  openapi: s.openapi,
  attributes: s.attributes,
  purposes: s.purposes,
  rateLimitPerMinute: s.rateLimitPerMinute,
  target: s.target,
  createdAt: s.createdAt.toISOString(),
})

export const presentGrant = (g: GrantRow & { providerCode?: string; serviceCode?: string }) => ({
  id: g.id,
  consumerCode: g.consumerCode,
  serviceId: g.serviceId,
  ...(g.providerCode === undefined ? {} : { providerCode: g.providerCode }),
  ...(g.serviceCode === undefined ? {} : { serviceCode: g.serviceCode }),
  purposes: g.purposes,
  attributes: g.attributes,
  status: g.status,
  expiresAt: g.expiresAt.toISOString(),
  reason: g.reason,
  requestedAt: g.requestedAt.toISOString(),
  decidedAt: g.decidedAt?.toISOString() ?? null,
  decisionNote: g.decisionNote,
})
