import { assertJurisdiction } from '../../platform/auth/access.js'
import { grantsWith, jurisdictionOf, type Principal } from '../../platform/auth/principal.js'
import type { Permission } from '../../platform/auth/roles.js'
import type { Database, Executor } from '../../platform/db/database.js'
import { auditActor, recordAudit } from '../audit/index.js'
import {
  grantStaffRole,
  listEstablishmentStaff,
  revokeStaffGrant,
  type EstablishmentStaffMember,
  type StaffGrant,
} from '../identity/index.js'
import { communesOfUnit, placeOfCommune } from '../population/index.js'
import { noPartner, partnerNotFound, staffNotFound, unitUnknown } from './verification.errors.js'
import { findPartner, findPartnersIn, insertPartner, type PartnerRow } from './partners.queries.js'
import type { PartnerKind } from './verification.tables.js'

const MANAGE: Permission = 'verification.partners.manage'
const CHECK: Permission = 'verification.check'

/** The commune a partner sits in, with its province, for the administrator's jurisdiction. */
async function placeOfPartner(db: Executor, code: string) {
  const place = await placeOfCommune(db, code)
  if (!place) throw unitUnknown(code)
  return place
}

/**
 * Registers a partner facility in a commune of the administrator's jurisdiction, audited.
 * @throws VERIFICATION_UNIT_UNKNOWN, AUTH_OUTSIDE_JURISDICTION
 */
export async function registerPartner(
  db: Executor,
  admin: { principal: Principal; ip: string },
  partner: { kind: PartnerKind; name: string; communeCode: string },
): Promise<PartnerRow> {
  const place = await placeOfPartner(db, partner.communeCode)
  assertJurisdiction(admin.principal, MANAGE, place)
  return db.transaction(async (tx) => {
    const row = await insertPartner(tx, {
      ...partner,
      name: partner.name.trim(),
      createdBy: admin.principal.accountId,
    })
    await recordAudit(tx, {
      actor: auditActor(admin.principal, MANAGE, place),
      subjectPersonalNumber: null,
      action: 'verification.partner.create',
      purpose: null,
      summary: { partnerId: row.id, kind: row.kind, communeCode: row.communeCode },
      sourceIp: admin.ip,
    })
    return row
  })
}

/** The partners of the administrator's communes (a province covers its communes). */
export async function listPartners(db: Executor, principal: Principal): Promise<PartnerRow[]> {
  const units = jurisdictionOf(principal, MANAGE)
  const communes = new Set<string>()
  for (const unit of units)
    for (const commune of await communesOfUnit(db, unit)) communes.add(commune)
  return findPartnersIn(db, [...communes])
}

/**
 * A partner the administrator manages; another commune's partner reads as unknown.
 * @throws VERIFICATION_PARTNER_NOT_FOUND
 */
export async function managedPartner(
  db: Executor,
  principal: Principal,
  id: string,
): Promise<PartnerRow> {
  const partner = await findPartner(db, id)
  if (!partner) throw partnerNotFound()
  const place = await placeOfPartner(db, partner.communeCode)
  try {
    assertJurisdiction(principal, MANAGE, place)
  } catch {
    throw partnerNotFound()
  }
  return partner
}

/**
 * Names a resident's account partner staff of one partner: the staff grant is bound to the partner
 * (its establishment binding) over the partner's commune.
 * @throws VERIFICATION_PARTNER_NOT_FOUND, and grantStaffRole's refusals
 */
export async function namePartnerStaff(
  database: Database,
  admin: { principal: Principal; ip: string },
  request: { partnerId: string; personalNumber: string },
): Promise<StaffGrant> {
  const partner = await managedPartner(database.db, admin.principal, request.partnerId)
  return grantStaffRole(
    database,
    { kind: 'administrator', principal: admin.principal, ip: admin.ip },
    {
      personalNumber: request.personalNumber,
      role: 'partnerStaff',
      unitCodes: [partner.communeCode],
      establishmentId: partner.id,
    },
  )
}

const STAFF_ROLE = 'partnerStaff'
const REMOVAL_REASON =
  'Cán bộ quản lý gỡ khỏi đơn vị đối tác / removed from the partner by an administrator'

/** The live staff of a partner the administrator manages, newest first. */
export async function listPartnerStaff(
  db: Executor,
  principal: Principal,
  partnerId: string,
): Promise<EstablishmentStaffMember[]> {
  const partner = await managedPartner(db, principal, partnerId)
  return listEstablishmentStaff(db, partner.id, STAFF_ROLE)
}

/**
 * Ends one staff member's grant at this partner (their next request no longer carries it), audited
 * by identity; a grant of another partner reads as unknown.
 * @throws VERIFICATION_PARTNER_NOT_FOUND, VERIFICATION_STAFF_NOT_FOUND
 */
export async function removePartnerStaff(
  database: Database,
  admin: { principal: Principal; ip: string },
  request: { partnerId: string; grantId: number },
): Promise<void> {
  const staff = await listPartnerStaff(database.db, admin.principal, request.partnerId)
  if (!staff.some((s) => s.grantId === request.grantId)) throw staffNotFound()
  await revokeStaffGrant(
    database,
    { kind: 'administrator', principal: admin.principal, ip: admin.ip },
    { grantId: request.grantId, reason: REMOVAL_REASON },
  )
}

/**
 * The partner a staff member works for: the one their grant is bound to.
 * @throws VERIFICATION_NO_PARTNER when the grant names none, or one that does not exist
 */
export async function partnerOfStaff(db: Executor, principal: Principal): Promise<PartnerRow> {
  const partnerId = grantsWith(principal, CHECK).find((g) => g.establishmentId)?.establishmentId
  const partner =
    partnerId && /^[0-9a-f-]{36}$/i.test(partnerId) ? await findPartner(db, partnerId) : undefined
  if (!partner) throw noPartner()
  return partner
}
