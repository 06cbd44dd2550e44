import type { Database } from '../../platform/db/database.js'
import { CHAINED_SQL, GENESIS_HASH, chainPrefix, sha256Hex } from './audit.canonical.js'
import type { BreakReason } from './audit.verify.js'

export interface Break {
  chainIndex: number
  reason: BreakReason
}

interface Row {
  chain_index: number
  hash: string | null
  input: string
}

/** Where the walk stands: the next index expected and the stored hashes of the two before it. */
interface Walk {
  expected: number
  previous: string | null
  beforePrevious: string | null
}

export interface SegmentOptions {
  /** The segment is (from, to]: entries from + 1 to `to`, in chain order. */
  from: number
  to: number
  batchSize: number
  onBatch: (verified: number) => void
}

/**
 * Verifies one stretch of the chain, keyset-paged in chain order, the next page requested before
 * the current one is hashed so that the server renders it meanwhile.
 * @returns the first break in the stretch, or undefined when it is intact.
 */
export async function verifySegment(
  database: Database,
  options: SegmentOptions,
): Promise<Break | undefined> {
  const { from, to, batchSize } = options
  if (to <= from) return undefined
  const walk = await startWalk(database, from)
  const page = (after: number): Promise<Row[]> =>
    database.query<Row>(
      `SELECT chain_index, hash, ${CHAINED_SQL} AS input
         FROM audit_entries
        WHERE chain_index > $1 AND chain_index <= $2
        ORDER BY chain_index
        LIMIT $3`,
      [after, to, batchSize],
    )
  let next = page(from)
  for (;;) {
    const rows = await next
    const last = rows.at(-1)?.chain_index ?? to
    next = rows.length === batchSize && last < to ? page(last) : Promise.resolve([])
    const broken = walkRows(rows, walk)
    options.onBatch(rows.length)
    if (broken) {
      await next.catch(() => undefined)
      return broken
    }
    if (rows.length < batchSize || last >= to) break
  }
  // The page ended before `to`: the entries from `expected` on are gone.
  return walk.expected <= to ? { chainIndex: walk.expected, reason: 'AUDIT_CHAIN_GAP' } : undefined
}

/** The stored hashes just before the segment; the previous segment vouches for them. */
async function startWalk(database: Database, from: number): Promise<Walk> {
  if (from === 0) return { expected: 1, previous: GENESIS_HASH, beforePrevious: null }
  const rows = await database.query<{ chain_index: number; hash: string | null }>(
    'SELECT chain_index, hash FROM audit_entries WHERE chain_index IN ($1, $2)',
    [from, from - 1],
  )
  const hashAt = (i: number): string | null => rows.find((r) => r.chain_index === i)?.hash ?? null
  return {
    expected: from + 1,
    previous: hashAt(from),
    beforePrevious: from === 1 ? GENESIS_HASH : hashAt(from - 1),
  }
}

function walkRows(rows: Row[], walk: Walk): Break | undefined {
  for (const row of rows) {
    if (row.chain_index !== walk.expected)
      return { chainIndex: walk.expected, reason: 'AUDIT_CHAIN_GAP' }
    const intact = row.hash !== null && sha256Hex(row.input) === row.hash
    const linked =
      walk.previous !== null && row.input.startsWith(chainPrefix(walk.expected, walk.previous))
    if (!intact || !linked) return diagnose(row, walk, intact)
    walk.beforePrevious = walk.previous
    walk.previous = row.hash
    walk.expected++
  }
  return undefined
}

/** Names the entry that was tampered with, from how the row fails. */
function diagnose(row: Row, walk: Walk, intact: boolean): Break {
  const at = walk.expected
  // The row is whole but points elsewhere: the entry before it was rewritten with a new hash.
  if (intact)
    return at === 1
      ? { chainIndex: 1, reason: 'AUDIT_GENESIS_MISMATCH' }
      : { chainIndex: at - 1, reason: 'AUDIT_LINK_BROKEN' }
  // The row points two back and no longer matches its own index: one was slipped in before it.
  if (walk.beforePrevious !== null && row.input.startsWith(chainPrefix(at, walk.beforePrevious)))
    return { chainIndex: at - 1, reason: 'AUDIT_ENTRY_INSERTED' }
  return { chainIndex: at, reason: 'AUDIT_HASH_MISMATCH' }
}
