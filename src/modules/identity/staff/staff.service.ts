import { assertJurisdiction } from '../../../platform/auth/access.js'
import {
  actingRole,
  jurisdictionOf,
  type Principal,
  type RecordPlace,
} from '../../../platform/auth/principal.js'
import type { Permission, Role } from '../../../platform/auth/roles.js'
import type { Database, Executor } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/http/errors.js'
import { recordAudit, type AuditEntryInput, type AuditSummary } from '../../audit/index.js'
import { communesOfUnit, getUnit, resolveAsOf } from '../../population/index.js'
import { findAccountByNumber, findActiveGrants, insertGrant } from '../accounts/accounts.queries.js'
import {
  grantAlreadyRevoked,
  grantBindingInvalid,
  grantExists,
  grantNotFound,
  granteeWithoutAccount,
  grantToSelf,
  grantUnitUnknown,
  revokeReasonRequired,
} from '../identity.errors.js'
import { bindingProblem, type GrantScope } from './staff.policy.js'
import {
  findGrantById,
  findGrants,
  markGrantRevoked,
  type GrantStatus,
  type StaffGrantRow,
} from './staff.queries.js'

export type StaffGrant = StaffGrantRow

/**
 * Who administers grants: an administrator over HTTP, inside their own jurisdiction, or the
 * operator at the server's shell (the command line), who needs no grant: that is how the first
 * administrator of a fresh install is made.
 */
export type StaffManager =
  { kind: 'administrator'; principal: Principal; ip: string } | { kind: 'operator'; name: string }

export interface GrantRequest extends GrantScope {
  personalNumber: string
}

export interface GrantQuery {
  role?: Role | undefined
  unitCode?: string | undefined
  status?: GrantStatus | undefined
  limit?: number | undefined
  /** The `next` of the previous page. */
  after?: number | undefined
}

export interface StaffGrantPage {
  grants: StaffGrant[]
  next: number | null
}

const PERMISSION: Permission = 'identity.staff.manage'
const DEFAULT_LIMIT = 50
const MAX_LIMIT = 200

/** Where a unit in force today sits, or undefined when it is not a current province or commune. */
async function placeOfUnit(db: Executor, code: string): Promise<RecordPlace | undefined> {
  try {
    const unit = await getUnit(db, code, resolveAsOf(undefined))
    if (unit.level === 'province') return { communeCode: code, provinceCode: code }
    const province = unit.parents.find((p) => p.level === 'province')
    return unit.level === 'commune' && province
      ? { communeCode: code, provinceCode: province.code }
      : undefined
  } catch (error) {
    if (error instanceof AppError && error.code === 'POPULATION_UNIT_NOT_FOUND') return undefined
    throw error
  }
}

/** @throws AUTH_OUTSIDE_JURISDICTION unless the manager's jurisdiction covers the place */
function assertManages(manager: StaffManager, place: RecordPlace): void {
  if (manager.kind === 'administrator') assertJurisdiction(manager.principal, PERMISSION, place)
}

function auditActor(manager: StaffManager): AuditEntryInput['actor'] {
  if (manager.kind === 'operator')
    return { accountId: `operator:${manager.name}`.slice(0, 200), role: 'operator' }
  return {
    accountId: manager.principal.accountId,
    role: actingRole(manager.principal, PERMISSION),
    unitCode: jurisdictionOf(manager.principal, PERMISSION)[0] ?? null,
  }
}

async function auditGrantChange(
  tx: Executor,
  manager: StaffManager,
  change: { action: string; grant: StaffGrant; summary: AuditSummary },
): Promise<void> {
  await recordAudit(tx, {
    actor: auditActor(manager),
    subjectPersonalNumber: change.grant.personalNumber,
    action: change.action,
    purpose: null,
    summary: { grantId: change.grant.id, role: change.grant.role, ...change.summary },
    sourceIp: manager.kind === 'administrator' ? manager.ip : null,
  })
}

const sameUnits = (a: string[], b: string[]): boolean =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join()

/**
 * @throws IDENTITY_GRANT_BINDING_INVALID, IDENTITY_GRANT_TO_SELF, IDENTITY_GRANT_UNIT_UNKNOWN,
 *   AUTH_OUTSIDE_JURISDICTION
 */
async function assertMayGrant(
  db: Executor,
  manager: StaffManager,
  request: GrantRequest,
): Promise<void> {
  const problem = bindingProblem(request)
  if (problem) throw grantBindingInvalid(request.role, problem.field, problem.problem)
  // No grant to oneself at all: any role added to one's own account widens one's own powers.
  if (
    manager.kind === 'administrator' &&
    manager.principal.personalNumber === request.personalNumber
  )
    throw grantToSelf()
  for (const code of request.unitCodes) {
    const place = await placeOfUnit(db, code)
    if (!place) throw grantUnitUnknown(code)
    assertManages(manager, place)
  }
}

