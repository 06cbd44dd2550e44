import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { it } from 'node:test'
import { describeOnEngines } from '../../../test/kit/index.js'
import { createRateQuota } from './rate-quota.js'
import { countAttempt } from './throttle.js'

const at = (start: Date, seconds: number) => new Date(start.getTime() + seconds * 1000)

describeOnEngines('rate quotas shared through the database', (db) => {
  it('admits exactly the limit in a window across two instances, then a new window', async () => {
    const key = `test:${randomUUID()}`
    const start = new Date('2026-03-01T08:00:00Z')
    const instances = [createRateQuota(60), createRateQuota(60)]
    const limit = 1_000
    // Both instances at once, in turns, well past the limit.
    const decisions = await Promise.all(
      Array.from({ length: 2_600 }, (_, n) => instances[n % 2]!(db().db, key, limit, start)),
    )
    assert.equal(decisions.filter((d) => d.allowed).length, limit)
    const { allowed } = await instances[0]!(db().db, key, limit, at(start, 61))
    assert.equal(allowed, true)
  })

  it('counts a small limit one attempt at a time, as a plain throttle would', async () => {
    const key = `test:${randomUUID()}`
    const start = new Date('2026-03-01T08:00:00Z')
    const quota = createRateQuota(60)
    for (let n = 0; n < 3; n++) assert.equal((await quota(db().db, key, 3, start)).allowed, true)
    assert.equal((await quota(db().db, key, 3, at(start, 1))).allowed, false)
    // The shared count holds every attempt: nothing was leased ahead.
    assert.equal((await countAttempt(db().db, key, 60, at(start, 2), 0)).attempts, 4)
  })
})
