import assert from 'node:assert/strict'
import { it } from 'node:test'
import { describeOnEngines } from '../../../test/kit/index.js'
import { GENESIS_HASH } from './canonical.js'
import { AuditSealer, recordAudit, verifyAuditChain } from './index.js'
import { buildEntry, countEntries, recordCommitted, sealEverything } from './audit.test-support.js'

interface ChainRow {
  seq: number
  tx_id: number
  chain_index: number
  prev_hash: string
  hash: string
}

describeOnEngines('audit chain', (db, engine) => {
  const chain = () =>
    db().query<ChainRow>(
      'SELECT seq, tx_id, chain_index, prev_hash, hash FROM audit_entries ORDER BY chain_index',
    )
  const signedHeads = async (): Promise<string[]> =>
    (
      await db().query<{ signature: string }>(
        'SELECT signature FROM audit_checkpoints ORDER BY chain_index',
      )
    ).map((c) => c.signature)

  it('keeps no entry of a transaction that rolls back', async () => {
    const before = await countEntries(db())
    await assert.rejects(
      db().db.transaction(async (tx) => {
        await recordAudit(tx, buildEntry(1))
        throw new Error('the change was refused')
      }),
      /the change was refused/,
    )
    assert.deepEqual(await countEntries(db()), before)
  })

  it('reports committed entries as pending, then seals them into a chain that verifies', async () => {
    await recordCommitted(db(), [buildEntry(1), buildEntry(2), buildEntry(3)])
    await recordCommitted(db(), [buildEntry(4), buildEntry(5)])
    const unsealed = await verifyAuditChain(db())
    assert.deepEqual(unsealed, {
      ok: true,
      checked: 0,
      pending: 5,
      quarantined: 0,
      head: null,
      signedHead: null,
    })

    assert.equal(await sealEverything(db(), 2), 5)
    const rows = await chain()
    assert.deepEqual(
      rows.map((r) => r.chain_index),
      [1, 2, 3, 4, 5],
    )
    assert.equal(rows[0]!.prev_hash, GENESIS_HASH)
    for (let i = 1; i < rows.length; i++) assert.equal(rows[i]!.prev_hash, rows[i - 1]!.hash)
    const checkpoints = await db().query<{ chain_index: number; hash: string }>(
      'SELECT chain_index, hash FROM audit_checkpoints ORDER BY chain_index',
    )
    assert.deepEqual(
      checkpoints.map((c) => c.chain_index),
      [2, 4, 5],
      'one checkpoint per batch',
    )
    assert.equal(checkpoints.at(-1)!.hash, rows.at(-1)!.hash)

    const progress: number[] = []
    const sealed = await verifyAuditChain(db(), { onProgress: (checked) => progress.push(checked) })
    const { signedHead, ...verified } = sealed as typeof sealed & { signedHead: string }
    assert.deepEqual(verified, {
      ok: true,
      checked: 5,
      pending: 0,
      quarantined: 0,
      head: { chainIndex: 5, hash: rows.at(-1)!.hash },
    })
    assert.equal(signedHead, (await signedHeads()).at(-1), 'the latest checkpoint signed')
    assert.equal(progress.at(-1), 5)

    await recordCommitted(db(), [buildEntry(6)])
    const later = await verifyAuditChain(db(), { batchSize: 2 })
    assert.ok(later.ok)
    assert.equal(later.checked, 5)
    assert.equal(later.pending, 1, 'a committed entry waits for the sealer')
    assert.equal(await sealEverything(db()), 1)
    assert.equal(await new AuditSealer(db()).sealPending(), 0, 'nothing is sealed twice')
  })

  it(
    'seals in (tx_id, seq) order and never before an older transaction ends',
    {
      skip: engine === 'pglite' && 'one connection: transactions cannot overlap',
    },
    async () => {
      const { all } = await countEntries(db())
      let release!: () => void
      const held = new Promise<void>((resolve) => (release = resolve))
      let recorded!: () => void
      const started = new Promise<void>((resolve) => (recorded = resolve))
      const older = db().db.transaction(async (tx) => {
        await recordAudit(tx, buildEntry(101))
        recorded()
        await held
      })
      await started
      await recordCommitted(db(), [buildEntry(102)])
      await new AuditSealer(db()).sealPending()
      const [newer] = await db().query<{ hash: string | null }>(
        'SELECT hash FROM audit_entries ORDER BY seq DESC LIMIT 1',
      )
      assert.equal(newer!.hash, null, 'the later transaction waits for the older one')
      release()
      await older
      await sealEverything(db())
      const rows = (await chain()).slice(all)
      const sorted = [...rows].sort((a, b) => a.tx_id - b.tx_id || a.seq - b.seq)
      assert.deepEqual(rows, sorted, 'chain order is transaction order')
      assert.ok((await verifyAuditChain(db())).ok)
    },
  )

  it('seals concurrent writers exactly once, with consecutive indexes', async () => {
    const before = await countEntries(db())
    const writers = engine === 'postgres' ? 4 : 1
    const perWriter = 25
    const sealers = [new AuditSealer(db(), { batchSize: 7, intervalMs: 1 })]
    if (engine === 'postgres') sealers.push(new AuditSealer(db(), { batchSize: 5, intervalMs: 1 }))
    for (const s of sealers) s.start()
    // Each writer commits its transactions while the others are half-way through theirs.
    const write = async (w: number): Promise<void> => {
      for (let t = 0; t < 5; t++) {
        await db().db.transaction(async (tx) => {
          for (let i = 0; i < perWriter / 5; i++) {
            await recordAudit(tx, buildEntry(1_000 * w + 10 * t + i))
            await new Promise((resolve) => setTimeout(resolve, (w + i) % 3))
          }
        })
      }
    }
    await Promise.all(Array.from({ length: writers }, (_, w) => write(w)))
    await Promise.all(sealers.map((s) => s.stop()))
    await sealEverything(db())

    const after = await countEntries(db())
    assert.equal(after.all - before.all, writers * perWriter)
    assert.equal(after.sealed, after.all)
    const rows = await chain()
    assert.deepEqual(
      rows.map((r) => r.chain_index),
      rows.map((_, i) => i + 1),
    )
    assert.equal(new Set(rows.map((r) => r.seq)).size, rows.length, 'each entry sealed once')
    const verification = await verifyAuditChain(db(), { batchSize: 10 })
    const { signedHead: _signedHead, ...verified } = verification as typeof verification & {
      signedHead: string
    }
    assert.deepEqual(verified, {
      ok: true,
      checked: rows.length,
      pending: 0,
      quarantined: 0,
      head: { chainIndex: rows.length, hash: rows.at(-1)!.hash },
    })
  })

  it('lets one sealer at a time link entries', async () => {
    await recordCommitted(
      db(),
      Array.from({ length: 40 }, (_, i) => buildEntry(2_000 + i)),
    )
    const results = await Promise.all([
      new AuditSealer(db(), { batchSize: 3 }).sealPending(),
      new AuditSealer(db(), { batchSize: 3 }).sealPending(),
    ])
    const total = results[0] + results[1] + (await sealEverything(db()))
    assert.equal(total, 40)
    assert.ok((await verifyAuditChain(db())).ok)
  })
})
