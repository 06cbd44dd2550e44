import { and, asc, desc, eq, gt, gte, inArray, lt, lte, or, sql } from 'drizzle-orm'
import type { BulkSession, Executor } from '../../platform/db/database.js'
import type { ChainedCall } from './call-log.js'
import { exchangeCallHeads, exchangeCalls } from './exchange.tables.js'

// Any constant of ours: one writer of the chain at a time, across instances.
const CHAIN_LOCK = 25_2106

/** Takes the chain's write lock for the transaction, then reads its end. */
export async function lockChainHead(
  session: BulkSession,
): Promise<{ chainIndex: number; hash: string } | undefined> {
  await session.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK])
  const [row] = await session.query<{ chain_index: number; hash: string }>(
    'SELECT chain_index, hash FROM exchange_calls ORDER BY chain_index DESC LIMIT 1',
  )
  return row && { chainIndex: row.chain_index, hash: row.hash }
}

const COLUMNS: readonly (readonly [string, string, (c: ChainedCall) => unknown])[] = [
  ['chain_index', 'bigint', (c: ChainedCall) => c.chainIndex],
  ['request_id', 'text', (c: ChainedCall) => c.requestId],
  ['occurred_at', 'timestamptz', (c: ChainedCall) => c.occurredAt.toISOString()],
  ['consumer_code', 'text', (c: ChainedCall) => c.consumerCode],
  ['client_id', 'text', (c: ChainedCall) => c.clientId],
  ['provider_code', 'text', (c: ChainedCall) => c.providerCode],
  ['service_code', 'text', (c: ChainedCall) => c.serviceCode],
  ['purpose', 'text', (c: ChainedCall) => c.purpose],
  ['status', 'smallint', (c: ChainedCall) => c.status],
  ['error_code', 'text', (c: ChainedCall) => c.errorCode],
  ['duration_ms', 'integer', (c: ChainedCall) => c.durationMs],
  ['request_sha256', 'text', (c: ChainedCall) => c.requestSha256],
  ['response_sha256', 'text', (c: ChainedCall) => c.responseSha256],
  ['prev_hash', 'text', (c: ChainedCall) => c.prevHash],
  ['hash', 'text', (c: ChainedCall) => c.hash],
]

/** One INSERT for a batch of chained calls (an array a column), and the batch's signed head. */
export async function insertChainedCalls(
  session: BulkSession,
  calls: ChainedCall[],
  head: { chainIndex: number; hash: string; signature: string; keyId: string },
): Promise<void> {
  const names = COLUMNS.map(([name]) => name).join(', ')
  const arrays = COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')
  await session.query(
    `INSERT INTO exchange_calls (${names}) SELECT * FROM unnest(${arrays})`,
    COLUMNS.map(([, , value]) => calls.map(value)),
  )
  await session.query(
    `INSERT INTO exchange_call_heads (chain_index, hash, signature, key_id) VALUES ($1, $2, $3, $4)`,
    [head.chainIndex, head.hash, head.signature, head.keyId],
  )
}

export type CallRow = typeof exchangeCalls.$inferSelect
export type CallHeadRow = typeof exchangeCallHeads.$inferSelect

/** A page of the chain in order, from an index on. */
export const findCallsFrom = (db: Executor, after: number, limit: number): Promise<CallRow[]> =>
  db
    .select()
    .from(exchangeCalls)
    .where(gt(exchangeCalls.chainIndex, after))
    .orderBy(asc(exchangeCalls.chainIndex))
    .limit(limit)

export const findCallHeads = (db: Executor): Promise<CallHeadRow[]> =>
  db.select().from(exchangeCallHeads).orderBy(asc(exchangeCallHeads.chainIndex))

export interface CallSearch {
  /** Calls where one of these members is consumer or provider; all when undefined. */
  members: string[] | undefined
  consumer?: string | undefined
  provider?: string | undefined
  service?: string | undefined
  status?: number | undefined
  purpose?: string | undefined
  /** A page's cursor: calls before this chain index (older than the previous page's last). */
  before?: number | undefined
  from?: Date | undefined
  to?: Date | undefined
  limit: number
}

/** Calls matching a search, newest first. */
export function searchCalls(db: Executor, search: CallSearch): Promise<CallRow[]> {
  const { members } = search
  const conditions = [
    members === undefined
      ? undefined
      : members.length === 0
        ? sql`false`
        : or(
            inArray(exchangeCalls.consumerCode, members),
            inArray(exchangeCalls.providerCode, members),
          ),
    search.consumer === undefined ? undefined : eq(exchangeCalls.consumerCode, search.consumer),
    search.provider === undefined ? undefined : eq(exchangeCalls.providerCode, search.provider),
    search.service === undefined ? undefined : eq(exchangeCalls.serviceCode, search.service),
    search.status === undefined ? undefined : eq(exchangeCalls.status, search.status),
    search.purpose === undefined ? undefined : eq(exchangeCalls.purpose, search.purpose),
    search.before === undefined ? undefined : lt(exchangeCalls.chainIndex, search.before),
    search.from === undefined ? undefined : gte(exchangeCalls.occurredAt, search.from),
    search.to === undefined ? undefined : lte(exchangeCalls.occurredAt, search.to),
  ]
  return db
    .select()
    .from(exchangeCalls)
    .where(and(...conditions))
    .orderBy(desc(exchangeCalls.chainIndex))
    .limit(search.limit)
}

/** Calls in a span of instants [from, to): all, and those the provider answered with success. */
export async function countCalls(
  db: Executor,
  span: { from: Date; to: Date },
): Promise<{ calls: number; succeeded: number; refused: number }> {
  const [row] = await db
    .select({
      calls: sql<number>`count(*)::int`,
      succeeded: sql<number>`(count(*) FILTER (WHERE ${exchangeCalls.status} < 400))::int`,
      refused: sql<number>`(count(*) FILTER (WHERE ${exchangeCalls.errorCode} IS NOT NULL))::int`,
    })
    .from(exchangeCalls)
    .where(
      and(gte(exchangeCalls.occurredAt, span.from), sql`${exchangeCalls.occurredAt} < ${span.to}`),
    )
  return row ?? { calls: 0, succeeded: 0, refused: 0 }
}
