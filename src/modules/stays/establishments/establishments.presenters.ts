import type { EstablishmentStaffMember } from '../../identity/index.js'
import type { EstablishmentTypeRow, EstablishmentView } from './establishments.queries.js'

export const presentEstablishmentType = (t: EstablishmentTypeRow) => ({
  code: t.code,
  nameVi: t.nameVi,
  nameEn: t.nameEn,
  capacityUnit: t.capacityUnit,
})

export const presentEstablishment = (e: EstablishmentView) => ({
  id: e.id,
  code: e.code,
  name: e.name,
  typeCode: e.typeCode,
  address: e.address,
  communeCode: e.communeCode,
  provinceCode: e.provinceCode,
  capacity: e.capacity,
  capacityUnit: e.capacityUnit,
  status: e.status,
  decisionReason: e.decisionReason,
  decidedAt: e.decidedAt?.toISOString() ?? null,
  ssoClientId: e.ssoClientId,
  createdAt: e.createdAt.toISOString(),
})

export const presentStaffMember = (m: EstablishmentStaffMember) => ({
  grantId: m.grantId,
  personalNumber: m.personalNumber,
  grantedAt: m.grantedAt.toISOString(),
})
