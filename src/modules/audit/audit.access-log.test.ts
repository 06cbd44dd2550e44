import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { describeOnEngines, rejectsWith } from '../../../test/kit/index.js'
import { listAccessesTo, recordAudit, type AccessLogEntry } from './index.js'
import { buildEntry, recordCommitted, sealEverything } from './audit.test-support.js'

const RESIDENT = '075090012345'
const NEIGHBOUR = '075090054321'

describeOnEngines('who viewed my data', (db) => {
  before(async () => {
    // Seven reads of the resident over five transactions (two share a transaction, so a time).
    const reads: [string, string, string | null, string | null][] = [
      ['communePolice', 'residence_management', 'CA-DNA', null],
      ['departmentOfficer', 'health_care', 'SYT-DNA', null],
      ['communeOfficer', 'administrative_procedure', null, null],
      ['provincialPolice', 'criminal_investigation', 'CA-DNA', null],
      ['client', 'identity_verification', 'NH-VCB', 'bank-app'],
      ['departmentOfficer', 'social_welfare', 'SLD-DNA', null],
      ['communePolice', 'account_verification_level2', 'CA-DNA', null],
    ]
    const entries = reads.map(([role, purpose, agency, clientId], i) =>
      buildEntry(i, {
        actor: { accountId: `secret-officer-${i}`, role, agency, unitCode: '26068', clientId },
        subjectPersonalNumber: RESIDENT,
        purpose,
        summary: { order: i },
      }),
    )
    for (const batch of [entries.slice(0, 2), entries.slice(2, 3), entries.slice(3, 5)])
      await recordCommitted(db(), batch)
    await sealEverything(db())
    await recordCommitted(db(), entries.slice(5))
    await recordCommitted(db(), [buildEntry(9, { subjectPersonalNumber: NEIGHBOUR })])
    await db().db.transaction((tx) =>
      recordAudit(tx, buildEntry(10, { subjectPersonalNumber: RESIDENT, purpose: null })),
    )
  })

  it('lists accesses newest first, paged by cursor, with purpose labels', async () => {
    const seen: AccessLogEntry[] = []
    const pages: number[] = []
    let before: string | undefined
    do {
      const page = await listAccessesTo(db().db, RESIDENT, {
        limit: 3,
        ...(before ? { before } : {}),
      })
      seen.push(...page.entries)
      pages.push(page.entries.length)
      before = page.next ?? undefined
    } while (before)
    assert.deepEqual(pages, [3, 3, 2])
    assert.equal(seen[0]!.purpose, null, 'the newest entry comes first')
    assert.equal(seen[0]!.purposeLabel, null)
    assert.deepEqual(
      seen.slice(1).map((e) => e.purpose),
      [
        'account_verification_level2',
        'social_welfare',
        'identity_verification',
        'criminal_investigation',
        'administrative_procedure',
        'health_care',
        'residence_management',
      ],
    )
    const times = seen.map((e) => Date.parse(e.at))
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
    )
    assert.ok(seen.every((e) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(e.at)))
    const health = seen.find((e) => e.purpose === 'health_care')!
    assert.deepEqual(health.purposeLabel, { vi: 'Khám bệnh, chữa bệnh', en: 'Health care' })
    assert.equal(health.actorAgency, 'SYT-DNA')
    assert.equal(seen.find((e) => e.actorRole === 'client')!.viaSystem, 'bank-app')
  })

  it("never shows the officer's account, address or the summary", async () => {
    const page = await listAccessesTo(db().db, RESIDENT, { limit: 200 })
    assert.equal(page.entries.length, 8)
    assert.equal(page.next, null)
    const text = JSON.stringify(page)
    assert.ok(!text.includes('secret-officer'), 'no account id')
    assert.ok(!text.includes('10.0.0.7'), 'no source address')
    assert.ok(!text.includes('order'), 'no summary')
    assert.deepEqual(Object.keys(page.entries[0]!).sort(), [
      'action',
      'actionLabel',
      'actorAgency',
      'actorEstablishmentId',
      'actorRole',
      'actorUnitCode',
      'at',
      'purpose',
      'purposeLabel',
      'viaSystem',
    ])
  })

  it('shows a resident only their own entries', async () => {
    const page = await listAccessesTo(db().db, NEIGHBOUR)
    assert.equal(page.entries.length, 1)
    assert.deepEqual((await listAccessesTo(db().db, '075090000000')).entries, [])
  })

  it('refuses a malformed number or cursor', async () => {
    await rejectsWith(listAccessesTo(db().db, '12345'), 'AUDIT_SUBJECT_INVALID')
    await rejectsWith(
      listAccessesTo(db().db, RESIDENT, { before: 'not-a-cursor' }),
      'AUDIT_CURSOR_INVALID',
    )
  })
})
