import type { Principal } from '../../../platform/auth/principal.js'
import { createBatcher } from '../../../platform/async/batcher.js'
import type { Executor } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/http/errors.js'
import {
  claimIdempotencyKeys,
  findIdempotencyKey,
  releaseIdempotencyKeys,
  storeIdempotentOutcomes,
} from '../../../platform/http/idempotency.queries.js'
import { auditActor, type AuditActor } from '../../audit/index.js'
import { declareMany, type Declaring, type DeclaringResult } from './declarations-batch.js'
import { presentDeclared, type DeclaredResponse } from './declarations.presenters.js'
import type { DeclareContext, DeclaredStay, DeclareInput } from './declarations.types.js'
import { assertDeclaringFor } from '../establishments/establishments.policy.js'
import {
  replayStored,
  withIdempotency,
  type IdempotentOutcome,
  type IdempotentRequest,
} from '../idempotency.js'

export { ARRIVAL_TOLERANCE_MS } from './declarations-batch.js'
export { recordStayEvent } from './declarations.events.js'

const declaringOf = (ctx: DeclareContext, input: DeclareInput): Declaring => ({
  establishmentId: ctx.establishment.id,
  declarer: ctx.declarer,
  now: ctx.now,
  identity: ctx.identity,
  input,
})

/**
 * Declares one guest or a group arriving together, in the caller's transaction: each guest
 * identified (an identity QR consumed), checked against the place's capacity (not for a coach
 * trip, whose seats the caller checks) and against open stays, written with its deadline, its
 * event and any watch-list alert. The establishment's row stays locked until the transaction
 * ends, so that concurrent declarations of one place cannot overfill it or declare a guest twice.
 * @returns the declarations, in the order of `input.guests`
 * @throws STAY_ESTABLISHMENT_NOT_APPROVED, STAY_ESTABLISHMENT_FULL, STAY_ALREADY_CHECKED_IN,
 *   STAY_ARRIVAL_IN_FUTURE, STAY_DEPARTURE_BEFORE_ARRIVAL, STAY_GUEST_REPEATED,
 *   STAY_COMPANION_INVALID, STAY_QR_REPLAYED, and readGuest's and completeGuest's codes; one about
 *   a guest names its index in `details.guest`
 */
export async function declareStays(
  tx: Executor,
  ctx: DeclareContext,
  input: DeclareInput,
): Promise<DeclaredStay[]> {
  const [result] = await declareMany(tx, [declaringOf(ctx, input)])
  if (!result!.ok) throw result!.error
  return result!.stays
}

export interface DeclareRequest {
  principal: Principal
  establishmentId: string
  input: DeclareInput
  idempotency: IdempotentRequest
  identity: DeclareContext['identity']
}

/** Who declares: the establishment's machine client, else the staff member's account. */
export const declarerOf = (principal: Principal): string =>
  principal.clientId ?? principal.accountId

/** Who declares, as the guests' access log names them. */
export const declarerActor = (principal: Principal): AuditActor =>
  auditActor(principal, 'stays.declare')

type Answer = IdempotentOutcome<DeclaredResponse>
/**
 * An answer, a refusal, "the key was taken: look for its stored answer once committed", or a
 * failure (the database's) for this request alone.
 */
type Settled = { answer: Answer } | { error: AppError } | { taken: true } | { failure: unknown }

const itemOf = (request: DeclareRequest, now: Date): Declaring => ({
  establishmentId: request.establishmentId,
  declarer: declarerActor(request.principal),
  now,
  identity: request.identity,
  input: request.input,
})

const outcomeOf = (result: Extract<DeclaringResult, { ok: true }>) => ({
  status: 201,
  body: presentDeclared(result.stays, result.establishment),
})

/**
 * One transaction for a batch of declare requests: keys claimed, declarations made, answers
 * stored, and the keys of refused requests given back, as their rollback would have.
 */
