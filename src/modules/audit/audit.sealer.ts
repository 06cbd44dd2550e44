import type { BulkSession, Database } from '../../platform/db/database.js'
import { COMMITTED_HORIZON_SQL } from '../../platform/db/horizon.js'
import { GENESIS_HASH, RECORD_SQL, entryHash } from './audit.canonical.js'
import { chainHeadMismatch } from './audit.errors.js'

// Any constant of ours: the one sealer at a time holds it for the length of a batch.
const SEAL_LOCK = 106_2006

export interface SealerOptions {
  /** Entries linked per transaction; each batch ends with a checkpoint. */
  batchSize?: number
  /** Pause between rounds of start(). */
  intervalMs?: number
  /** A failed round (database away, chain head tampered with) is retried at the next tick. */
  onError?: (error: unknown) => void
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
    for (;;) {
      const batch = await this.database.bulk((session) => this.sealBatch(session, after))
      if (!batch) break
      sealed += batch.count
      after = batch.last
      if (batch.count < this.batchSize) break
    }
    return sealed
  }

  private async sealBatch(
    session: BulkSession,
    after: Position,
  ): Promise<{ count: number; last: Position } | undefined> {
    const [lock] = await session.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_xact_lock($1) AS locked',
      [SEAL_LOCK],
    )
    if (!lock?.locked) return undefined
    const rows = await session.query<{ seq: number; tx_id: number; record: string }>(
      `SELECT seq, tx_id, ${RECORD_SQL} AS record
         FROM audit_entries
        WHERE hash IS NULL
          AND (tx_id, seq) > ($1, $2)
          AND tx_id < ${COMMITTED_HORIZON_SQL}
        ORDER BY tx_id, seq
        LIMIT $3`,
      [after.txId, after.seq, this.batchSize],
    )
    if (rows.length === 0) return undefined
    const head = await readHead(session)
    const seqs: number[] = []
    const indexes: number[] = []
    const prevHashes: string[] = []
    const hashes: string[] = []
    let chainIndex = head?.chainIndex ?? 0
    let prevHash = head?.hash ?? GENESIS_HASH
    for (const row of rows) {
      chainIndex++
      const hash = entryHash(chainIndex, prevHash, row.record)
      seqs.push(row.seq)
      indexes.push(chainIndex)
      prevHashes.push(prevHash)
      hashes.push(hash)
      prevHash = hash
    }
    await writeSeals(session, { seqs, indexes, prevHashes, hashes })
    await session.query('INSERT INTO audit_checkpoints (chain_index, hash) VALUES ($1, $2)', [
      chainIndex,
      prevHash,
    ])
    const last = rows[rows.length - 1]!
    return { count: rows.length, last: { txId: last.tx_id, seq: last.seq } }
  }
}

/** The end of the chain, checked against the latest checkpoint. */
async function readHead(session: BulkSession): Promise<Head | undefined> {
  const [entry] = await session.query<{ chain_index: number; hash: string }>(
    `SELECT chain_index, hash FROM audit_entries
      WHERE chain_index IS NOT NULL ORDER BY chain_index DESC LIMIT 1`,
  )
  const [checkpoint] = await session.query<{ chain_index: number; hash: string }>(
    'SELECT chain_index, hash FROM audit_checkpoints ORDER BY chain_index DESC LIMIT 1',
  )
  if (entry?.chain_index !== checkpoint?.chain_index || entry?.hash !== checkpoint?.hash)
    throw chainHeadMismatch({
      entry: entry ? { chainIndex: entry.chain_index } : null,
      checkpoint: checkpoint ? { chainIndex: checkpoint.chain_index } : null,
    })
  return entry && { chainIndex: entry.chain_index, hash: entry.hash }
}

/** One UPDATE for the batch: the one transition the append-only trigger lets through. */
async function writeSeals(
  session: BulkSession,
  seals: { seqs: number[]; indexes: number[]; prevHashes: string[]; hashes: string[] },
): Promise<void> {
  const [updated] = await session.query<{ n: number }>(
    `WITH sealed AS (
       UPDATE audit_entries AS e
          SET chain_index = s.chain_index, prev_hash = s.prev_hash, hash = s.hash, sealed_at = now()
         FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[])
              AS s(seq, chain_index, prev_hash, hash)
        WHERE e.seq = s.seq AND e.hash IS NULL
       RETURNING 1)
     SELECT count(*)::int AS n FROM sealed`,
    [seals.seqs, seals.indexes, seals.prevHashes, seals.hashes],
  )
  // Under the lock nobody else seals; a difference means the table changed under us.
  if (updated?.n !== seals.seqs.length)
    throw new Error(`audit sealer: sealed ${updated?.n ?? 0} of ${seals.seqs.length} entries`)
}
