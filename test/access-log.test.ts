import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { AuditSealer, verifyAuditChain } from '../src/modules/audit/index.js'
import { seedPopulation } from '../src/modules/population/index.js'
import { enrol, useApp, describeOnEngines, TODAY } from './kit/index.js'

interface AccessLog {
  entries: { action: string; purpose: string; purposeLabel: { vi: string }; actorRole: string }[]
}

describeOnEngines('who viewed my data', (db) => {
  const app = useApp(db)
  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 5, today: TODAY })
  })

  it('shows the resident each officer read, with role and purpose, never the officer', async () => {
    const resident = await enrol(app(), db())
    const officer = await enrol(app(), db(), {
      role: 'communePolice',
      unitCodes: [resident.communeCode],
    })
    const log = async () =>
      (
        await app().inject({
          method: 'GET',
          url: '/api/v1/me/access-log',
          headers: { cookie: resident.cookie },
        })
      ).json<AccessLog>()
    assert.equal((await log()).entries.length, 0)

    const read = await app().inject({
      method: 'GET',
      url: `/api/v1/population/residents/${resident.personalNumber}?purpose=residence_management`,
      headers: { cookie: officer.cookie },
    })
    assert.equal(read.statusCode, 200)
    const noPurpose = await app().inject({
      method: 'GET',
      url: `/api/v1/population/residents/${resident.personalNumber}`,
      headers: { cookie: officer.cookie },
    })
    assert.equal(noPurpose.statusCode, 400, 'no purpose, no data')

    const { entries } = await log()
    assert.equal(entries.length, 1)
    assert.equal(entries[0]!.action, 'population.resident.read')
    assert.equal(entries[0]!.actorRole, 'communePolice')
    assert.equal(entries[0]!.purposeLabel.vi, 'Quản lý cư trú')
    const raw = JSON.stringify(entries)
    assert.ok(
      !raw.includes(officer.accountId) && !raw.includes(officer.personalNumber),
      'the officer stays anonymous',
    )

    const sealer = new AuditSealer(db())
    assert.ok((await sealer.sealPending()) >= 1)
    const verification = await verifyAuditChain(db())
    assert.ok(verification.ok)
  })
})
