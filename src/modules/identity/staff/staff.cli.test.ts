import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { it } from 'node:test'
import {
  PASSWORD,
  pickResident,
  signInCookie,
  testConfig,
  runCli,
  sharedDatabase,
  ENGINES,
  type TestDatabase,
  TODAY,
} from '../../../../test/kit/index.js'
import { buildApp } from '../../../app.js'
import type { App } from '../../../platform/http/server.js'
import { seedPopulation } from '../../population/index.js'
import { createAccount } from '../index.js'

/** Runs fn against the real application over the test's database. */
async function withApp<T>(test: TestDatabase, fn: (app: App) => Promise<T>): Promise<T> {
  const app = await buildApp({ config: testConfig, database: test.database })
  try {
    return await fn(app)
  } finally {
    await app.close()
  }
}

const listGrants = (app: App, cookie: string) =>
  app.inject({ method: 'GET', url: '/api/v1/identity/staff/grants', headers: { cookie } })

for (const engine of ENGINES) {
  it(`bootstraps the first administrator from the command line [${engine}]`, async () => {
    const dir = engine === 'pglite' ? await mkdtemp(join(tmpdir(), 'cds-staff-cli-')) : undefined
    const shared = sharedDatabase(engine, dir)
    try {
      let test = await shared.open()
      const target: Record<string, string> = dir ? { DATA_DIR: dir } : { DATABASE_URL: test.url! }
      await seedPopulation(test.database, { scale: 1_000, seed: 17, today: TODAY })
      const person = await pickResident(test.database)
      await createAccount(test.database.db, {
        personalNumber: person.personalNumber,
        phone: '0912345678',
        password: PASSWORD,
      })
      const withoutAccount = await pickResident(test.database)
      await shared.release()

      const granted = await runCli('staff', target, [
        'grant',
        ...['--number', person.personalNumber, '--role', 'administrator', '--units', '75'],
      ])
      assert.equal(granted.code, 0, granted.stderr)
      assert.match(granted.stdout, /^Đã giao vai trò \/ granted: #\d+ /)
      const grantId = /#(\d+)/.exec(granted.stdout)![1]!
      const listed = await runCli('staff', target, ['list', '--role', 'administrator'])
      assert.equal(listed.code, 0, listed.stderr)
      assert.match(
        listed.stdout,
        new RegExp(`#${grantId}  ${person.personalNumber}  administrator`),
      )

      const refused = await runCli('staff', target, [
        'grant',
        ...['--number', withoutAccount.personalNumber, '--role', 'communeOfficer'],
        ...['--units', withoutAccount.communeCode],
      ])
      assert.equal(refused.code, 1)
      assert.match(refused.stderr, /^IDENTITY_GRANTEE_WITHOUT_ACCOUNT: .* \/ /)
      const noReason = await runCli('staff', target, ['revoke', '--grant', grantId])
      assert.equal(noReason.code, 2)
      assert.match(noReason.stderr, /Thiếu \/ missing --reason/)

      test = await shared.open()
      const cookie = await withApp(test, async (app) => {
        const signedIn = await signInCookie(app, person.personalNumber)
        assert.equal((await listGrants(app, signedIn)).statusCode, 200, 'an administrator now')
        return signedIn
      })
      await shared.release()

      const revoked = await runCli('staff', target, [
        'revoke',
        '--grant',
        grantId,
        '--reason',
        'Thử',
      ])
      assert.equal(revoked.code, 0, revoked.stderr)
      assert.match(revoked.stdout, /^Đã thu hồi \/ revoked: .* revoked \d{4}-/)

      test = await shared.open()
      await withApp(test, async (app) => {
        assert.equal((await listGrants(app, cookie)).statusCode, 403, 'and no longer')
      })
      const entries = await test.database.query<{ action: string; actor: string; role: string }>(
        `SELECT action, actor_account_id AS actor, actor_role AS role FROM audit_entries
          WHERE subject_personal_number = $1 ORDER BY seq`,
        [person.personalNumber],
      )
      assert.deepEqual(
        entries.map((e) => [e.action, e.role, e.actor.startsWith('operator:')]),
        [
          ['identity.staffGrant.create', 'operator', true],
          ['identity.staffGrant.revoke', 'operator', true],
        ],
      )
    } finally {
      await shared.drop()
      if (dir) await rm(dir, { recursive: true, force: true })
    }
  })
}
