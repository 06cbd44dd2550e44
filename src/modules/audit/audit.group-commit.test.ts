import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { enrol, type Actor, useApp, describeOnEngines, TODAY } from '../../../test/kit/index.js'
import { seedPopulation } from '../population/index.js'
import { buildEntry, countEntries, sealEverything } from './audit.test-support.js'
import { commitAudits, verifyAuditChain } from './index.js'

interface EntryRow {
  subject: string
  tx_id: number
  action: string
  purpose: string
}

describeOnEngines('audit group commit', (db) => {
  const app = useApp(db)
  let officer: Actor
  let numbers: string[]

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 13, today: TODAY })
    officer = await enrol(app(), db(), { role: 'provincialPolice', unitCodes: ['75'] })
    const rows = await db().query<{ n: string }>(
      'SELECT personal_number AS n FROM residents ORDER BY personal_number LIMIT 40',
    )
    numbers = rows.map((r) => r.n)
  })

  const read = (number: string) =>
    app().inject({
      method: 'GET',
      url: `/api/v1/population/residents/${number}?purpose=residence_management`,
      headers: { cookie: officer.cookie },
    })
  const entriesOf = (subjects: string[]) =>
    db().query<EntryRow>(
      `SELECT subject_personal_number AS subject, tx_id, action, purpose FROM audit_entries
        WHERE actor_account_id = $1 AND subject_personal_number = ANY($2::text[])`,
      [officer.accountId, subjects],
    )

  it('gives each of many concurrent reads its own entry, committed together', async () => {
    const responses = await Promise.all(numbers.map(read))
    assert.deepEqual(
      responses.map((r) => r.statusCode),
      numbers.map(() => 200),
    )
    const entries = await entriesOf(numbers)
    assert.deepEqual(entries.map((e) => e.subject).sort(), [...numbers].sort(), 'one per read')
    assert.ok(entries.every((e) => e.action === 'population.resident.read'))
    assert.ok(entries.every((e) => e.purpose === 'residence_management'))
    const transactions = new Set(entries.map((e) => e.tx_id)).size
    assert.ok(transactions < numbers.length, `${transactions} commits for ${numbers.length} reads`)

    await sealEverything(db())
    const verification = await verifyAuditChain(db())
    assert.ok(verification.ok, 'batched entries seal into a chain that verifies')
  })

  it('fails every read of a batch whose entries cannot be written, and shows nothing', async () => {
    await db().query(`CREATE FUNCTION audit_entries_fail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the audit disk is full'; END $$`)
    await db().query(`CREATE TRIGGER audit_entries_fail BEFORE INSERT ON audit_entries
      FOR EACH ROW EXECUTE FUNCTION audit_entries_fail()`)
    const subjects = numbers.slice(0, 10)
    const names = await db().query<{ full_name: string }>(
      'SELECT full_name FROM residents WHERE personal_number = ANY($1::text[])',
      [subjects],
    )
    const before = await countEntries(db())
    try {
      const responses = await Promise.all(subjects.map(read))
      for (const response of responses) {
        assert.equal(response.statusCode, 500)
        assert.ok(
          names.every((n) => !response.body.includes(n.full_name)),
          'no personal data leaves without its entry',
        )
      }
      assert.deepEqual(await countEntries(db()), before)
    } finally {
      await db().query('DROP TRIGGER audit_entries_fail ON audit_entries')
      await db().query('DROP FUNCTION audit_entries_fail()')
    }
    assert.equal((await read(subjects[0]!)).statusCode, 200, 'reads resume once writes do')
  })

  it('refuses a malformed entry alone, without failing the batch it would have joined', async () => {
    const [good, bad, alsoGood] = await Promise.allSettled([
      commitAudits(db(), [buildEntry(1, { summary: { batch: 'shared' } })]),
      commitAudits(db(), [buildEntry(2, { summary: { text: 'a\u0000b' } })]),
      commitAudits(db(), [buildEntry(3, { summary: { batch: 'shared' } })]),
    ])
    assert.equal(good.status, 'fulfilled')
    assert.equal(alsoGood.status, 'fulfilled')
    assert.equal(bad.status, 'rejected')
    assert.equal((bad.reason as { code?: string }).code, 'AUDIT_ENTRY_INVALID')
    const rows = await db().query<{ tx_id: number }>(
      `SELECT tx_id FROM audit_entries WHERE summary->>'batch' = 'shared'`,
    )
    assert.equal(rows.length, 2)
    assert.equal(rows[0]!.tx_id, rows[1]!.tx_id, 'the two good entries shared one commit')
  })
})
