import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import type { BulkSession } from '../../platform/db/database.js'
import { describeOnEngines } from '../../../test/kit/index.js'
import { GENESIS_HASH, RECORD_SQL, entryHash } from './canonical.js'
import { verifyAuditChain, type BreakReason } from './index.js'
import {
  asSuperuser,
  buildEntry,
  recordCommitted,
  sealEverything,
  thenRestore,
} from './audit.test-support.js'

const ENTRIES = 12 // sealed 4 per batch: checkpoints at 4, 8 and 12

/** Gives the entry at a chain position the hash its content and links really produce. */
async function rehash(s: BulkSession, chainIndex: number): Promise<void> {
  const [row] = await s.query<{ record: string; prev_hash: string }>(
    `SELECT ${RECORD_SQL} AS record, prev_hash FROM audit_entries WHERE chain_index = $1`,
    [chainIndex],
  )
  await s.query('UPDATE audit_entries SET hash = $2 WHERE chain_index = $1', [
    chainIndex,
    entryHash(chainIndex, row!.prev_hash, row!.record),
  ])
}

/** Inserts a made-up read of a resident's record at a chain position, linked to `prevHash`. */
async function forge(s: BulkSession, chainIndex: number): Promise<void> {
  const [prev] = await s.query<{ hash: string }>(
    'SELECT hash FROM audit_entries WHERE chain_index = $1',
    [chainIndex - 1],
  )
  await s.query(
    `INSERT INTO audit_entries (actor_account_id, actor_role, actor_agency, subject_personal_number,
                                action, purpose, summary, chain_index, prev_hash, hash, sealed_at)
     VALUES ('officer-9', 'provincialPolice', 'CA-DNA', '075090000001', 'population.resident.read',
             'criminal_investigation', '{"fields": "all"}', $1, $2, 'pending', now())`,
    [chainIndex, prev!.hash],
  )
  await rehash(s, chainIndex)
}

const moveChainIndex = (s: BulkSession, from: number, to: number) =>
  s.query('UPDATE audit_entries SET chain_index = $2 WHERE chain_index = $1', [from, to])

