import assert from 'node:assert/strict'
import { it } from 'node:test'
import { describeOnEngines } from '../../../test/harness.js'
import { purgeExpiredSsoState } from './index.js'

describeOnEngines('sso housekeeping', (db) => {
  it('deletes provider state an hour past its expiry, and nothing younger', async () => {
    await db().query(
      `INSERT INTO sso_payloads (model, id, payload, expires_at) VALUES
         ('AuthorizationCode', 'old', '{}', now() - interval '2 hours'),
         ('AuthorizationCode', 'recent', '{}', now() - interval '10 minutes'),
         ('Session', 'live', '{}', now() + interval '1 hour'),
         ('Grant', 'forever', '{}', NULL)`,
    )
    assert.equal(await purgeExpiredSsoState(db().db), 1)
    const left = await db().query<{ id: string }>('SELECT id FROM sso_payloads ORDER BY id')
    assert.deepEqual(
      left.map((r) => r.id),
      ['forever', 'live', 'recent'],
    )
  })
})
