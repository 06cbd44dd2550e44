import { assertJurisdiction } from '../../../platform/auth/access.js'
import { grantsWith, jurisdictionOf, type Principal } from '../../../platform/auth/principal.js'
import type { Permission } from '../../../platform/auth/roles.js'
import type { Executor } from '../../../platform/db/database.js'
import { recordEvent } from '../../../platform/events/outbox.js'
import { auditActor, recordAudit } from '../../audit/index.js'
import { getMyAccount, type MessageSender } from '../../identity/index.js'
import { placeOfCommune } from '../../population/index.js'
import { assertDeclaringFor, assertOwner } from './establishments.policy.js'
import { presentEstablishment } from './establishments.presenters.js'
import {
  findEstablishment,
  findEstablishmentType,
  findEstablishmentsIn,
  findEstablishmentsById,
  findEstablishmentsOfOwner,
  insertEstablishment,
  markDecided,
  type EstablishmentRow,
  type EstablishmentStatus,
  type EstablishmentView,
} from './establishments.queries.js'
import type { EstablishmentResponse } from './establishments.schemas.js'
import { withIdempotency, type IdempotentOutcome, type IdempotentRequest } from '../idempotency.js'
import {
  communeUnknown,
  establishmentAlreadyDecided,
  establishmentNotApproved,
  establishmentNotFound,
  establishmentTypeUnknown,
  ownerLevel2Required,
  refusalReasonRequired,
} from '../stays.errors.js'
import { ESTABLISHMENT_DECIDED, type EstablishmentDecidedPayload } from '../stays.events.js'

const DECIDE: Permission = 'stays.establishment.decide'
const POLICE_READ: Permission = 'stays.police.read'

export interface NewEstablishment {
  name: string
  typeCode: string
  address: string
  communeCode: string
  capacity: number
}

/** @throws STAY_ESTABLISHMENT_NOT_FOUND */
export async function getEstablishment(db: Executor, id: string): Promise<EstablishmentView> {
  const establishment = await findEstablishment(db, id)
  if (!establishment) throw establishmentNotFound(id)
  return establishment
}

/**
 * An approved establishment of the caller's, for what only its owner does once the police
 * approved it (staff, API credentials).
 * @throws STAY_ESTABLISHMENT_NOT_FOUND, STAY_NOT_ESTABLISHMENT_OWNER, STAY_ESTABLISHMENT_NOT_APPROVED
 */
export async function getOwnedApprovedEstablishment(
  db: Executor,
  owner: Principal,
  id: string,
): Promise<EstablishmentView> {
  const establishment = await getEstablishment(db, id)
  assertOwner(owner, establishment)
  if (establishment.status !== 'approved') throw establishmentNotApproved(establishment.status)
  return establishment
}

export interface RegistrationRequest {
  owner: Principal
  establishment: NewEstablishment
  idempotency: IdempotentRequest
}

/**
 * A resident with an eID of level 2 registers a place that must declare its guests, once per
 * Idempotency-Key; it waits for the commune police's decision. The answer replayed to a retry is
 * the establishment as registered, not as it stands since.
 * @throws STAY_OWNER_LEVEL_2_REQUIRED, STAY_ESTABLISHMENT_TYPE_UNKNOWN, STAY_COMMUNE_UNKNOWN,
 *   STAY_IDEMPOTENCY_KEY_REUSED
 */
export async function registerEstablishment(
  db: Executor,
  request: RegistrationRequest,
): Promise<IdempotentOutcome<EstablishmentResponse>> {
  const { owner, establishment: input } = request
  if ((await getMyAccount(db, owner.accountId)).level < 2) throw ownerLevel2Required()
  const type = await findEstablishmentType(db, input.typeCode)
  if (!type) throw establishmentTypeUnknown(input.typeCode)
  const place = await placeOfCommune(db, input.communeCode)
  if (!place) throw communeUnknown(input.communeCode)
  return withIdempotency(db, request.idempotency, async (tx) => {
    const row = await insertEstablishment(tx, {
      name: input.name.trim(),
      typeCode: type.code,
      address: input.address.trim(),
      communeCode: place.communeCode,
      provinceCode: place.provinceCode,
      capacity: input.capacity,
      ownerAccountId: owner.accountId,
    })
    return { status: 201, body: presentEstablishment({ ...row, capacityUnit: type.capacityUnit }) }
  })
}

