import { createHash } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { requirePrincipal } from '../auth/access.js'
import type { Executor } from '../db/database.js'
import type { AppError } from './errors.js'
import {
  claimIdempotencyKey,
  deleteIdempotencyKeysBefore,
  findIdempotencyKey,
  storeIdempotentOutcome,
} from './idempotency.queries.js'

/**
 * Create requests under an `Idempotency-Key` (draft-ietf-httpapi-idempotency-key-header), for any
 * module's route: the first request with a key does the work and stores its answer in the same
 * transaction; a retry with the same key and body gets that answer again instead of a second
 * record.
 *
 * Only a success is stored. A refused request rolled back everything it did, so retrying it is
 * safe and may succeed once the cause is gone (a room freed, a fresh QR).
 */

export interface IdempotentRequest {
  /** Whose key it is: two callers may pick the same key. */
  caller: string
  key: string
  /** SHA-256 of the method, path and body: the same key with another request is refused. */
  requestHash: string
}

export interface Outcome<T> {
  status: number
  body: T
}

export interface IdempotentOutcome<T> extends Outcome<T> {
  /** True when this is the stored answer to an earlier request with the same key. */
  isReplayed: boolean
}

/** How a module refuses a key: its own codes (400, 400 and 422 by the draft). */
export interface IdempotencyRefusals {
  /** No Idempotency-Key header. */
  required: () => AppError
  /** A key that is not 1-200 printable ASCII characters. */
  invalid: () => AppError
  /** A key that already served a different request. */
  reused: () => AppError
}

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key'
export const REPLAYED_HEADER = 'idempotent-replayed'
// Printable ASCII: what a header carries safely; a UUID fits with room to spare.
const KEY = /^[\x21-\x7e]{1,200}$/

/** JSON with object keys sorted, so a client re-serialising the same body gets the same hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** Sends an outcome, marking a replay so that the client can tell. */
export function sendOutcome<T>(reply: FastifyReply, outcome: IdempotentOutcome<T>): FastifyReply {
  if (outcome.isReplayed) void reply.header(REPLAYED_HEADER, 'true')
  return reply.code(outcome.status).send(outcome.body)
}

/** A module's idempotent creates, refused with its own codes. */
export interface Idempotency {
  /**
   * The key, caller and request hash of a create request.
   * @throws the module's `required` without the header, `invalid` when it is not 1-200 printable
   *   ASCII characters
   */
  idempotencyOf: (request: FastifyRequest) => IdempotentRequest
  /** @throws the module's `reused` when the stored answer was to another request */
  replayStored: <T>(
    stored: { requestHash: string; status: number; response: unknown },
    request: IdempotentRequest,
  ) => IdempotentOutcome<T>
  /**
   * Runs `work` once per key. The key is claimed first, in the work's transaction: a retry finds
   * it taken at once; a concurrent request with the same key waits on that row until the first
   * commits, then replays its answer (or, if the first failed and rolled back, does the work
   * itself). No look-up before the claim: a first request, by far the most common, saves the trip.
   * @throws the module's `reused` when the key already served a different request; whatever
   *   `work` throws, with nothing written
   */
  withIdempotency: <T>(
    db: Executor,
    request: IdempotentRequest,
    work: (tx: Executor) => Promise<Outcome<T>>,
  ) => Promise<IdempotentOutcome<T>>
}

/** Idempotency-Keys for a module's create routes, refused with the module's codes. */
export function idempotencyFor(refusals: IdempotencyRefusals): Idempotency {
  const replayStored = <T>(
    stored: { requestHash: string; status: number; response: unknown },
    request: IdempotentRequest,
  ): IdempotentOutcome<T> => {
    if (stored.requestHash !== request.requestHash) throw refusals.reused()
    return { status: stored.status, body: stored.response as T, isReplayed: true }
  }
  return {
    idempotencyOf: (request) => {
      const key = request.headers[IDEMPOTENCY_KEY_HEADER]
      if (key === undefined || key === '') throw refusals.required()
      if (typeof key !== 'string' || !KEY.test(key)) throw refusals.invalid()
      const caller = requirePrincipal(request).accountId
      const signature = {
        method: request.method,
        path: request.url.split('?')[0],
        body: request.body,
      }
      return {
        caller,
        key,
        requestHash: createHash('sha256').update(canonicalJson(signature)).digest('hex'),
      }
    },
    replayStored,
    withIdempotency: async (db, request, work) => {
      const outcome = await db.transaction(async (tx) => {
        if (!(await claimIdempotencyKey(tx, request))) return undefined
        const done = await work(tx)
        await storeIdempotentOutcome(tx, request, done)
        return done
      })
      if (outcome) return { ...outcome, isReplayed: false }
      const winner = await findIdempotencyKey(db, request)
      if (!winner) throw new Error('an idempotency key in conflict was not found after its commit')
      return replayStored(winner, request)
    },
  }
}

/**
 * How long a key answers retries: a client retries within minutes, or after a day's outage at the
 * latest (the draft's suggestion; Stripe keeps keys as long). The stored answers may hold personal
 * data (guests' details), so they are not kept longer.
 */
export const IDEMPOTENCY_KEY_RETENTION_MS = 24 * 3_600_000

/** Deletes keys past their retention, every module's. @returns how many */
export function purgeIdempotencyKeys(db: Executor, now: Date): Promise<number> {
  return deleteIdempotencyKeysBefore(db, new Date(now.getTime() - IDEMPOTENCY_KEY_RETENTION_MS))
}
