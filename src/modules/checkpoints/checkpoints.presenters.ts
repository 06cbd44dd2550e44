import type { TicketRow } from './tickets.queries.js'
import type { TrainTripRow } from './train-trips.queries.js'
import type { PassageRow } from './passages.queries.js'
import type { Occupancy, Visits } from './occupancy.service.js'
import type { SiteWithGates } from './sites.service.js'
import type { CameraKeyRow, OperatorRow } from './sites.queries.js'

export const presentOperator = (o: OperatorRow) => ({
  id: o.id,
  name: o.name,
  communeCode: o.communeCode,
  createdAt: o.createdAt.toISOString(),
})

export const presentSite = (s: SiteWithGates) => ({
  id: s.id,
  operatorId: s.operatorId,
  kind: s.kind,
  name: s.name,
  communeCode: s.communeCode,
  provinceCode: s.provinceCode,
  gates: s.gates.map((g) => ({ id: g.id, name: g.name })),
  createdAt: s.createdAt.toISOString(),
})

export const presentCameraKey = (k: CameraKeyRow) => ({
  id: k.id,
  siteId: k.siteId,
  name: k.name,
  createdAt: k.createdAt.toISOString(),
})

export const presentPassage = (p: PassageRow) => ({
  id: p.id,
  siteId: p.siteId,
  gateId: p.gateId,
  direction: p.direction,
  method: p.method,
  flag: p.flag,
  occurredAt: p.occurredAt.toISOString(),
})

export const presentOccupancy = (o: Occupancy) => ({ ...o, at: o.at.toISOString() })

export const presentVisits = (v: Visits) => ({
  ...v,
  hours: v.hours.map((h) => ({ ...h, hour: h.hour.toISOString() })),
})

export const presentTicket = (t: TicketRow) => ({
  id: t.id,
  tripId: t.tripId,
  personalNumber: t.personalNumber,
  issuedAt: t.issuedAt.toISOString(),
  boardedAt: t.boardedAt?.toISOString() ?? null,
})

export const presentTrainTrip = (t: TrainTripRow & { sold: number; boarded: number }) => ({
  id: t.id,
  operatorId: t.operatorId,
  trainNumber: t.trainNumber,
  fromSiteId: t.fromSiteId,
  toSiteId: t.toSiteId,
  departureAt: t.departureAt.toISOString(),
  seats: t.seats,
  sold: t.sold,
  boarded: t.boarded,
})
