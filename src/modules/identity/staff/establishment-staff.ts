import type { Executor } from '../../../platform/db/database.js'
import { recordAudit, type AuditSummary } from '../../audit/index.js'
import { findAccountByNumber, findActiveGrants, insertGrant } from '../accounts/accounts.queries.js'
import {
  grantAlreadyRevoked,
  grantExists,
  grantNotFound,
  granteeWithoutAccount,
} from '../identity.errors.js'
import {
  findEstablishmentGrant,
  findLiveEstablishmentGrants,
  markGrantRevoked,
  type EstablishmentGrantRow,
} from './staff.queries.js'

/**
 * Establishment staff are named by the establishment's owner, not by an administrator: the
 * police's approval of the establishment is what entitles its owner to name them. The stays
 * module checks that the caller owns the (approved) establishment; identity keeps the grants.
 */

const ROLE = 'establishmentStaff'
const OWNER_ROLE = 'establishmentOwner'

export interface EstablishmentStaffMember {
  grantId: number
  accountId: string
  personalNumber: string
  establishmentId: string
  unitCodes: string[]
  grantedAt: Date
}

/** The owner acting, for the audit trail. */
export interface EstablishmentOwnerActor {
  accountId: string
  ip: string | null
}

// The rows are selected by establishment, so the binding is there.
const asMember = (row: EstablishmentGrantRow): EstablishmentStaffMember => ({
  ...row,
  establishmentId: row.establishmentId!,
})

/**
 * The live staff grants of an establishment, newest first; another role bound the same way (a
 * verification partner's staff) is listed by naming it.
 */
export async function listEstablishmentStaff(
  db: Executor,
  establishmentId: string,
  role: string = ROLE,
): Promise<EstablishmentStaffMember[]> {
  const rows = await findLiveEstablishmentGrants(db, { establishmentId, role })
  return rows.map(asMember)
}

async function auditStaffChange(
  tx: Executor,
  owner: EstablishmentOwnerActor,
  change: { action: string; member: EstablishmentStaffMember; summary?: AuditSummary },
): Promise<void> {
  await recordAudit(tx, {
    actor: { accountId: owner.accountId, role: OWNER_ROLE },
    subjectPersonalNumber: change.member.personalNumber,
    action: change.action,
    purpose: null,
    summary: {
      grantId: change.member.grantId,
      role: ROLE,
      establishmentId: change.member.establishmentId,
      ...change.summary,
    },
    sourceIp: owner.ip,
  })
}

/**
 * Gives a resident's eID account the establishment-staff role bound to one establishment, over
 * the establishment's commune, audited in the same transaction. An owner may name themselves:
 * at a small guest house the owner is the receptionist.
 * @throws IDENTITY_GRANTEE_WITHOUT_ACCOUNT, IDENTITY_GRANT_EXISTS
 */
export async function grantEstablishmentStaff(
  db: Executor,
  request: {
    establishmentId: string
    communeCode: string
    personalNumber: string
    owner: EstablishmentOwnerActor
  },
): Promise<EstablishmentStaffMember> {
  const account = await findAccountByNumber(db, request.personalNumber)
  if (account?.status !== 'active') throw granteeWithoutAccount()
  const duplicate = (await findActiveGrants(db, account.id)).find(
    (g) => g.role === ROLE && g.establishmentId === request.establishmentId,
  )
  if (duplicate) throw grantExists(duplicate.id)
  return db.transaction(async (tx) => {
    const grant = await insertGrant(tx, {
      accountId: account.id,
      role: ROLE,
      unitCodes: [request.communeCode],
      establishmentId: request.establishmentId,
      agencyCode: null,
      grantedBy: request.owner.accountId,
    })
    const member: EstablishmentStaffMember = {
      grantId: grant.id,
      accountId: account.id,
      personalNumber: account.personalNumber,
      establishmentId: request.establishmentId,
      unitCodes: grant.unitCodes,
      grantedAt: grant.grantedAt,
    }
    await auditStaffChange(tx, request.owner, {
      action: 'identity.staffGrant.create',
      member,
      summary: { units: request.communeCode },
    })
    return member
  })
}

/**
 * Ends one staff grant of the establishment at once; the row stays, with when and by whom.
 * @throws IDENTITY_GRANT_NOT_FOUND (no such grant of this establishment),
 *   IDENTITY_GRANT_ALREADY_REVOKED
 */
export async function revokeEstablishmentStaff(
  db: Executor,
  request: { establishmentId: string; grantId: number; owner: EstablishmentOwnerActor },
): Promise<void> {
  const row = await findEstablishmentGrant(db, {
    grantId: request.grantId,
    establishmentId: request.establishmentId,
    role: ROLE,
  })
  if (!row) throw grantNotFound(request.grantId)
  await db.transaction(async (tx) => {
    const revokedAt = await markGrantRevoked(tx, row.grantId, {
      by: request.owner.accountId,
      reason: 'Chủ cơ sở thu hồi / revoked by the establishment owner',
    })
    if (!revokedAt) throw grantAlreadyRevoked(row.grantId)
    await auditStaffChange(tx, request.owner, {
      action: 'identity.staffGrant.revoke',
      member: asMember(row),
    })
  })
}
