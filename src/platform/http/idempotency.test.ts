import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { it } from 'node:test'
import type { FastifyRequest } from 'fastify'
import { describeOnEngines } from '../../../test/kit/index.js'
import { refuse } from './errors.js'
import { idempotencyFor, purgeIdempotencyKeys } from './idempotency.js'

const { idempotencyOf, withIdempotency } = idempotencyFor({
  required: () => refuse('TEST_KEY_REQUIRED', 400, 'required'),
  invalid: () => refuse('TEST_KEY_INVALID', 400, 'invalid'),
  reused: () => refuse('TEST_KEY_REUSED', 422, 'reused'),
})

const requestWith = (key: string | undefined, body: unknown, accountId = 'account-1') =>
  ({
    headers: key === undefined ? {} : { 'idempotency-key': key },
    principal: { kind: 'resident', accountId, personalNumber: null, grants: [], clientId: null },
    method: 'POST',
    url: '/api/v1/things?x=1',
    body,
  }) as unknown as FastifyRequest

const codeOf = (fn: () => unknown): string => {
  try {
    fn()
  } catch (error) {
    return (error as { code: string }).code
  }
  return 'none'
}

describeOnEngines('idempotency keys', (db) => {
  it('does the work once per key: a retry gets the stored answer, marked as replayed', async () => {
    const key = randomUUID()
    let runs = 0
    const work = async () => ({ status: 201, body: { id: ++runs } })
    const first = await withIdempotency(
      db().db,
      idempotencyOf(requestWith(key, { a: 1, b: 2 })),
      work,
    )
    // The same body with its keys in another order is the same request.
    const again = await withIdempotency(
      db().db,
      idempotencyOf(requestWith(key, { b: 2, a: 1 })),
      work,
    )
    assert.deepEqual(first, { status: 201, body: { id: 1 }, isReplayed: false })
    assert.deepEqual(again, { status: 201, body: { id: 1 }, isReplayed: true })
    assert.equal(runs, 1)
    // Another caller's key of the same name is theirs.
    const other = await withIdempotency(
      db().db,
      idempotencyOf(requestWith(key, {}, 'account-2')),
      work,
    )
    assert.equal(other.isReplayed, false)
  })

  it("refuses a missing or malformed key, and a key reused for another request, with the module's codes", async () => {
    assert.equal(
      codeOf(() => idempotencyOf(requestWith(undefined, {}))),
      'TEST_KEY_REQUIRED',
    )
    assert.equal(
      codeOf(() => idempotencyOf(requestWith('has space', {}))),
      'TEST_KEY_INVALID',
    )
    assert.equal(
      codeOf(() => idempotencyOf(requestWith('x'.repeat(201), {}))),
      'TEST_KEY_INVALID',
    )
    const key = randomUUID()
    const work = async () => ({ status: 201, body: {} })
    await withIdempotency(db().db, idempotencyOf(requestWith(key, { n: 1 })), work)
    await assert.rejects(
      withIdempotency(db().db, idempotencyOf(requestWith(key, { n: 2 })), work),
      { code: 'TEST_KEY_REUSED' },
    )
  })

  it('keeps nothing of a refused request, so that its retry does the work', async () => {
    const key = randomUUID()
    await assert.rejects(
      withIdempotency(db().db, idempotencyOf(requestWith(key, {})), async () => {
        throw refuse('TEST_REFUSED', 409, 'refused')
      }),
      { code: 'TEST_REFUSED' },
    )
    const retried = await withIdempotency(
      db().db,
      idempotencyOf(requestWith(key, {})),
      async () => ({
        status: 201,
        body: { ok: true },
      }),
    )
    assert.deepEqual(retried, { status: 201, body: { ok: true }, isReplayed: false })
  })

  it('purges keys after a day', async () => {
    const key = randomUUID()
    await withIdempotency(db().db, idempotencyOf(requestWith(key, {})), async () => ({
      status: 201,
      body: {},
    }))
    const stored = async () =>
      (
        await db().query<{ n: number }>(
          'SELECT count(*)::int AS n FROM stay_idempotency_keys WHERE key = $1',
          [key],
        )
      )[0]!.n
    await purgeIdempotencyKeys(db().db, new Date(Date.now() + 23 * 3_600_000))
    assert.equal(await stored(), 1)
    await purgeIdempotencyKeys(db().db, new Date(Date.now() + 25 * 3_600_000))
    assert.equal(await stored(), 0)
  })
})
