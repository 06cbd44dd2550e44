import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { Webhook } from 'standardwebhooks'
import { DEFAULT_RETRY_SCHEDULE_MS, nextAttemptAt } from './retry-schedule.js'
import { newWebhookSecret, signWebhook } from './webhook-signature.js'

describe('webhook signatures and retry schedule', () => {
  it('signs as the Standard Webhooks reference library verifies', () => {
    const secret = newWebhookSecret()
    const body = JSON.stringify({ type: 'population.death_registered', data: { diedOn: 'x' } })
    const headers = signWebhook(secret, { id: 'msg_1', at: new Date(), body })
    assert.deepEqual(new Webhook(secret).verify(body, { ...headers }), JSON.parse(body))
    assert.equal(
      headers['webhook-signature'],
      new Webhook(secret).sign(
        'msg_1',
        new Date(Number(headers['webhook-timestamp']) * 1000),
        body,
      ),
    )
    assert.throws(() => new Webhook(newWebhookSecret()).verify(body, { ...headers }))
  })

  it('waits longer after each failure, spread by the jitter, then gives up', () => {
    const now = new Date('2026-12-07T00:00:00Z')
    const at = (failures: number, random: number) =>
      nextAttemptAt(failures, {
        schedule: DEFAULT_RETRY_SCHEDULE_MS,
        jitter: 0.2,
        now,
        random: () => random,
      })
    assert.equal(at(1, 0.5)?.getTime(), now.getTime() + 10_000)
    assert.equal(at(2, 0)?.getTime(), now.getTime() + 48_000)
    assert.equal(at(6, 1)?.getTime(), now.getTime() + 21_600_000 * 1.2)
    assert.equal(at(7, 0.5), null)
  })
})
