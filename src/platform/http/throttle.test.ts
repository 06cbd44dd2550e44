import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { it } from 'node:test'
import { describeOnEngines } from '../../../test/kit/index.js'
import { blockedFor, clearAttempts, clientKey, countAttempt, recordAttempt } from './throttle.js'

const RULE = { limit: 3, windowSeconds: 60, blockSeconds: 30 }
const at = (start: Date, seconds: number) => new Date(start.getTime() + seconds * 1000)

describeOnEngines('throttles', (db) => {
  it('counts attempts in a window and starts a new one once it has passed', async () => {
    const key = `test:${randomUUID()}`
    const start = new Date('2026-03-01T08:00:00Z')
    assert.equal((await countAttempt(db().db, key, 60, start)).attempts, 1)
    assert.equal((await countAttempt(db().db, key, 60, at(start, 59))).attempts, 2)
    const fresh = await countAttempt(db().db, key, 60, at(start, 61))
    assert.deepEqual(fresh, { attempts: 1, windowStartedAt: at(start, 61) })
  })

  it('blocks a key at its limit for the block time, then lets it through', async () => {
    const key = `test:${randomUUID()}`
    const start = new Date('2026-03-01T08:00:00Z')
    for (let n = 0; n < RULE.limit - 1; n++) await recordAttempt(db().db, key, RULE, start)
    assert.equal(await blockedFor(db().db, key, start), undefined)
    await recordAttempt(db().db, key, RULE, start)
    assert.equal(await blockedFor(db().db, key, at(start, 1)), 29)
    assert.equal(await blockedFor(db().db, key, at(start, 30)), undefined)
    await recordAttempt(db().db, key, RULE, at(start, 5))
    await clearAttempts(db().db, key)
    assert.equal(await blockedFor(db().db, key, at(start, 5)), undefined)
  })

  it('throttles an IPv6 client by its /64 and an IPv4-mapped one by its IPv4 address', () => {
    assert.equal(clientKey('2001:db8:0:1:aaaa::1'), '2001:db8:0:1::/64')
    assert.equal(clientKey('::ffff:192.0.2.7'), '192.0.2.7')
    assert.equal(clientKey('192.0.2.7'), '192.0.2.7')
  })
})
