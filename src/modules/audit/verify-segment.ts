import type { Database } from '../../platform/db/database.js'
import { CHAINED_SQL, GENESIS_HASH, chainPrefix, sha256Hex } from './canonical.js'
import type { BreakReason } from './verify.service.js'

export interface Break {
  chainIndex: number
  reason: BreakReason
}

/**
 * One column per entry, its stored hash as a netstring then its hash input: Node parses one
 * string per row instead of three fields, which is most of what verifying costs on its side.
 */
const LINE_SQL = `concat(octet_length(hash), ':', hash, ${CHAINED_SQL})`

interface Row {
  line: string
}

/** A line split into the stored hash (null when NULL) and the hash input. */
function splitLine(line: string): { stored: string | null; input: string } {
  if (line.startsWith('64:')) return { stored: line.slice(3, 67), input: line.slice(67) }
  // Only tampering makes a hash of another length; a non-ASCII one splits at the wrong place,
  // and the entry fails all the same.
  const colon = line.indexOf(':')
  if (colon === 0) return { stored: null, input: line.slice(1) }
  const end = colon + 1 + Number(line.slice(0, colon))
  return { stored: line.slice(colon + 1, end), input: line.slice(end) }
}

const chainIndexOf = (input: string): number => Number(input.slice(0, input.indexOf(',')))

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
  /** The lowest break any segment found so far: a later stretch need not be walked. */
  earliestBreak: { chainIndex: number }
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
      `SELECT ${LINE_SQL} AS line
         FROM audit_entries
        WHERE chain_index > $1 AND chain_index <= $2
        ORDER BY chain_index
        LIMIT $3`,
      [after, to, batchSize],
    )
  let next = page(from)
  try {
    for (;;) {
      const rows = await next
      const lastRow = rows.at(-1)
      const last = lastRow ? chainIndexOf(splitLine(lastRow.line).input) : to
      next = rows.length === batchSize && last < to ? page(last) : Promise.resolve([])
      const broken = walkRows(rows, walk)
      options.onBatch(rows.length)
      const earliest = options.earliestBreak
      if (broken) {
        earliest.chainIndex = Math.min(earliest.chainIndex, broken.chainIndex)
        return broken
      }
      if (walk.expected > earliest.chainIndex) return undefined
      if (rows.length < batchSize || last >= to) break
    }
  } finally {
    // A page asked for ahead must settle before the caller closes the pool.
    await next.catch(() => undefined)
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
  for (const { line } of rows) {
    // Inline fast path of splitLine: no object per entry.
    const isPlain = line.startsWith('64:')
    const stored = isPlain ? line.slice(3, 67) : splitLine(line).stored
    const input = isPlain ? line.slice(67) : splitLine(line).input
    const intact = stored !== null && sha256Hex(input) === stored
    // The prefix carries the chain index too: one comparison checks position and link.
    const linked =
      walk.previous !== null && input.startsWith(chainPrefix(walk.expected, walk.previous))
    if (!intact || !linked) return diagnose(input, walk, intact)
    walk.beforePrevious = walk.previous
    walk.previous = stored
    walk.expected++
  }
  return undefined
}

/** Names the entry that was tampered with, from how the row fails. */
function diagnose(input: string, walk: Walk, intact: boolean): Break {
  const at = walk.expected
  if (chainIndexOf(input) !== at) return { chainIndex: at, reason: 'AUDIT_CHAIN_GAP' }
  // The row is whole but points elsewhere: the entry before it was rewritten with a new hash.
  if (intact)
    return at === 1
      ? { chainIndex: 1, reason: 'AUDIT_GENESIS_MISMATCH' }
      : { chainIndex: at - 1, reason: 'AUDIT_LINK_BROKEN' }
  // The row points two back and no longer matches its own index: one was slipped in before it.
  if (walk.beforePrevious !== null && input.startsWith(chainPrefix(at, walk.beforePrevious)))
    return { chainIndex: at - 1, reason: 'AUDIT_ENTRY_INSERTED' }
  return { chainIndex: at, reason: 'AUDIT_HASH_MISMATCH' }
}