/**
 * Gives a resident's eID account a role over units (and an establishment or agency where the role
 * needs one), audited in the same transaction. The account's next request already carries it.
 * @throws IDENTITY_GRANT_BINDING_INVALID, IDENTITY_GRANT_TO_SELF, IDENTITY_GRANT_UNIT_UNKNOWN,
 *   AUTH_OUTSIDE_JURISDICTION, IDENTITY_GRANTEE_WITHOUT_ACCOUNT, IDENTITY_GRANT_EXISTS
 */
export async function grantStaffRole(
  database: Database,
  manager: StaffManager,
  request: GrantRequest,
): Promise<StaffGrant> {
  const db = database.db
  const unitCodes = [...new Set(request.unitCodes)]
  await assertMayGrant(db, manager, { ...request, unitCodes })
  const account = await findAccountByNumber(db, request.personalNumber)
  if (account?.status !== 'active') throw granteeWithoutAccount()
  const establishmentId = request.establishmentId ?? null
  const agencyCode = request.agencyCode ?? null
  const duplicate = (await findActiveGrants(db, account.id)).find(
    (g) =>
      g.role === request.role &&
      sameUnits(g.unitCodes, unitCodes) &&
      g.establishmentId === establishmentId &&
      g.agencyCode === agencyCode,
  )
  if (duplicate) throw grantExists(duplicate.id)
  return db.transaction(async (tx) => {
    const { id } = await insertGrant(tx, {
      accountId: account.id,
      role: request.role,
      unitCodes,
      establishmentId,
      agencyCode,
      grantedBy: manager.kind === 'administrator' ? manager.principal.accountId : null,
    })
    const grant = (await findGrantById(tx, id))!
    await auditGrantChange(tx, manager, {
      action: 'identity.staffGrant.create',
      grant,
      summary: { units: unitCodes.join(','), establishmentId, agencyCode },
    })
    return grant
  })
}

/**
 * Ends a grant at once (the holder's next request no longer carries it); the row stays, with
 * when, and the audit entry keeps who and why.
 * @throws IDENTITY_REVOKE_REASON_REQUIRED, IDENTITY_GRANT_NOT_FOUND, AUTH_OUTSIDE_JURISDICTION,
 *   IDENTITY_GRANT_ALREADY_REVOKED
 */
export async function revokeStaffGrant(
  database: Database,
  manager: StaffManager,
  revocation: { grantId: number; reason: string },
): Promise<StaffGrant> {
  const db = database.db
  const reason = revocation.reason.trim()
  if (reason.length === 0) throw revokeReasonRequired()
  const grant = await findGrantById(db, revocation.grantId)
  if (!grant) throw grantNotFound(revocation.grantId)
  // A unit abolished since the grant is placed nowhere: only an administrator holding that very
  // code covers it (the operator always may).
  for (const code of grant.unitCodes)
    assertManages(
      manager,
      (await placeOfUnit(db, code)) ?? { communeCode: code, provinceCode: code },
    )
  return db.transaction(async (tx) => {
    const revokedAt = await markGrantRevoked(tx, grant.id, {
      by: manager.kind === 'administrator' ? manager.principal.accountId : null,
      reason,
    })
    if (!revokedAt) throw grantAlreadyRevoked(grant.id)
    const revoked = { ...grant, revokedAt }
    await auditGrantChange(tx, manager, {
      action: 'identity.staffGrant.revoke',
      grant: revoked,
      summary: { reason: reason.slice(0, 200) },
    })
    return revoked
  })
}

/** The unit codes whose grants an administrator sees: their own, and the communes under them. */
async function visibleUnits(db: Executor, principal: Principal): Promise<string[]> {
  const codes = new Set<string>()
  for (const code of jurisdictionOf(principal, PERMISSION)) {
    codes.add(code)
    for (const commune of await communesOfUnit(db, code)) codes.add(commune)
  }
  return [...codes]
}

/** Grants, newest first, live ones by default; an administrator sees those touching their units. */
export async function listStaffGrants(
  database: Database,
  manager: StaffManager,
  query: GrantQuery = {},
): Promise<StaffGrantPage> {
  const db = database.db
  const limit = Math.min(Math.max(Math.trunc(query.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT)
  const rows = await findGrants(db, {
    role: query.role,
    unitCode: query.unitCode,
    withinUnits:
      manager.kind === 'administrator' ? await visibleUnits(db, manager.principal) : undefined,
    status: query.status ?? 'active',
    beforeId: query.after,
    limit: limit + 1,
  })
  const grants = rows.slice(0, limit)
  return { grants, next: rows.length > limit ? grants.at(-1)!.id : null }
}
