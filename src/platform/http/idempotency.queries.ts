import { and, eq, lt, or, sql } from 'drizzle-orm'
import type { Executor } from '../db/database.js'
import { insertJsonRows } from '../db/json-rows.js'
import type { IdempotentRequest, Outcome } from './idempotency.js'
import { idempotencyKeys } from './idempotency.tables.js'

const keyOf = (request: Pick<IdempotentRequest, 'caller' | 'key'>) =>
  and(eq(idempotencyKeys.caller, request.caller), eq(idempotencyKeys.key, request.key))

export async function findIdempotencyKey(db: Executor, request: IdempotentRequest) {
  const [row] = await db
    .select({
      requestHash: idempotencyKeys.requestHash,
      status: idempotencyKeys.status,
      response: idempotencyKeys.response,
    })
    .from(idempotencyKeys)
    .where(keyOf(request))
  return row
}

/**
 * Takes the key for this transaction. A concurrent claim of the same key waits here until the
 * first transaction ends, then finds the key taken (false), or free again after a rollback.
 */
export async function claimIdempotencyKey(
  tx: Executor,
  request: IdempotentRequest,
): Promise<boolean> {
  const [claimed] = await claimIdempotencyKeys(tx, [request])
  return claimed!
}

/**
 * claimIdempotencyKey for many requests in one statement.
 * @returns per request, whether it holds its key; of two requests with one key, the first does
 */
export async function claimIdempotencyKeys(
  tx: Executor,
  requests: IdempotentRequest[],
): Promise<boolean[]> {
  const claimed = await insertJsonRows(tx, {
    table: idempotencyKeys,
    // An outcome to be replaced before the transaction commits: no one else ever reads this one.
    rows: requests.map((request) => ({ ...request, status: 0, response: {} })),
    returning: ['caller', 'key'],
    onConflictDoNothing: true,
  })
  const open = new Set(claimed.map((row) => JSON.stringify([row.caller, row.key])))
  return requests.map((request) => open.delete(JSON.stringify([request.caller, request.key])))
}

/** storeIdempotentOutcome for many requests in one statement. */
export async function storeIdempotentOutcomes(
  tx: Executor,
  stored: { request: IdempotentRequest; outcome: Outcome<unknown> }[],
): Promise<void> {
  if (stored.length === 0) return
  const rows = stored.map(({ request, outcome }) => ({
    caller: request.caller,
    key: request.key,
    status: outcome.status,
    response: outcome.body,
  }))
  await tx.execute(sql`UPDATE ${idempotencyKeys} AS k
       SET status = v.status, response = v.response
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
           AS v(caller text, key text, status int, response jsonb)
     WHERE k.caller = v.caller AND k.key = v.key`)
}

/** Gives keys back, as a rollback would, for requests of a batch that were refused. */
export async function releaseIdempotencyKeys(
  tx: Executor,
  requests: IdempotentRequest[],
): Promise<void> {
  if (requests.length > 0) await tx.delete(idempotencyKeys).where(or(...requests.map(keyOf)))
}

export async function storeIdempotentOutcome(
  tx: Executor,
  request: IdempotentRequest,
  outcome: Outcome<unknown>,
): Promise<void> {
  await storeIdempotentOutcomes(tx, [{ request, outcome }])
}

/** @returns how many keys were deleted */
export async function deleteIdempotencyKeysBefore(db: Executor, cutoff: Date): Promise<number> {
  const deleted = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, cutoff))
    .returning({ key: idempotencyKeys.key })
  return deleted.length
}
