import { assertJurisdiction } from '../../platform/auth/access.js'
import { jurisdictionOf, type Principal } from '../../platform/auth/principal.js'
import type { Permission } from '../../platform/auth/roles.js'
import type { Database, Executor } from '../../platform/db/database.js'
import { auditActor, recordAudit, type AuditSummary } from '../audit/index.js'
import { grantStaffRole, type StaffGrant } from '../identity/index.js'
import { checkPersonalNumber, communesOfUnit, placeOfCommune } from '../population/index.js'
import { checkpointsErrors } from './checkpoints.errors.js'
import type { SiteKind } from './checkpoints.tables.js'
import { operatorsOf, siteFor } from './site-access.js'
import {
  findGatesOf,
  findOperator,
  findOperatorsIn,
  findSitesVisible,
  insertCameraKey,
  insertGate,
  insertOperator,
  insertSite,
  insertWorkers,
  type CameraKeyRow,
  type GateRow,
  type OperatorRow,
  type SiteRow,
} from './sites.queries.js'

const MANAGE: Permission = 'checkpoints.sites.manage'
const READ: Permission = 'checkpoints.occupancy.read'

export interface Admin {
  principal: Principal
  ip: string
}

/** @throws CHECKPOINTS_UNIT_UNKNOWN */
async function placeOf(db: Executor, communeCode: string) {
  const place = await placeOfCommune(db, communeCode)
  if (!place) throw checkpointsErrors.refuse('UNIT_UNKNOWN', { communeCode })
  return place
}

async function audit(tx: Executor, admin: Admin, action: string, summary: AuditSummary) {
  await recordAudit(tx, {
    actor: auditActor(admin.principal, MANAGE),
    subjectPersonalNumber: null,
    action,
    purpose: null,
    summary,
    sourceIp: admin.ip,
  })
}

/**
 * Registers an operator in a commune of the administrator's units, audited.
 * @throws CHECKPOINTS_UNIT_UNKNOWN, AUTH_OUTSIDE_JURISDICTION
 */
export async function registerOperator(
  db: Executor,
  admin: Admin,
  operator: { name: string; communeCode: string },
): Promise<OperatorRow> {
  assertJurisdiction(admin.principal, MANAGE, await placeOf(db, operator.communeCode))
  return db.transaction(async (tx) => {
    const row = await insertOperator(tx, {
      name: operator.name.trim(),
      communeCode: operator.communeCode,
      createdBy: admin.principal.accountId,
    })
    await audit(tx, admin, 'checkpoints.operator.create', { operatorId: row.id })
    return row
  })
}

/** The operators of the administrator's communes (a province covers its communes). */
export async function listOperators(db: Executor, principal: Principal): Promise<OperatorRow[]> {
  const communes = new Set<string>()
  for (const unit of jurisdictionOf(principal, MANAGE))
    for (const commune of await communesOfUnit(db, unit)) communes.add(commune)
  return findOperatorsIn(db, [...communes])
}

/**
 * An operator of the administrator's units.
 * @throws CHECKPOINTS_OPERATOR_NOT_FOUND, AUTH_OUTSIDE_JURISDICTION
 */
async function managedOperator(db: Executor, principal: Principal, id: string) {
  const operator = await findOperator(db, id)
  if (!operator) throw checkpointsErrors.refuse('OPERATOR_NOT_FOUND')
  assertJurisdiction(principal, MANAGE, await placeOf(db, operator.communeCode))
  return operator
}

/**
 * Names a resident operator staff: the grant is bound to the operator over its commune.
 * @throws CHECKPOINTS_OPERATOR_NOT_FOUND, and grantStaffRole's refusals
 */
export async function nameOperatorStaff(
  database: Database,
  admin: Admin,
  request: { operatorId: string; personalNumber: string },
): Promise<StaffGrant> {
  const operator = await managedOperator(database.db, admin.principal, request.operatorId)
  return grantStaffRole(
    database,
    { kind: 'administrator', principal: admin.principal, ip: admin.ip },
    {
      personalNumber: request.personalNumber,
      role: 'operatorStaff',
      unitCodes: [operator.communeCode],
      establishmentId: operator.id,
    },
  )
}

/**
 * Opens a site of an operator, in a commune of the administrator's units.
 * @throws CHECKPOINTS_OPERATOR_NOT_FOUND, CHECKPOINTS_UNIT_UNKNOWN, AUTH_OUTSIDE_JURISDICTION
 */
