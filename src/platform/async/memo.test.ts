import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { memoizeUntilSuccess } from './memo.js'

describe('memoizeUntilSuccess', () => {
  it('computes once for concurrent and later callers, and retries after a failure', async () => {
    let calls = 0
    const value = memoizeUntilSuccess(async () => {
      calls++
      if (calls === 1) throw new Error('not yet')
      return calls
    })
    await assert.rejects(value(), /not yet/)
    assert.deepEqual(await Promise.all([value(), value()]), [2, 2])
    assert.equal(await value(), 2)
    assert.equal(calls, 2)
  })
})
