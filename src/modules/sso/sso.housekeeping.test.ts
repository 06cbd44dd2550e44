import assert from 'node:assert/strict'
import { it } from 'node:test'
import { describeOnEngines } from '../../../test/kit/index.js'
import { purgeExpiredSsoState, ssoUsage } from './index.js'

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
  it('counts connected systems and sign-ins for model 24', async () => {
    for (const statement of [
      `INSERT INTO sso_clients (client_id, name, metadata) VALUES ('a', 'A', '{}'), ('b', 'B', '{}')`,
      `UPDATE sso_clients SET disabled_at = now() WHERE client_id = 'b'`,
      `INSERT INTO sso_sign_ins (client_id, day, count) VALUES
         ('a', '2026-10-31', 5), ('a', '2026-11-01', 2), ('a', '2026-11-30', 3), ('a', '2026-12-01', 7)`,
    ])
      await db().query(statement)
    assert.deepEqual(await ssoUsage(db().db, { from: '2026-11-01', to: '2026-11-30' }), {
      connectedSystems: 1,
      signIns: 5,
    })
  })
})
