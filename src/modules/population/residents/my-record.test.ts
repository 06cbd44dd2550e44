import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { enrol, useApp, describeOnEngines, TODAY } from '../../../../test/kit/index.js'
import { getHouseholdOf, getResident, seedPopulation, type MyRecord } from '../index.js'

describeOnEngines('my registry record', (db) => {
  const app = useApp(db)
  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 31, today: TODAY })
  })

  it('shows the resident their own entry and household, and leaves no trace of a look', async () => {
    const resident = await enrol(app(), db(), { where: `relation_to_head = 'child'` })
    const response = await app().inject({
      method: 'GET',
      url: '/api/v1/me/record',
      headers: { cookie: resident.cookie },
    })
    assert.equal(response.statusCode, 200, response.body)
    const record = response.json<MyRecord>()
    const registry = await getResident(db().db, resident.personalNumber)
    assert.equal(record.fullName, registry.fullName)
    assert.equal(record.birthDate, registry.birthDate)
    assert.match(record.commune.name, /\p{L}/u)
    const { members } = await getHouseholdOf(db().db, resident.personalNumber)
    const living = members.filter((m) => m.status === 'resident')
    assert.equal(record.household.length, living.length, 'those who left or died are not listed')
    assert.ok(living.length >= 2, 'a child lives with someone')
    assert.deepEqual(
      record.household.filter((m) => m.self).map((m) => m.fullName),
      [registry.fullName],
    )
    const [{ n }] = (await db().query<{ n: number }>(
      'SELECT count(*)::int AS n FROM audit_entries WHERE subject_personal_number = $1',
      [resident.personalNumber],
    )) as [{ n: number }]
    assert.equal(n, 0)
  })
})
