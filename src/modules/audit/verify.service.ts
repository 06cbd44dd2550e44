import type { Database } from '../../platform/db/database.js'
import { checkpointSigned, readSignedHead } from './head.js'
import { auditKeys, type AuditKeyRing } from './keys.js'
import { verifySegment, type Break } from './verify-segment.js'

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
  AUDIT_CHECKPOINT_FORGED: {
    vi: 'chữ ký của điểm kiểm tra không khớp (chuỗi bị viết lại trong cơ sở dữ liệu)',
    en: 'the checkpoint does not match its signature (the chain was rewritten in the database)',
  },
  AUDIT_CHECKPOINT_UNSIGNED: {
    vi: 'điểm kiểm tra không có chữ ký của nền tảng',
    en: 'the checkpoint carries no signature of the platform',
  },
  AUDIT_HEAD_MISMATCH: {
    vi: 'chuỗi không chứa đầu chuỗi đã ký được đưa vào đối chiếu',
    en: 'the chain does not contain the signed head it was compared with',
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
      /** The latest checkpoint's signed head (compact JWS): what `--head` takes next time. */
      signedHead: string | null
      /** Entries the sealer refused (no valid MAC of the platform). */
      quarantined: number
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
  /** Public keys that signed the checkpoints; by default the process's audit keys. */
  keys?: AuditKeyRing
  /**
   * A signed head kept outside the database (from the witness, the published URL or an earlier
   * run): the chain must still contain it, so a tail cut with its checkpoints is found.
   * @throws RangeError from verifyAuditChain when the platform's keys did not sign it
   */
  head?: string
}

interface Mark {
  chain_index: number
  hash: string | null
}

const latestCheckpoint = async (
  database: Database,
): Promise<(Mark & { signature: string | null }) | undefined> =>
  (
    await database.query<Mark & { signature: string | null }>(
      `SELECT chain_index, hash, signature FROM audit_checkpoints
        ORDER BY chain_index DESC LIMIT 1`,
    )
  )[0]

/** @throws RangeError when the platform's keys did not sign the head */
async function givenHead(keys: AuditKeyRing, jws: string) {
  const head = await readSignedHead(keys, jws.trim())
  if (!head) throw new RangeError('the given head is not signed by the platform’s audit keys')
  return head
}

/** The given head must be in the chain as it was signed: not beyond its end, not different. */
async function givenHeadBreaks(
  database: Database,
  given: { count: number; head: string },
  top: number,
): Promise<Break[]> {
  if (given.count > top) return [{ chainIndex: top + 1, reason: 'AUDIT_TAIL_MISSING' }]
  if (given.count === 0) return []
  const [entry] = await database.query<{ hash: string | null }>(
    'SELECT hash FROM audit_entries WHERE chain_index = $1',
    [given.count],
  )
  return entry?.hash === given.head
    ? []
    : [{ chainIndex: given.count, reason: 'AUDIT_HEAD_MISMATCH' }]
}

const CHECKPOINT_PAGE = 5_000

/**
 * The first checkpoint whose signature does not vouch for it. Checkpoints from before signing
 * began pass until the first signed one; after it, and at the end of the chain, each must be
 * signed: otherwise a chain rewritten with SQL, checkpoints and all, would pass.
 */
async function firstUnsignedCheckpoint(
  database: Database,
  keys: AuditKeyRing,
): Promise<Break | undefined> {
  let after = 0
  let signedSeen = false
  for (;;) {
    const page = await database.query<Mark & { hash: string; signature: string | null }>(
      `SELECT chain_index, hash, signature FROM audit_checkpoints
        WHERE chain_index > $1 ORDER BY chain_index LIMIT $2`,
      [after, CHECKPOINT_PAGE],
    )
    for (const [i, checkpoint] of page.entries()) {
      const isLast = page.length < CHECKPOINT_PAGE && i === page.length - 1
      if (checkpoint.signature === null) {
        if (signedSeen || isLast)
          return { chainIndex: checkpoint.chain_index, reason: 'AUDIT_CHECKPOINT_UNSIGNED' }
        continue
      }
      signedSeen = true
      if (!(await checkpointSigned(keys, checkpoint)))
        return { chainIndex: checkpoint.chain_index, reason: 'AUDIT_CHECKPOINT_FORGED' }
    }
    if (page.length < CHECKPOINT_PAGE) return undefined
    after = page.at(-1)!.chain_index
  }
}

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
  const keys = options.keys ?? (await auditKeys())
  const given = options.head === undefined ? undefined : await givenHead(keys, options.head)
  const [walkBreaks, checkpointBreak, signatureBreak, counts] = await Promise.all([
    walkChain(database, head, options, onBatch),
    firstCheckpointMismatch(database, head),
    firstUnsignedCheckpoint(database, keys),
    countUnsealed(database),
  ])
  const { pending } = counts
  const breaks = [...walkBreaks, checkpointBreak, signatureBreak].filter((b) => b !== undefined)
  if (checkpoint && checkpoint.chain_index > head)
    breaks.push({ chainIndex: head + 1, reason: 'AUDIT_TAIL_MISSING' })
  if (given) breaks.push(...(await givenHeadBreaks(database, given, head)))
  // Read after the walk: the sealer's checkpoint for the head has committed by now.
  const latest = (await latestCheckpoint(database))?.chain_index ?? 0
  if (head > latest) breaks.push({ chainIndex: latest + 1, reason: 'AUDIT_ENTRY_AFTER_CHECKPOINT' })
  // Stable sort: at equal positions the walk's more specific reason comes first.
  const first = breaks.sort((a, b) => a.chainIndex - b.chainIndex)[0]
  if (!first) {
    const verifiedHead = top ? { chainIndex: head, hash: top.hash ?? '' } : null
    const signedHead = (await latestCheckpoint(database))?.signature ?? null
    return { ok: true, checked, head: verifiedHead, signedHead, ...counts }
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

/** Entries waiting for the sealer, and those it refused (which wait for nothing). */
async function countUnsealed(
  database: Database,
): Promise<{ pending: number; quarantined: number }> {
  const [row] = await database.query<{ pending: number; quarantined: number }>(
    `SELECT count(*) FILTER (WHERE q.seq IS NULL)::int AS pending, count(q.seq)::int AS quarantined
       FROM audit_entries e LEFT JOIN audit_quarantine q ON q.seq = e.seq
      WHERE e.hash IS NULL`,
  )
  return { pending: row?.pending ?? 0, quarantined: row?.quarantined ?? 0 }
}

async function seqAt(database: Database, chainIndex: number): Promise<number | null> {
  const [row] = await database.query<{ seq: number }>(
    'SELECT seq FROM audit_entries WHERE chain_index = $1',
    [chainIndex],
  )
  return row?.seq ?? null
}
