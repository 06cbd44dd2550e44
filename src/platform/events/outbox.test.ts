import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ENGINES, describeOnEngines, openTestDatabase } from '../../../test/kit/index.js'
import type { BulkSession, Database } from '../db/database.js'
import { OutboxDispatcher, recordEvent, type OutboxEvent } from './outbox.js'

const event = (aggregateId: string, n: number) => ({
  aggregateType: 'test',
  aggregateId,
  eventType: 'counted',
  payload: { n },
})

describeOnEngines('outbox', (db) => {
  it('writes an event only when its transaction commits', async () => {
    await db().db.transaction(async (tx) => recordEvent(tx, event('a', 1)))
    await assert.rejects(
      db().db.transaction(async (tx) => {
        await recordEvent(tx, event('a', 2))
        throw new Error('change refused')
      }),
    )
    const seen: OutboxEvent[] = []
    const dispatcher = new OutboxDispatcher(db())
    dispatcher.subscribe('commit-test', async (e) => {
      seen.push(e)
    })
    await dispatcher.deliverAll()
    assert.deepEqual(
      seen.map((e) => e.payload),
      [{ n: 1 }],
    )
  })

  it('delivers in order, retries a failing handler, and resumes after a restart', async () => {
    for (let n = 1; n <= 5; n++)
      await db().db.transaction(async (tx) => recordEvent(tx, event('b', n)))
    const seen: number[] = []
    let failOnce = true
    const first = new OutboxDispatcher(db())
    first.subscribe('order-test', async (e) => {
      if (e.aggregateId !== 'b') return
      const n = e.payload.n as number
      if (n === 3 && failOnce) {
        failOnce = false
        throw new Error('subscriber down')
      }
      seen.push(n)
    })
    await first.deliverAll()
    assert.deepEqual(seen, [1, 2], 'stops at the failing event')
    await first.stop()

    // A new dispatcher (a restarted process) continues from the persisted cursor.
    const second = new OutboxDispatcher(db())
    second.subscribe('order-test', async (e) => {
      if (e.aggregateId === 'b') seen.push(e.payload.n as number)
    })
    await second.deliverAll()
    assert.deepEqual(seen, [1, 2, 3, 4, 5])
    assert.equal(await second.deliverAll(), 0, 'nothing delivered twice once acknowledged')
    await second.stop()
  })

  it('wraps each batch for a subscriber that applies it at once, redelivering a thrown batch', async () => {
    for (let n = 1; n <= 5; n++)
      await db().db.transaction(async (tx) => recordEvent(tx, event('d', n)))
    const applied: number[][] = []
    let pending: number[] = []
    let failFirstBatch = true
    const dispatcher = new OutboxDispatcher(db(), { batchSize: 2 })
    const ofD = (e: OutboxEvent) => e.aggregateId === 'd'
    dispatcher.subscribe(
      'batch-test',
      async (e) => {
        if (ofD(e)) pending.push(e.payload.n as number)
      },
      {
        // As a transaction would: the batch's work is kept only if deliver returns.
        aroundBatch: async (deliver) => {
          pending = []
          const result = await deliver()
          if (failFirstBatch && pending.length > 0) {
            failFirstBatch = false
            throw new Error('the batch did not commit')
          }
          if (pending.length > 0) applied.push(pending)
          return result
        },
      },
    )
    await dispatcher.deliverAll().catch(() => undefined)
    await dispatcher.deliverAll()
    await dispatcher.stop()
    assert.equal(failFirstBatch, false, 'a batch was thrown')
    assert.deepEqual(applied.flat(), [1, 2, 3, 4, 5], 'each event once, the thrown batch again')
    assert.ok(applied.length >= 3 && applied.every((batch) => batch.length <= 2))
  })

  it('lets one instance deliver at a time', async () => {
    await db().db.transaction(async (tx) => recordEvent(tx, event('c', 1)))
    const a = new OutboxDispatcher(db())
    const b = new OutboxDispatcher(db())
    const seen: string[] = []
    a.subscribe('lease-test', async () => {
      seen.push('a')
      await b.deliverAll()
    })
    b.subscribe('lease-test', async () => {
      seen.push('b')
    })
    await a.deliverAll()
    assert.ok(!seen.includes('b'), 'the second instance waits for the lease')
    await a.stop()
    await b.stop()
  })
})

/** Holds a transaction open on its own connection until release() is called. */
function holdTransaction(database: Database, work: (session: BulkSession) => Promise<unknown>) {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  let ready!: () => void
  const started = new Promise<void>((resolve) => (ready = resolve))
  const done = database.bulk(async (session) => {
    await work(session)
    ready()
    await released
  })
  return {
    started,
    release: async () => {
      release()
      await done
    },
  }
}

const insertEvent = (session: BulkSession, aggregateId: string, n: number) =>
  session.query(
    `INSERT INTO outbox_events (aggregate_type, aggregate_id, event_type, payload) VALUES ('test', $1, 'counted', $2)`,
    [aggregateId, JSON.stringify({ n })],
  )

if (ENGINES.includes('postgres')) {
  describe('outbox ordering under concurrent transactions [postgres]', () => {
    it('waits for an earlier transaction that commits late, then delivers both in order', async () => {
      const test = await openTestDatabase('postgres')
      const early = holdTransaction(test.database, (s) => insertEvent(s, 'late', 1))
      try {
        await early.started
        await test.database.bulk((s) => insertEvent(s, 'late', 2))
        const seen: number[] = []
        const dispatcher = new OutboxDispatcher(test.database)
        dispatcher.subscribe('late-test', async (e) => {
          seen.push(e.payload.n as number)
        })
        await dispatcher.deliverAll()
        assert.deepEqual(seen, [], 'nothing passes the transaction still running')
        await early.release()
        await dispatcher.deliverAll()
        assert.deepEqual(seen, [1, 2])
        await dispatcher.stop()
      } finally {
        await early.release()
        await test.drop()
      }
    })

    it('is not held back by a long transaction in another database of the server', async () => {
      const ours = await openTestDatabase('postgres')
      const other = await openTestDatabase('postgres')
      const long = holdTransaction(other.database, (s) => insertEvent(s, 'elsewhere', 0))
      try {
        await long.started
        await ours.database.bulk((s) => insertEvent(s, 'here', 1))
        const seen: number[] = []
        const dispatcher = new OutboxDispatcher(ours.database)
        dispatcher.subscribe('tenant-test', async (e) => {
          seen.push(e.payload.n as number)
        })
        await dispatcher.deliverAll()
        assert.deepEqual(seen, [1])
        await dispatcher.stop()
        await long.release()
      } finally {
        await long.release()
        await ours.drop()
        await other.drop()
      }
    })
  })
}