describeOnEngines('audit chain under tampering', (db) => {
  const seqAt = async (chainIndex: number): Promise<number> =>
    (
      await db().query<{ seq: number }>('SELECT seq FROM audit_entries WHERE chain_index = $1', [
        chainIndex,
      ])
    )[0]!.seq

  before(async () => {
    // One transaction, so that the batches (and the checkpoints) fall at 4, 8 and 12.
    await recordCommitted(
      db(),
      Array.from({ length: ENTRIES }, (_, i) => buildEntry(i + 1)),
    )
    await sealEverything(db(), 4)
  })

  /**
   * Tampers as a superuser, expects verify to name the entry, then puts the tables back. With
   * `keptHead`, verify compares with the signed head an intact run gave before the tampering.
   */
  async function expectCaught(
    tamper: (s: BulkSession) => Promise<unknown>,
    expected: { chainIndex: number; reason: BreakReason; seq: number | null },
    options: { keptHead?: boolean } = {},
  ): Promise<void> {
    const intact = await verifyAuditChain(db(), { batchSize: 5 })
    assert.deepEqual(intact.ok && intact.checked, ENTRIES, 'the chain is intact before tampering')
    const head = options.keptHead && intact.ok ? (intact.signedHead ?? undefined) : undefined
    await thenRestore(db(), async () => {
      await asSuperuser(db(), tamper)
      const result = await verifyAuditChain(db(), { batchSize: 5, head })
      assert.equal(result.ok, false, 'tampering went unnoticed')
      assert.deepEqual(result.firstBroken, expected)
    })
  }

  it('catches a changed summary', async () => {
    const seq = await seqAt(5)
    await expectCaught(
      (s) =>
        s.query(`UPDATE audit_entries SET summary = '{"fields": "none"}' WHERE seq = $1`, [seq]),
      { chainIndex: 5, reason: 'AUDIT_HASH_MISMATCH', seq },
    )
  })

  it('catches a changed actor', async () => {
    const seq = await seqAt(7)
    await expectCaught(
      (s) =>
        s.query(
          `UPDATE audit_entries SET actor_role = 'analyst', actor_agency = NULL WHERE seq = $1`,
          [seq],
        ),
      { chainIndex: 7, reason: 'AUDIT_HASH_MISMATCH', seq },
    )
  })

  it('catches a change to any recorded column', async () => {
    const changes: Record<string, string> = {
      seq: 'seq = seq + 1000',
      tx_id: 'tx_id = tx_id + 1',
      actor_account_id: "actor_account_id = 'officer-x'",
      actor_role: "actor_role = 'analyst'",
      actor_agency: 'actor_agency = NULL',
      actor_unit_code: "actor_unit_code = '26069'",
      client_id: "client_id = 'bank-app'",
      subject_personal_number: "subject_personal_number = '075090000099'",
      action: "action = 'population.resident.search'",
      purpose: "purpose = 'health_care'",
      summary: `summary = summary || '{"n": 0}'`,
      source_ip: "source_ip = '10.0.0.8'",
    }
    for (const [column, change] of Object.entries(changes)) {
      const seq = await seqAt(3)
      await expectCaught(
        (s) => s.query(`UPDATE audit_entries SET ${change} WHERE chain_index = 3`),
        { chainIndex: 3, reason: 'AUDIT_HASH_MISMATCH', seq: column === 'seq' ? seq + 1000 : seq },
      )
    }
  })

  it('catches a change of a microsecond', async () => {
    const seq = await seqAt(2)
    await expectCaught(
      (s) =>
        s.query(
          `UPDATE audit_entries SET occurred_at = occurred_at + interval '1 microsecond'
            WHERE seq = $1`,
          [seq],
        ),
      { chainIndex: 2, reason: 'AUDIT_HASH_MISMATCH', seq },
    )
  })

  it('catches a deleted entry in the middle', async () => {
    await expectCaught((s) => s.query('DELETE FROM audit_entries WHERE chain_index = 6'), {
      chainIndex: 6,
      reason: 'AUDIT_CHAIN_GAP',
      seq: null,
    })
  })

  it('catches the first entry deleted', async () => {
    await expectCaught((s) => s.query('DELETE FROM audit_entries WHERE chain_index = 1'), {
      chainIndex: 1,
      reason: 'AUDIT_CHAIN_GAP',
      seq: null,
    })
  })

  it('catches deleted last entries', async () => {
    await expectCaught((s) => s.query('DELETE FROM audit_entries WHERE chain_index > 10'), {
      chainIndex: 11,
      reason: 'AUDIT_TAIL_MISSING',
      seq: null,
    })
  })

  it('catches deleted last entries when their checkpoint went with them', async () => {
    await expectCaught(
      async (s) => {
        await s.query('DELETE FROM audit_entries WHERE chain_index > 10')
        await s.query('DELETE FROM audit_checkpoints WHERE chain_index = 12')
      },
      { chainIndex: 9, reason: 'AUDIT_ENTRY_AFTER_CHECKPOINT', seq: await seqAt(9) },
    )
  })

  it('catches a forged entry appended with a hash of its own', async () => {
    const forged = await expectForged(13)
    assert.equal(forged.reason, 'AUDIT_ENTRY_AFTER_CHECKPOINT')
  })

  it('catches a forged entry slipped into the middle', async () => {
    const forged = await expectForged(7)
    assert.equal(forged.reason, 'AUDIT_ENTRY_INSERTED')
  })

  /** Makes room at a position (indexes after it move up), forges an entry there. */
  async function expectForged(at: number): Promise<{ reason: BreakReason }> {
    let outcome: { reason: BreakReason } | undefined
    await thenRestore(db(), async () => {
      await asSuperuser(db(), async (s) => {
        // Through negative values: a unique index is checked row by row.
        await s.query(
          'UPDATE audit_entries SET chain_index = -(chain_index + 1) WHERE chain_index >= $1',
          [at],
        )
        await s.query('UPDATE audit_entries SET chain_index = -chain_index WHERE chain_index < 0')
        await forge(s, at)
      })
      const result = await verifyAuditChain(db(), { batchSize: 5 })
      assert.equal(result.ok, false, 'the forged entry went unnoticed')
      const [forged] = await db().query<{ seq: number }>(
        `SELECT seq FROM audit_entries WHERE actor_account_id = 'officer-9'`,
      )
      assert.equal(result.firstBroken.chainIndex, at)
      assert.equal(result.firstBroken.seq, forged!.seq)
      outcome = result.firstBroken
    })
    assert.ok(outcome)
    return outcome
  }

  it('catches two entries swapped', async () => {
    const seq = await seqAt(9)
    await expectCaught(
      async (s) => {
        await moveChainIndex(s, 3, -3)
        await moveChainIndex(s, 9, 3)
        await moveChainIndex(s, -3, 9)
      },
      { chainIndex: 3, reason: 'AUDIT_HASH_MISMATCH', seq },
    )
  })

  it('catches an entry rewritten and rehashed by someone who knows the format', async () => {
    const seq = await seqAt(5)
    await expectCaught(
      async (s) => {
        await s.query(`UPDATE audit_entries SET purpose = 'health_care' WHERE chain_index = 5`)
        await rehash(s, 5)
      },
      { chainIndex: 5, reason: 'AUDIT_LINK_BROKEN', seq },
    )
  })

  it('catches a tail rewritten consistently, by its checkpoint', async () => {
    const seq = await seqAt(12)
    await expectCaught(
      async (s) => {
        await s.query(`UPDATE audit_entries SET purpose = NULL WHERE chain_index >= 10`)
        for (const i of [10, 11, 12]) {
          await s.query(
            `UPDATE audit_entries SET prev_hash = (SELECT hash FROM audit_entries
                                                   WHERE chain_index = $1 - 1)
              WHERE chain_index = $1`,
            [i],
          )
          await rehash(s, i)
        }
      },
      { chainIndex: 12, reason: 'AUDIT_CHECKPOINT_MISMATCH', seq },
    )
  })

  /** Gives entries from..to the purpose of health care, relinked and rehashed as the sealer would. */
  async function rewriteTail(s: BulkSession, from: number): Promise<void> {
    await s.query(`UPDATE audit_entries SET purpose = 'health_care' WHERE chain_index >= $1`, [
      from,
    ])
    for (let i = from; i <= ENTRIES; i++) {
      await s.query(
        `UPDATE audit_entries SET prev_hash = coalesce((SELECT hash FROM audit_entries
                                                        WHERE chain_index = $1 - 1), $2)
          WHERE chain_index = $1`,
        [i, GENESIS_HASH],
      )
      await rehash(s, i)
    }
  }

  it('catches a tail rewritten with SQL, its checkpoint recomputed too, by the signature', async () => {
    const seq = await seqAt(12)
    await expectCaught(
      async (s) => {
        await rewriteTail(s, 10)
        await s.query(
          `UPDATE audit_checkpoints
              SET hash = (SELECT hash FROM audit_entries WHERE chain_index = 12)
            WHERE chain_index = 12`,
        )
      },
      { chainIndex: 12, reason: 'AUDIT_CHECKPOINT_FORGED', seq },
    )
  })

  it('catches a whole chain rebuilt with unsigned checkpoints', async () => {
    const seq = await seqAt(12)
    await expectCaught(
      async (s) => {
        await rewriteTail(s, 1)
        await s.query('DELETE FROM audit_checkpoints')
        await s.query(`INSERT INTO audit_checkpoints (chain_index, hash)
                       SELECT chain_index, hash FROM audit_entries WHERE chain_index = 12`)
      },
      { chainIndex: 12, reason: 'AUDIT_CHECKPOINT_UNSIGNED', seq },
    )
  })

  it('catches a forged entry appended with an unsigned checkpoint of its own', async () => {
    await thenRestore(db(), async () => {
      await asSuperuser(db(), async (s) => {
        await forge(s, ENTRIES + 1)
        await s.query(
          `INSERT INTO audit_checkpoints (chain_index, hash)
                       SELECT chain_index, hash FROM audit_entries WHERE chain_index = $1`,
          [ENTRIES + 1],
        )
      })
      const result = await verifyAuditChain(db(), { batchSize: 5 })
      assert.equal(result.ok, false, 'the forged entry went unnoticed')
      assert.equal(result.firstBroken.chainIndex, ENTRIES + 1)
      assert.equal(result.firstBroken.reason, 'AUDIT_CHECKPOINT_UNSIGNED')
    })
  })

  it('catches last entries deleted with their checkpoint, against a head kept elsewhere', async () => {
    const cut = async (s: BulkSession): Promise<void> => {
      await s.query('DELETE FROM audit_entries WHERE chain_index > 8')
      await s.query('DELETE FROM audit_checkpoints WHERE chain_index > 8')
    }
    await thenRestore(db(), async () => {
      await asSuperuser(db(), cut)
      assert.ok((await verifyAuditChain(db())).ok, 'alone, a clean cut looks like a shorter chain')
    })
    await expectCaught(
      cut,
      { chainIndex: 9, reason: 'AUDIT_TAIL_MISSING', seq: null },
      { keptHead: true },
    )
  })

  it('refuses to compare with a head the platform did not sign', async () => {
    const head = `${Buffer.from('{"alg":"none"}').toString('base64url')}.e30.`
    await assert.rejects(verifyAuditChain(db(), { head }), RangeError)
  })
})
