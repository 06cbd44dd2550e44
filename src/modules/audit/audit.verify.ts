import type { Database } from '../../platform/db/database.js'
import { verifySegment, type Break } from './audit.verify-segment.js'

export const BREAK_REASONS = {
  AUDIT_CHAIN_GAP: {
    vi: 'thiếu mục trong chuỗi (đã bị xoá)',
    en: 'entries missing from the chain (deleted)',
  },
  AUDIT_HASH_MISMATCH: {
    vi: 'nội dung mục không khớp mã băm đã niêm phong',
    en: 'the entry does not match its sealed hash',
  },
  AUDIT_LINK_BROKEN: {
    vi: 'mã băm của mục khác với mã mà mục kế tiếp đã ghi (mục bị sửa và băm lại)',
    en: 'the hash of the entry differs from what the next entry recorded (altered and rehashed)',
  },
  AUDIT_ENTRY_INSERTED: {
    vi: 'mục bị chèn vào giữa chuỗi',
    en: 'the entry was inserted into the chain',
  },
  AUDIT_GENESIS_MISMATCH: {
    vi: 'mục đầu tiên không nối vào giá trị khởi đầu',
    en: 'the first entry does not link to the genesis value',
  },
  AUDIT_TAIL_MISSING: {
    vi: 'thiếu các mục cuối chuỗi mà điểm kiểm tra đã ghi nhận',
    en: 'entries at the end of the chain recorded by a checkpoint are missing',
  },
  AUDIT_CHECKPOINT_MISMATCH: {
    vi: 'mục không khớp điểm kiểm tra đã ghi',
    en: 'the entry does not match the checkpoint recorded for it',
  },
  AUDIT_ENTRY_AFTER_CHECKPOINT: {
    vi: 'mục nằm sau điểm kiểm tra cuối cùng (không do bộ niêm phong tạo)',
    en: 'the entry lies beyond the latest checkpoint (not written by the sealer)',
  },
} as const satisfies Record<string, { vi: string; en: string }>

export type BreakReason = keyof typeof BREAK_REASONS

export type AuditVerification =
  | {
      ok: true
      checked: number
      pending: number
      /** The verified head, to be kept outside the database as an anchor. */
      head: { chainIndex: number; hash: string } | null
    }
  | {
      ok: false
      checked: number
      pending: number
      firstBroken: { chainIndex: number; seq: number | null; reason: BreakReason }
    }

export interface VerifyOptions {
  onProgress?: (checked: number, total: number) => void
  /**
   * Entries per query (default 2,000). Small pages keep what is in flight inside Node's young
   * generation: with 10,000 the garbage collector took more time than hashing.
   */
  batchSize?: number
  /**
   * Parallel streams on PostgreSQL (default 2), each on its own connection, so that rendering
   * entries uses a second server core; PGlite has one connection and always uses one.
   */
  streams?: number
}

interface Mark {
  chain_index: number
  hash: string | null
}

const latestCheckpoint = async (database: Database): Promise<Mark | undefined> =>
  (
    await database.query<Mark>(
      'SELECT chain_index, hash FROM audit_checkpoints ORDER BY chain_index DESC LIMIT 1',
    )
  )[0]

/**
 * Recomputes every sealed entry's hash and checks the links, the consecutive chain indexes and the
 * checkpoints, up to the head found at the start (entries sealed meanwhile wait for the next
 * run). Read-only; runs beside the application.
 */
export async function verifyAuditChain(
  database: Database,
  options: VerifyOptions = {},
): Promise<AuditVerification> {
  // Checkpoint first, head second: a checkpoint commits with its entries, so an intact chain's
  // head read later is never below it.
  const checkpoint = await latestCheckpoint(database)
  const [top] = await database.query<Mark>(
    `SELECT chain_index, hash FROM audit_entries
      WHERE chain_index IS NOT NULL ORDER BY chain_index DESC LIMIT 1`,
  )
  const head = top?.chain_index ?? 0
  let checked = 0
  const onBatch = (rows: number): void => {
    checked += rows
    options.onProgress?.(checked, head)
  }
  const [walkBreaks, checkpointBreak, pending] = await Promise.all([
    walkChain(database, head, options, onBatch),
    firstCheckpointMismatch(database, head),
    countPending(database),
  ])
  const breaks = checkpointBreak ? [...walkBreaks, checkpointBreak] : walkBreaks
  if (checkpoint && checkpoint.chain_index > head)
    breaks.push({ chainIndex: head + 1, reason: 'AUDIT_TAIL_MISSING' })
  // Read after the walk: the sealer's checkpoint for the head has committed by now.
  const latest = (await latestCheckpoint(database))?.chain_index ?? 0
  if (head > latest) breaks.push({ chainIndex: latest + 1, reason: 'AUDIT_ENTRY_AFTER_CHECKPOINT' })
  // Stable sort: at equal positions the walk's more specific reason comes first.
  const first = breaks.sort((a, b) => a.chainIndex - b.chainIndex)[0]
  if (!first) {
    const verifiedHead = top ? { chainIndex: head, hash: top.hash ?? '' } : null
    return { ok: true, checked, pending, head: verifiedHead }
  }
  const seq = await seqAt(database, first.chainIndex)
  return { ok: false, checked, pending, firstBroken: { ...first, seq } }
}

/** Walks (0, head] in contiguous segments, in parallel on PostgreSQL; one break per segment. */
async function walkChain(
  database: Database,
  head: number,
  options: VerifyOptions,
  onBatch: (rows: number) => void,
): Promise<Break[]> {
  const streams = database.engine === 'postgres' ? Math.max(1, options.streams ?? 2) : 1
  const earliestBreak = { chainIndex: Number.POSITIVE_INFINITY }
  const bounds = Array.from({ length: streams }, (_, i) => Math.floor((head * i) / streams))
  const found = await Promise.all(
    bounds.map((from, i) =>
      verifySegment(database, {
        from,
        to: bounds[i + 1] ?? head,
        batchSize: options.batchSize ?? 2_000,
        onBatch,
        earliestBreak,
      }),
    ),
  )
  return found.filter((b) => b !== undefined)
}

/** The first checkpoint the chain no longer agrees with: a rewritten or removed stretch. */
async function firstCheckpointMismatch(
  database: Database,
  head: number,
): Promise<Break | undefined> {
  const [row] = await database.query<{ chain_index: number }>(
    `SELECT c.chain_index
       FROM audit_checkpoints c LEFT JOIN audit_entries e ON e.chain_index = c.chain_index
      WHERE c.chain_index <= $1 AND e.hash IS DISTINCT FROM c.hash
      ORDER BY c.chain_index LIMIT 1`,
    [head],
  )
  return row && { chainIndex: row.chain_index, reason: 'AUDIT_CHECKPOINT_MISMATCH' }
}

async function countPending(database: Database): Promise<number> {
  const [row] = await database.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM audit_entries WHERE hash IS NULL',
  )
  return row?.n ?? 0
}

async function seqAt(database: Database, chainIndex: number): Promise<number | null> {
  const [row] = await database.query<{ seq: number }>(
    'SELECT seq FROM audit_entries WHERE chain_index = $1',
    [chainIndex],
  )
  return row?.seq ?? null
}
