import type { Principal } from '../../platform/auth/principal.js'
import type { Executor } from '../../platform/db/database.js'
import { ACTING_ESTABLISHMENT, auditActor, recordAudit, type AuditActor } from '../audit/index.js'
import { partnerOfStaff } from './partners.service.js'
import type { PartnerRow } from './partners.queries.js'
import {
  findCheckOfPartner,
  findChecksOfPartner,
  insertCheck,
  type CheckFilter,
  type CheckRow,
} from './checks.queries.js'
import {
  readPresentedCode,
  type IdentityKeys,
  type PresentedIdentity,
} from './presented-identity.js'
import { checkNotFound, purposeNotForKind } from './verification.errors.js'
import type { CheckPurpose, PartnerKind } from './verification.tables.js'

/** What each kind of partner checks identities for. */
export const PURPOSES_OF_KIND: Record<PartnerKind, readonly CheckPurpose[]> = {
  hospital: ['medicalCheckIn'],
  notary: ['notarisation'],
  pawnshop: ['pawnTransaction'],
  examBoard: ['examAttendance'],
  school: ['examAttendance', 'schoolCheck'],
}

/** A check as it was recorded, with the identity it was about. */
export interface RecordedCheck {
  check: CheckRow
  presented: PresentedIdentity | null
}

/** Who checks: a partner's staff member, or a partner's kiosk device. */
export interface Checker {
  partner: PartnerRow
  actor: AuditActor
  staffAccountId: string | null
  deviceId: string | null
  ip: string | null
}

export const staffChecker = (partner: PartnerRow, principal: Principal, ip: string): Checker => ({
  partner,
  actor: auditActor(principal, 'verification.check'),
  staffAccountId: principal.accountId,
  deviceId: null,
  ip,
})

/** @throws VERIFICATION_PURPOSE_NOT_FOR_KIND */
export function assertPurposeFits(partner: PartnerRow, purpose: CheckPurpose): void {
  if (!PURPOSES_OF_KIND[partner.kind].includes(purpose))
    throw purposeNotForKind(purpose, partner.kind)
}

/**
 * Keeps a check and writes it to the audit trail in the same transaction, naming the partner: the
 * person sees in "who viewed my data" that this hospital, notary or shop checked them.
 */
export async function saveCheck(
  db: Executor,
  checker: Checker,
  check: Omit<CheckRow, 'id' | 'partnerId' | 'staffAccountId' | 'deviceId' | 'checkedAt'>,
): Promise<CheckRow> {
  return db.transaction(async (tx) => {
    const row = await insertCheck(tx, {
      ...check,
      partnerId: checker.partner.id,
      staffAccountId: checker.staffAccountId,
      deviceId: checker.deviceId,
    })
    await recordAudit(tx, {
      actor: checker.actor,
      subjectPersonalNumber: row.personalNumber,
      action: 'verification.check.record',
      purpose: row.purpose === 'medicalCheckIn' ? 'health_care' : 'identity_verification',
      summary: {
        checkId: row.id,
        partnerKind: checker.partner.kind,
        method: row.method,
        result: row.result,
        flag: row.flag,
        [ACTING_ESTABLISHMENT]: checker.partner.id,
      },
      sourceIp: checker.ip,
    })
    return row
  })
}

/**
 * A partner's staff member scans a card QR or an identity QR: the identity is read, compared with
 * the registry, and the check recorded for the partner with its purpose.
 * @throws VERIFICATION_NO_PARTNER, VERIFICATION_PURPOSE_NOT_FOR_KIND, and readPresentedCode's
 */
export async function checkIdentity(
  db: Executor,
  identity: IdentityKeys,
  request: { principal: Principal; ip: string; code: string; purpose: CheckPurpose },
): Promise<RecordedCheck> {
  const partner = await partnerOfStaff(db, request.principal)
  assertPurposeFits(partner, request.purpose)
  const read = await readPresentedCode(db, identity, request.code, `partner:${partner.id}`)
  const check = await saveCheck(db, staffChecker(partner, request.principal, request.ip), {
    sessionId: null,
    purpose: request.purpose,
    method: read.method,
    personalNumber: read.presented.personalNumber,
    result: read.result,
    eidLevel: read.eidLevel,
    flag: null,
  })
  return { check, presented: read.presented }
}

/** The staff member's partner's checks, newest first. @throws VERIFICATION_NO_PARTNER */
export async function listChecks(
  db: Executor,
  principal: Principal,
  filter: CheckFilter,
): Promise<CheckRow[]> {
  const partner = await partnerOfStaff(db, principal)
  return findChecksOfPartner(db, partner.id, filter)
}

/**
 * One check of the staff member's partner; another partner's reads as unknown.
 * @throws VERIFICATION_NO_PARTNER, VERIFICATION_CHECK_NOT_FOUND
 */
export async function getCheck(db: Executor, principal: Principal, id: string): Promise<CheckRow> {
  const partner = await partnerOfStaff(db, principal)
  const check = await findCheckOfPartner(db, partner.id, id)
  if (!check) throw checkNotFound()
  return check
}
