import type { Principal } from '../../platform/auth/principal.js'
import type { Executor } from '../../platform/db/database.js'
import { exchangeErrors } from './exchange.errors.js'
import { assertAdministers, visibleMembers } from './exchange.policy.js'
import {
  decideGrant,
  findGrant,
  findGrantsOf,
  insertGrant,
  type GrantRow,
  type ServiceRow,
} from './exchange.queries.js'
import type { GrantStatus } from './exchange.tables.js'
import { requireMember, requireService } from './members.service.js'

const DAY_MS = 86_400_000
/** A grant lasts at most this long; the consumer asks again after. */
const MAX_GRANT_DAYS = 3 * 366
const DEFAULT_GRANT_DAYS = 365

export interface GrantRequest {
  consumerCode: string
  serviceId: string
  purposes: string[]
  attributes: string[]
  /** Until when access is asked for; a year from now unless told. */
  expiresAt?: Date | undefined
  /** Why the consumer asks, for the provider to weigh. */
  reason?: string | undefined
}

export interface Decider {
  principal: Principal
  now: Date
}

/** Purposes and attributes must be the service's; expiry in the future, within the maximum. */
function checkTerms(
  service: ServiceRow,
  terms: { purposes: string[]; attributes: string[]; expiresAt: Date },
  now: Date,
): void {
  const invalid = (reason: string, extra: Record<string, unknown> = {}) =>
    exchangeErrors.refuse('GRANT_INVALID', { reason, ...extra })
  const offered = new Set(service.purposes.map((p) => p.code))
  const unknownPurposes = terms.purposes.filter((p) => !offered.has(p))
  if (terms.purposes.length === 0 || unknownPurposes.length > 0)
    throw invalid('purposes the service does not serve', { purposes: unknownPurposes })
  const unknownAttributes = terms.attributes.filter((a) => !service.attributes.includes(a))
  if (unknownAttributes.length > 0)
    throw invalid('attributes the service does not release', { attributes: unknownAttributes })
  const ms = terms.expiresAt.getTime() - now.getTime()
  if (ms <= 0 || ms > MAX_GRANT_DAYS * DAY_MS)
    throw invalid('expiry in the past or too far ahead', { maxDays: MAX_GRANT_DAYS })
}

/**
 * A member's administrator asks for access to another member's service.
 * @throws EXCHANGE_NOT_YOUR_MEMBER, EXCHANGE_MEMBER_NOT_FOUND, EXCHANGE_SERVICE_NOT_FOUND,
 *   EXCHANGE_GRANT_INVALID (terms outside the service's, or its own service)
 */
export async function requestGrant(
  db: Executor,
  { principal, now }: Decider,
  request: GrantRequest,
): Promise<GrantRow> {
  assertAdministers(principal, request.consumerCode)
  await requireMember(db, request.consumerCode)
  const service = await requireService(db, request.serviceId)
  if (service.providerCode === request.consumerCode)
    throw exchangeErrors.refuse('GRANT_INVALID', { reason: 'a member needs no grant of its own' })
  const expiresAt = request.expiresAt ?? new Date(now.getTime() + DEFAULT_GRANT_DAYS * DAY_MS)
  const purposes = [...new Set(request.purposes)]
  const attributes = [...new Set(request.attributes)]
  checkTerms(service, { purposes, attributes, expiresAt }, now)
  return insertGrant(db, {
    consumerCode: request.consumerCode,
    serviceId: service.id,
    purposes,
    attributes,
    status: 'requested',
    expiresAt,
    reason: request.reason ?? null,
    requestedBy: principal.accountId,
    requestedAt: now,
  })
}

export interface Decision {
  outcome: 'approve' | 'refuse' | 'revoke'
  /** On approval: the provider may narrow the terms and set the expiry. */
  purposes?: string[] | undefined
  attributes?: string[] | undefined
  expiresAt?: Date | undefined
  /** On refusal or revocation: why, told to the consumer. */
  reason?: string | undefined
}

const TRANSITIONS: Record<Decision['outcome'], { from: GrantStatus; to: GrantStatus }> = {
  approve: { from: 'requested', to: 'approved' },
  refuse: { from: 'requested', to: 'refused' },
  revoke: { from: 'approved', to: 'revoked' },
}

/**
 * The provider's administrator decides a grant of one of its services: approves (possibly
 * narrowing purposes and attributes, setting the expiry), refuses, or revokes an approved one.
 * @throws EXCHANGE_GRANT_NOT_FOUND (also for a grant of another provider's service, so that its
 *   existence is not told), EXCHANGE_GRANT_INVALID, EXCHANGE_GRANT_DECIDED
 */
export async function decideOnGrant(
  db: Executor,
  { principal, now }: Decider,
  id: string,
  decision: Decision,
): Promise<GrantRow> {
  const grant = await findGrant(db, id)
  const service = grant && (await requireService(db, grant.serviceId))
  if (!grant || !service) throw exchangeErrors.refuse('GRANT_NOT_FOUND')
  try {
    assertAdministers(principal, service.providerCode)
  } catch {
    throw exchangeErrors.refuse('GRANT_NOT_FOUND')
  }
  const { from, to } = TRANSITIONS[decision.outcome]
  const terms = {
    purposes: decision.purposes ? [...new Set(decision.purposes)] : grant.purposes,
    attributes: decision.attributes ? [...new Set(decision.attributes)] : grant.attributes,
    expiresAt: decision.expiresAt ?? grant.expiresAt,
  }
  if (decision.outcome === 'approve') checkTerms(service, terms, now)
  const decided = await decideGrant(db, id, from, {
    status: to,
    ...(decision.outcome === 'approve' ? terms : { decisionNote: decision.reason ?? null }),
    decidedBy: principal.accountId,
    decidedAt: now,
  })
  if (!decided) throw exchangeErrors.refuse('GRANT_DECIDED', { status: grant.status })
  return decided
}

/** Grants the principal's members ask for or provide; an administrator sees all. */
export const listGrants = (db: Executor, principal: Principal) =>
  findGrantsOf(db, visibleMembers(principal))
