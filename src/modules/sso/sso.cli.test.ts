import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { it } from 'node:test'
import {
  testConfig,
  runCli,
  sharedDatabase,
  ENGINES,
  type TestDatabase,
} from '../../../test/kit/index.js'
import { buildApp } from '../../app.js'

/** A client_credentials token request, answered by the provider of an app over the database. */
async function tokenStatus(test: TestDatabase, clientId: string, secret: string): Promise<number> {
  const app = await buildApp({ config: testConfig, database: test.database })
  try {
    const response = await app.inject({
      method: 'POST',
      url: '/oidc/token',
      headers: {
        authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: 'grant_type=client_credentials&scope=identity.links.record',
    })
    return response.statusCode
  } finally {
    await app.close()
  }
}

const credentialsIn = (stdout: string) => ({
  clientId: /client_id: (\S+)/.exec(stdout)?.[1] ?? '',
  secret: /client_secret: (\S+)/.exec(stdout)?.[1] ?? '',
})

for (const engine of ENGINES) {
  it(`registers, rotates and disables clients from the command line [${engine}]`, async () => {
    const dir = engine === 'pglite' ? await mkdtemp(join(tmpdir(), 'cds-sso-cli-')) : undefined
    const shared = sharedDatabase(engine, dir)
    try {
      const test = await shared.open()
      const target: Record<string, string> = dir ? { DATA_DIR: dir } : { DATABASE_URL: test.url! }
      await shared.release()
      const sso = (...args: string[]) => runCli('sso', target, args)

      const added = await sso(
        'clients:add',
        ...['--name', 'Ngân hàng A', '--kind', 'machine', '--role', 'partnerSystem'],
        ...['--agency', 'NHA', '--scopes', 'identity.links.record'],
      )
      assert.equal(added.code, 0, added.stderr)
      const first = credentialsIn(added.stdout)
      assert.ok(first.clientId && first.secret)
      const listed = await sso('clients:list')
      assert.match(listed.stdout, new RegExp(`${first.clientId}  machine  Ngân hàng A`))

      const rotated = await sso('clients:rotate', '--client', first.clientId)
      assert.equal(rotated.code, 0, rotated.stderr)
      const second = credentialsIn(rotated.stdout)
      assert.notEqual(second.secret, first.secret)
      assert.equal((await sso('clients:disable', '--client', first.clientId)).code, 0, 'disabled')
      const again = await sso('clients:disable', '--client', first.clientId)
      assert.equal(again.code, 1)
      assert.match(again.stderr, /^SSO_CLIENT_NOT_FOUND: /m)
      const wrong = await sso('clients:add', '--name', 'x', '--kind', 'mobile')
      assert.equal(wrong.code, 2)
      assert.match(wrong.stderr, /unknown kind: "mobile"/)

      const reopened = await shared.open()
      assert.equal(await tokenStatus(reopened, second.clientId, second.secret), 401)
      await reopened.database.query('UPDATE sso_clients SET disabled_at = NULL')
      assert.equal(await tokenStatus(reopened, second.clientId, first.secret), 401, 'old secret')
      assert.equal(await tokenStatus(reopened, second.clientId, second.secret), 200, 'new secret')
    } finally {
      await shared.drop()
      if (dir) await rm(dir, { recursive: true, force: true })
    }
  })
}
