import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { describeOnEngines, rejectsWith } from '../../../test/kit/index.js'
import { verifyAuditChain } from './index.js'
import { buildEntry, recordCommitted, sealEverything } from './audit.test-support.js'

class RolledBack extends Error {}

describeOnEngines('audit tables are append-only', (db) => {
  let sealedSeq = 0
  let unsealedSeq = 0
  before(async () => {
    await recordCommitted(db(), [buildEntry(1), buildEntry(2)])
    await sealEverything(db())
    await recordCommitted(db(), [buildEntry(3)])
    const rows = await db().query<{ seq: number; hash: string | null }>(
      'SELECT seq, hash FROM audit_entries ORDER BY seq',
    )
    sealedSeq = rows.find((r) => r.hash !== null)!.seq
    unsealedSeq = rows.find((r) => r.hash === null)!.seq
  })

  it('refuses to change a sealed entry, even its seal', async () => {
    await rejectsWith(
      db().query(`UPDATE audit_entries SET summary = '{"n": 99}' WHERE seq = $1`, [sealedSeq]),
      { sqlState: '23001', message: 'AUDIT_ENTRY_IMMUTABLE' },
    )
    await rejectsWith(
      db().query(`UPDATE audit_entries SET hash = repeat('a', 64) WHERE seq = $1`, [sealedSeq]),
      { sqlState: '23001', message: 'AUDIT_ENTRY_IMMUTABLE' },
    )
    await rejectsWith(
      db().query('UPDATE audit_entries SET sealed_at = now() WHERE seq = $1', [sealedSeq]),
      { sqlState: '23001', message: 'AUDIT_ENTRY_IMMUTABLE' },
    )
  })

  it('refuses to change an unsealed entry other than by sealing it', async () => {
    await rejectsWith(
      db().query(`UPDATE audit_entries SET actor_role = 'analyst' WHERE seq = $1`, [unsealedSeq]),
      { sqlState: '23001', message: 'AUDIT_ENTRY_IMMUTABLE' },
    )
    // The sealer's columns together with a change of content: still refused.
    await rejectsWith(
      db().query(
        `UPDATE audit_entries
            SET chain_index = 1000, prev_hash = repeat('0', 64), hash = repeat('b', 64),
                sealed_at = now(), purpose = 'health_care'
          WHERE seq = $1`,
        [unsealedSeq],
      ),
      { sqlState: '23001', message: 'AUDIT_ENTRY_IMMUTABLE' },
    )
  })

  it("lets the sealer's transition through", async () => {
    await assert.rejects(
      db().bulk(async (session) => {
        const updated = await session.query(
          `UPDATE audit_entries
              SET chain_index = 1000, prev_hash = repeat('0', 64), hash = repeat('b', 64),
                  sealed_at = now()
            WHERE seq = $1 RETURNING seq`,
          [unsealedSeq],
        )
        assert.equal(updated.length, 1)
        throw new RolledBack()
      }),
      RolledBack,
    )
  })

  it('refuses to delete or truncate entries', async () => {
    await rejectsWith(db().query('DELETE FROM audit_entries WHERE seq = $1', [sealedSeq]), {
      sqlState: '23001',
      message: 'AUDIT_APPEND_ONLY',
    })
    await rejectsWith(db().query('DELETE FROM audit_entries WHERE seq = $1', [unsealedSeq]), {
      sqlState: '23001',
      message: 'AUDIT_APPEND_ONLY',
    })
    await rejectsWith(db().query('TRUNCATE audit_entries'), {
      sqlState: '23001',
      message: 'AUDIT_APPEND_ONLY',
    })
  })

  it('refuses an entry that arrives already sealed', async () => {
    await rejectsWith(
      db().query(
        `INSERT INTO audit_entries (actor_account_id, actor_role, action, summary, chain_index,
                                    prev_hash, hash, sealed_at)
         VALUES ('x', 'analyst', 'audit.entry.forge', '{}', 99, repeat('0', 64), repeat('c', 64),
                 now())`,
      ),
      { sqlState: '23001', message: 'AUDIT_INSERT_SEALED' },
    )
  })

  it('refuses to change, delete or truncate checkpoints', async () => {
    await rejectsWith(db().query(`UPDATE audit_checkpoints SET hash = repeat('d', 64)`), {
      sqlState: '23001',
      message: 'AUDIT_APPEND_ONLY',
    })
    await rejectsWith(db().query('DELETE FROM audit_checkpoints'), {
      sqlState: '23001',
      message: 'AUDIT_APPEND_ONLY',
    })
    await rejectsWith(db().query('TRUNCATE audit_checkpoints'), {
      sqlState: '23001',
      message: 'AUDIT_APPEND_ONLY',
    })
  })

  it('leaves the chain intact after every refusal', async () => {
    const verification = await verifyAuditChain(db())
    assert.ok(verification.ok)
    assert.equal(verification.checked, 2)
    assert.equal(verification.pending, 1)
  })
})