export const listMyEstablishments = (
  db: Executor,
  owner: Principal,
): Promise<EstablishmentView[]> => findEstablishmentsOfOwner(db, owner.accountId)

/** Where the person declares guests: the establishments their staff grants are bound to. */
export const listWorkplaces = (db: Executor, person: Principal): Promise<EstablishmentView[]> =>
  findEstablishmentsById(db, [
    ...new Set(
      grantsWith(person, 'stays.declare').flatMap((g) =>
        g.establishmentId ? [g.establishmentId] : [],
      ),
    ),
  ])

/** The establishments in the officer's jurisdiction, oldest first, optionally by status. */
export const listEstablishmentsInJurisdiction = (
  db: Executor,
  officer: Principal,
  filter: { status?: EstablishmentStatus | undefined; limit: number },
): Promise<EstablishmentView[]> =>
  findEstablishmentsIn(db, { ...filter, unitCodes: jurisdictionOf(officer, POLICE_READ) })

/**
 * The establishment as its staff (or its SSO client) see it.
 * @throws STAY_ESTABLISHMENT_NOT_FOUND, STAY_NOT_ESTABLISHMENT_STAFF
 */
export async function getEstablishmentForStaff(
  db: Executor,
  principal: Principal,
  id: string,
): Promise<EstablishmentView> {
  const establishment = await getEstablishment(db, id)
  assertDeclaringFor(principal, id)
  return establishment
}

export interface Decision {
  decision: 'approve' | 'refuse'
  reason?: string | undefined
}

export interface DecisionContext {
  officer: Principal
  ip: string
  /** Tells the owner the decision and its reason. */
  sender: MessageSender
}

const decisionMessage = (e: EstablishmentRow): string =>
  e.status === 'approved'
    ? `Công an đã duyệt cơ sở lưu trú "${e.name}" / The police approved "${e.name}".`
    : `Công an không duyệt cơ sở lưu trú "${e.name}". Lý do / Reason: ${e.decisionReason ?? ''}`

async function recordDecision(
  tx: Executor,
  ctx: DecisionContext,
  decided: EstablishmentRow,
): Promise<void> {
  const owner = await getMyAccount(tx, decided.ownerAccountId)
  await recordAudit(tx, {
    actor: auditActor(ctx.officer, DECIDE, decided),
    subjectPersonalNumber: owner.personalNumber,
    action: 'stays.establishment.decide',
    purpose: null,
    summary: { establishmentId: decided.id, status: decided.status, typeCode: decided.typeCode },
    sourceIp: ctx.ip,
  })
  await recordEvent(tx, {
    aggregateType: 'establishment',
    aggregateId: decided.id,
    eventType: ESTABLISHMENT_DECIDED,
    payload: {
      establishmentId: decided.id,
      typeCode: decided.typeCode,
      communeCode: decided.communeCode,
      status: decided.status,
      capacity: decided.capacity,
    } satisfies EstablishmentDecidedPayload,
  })
  await ctx.sender.send(tx, { to: owner.phone, body: decisionMessage(decided) })
}

/**
 * The police of the establishment's place approve or refuse it, once: the decision, its audit
 * entry, its event and the owner's message commit together.
 * @throws STAY_REFUSAL_REASON_REQUIRED, STAY_ESTABLISHMENT_NOT_FOUND, AUTH_OUTSIDE_JURISDICTION,
 *   STAY_ESTABLISHMENT_ALREADY_DECIDED
 */
export async function decideEstablishment(
  db: Executor,
  ctx: DecisionContext,
  request: { establishmentId: string } & Decision,
): Promise<EstablishmentView> {
  const reason = request.reason?.trim() || null
  if (request.decision === 'refuse' && !reason) throw refusalReasonRequired()
  const establishment = await getEstablishment(db, request.establishmentId)
  assertJurisdiction(ctx.officer, DECIDE, establishment)
  return db.transaction(async (tx) => {
    const decided = await markDecided(tx, establishment.id, {
      status: request.decision === 'approve' ? 'approved' : 'refused',
      reason,
      // A police system's client has no account: the audit entry names it instead.
      by: ctx.officer.kind === 'client' ? null : ctx.officer.accountId,
    })
    if (!decided)
      throw establishmentAlreadyDecided((await getEstablishment(tx, establishment.id)).status)
    await recordDecision(tx, ctx, decided)
    return { ...decided, capacityUnit: establishment.capacityUnit }
  })
}
