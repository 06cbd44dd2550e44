import type { BulkSession, Database } from '../../platform/db/database.js'
import { COMMITTED_HORIZON_SQL } from '../../platform/db/horizon.js'
import { GENESIS_HASH, RECORD_SQL, TEXT_COLUMNS, entryHash } from './canonical.js'
import { chainHeadMismatch } from './audit.errors.js'
import { checkpointSigned, signHead, type SignedHead } from './head.js'
import { auditKeys, type AuditKeyRing } from './keys.js'
import { macContent, type RecordedColumns } from './mac.js'

// Any constant of ours: the one sealer at a time holds it for the length of a batch.
const SEAL_LOCK = 106_2006

export interface SealerOptions {
  /** Entries linked per transaction; each batch ends with a checkpoint. */
  batchSize?: number
  /** Pause between rounds of start(). */
  intervalMs?: number
  /** A failed round (database away, chain head tampered with) is retried at the next tick. */
  onError?: (error: unknown) => void
  /** The platform's audit keys; by default those installed for the process. */
  keys?: AuditKeyRing
  /** Each signed head once committed, for the external witness. Must not throw. */
  onCheckpoint?: (head: SignedHead) => void
  /** Entries refused for want of a valid MAC (their seqs: no personal data). Must not throw. */
  onQuarantine?: (seqs: number[]) => void
}

/** Why the sealer refused an entry: it carries no MAC, or one the platform's keys did not make. */
export type QuarantineReason = 'AUDIT_MAC_MISSING' | 'AUDIT_MAC_INVALID'

type PendingRow = RecordedColumns & {
  seq: number
  tx_id: number
  record: string
  mac: string | null
}

interface BatchOutcome {
  /** Entries taken from the queue, sealed or quarantined. */
  count: number
  last: Position
  checkpoint: SignedHead | undefined
  quarantined: number[]
}

interface Head {
  chainIndex: number
  hash: string
}

interface Position {
  txId: number
  seq: number
}

/**
 * Links committed entries into the chain, in (tx_id, seq) order, one batch per transaction. Only
 * entries of transactions older than every running one are taken (as the outbox does): a
 * transaction still running can only hold entries that sort after them, so none is ever passed
 * over. Instances take turns through an advisory lock; one that finds it taken skips the round.
 */
export class AuditSealer {
  private readonly batchSize: number
  private readonly intervalMs: number
  private timer: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined

  constructor(
    private readonly database: Database,
    private readonly options: SealerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 1_000
    this.intervalMs = options.intervalMs ?? 1_000
  }

  start(): void {
    if (this.timer) return
    const tick = (): void => {
      this.running = this.sealPending()
        .then(
          () => undefined,
          (error: unknown) => this.options.onError?.(error),
        )
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, this.intervalMs)
        })
    }
    this.timer = setTimeout(tick, 0)
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer)
    this.timer = undefined
    await this.running
  }

  /**
   * Seals every entry whose transaction is older than every running one, in batches.
   * @returns how many entries were sealed; 0 when another instance is sealing.
   * @throws AUDIT_CHAIN_HEAD_MISMATCH when the chain no longer ends where the last checkpoint says
   */
  async sealPending(): Promise<number> {
    let sealed = 0
    // Within one call the position only moves forward: what sorts before it is already sealed.
    let after: Position = { txId: -1, seq: -1 }
    const keys = this.options.keys ?? (await auditKeys())
    for (;;) {
      const batch = await this.database.bulk((session) => this.sealBatch(session, keys, after))
      if (!batch) break
      sealed += batch.count - batch.quarantined.length
      after = batch.last
      if (batch.quarantined.length > 0) this.options.onQuarantine?.(batch.quarantined)
      if (batch.checkpoint) this.options.onCheckpoint?.(batch.checkpoint)
      if (batch.count < this.batchSize) break
    }
    return sealed
  }

  private async sealBatch(
    session: BulkSession,
    keys: AuditKeyRing,
    after: Position,
  ): Promise<BatchOutcome | undefined> {
    const [lock] = await session.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_xact_lock($1) AS locked',
      [SEAL_LOCK],
    )
    if (!lock?.locked) return undefined
    const rows = await session.query<PendingRow>(
      `SELECT seq, tx_id, ${RECORD_SQL} AS record, ${TEXT_COLUMNS.join(', ')}, summary, mac
         FROM audit_entries
        WHERE hash IS NULL
          AND NOT EXISTS (SELECT 1 FROM audit_quarantine q WHERE q.seq = audit_entries.seq)
          AND (tx_id, seq) > ($1, $2)
          AND tx_id < ${COMMITTED_HORIZON_SQL}
        ORDER BY tx_id, seq
        LIMIT $3`,
      [after.txId, after.seq, this.batchSize],
    )
    if (rows.length === 0) return undefined
    const last = rows[rows.length - 1]!
    const outcome = { count: rows.length, last: { txId: last.tx_id, seq: last.seq } }
    const { accepted, quarantined } = await quarantineForged(session, keys, rows)
    if (accepted.length === 0) return { ...outcome, checkpoint: undefined, quarantined }
    const head = await readHead(session, keys)
    const seqs: number[] = []
    const indexes: number[] = []
    const prevHashes: string[] = []
    const hashes: string[] = []
    let chainIndex = head?.chainIndex ?? 0
    let prevHash = head?.hash ?? GENESIS_HASH
    for (const row of accepted) {
      chainIndex++
      const hash = entryHash(chainIndex, prevHash, row.record)
      seqs.push(row.seq)
      indexes.push(chainIndex)
      prevHashes.push(prevHash)
      hashes.push(hash)
      prevHash = hash
    }
    const checkpoint = await signHead(keys, chainIndex, prevHash)
    await writeSeals(session, { seqs, indexes, prevHashes, hashes }, checkpoint)
    return { ...outcome, checkpoint, quarantined }
  }
}