async function declareBatchOnce(db: Executor, requests: DeclareRequest[]): Promise<Settled[]> {
  return db.transaction(async (tx) => {
    const claimed = await claimIdempotencyKeys(
      tx,
      requests.map((r) => r.idempotency),
    )
    const now = new Date()
    const holders = requests.flatMap((request, i) => (claimed[i] ? [{ request, i }] : []))
    const results = await declareMany(
      tx,
      holders.map(({ request }) => itemOf(request, now)),
    )
    const settled: Settled[] = requests.map(() => ({ taken: true }))
    const stored: { request: IdempotentRequest; outcome: { status: number; body: unknown } }[] = []
    const refused: IdempotentRequest[] = []
    holders.forEach(({ request, i }, h) => {
      const result = results[h]!
      if (!result.ok) {
        settled[i] = { error: result.error }
        refused.push(request.idempotency)
        return
      }
      const outcome = outcomeOf(result)
      settled[i] = { answer: { ...outcome, isReplayed: false } }
      stored.push({ request: request.idempotency, outcome })
    })
    await storeIdempotentOutcomes(tx, stored)
    await releaseIdempotencyKeys(tx, refused)
    return settled
  })
}

/** A request on its own, in a transaction of its own, as a batch of one. */
async function declareAlone(
  db: Executor,
  request: DeclareRequest,
): Promise<Exclude<Settled, { taken: true }>> {
  try {
    const answer = await withIdempotency(db, request.idempotency, async (tx) => {
      const [result] = await declareMany(tx, [itemOf(request, new Date())])
      if (!result!.ok) throw result!.error
      return outcomeOf(result!)
    })
    return { answer }
  } catch (error) {
    return error instanceof AppError ? { error } : { failure: error }
  }
}

/**
 * The batch; should the database fail it (a deadlock, a constraint), each request again on its
 * own, so that one request's fault fails no other.
 */
async function declareBatch(db: Executor, requests: DeclareRequest[]): Promise<Settled[]> {
  try {
    return await declareBatchOnce(db, requests)
  } catch {
    const settled: Settled[] = []
    for (const request of requests) settled.push(await declareAlone(db, request))
    return settled
  }
}

// A batch's statements carry every guest: bounded, so that one statement stays small.
const MAX_BATCH_GUESTS = 200

/**
 * Batches run in parallel lanes, an establishment always in the same lane: a batch holds its
 * establishments' rows locked until it commits, so lanes never wait on each other's locks, and
 * while one lane waits on the database another fills. Four lanes take four of the pool's
 * connections at most.
 */
const LANES = 4

type Batcher = (request: DeclareRequest) => Promise<Settled>
const lanesOf = new WeakMap<Executor, Batcher[]>()

function laneOf(establishmentId: string): number {
  let hash = 0
  for (let i = 0; i < establishmentId.length; i++)
    hash = (hash * 31 + establishmentId.charCodeAt(i)) | 0
  return Math.abs(hash) % LANES
}

function batcherFor(db: Executor, establishmentId: string): Batcher {
  let lanes = lanesOf.get(db)
  if (!lanes) {
    lanes = Array.from({ length: LANES }, () =>
      createBatcher((requests: DeclareRequest[]) => declareBatch(db, requests), {
        weight: (request) => request.input.guests.length,
        maxWeight: MAX_BATCH_GUESTS,
      }),
    )
    lanesOf.set(db, lanes)
  }
  return lanes[laneOf(establishmentId)]!
}

/** @throws the refusal or the failure settled */
function unwrap(settled: Exclude<Settled, { taken: true }>): Answer {
  if ('answer' in settled) return settled.answer
  throw 'error' in settled ? settled.error : settled.failure
}

/**
 * An establishment's staff (or its own software) declares guests, once per Idempotency-Key.
 * Requests arriving together share one transaction (group commit, ADR 7): each is answered only
 * once that transaction has committed.
 * @throws STAY_NOT_ESTABLISHMENT_STAFF, STAY_ESTABLISHMENT_NOT_FOUND, STAY_IDEMPOTENCY_KEY_REUSED,
 *   and declareStays's codes
 */
export async function declareGuests(db: Executor, request: DeclareRequest): Promise<Answer> {
  assertDeclaringFor(request.principal, request.establishmentId)
  const settled = await batcherFor(db, request.establishmentId)(request)
  if (!('taken' in settled)) return unwrap(settled)
  const stored = await findIdempotencyKey(db, request.idempotency)
  // The key's first request was refused in the same batch: this one does the work itself.
  if (!stored) return unwrap(await declareAlone(db, request))
  return replayStored<DeclaredResponse>(stored, request.idempotency)
}
