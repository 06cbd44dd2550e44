import type { Principal } from '../../../platform/auth/principal.js'
import type { Executor } from '../../../platform/db/database.js'
import { membersOf } from '../exchange.policy.js'
import { subscriptionsErrors } from './subscriptions.errors.js'
import {
  deleteSubscription,
  findGrantedAttributes,
  findSubscription,
  insertSubscription,
  listDeadLetters,
  listMemberSubscriptions,
  requeueSince,
  type SubscriptionRow,
} from './subscriptions.queries.js'
import { webhookEventOf } from './webhook-events.js'
import { newWebhookSecret } from './webhook-signature.js'

export interface SubscriptionsDeps {
  db: Executor
  /** Development and tests: an http endpoint on the loopback (as SSO's redirect URIs). */
  allowHttp: boolean
  now: () => Date
  /** Tells the sender that deliveries are owed now (a replay). */
  wake: () => void
}

export interface NewSubscription {
  memberCode?: string | undefined
  eventType: string
  url: string
}

/** The members whose subscriptions the principal administers (its grants' member codes). */
const administered = (principal: Principal): string[] => membersOf(principal, 'exchange.grants')

function memberFor(principal: Principal, memberCode: string | undefined): string {
  const members = administered(principal)
  if (memberCode === undefined) {
    if (members.length !== 1) throw subscriptionsErrors.refuse('MEMBER_REQUIRED')
    return members[0]!
  }
  if (!members.includes(memberCode)) throw subscriptionsErrors.refuse('NOT_YOUR_MEMBER')
  return memberCode
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

function checkEndpoint(url: string, allowHttp: boolean): void {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw subscriptionsErrors.refuse('URL_INVALID')
  }
  const isLocalHttp = allowHttp && parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname)
  if ((parsed.protocol !== 'https:' && !isLocalHttp) || parsed.username || parsed.password)
    throw subscriptionsErrors.refuse('URL_INVALID')
}

/**
 * A member's administrator subscribes the member's endpoint to a type of event its grant covers.
 * The secret is in the answer, and only there.
 * @throws EXCHANGE_SUBSCRIPTION_MEMBER_REQUIRED, _NOT_YOUR_MEMBER, _EVENT_UNKNOWN, _URL_INVALID,
 *   _NOT_GRANTED
 */
export async function subscribe(
  deps: SubscriptionsDeps,
  principal: Principal,
  input: NewSubscription,
): Promise<SubscriptionRow> {
  const memberCode = memberFor(principal, input.memberCode)
  const type = webhookEventOf(input.eventType)
  if (!type) throw subscriptionsErrors.refuse('EVENT_UNKNOWN')
  checkEndpoint(input.url, deps.allowHttp)
  if (!(await findGrantedAttributes(deps.db, memberCode, type.service, deps.now())))
    throw subscriptionsErrors.refuse('NOT_GRANTED')
  return insertSubscription(deps.db, {
    memberCode,
    eventType: input.eventType,
    url: input.url,
    secret: newWebhookSecret(),
    createdBy: principal.accountId,
  })
}

export const listSubscriptions = (db: Executor, principal: Principal) =>
  listMemberSubscriptions(db, administered(principal))

/**
 * One of the principal's members' subscriptions; another member's is answered as unknown.
 * @throws EXCHANGE_SUBSCRIPTION_NOT_FOUND
 */
export async function getSubscription(
  db: Executor,
  principal: Principal,
  id: string,
): Promise<SubscriptionRow> {
  const row = await findSubscription(db, id)
  if (!row || !administered(principal).includes(row.memberCode))
    throw subscriptionsErrors.refuse('NOT_FOUND')
  return row
}

/** @throws EXCHANGE_SUBSCRIPTION_NOT_FOUND */
export async function unsubscribe(db: Executor, principal: Principal, id: string): Promise<void> {
  await getSubscription(db, principal, id)
  await deleteSubscription(db, id)
}

/** The latest deliveries given up on, newest first. @throws EXCHANGE_SUBSCRIPTION_NOT_FOUND */
export async function deadLetters(db: Executor, principal: Principal, id: string) {
  await getSubscription(db, principal, id)
  return listDeadLetters(db, [id], 200)
}

/**
 * Sends again every event of the subscription since `since`, delivered or not.
 * @returns how many deliveries are owed again
 * @throws EXCHANGE_SUBSCRIPTION_NOT_FOUND
 */
export async function replay(
  deps: SubscriptionsDeps,
  principal: Principal,
  id: string,
  since: Date,
): Promise<number> {
  await getSubscription(deps.db, principal, id)
  const count = await requeueSince(deps.db, id, since)
  if (count > 0) deps.wake()
  return count
}
