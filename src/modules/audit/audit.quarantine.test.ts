import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { describeOnEngines } from '../../../test/kit/index.js'
import { AuditSealer, listAccessesTo, verifyAuditChain } from './index.js'
import { buildEntry, recordCommitted, sealEverything } from './audit.test-support.js'

const RESIDENT = '075090000042'

describeOnEngines('audit entries the platform did not write', (db) => {
  const quarantinedSeqs: number[] = []

  before(async () => {
    await recordCommitted(db(), [buildEntry(1, { subjectPersonalNumber: RESIDENT })])
    // What anyone with write access to the table can do: no trigger stops an unsealed INSERT.
    await db().query(
      `INSERT INTO audit_entries (actor_account_id, actor_role, actor_agency, subject_personal_number,
                                  action, purpose, summary)
       VALUES ('officer-9', 'provincialPolice', 'CA-DNA', $1, 'population.resident.read',
               'criminal_investigation', '{"fields": "all"}')`,
      [RESIDENT],
    )
    // A real entry's MAC copied onto other content.
    await db().query(
      `INSERT INTO audit_entries (actor_account_id, actor_role, subject_personal_number, action,
                                  purpose, summary, mac)
       SELECT actor_account_id, actor_role, subject_personal_number, action,
              'criminal_investigation', summary, mac
         FROM audit_entries WHERE mac IS NOT NULL`,
    )
    await recordCommitted(db(), [buildEntry(2, { subjectPersonalNumber: RESIDENT })])
    const sealer = new AuditSealer(db(), { onQuarantine: (seqs) => quarantinedSeqs.push(...seqs) })
    await sealer.sealPending()
    await sealEverything(db())
  })

  it('seals only what the platform recorded, and sets the rest aside with the reason', async () => {
    const rows = await db().query<{ purpose: string; sealed: boolean; reason: string | null }>(
      `SELECT e.purpose, e.hash IS NOT NULL AS sealed, q.reason
         FROM audit_entries e LEFT JOIN audit_quarantine q ON q.seq = e.seq ORDER BY e.seq`,
    )
    assert.deepEqual(rows, [
      { purpose: 'residence_management', sealed: true, reason: null },
      { purpose: 'criminal_investigation', sealed: false, reason: 'AUDIT_MAC_MISSING' },
      { purpose: 'criminal_investigation', sealed: false, reason: 'AUDIT_MAC_INVALID' },
      { purpose: 'residence_management', sealed: true, reason: null },
    ])
    assert.equal(quarantinedSeqs.length, 2, 'reported by seq, no personal data')
  })

  it('keeps them out of the resident’s access log', async () => {
    const page = await listAccessesTo(db().db, RESIDENT)
    assert.deepEqual(
      page.entries.map((e) => e.purpose),
      ['residence_management', 'residence_management'],
    )
  })

  it('reports them when verifying, and the chain stays whole', async () => {
    const result = await verifyAuditChain(db())
    assert.ok(result.ok)
    assert.equal(result.checked, 2)
    assert.equal(result.quarantined, 2)
    assert.equal(result.pending, 0)
  })
})