export async function registerSite(
  db: Executor,
  admin: Admin,
  site: { operatorId: string; kind: SiteKind; name: string; communeCode: string },
): Promise<SiteRow> {
  await managedOperator(db, admin.principal, site.operatorId)
  const place = await placeOf(db, site.communeCode)
  assertJurisdiction(admin.principal, MANAGE, place)
  return db.transaction(async (tx) => {
    const row = await insertSite(tx, {
      ...site,
      name: site.name.trim(),
      provinceCode: place.provinceCode,
    })
    await audit(tx, admin, 'checkpoints.site.create', { siteId: row.id, kind: row.kind })
    return row
  })
}

/** @throws CHECKPOINTS_SITE_NOT_FOUND, CHECKPOINTS_NOT_YOUR_SITE */
export async function addGate(
  db: Executor,
  admin: Admin,
  request: { siteId: string; name: string },
): Promise<GateRow> {
  const site = await siteFor(db, admin.principal, MANAGE, request.siteId)
  return db.transaction(async (tx) => {
    const row = await insertGate(tx, { siteId: site.id, name: request.name.trim() })
    await audit(tx, admin, 'checkpoints.gate.create', { siteId: site.id, gateId: row.id })
    return row
  })
}

/** @throws CHECKPOINTS_KEY_INVALID, CHECKPOINTS_SITE_NOT_FOUND, CHECKPOINTS_NOT_YOUR_SITE */
export async function registerCameraKey(
  db: Executor,
  admin: Admin,
  request: { siteId: string; name: string; publicJwk: Record<string, unknown> },
): Promise<CameraKeyRow> {
  const { kty, crv, x, y, d } = request.publicJwk
  if (kty !== 'EC' || crv !== 'P-256' || typeof x !== 'string' || typeof y !== 'string' || d)
    throw checkpointsErrors.refuse('KEY_INVALID')
  const site = await siteFor(db, admin.principal, MANAGE, request.siteId)
  return db.transaction(async (tx) => {
    const row = await insertCameraKey(tx, {
      siteId: site.id,
      name: request.name.trim(),
      publicJwk: { kty, crv, x, y },
    })
    await audit(tx, admin, 'checkpoints.cameraKey.create', { siteId: site.id, keyId: row.id })
    return row
  })
}

/**
 * Lists an industrial park's workers (its operator's staff keep the list).
 * @throws CHECKPOINTS_PERSONAL_NUMBER_INVALID, CHECKPOINTS_NOT_INDUSTRIAL_PARK, and siteFor's
 */
export async function addWorkers(
  db: Executor,
  principal: Principal,
  request: { siteId: string; personalNumbers: string[] },
): Promise<{ added: number; listed: number }> {
  const bad = request.personalNumbers.findIndex((n) => !checkPersonalNumber(n).valid)
  if (bad >= 0) throw checkpointsErrors.refuse('PERSONAL_NUMBER_INVALID', { index: bad })
  const site = await siteFor(db, principal, 'checkpoints.gate.scan', request.siteId)
  if (site.kind !== 'industrialPark') throw checkpointsErrors.refuse('NOT_INDUSTRIAL_PARK')
  const unique = [...new Set(request.personalNumbers)]
  const added = await insertWorkers(db, site.id, unique)
  return { added, listed: unique.length }
}

/** A site with its gates. */
export interface SiteWithGates extends SiteRow {
  gates: GateRow[]
}

/**
 * The sites a caller sees: operator staff their operator's, administrators and police those of
 * their units.
 */
export async function listSites(db: Executor, principal: Principal): Promise<SiteWithGates[]> {
  const operatorIds = [
    ...operatorsOf(principal, READ),
    ...operatorsOf(principal, 'checkpoints.gate.scan'),
  ]
  const unitCodes = [...jurisdictionOf(principal, READ), ...jurisdictionOf(principal, MANAGE)]
  const bound = new Set(operatorIds)
  const sites = await findSitesVisible(db, {
    operatorIds,
    // A bound grant's units are its operator's commune, not a licence to read that commune.
    unitCodes: bound.size > 0 ? jurisdictionOf(principal, MANAGE) : unitCodes,
  })
  const gates = await findGatesOf(
    db,
    sites.map((s) => s.id),
  )
  return sites.map((s) => ({ ...s, gates: gates.filter((g) => g.siteId === s.id) }))
}

/** @throws CHECKPOINTS_SITE_NOT_FOUND, CHECKPOINTS_NOT_YOUR_SITE */
export async function getSite(
  db: Executor,
  principal: Principal,
  siteId: string,
  permission: Permission,
): Promise<SiteWithGates> {
  const site = await siteFor(db, principal, permission, siteId)
  return { ...site, gates: await findGatesOf(db, [site.id]) }
}