/** Sets aside, for good, the entries the platform did not write: no valid MAC of its keys. */
async function quarantineForged(
  session: BulkSession,
  keys: AuditKeyRing,
  rows: PendingRow[],
): Promise<{ accepted: PendingRow[]; quarantined: number[] }> {
  const accepted: PendingRow[] = []
  const seqs: number[] = []
  const reasons: QuarantineReason[] = []
  for (const row of rows) {
    if (keys.checkMac(macContent(row), row.mac)) accepted.push(row)
    else {
      seqs.push(row.seq)
      reasons.push(row.mac === null ? 'AUDIT_MAC_MISSING' : 'AUDIT_MAC_INVALID')
    }
  }
  if (seqs.length > 0)
    await session.query('SELECT audit_quarantine_entries($1::bigint[], $2::text[])', [
      seqs,
      reasons,
    ])
  return { accepted, quarantined: seqs }
}

/**
 * The end of the chain, checked against the latest checkpoint and its signature: entries sealed
 * by anyone but the sealer come with a checkpoint nobody else can sign, and are never built on.
 */
async function readHead(session: BulkSession, keys: AuditKeyRing): Promise<Head | undefined> {
  const [entry] = await session.query<{ chain_index: number; hash: string }>(
    `SELECT chain_index, hash FROM audit_entries
      WHERE chain_index IS NOT NULL ORDER BY chain_index DESC LIMIT 1`,
  )
  const [checkpoint] = await session.query<{
    chain_index: number
    hash: string
    signature: string | null
    signed_before: boolean
  }>(
    `SELECT chain_index, hash, signature,
            EXISTS (SELECT 1 FROM audit_checkpoints WHERE signature IS NOT NULL) AS signed_before
       FROM audit_checkpoints ORDER BY chain_index DESC LIMIT 1`,
  )
  // Checkpoints made before signing began are accepted until the first signed one.
  const trusted =
    !checkpoint ||
    (checkpoint.signature === null
      ? !checkpoint.signed_before
      : await checkpointSigned(keys, checkpoint))
  if (
    !trusted ||
    entry?.chain_index !== checkpoint?.chain_index ||
    entry?.hash !== checkpoint?.hash
  )
    throw chainHeadMismatch({
      entry: entry ? { chainIndex: entry.chain_index } : null,
      checkpoint: checkpoint ? { chainIndex: checkpoint.chain_index } : null,
    })
  return entry && { chainIndex: entry.chain_index, hash: entry.hash }
}

/**
 * One UPDATE for the batch (the one transition the append-only trigger lets through) and its
 * signed checkpoint, through audit_seal(): the platform's role may not UPDATE the table itself.
 */
async function writeSeals(
  session: BulkSession,
  seals: { seqs: number[]; indexes: number[]; prevHashes: string[]; hashes: string[] },
  checkpoint: SignedHead,
): Promise<void> {
  const [updated] = await session.query<{ n: number }>(
    `SELECT audit_seal($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5, $6) AS n`,
    [seals.seqs, seals.indexes, seals.prevHashes, seals.hashes, checkpoint.keyId, checkpoint.jws],
  )
  // Under the lock nobody else seals; a difference means the table changed under us.
  if (updated?.n !== seals.seqs.length)
    throw new Error(`audit sealer: sealed ${updated?.n ?? 0} of ${seals.seqs.length} entries`)
}
