import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { enrol, useApp, describeOnEngines, TODAY } from '../../../test/kit/index.js'
import { seedPopulation } from '../../modules/population/index.js'
import type { App } from './server.js'

const WRONG = 'sai mật khẩu rồi'
const PROXY = '127.0.0.1'

/** Wrong passwords through the proxy's connection until the client is made to wait. */
async function guessUntilDelayed(app: App, client: string, personalNumber: string) {
  const statuses: number[] = []
  for (let i = 0; i < 6; i++)
    statuses.push((await wrongGuess(app, client, personalNumber)).statusCode)
  assert.equal(statuses.at(-1), 429, statuses.join(' '))
}

const wrongGuess = (app: App, client: string, personalNumber: string) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/identity/sessions',
    remoteAddress: PROXY,
    headers: { 'x-forwarded-for': client },
    payload: { personalNumber, password: WRONG },
  })

describeOnEngines('the client address behind a reverse proxy', (db) => {
  const behindProxy = useApp(db, { TRUST_PROXY: PROXY })
  const direct = useApp(db)

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 31, today: TODAY })
  })

  it("throttles each client of a trusted proxy by the client's own address", async () => {
    const owner = await enrol(behindProxy(), db())
    await guessUntilDelayed(behindProxy(), '203.0.113.5', owner.personalNumber)
    const other = await wrongGuess(behindProxy(), '198.51.100.7', owner.personalNumber)
    assert.equal(other.statusCode, 401, 'another client through the same proxy is not delayed')
  })

  it('ignores X-Forwarded-For when no proxy is trusted', async () => {
    const owner = await enrol(direct(), db())
    await guessUntilDelayed(direct(), '203.0.113.9', owner.personalNumber)
    const claimed = await wrongGuess(direct(), '198.51.100.9', owner.personalNumber)
    assert.equal(claimed.statusCode, 429, 'a claimed address does not escape the delay')
  })

  it("records the client's address in the audit trail, not the proxy's", async () => {
    const officer = await enrol(behindProxy(), db(), { role: 'communeOfficer' })
    const read = await behindProxy().inject({
      method: 'GET',
      url: `/api/v1/population/residents/${officer.personalNumber}?purpose=identity_verification`,
      remoteAddress: PROXY,
      headers: { cookie: officer.cookie, 'x-forwarded-for': '203.0.113.77' },
    })
    assert.equal(read.statusCode, 200, read.body)
    const [entry] = await db().query<{ source_ip: string }>(
      `SELECT source_ip FROM audit_entries WHERE subject_personal_number = $1
        ORDER BY seq DESC LIMIT 1`,
      [officer.personalNumber],
    )
    assert.equal(entry?.source_ip, '203.0.113.77')
  })
})
