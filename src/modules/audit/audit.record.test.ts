import assert from 'node:assert/strict'
import { it } from 'node:test'
import { describeOnEngines } from '../../../test/kit/index.js'
import { CHAINED_SQL, GENESIS_HASH, RECORD_SQL, chainPrefix, entryHash } from './canonical.js'
import { PURPOSES, recordAudit, recordAudits } from './index.js'
import { buildEntry, countEntries } from './audit.test-support.js'

class RolledBack extends Error {}

// Pinned: a change in how either engine renders an entry would orphan every chain already sealed.
const GOLDEN_RECORD =
  '900000,4242,2025-07-01T01:30:00.123456Z,' + // seq, tx_id, occurred_at in UTC
  '9:officer-1' + // actor_account_id
  '17:departmentOfficer' + // actor_role
  '23:Sở Y tế Đồng Nai' + // actor_agency: 23 bytes of UTF-8 for 16 characters
  ':' + // actor_unit_code NULL
  '0:' + // client_id '' (not NULL)
  '12:075090000001' + // subject_personal_number
  '18:health.record.read' + // action
  '11:health_care' + // purpose
  ':' + // source_ip NULL
  '{"a": "x, y", "bb": null, "ok": true, "zeta": 1}' // summary, jsonb key order
const GOLDEN_HASH = '69ce7875e316cd032cb8dd24cfe8ba7c1b8fc7d5ed21b6d4589dc57e219a2f4d'

describeOnEngines('audit entries', (db) => {
  it('renders an entry the same on every engine, to the microsecond and byte', async () => {
    await assert.rejects(
      db().bulk(async (s) => {
        // Time zone of the session must not matter: the form is UTC.
        await s.query(`SET LOCAL TimeZone = 'Asia/Ho_Chi_Minh'`)
        await s.query(
          `INSERT INTO audit_entries (seq, tx_id, occurred_at, actor_account_id, actor_role,
             actor_agency, actor_unit_code, client_id, subject_personal_number, action, purpose,
             summary, source_ip)
           VALUES (900000, 4242, '2025-07-01 08:30:00.123456+07', 'officer-1', 'departmentOfficer',
             'Sở Y tế Đồng Nai', NULL, '', '075090000001', 'health.record.read', 'health_care',
             '{"zeta": 1, "ok": true, "bb": null, "a": "x, y"}', NULL)`,
        )
        const [row] = await s.query<{ record: string }>(
          `SELECT ${RECORD_SQL} AS record FROM audit_entries WHERE seq = 900000`,
        )
        assert.equal(row!.record, GOLDEN_RECORD)
        const hash = entryHash(1, GENESIS_HASH, row!.record)
        assert.equal(hash, GOLDEN_HASH)
        await s.query(
          `UPDATE audit_entries SET chain_index = 1, prev_hash = $1, hash = $2, sealed_at = now()
            WHERE seq = 900000`,
          [GENESIS_HASH, hash],
        )
        const [sealed] = await s.query<{ input: string }>(
          `SELECT ${CHAINED_SQL} AS input FROM audit_entries WHERE seq = 900000`,
        )
        assert.equal(sealed!.input, chainPrefix(1, GENESIS_HASH) + GOLDEN_RECORD)
        throw new RolledBack()
      }),
      RolledBack,
    )
  })

  it('records several entries in one statement, or none', async () => {
    const before = await countEntries(db())
    await db().db.transaction((tx) => recordAudits(tx, [buildEntry(1), buildEntry(2)]))
    await assert.rejects(
      db().db.transaction((tx) =>
        recordAudits(tx, [buildEntry(3), buildEntry(4, { purpose: 'curiosity' })]),
      ),
      { code: 'AUDIT_PURPOSE_UNKNOWN' },
    )
    assert.equal((await countEntries(db())).all, before.all + 2)
  })

  it('refuses entries that break the contract, with specific codes', async () => {
    const cases: [Parameters<typeof buildEntry>[1], string][] = [
      [{ purpose: 'statistics' }, 'AUDIT_PURPOSE_UNKNOWN'],
      [{ subjectPersonalNumber: '07509' }, 'AUDIT_SUBJECT_INVALID'],
      [{ action: 'READ' }, 'AUDIT_ENTRY_INVALID'],
      [{ sourceIp: 'localhost' }, 'AUDIT_ENTRY_INVALID'],
      [{ summary: { body: 'x'.repeat(1_000) } }, 'AUDIT_ENTRY_INVALID'],
      [{ summary: { nested: { a: 1 } } as never }, 'AUDIT_ENTRY_INVALID'],
      [{ summary: { n: Number.NaN } }, 'AUDIT_ENTRY_INVALID'],
      [{ actor: { accountId: '', role: 'communePolice' } }, 'AUDIT_ENTRY_INVALID'],
      [
        { actor: { accountId: 'a', role: 'communePolice', unitCode: '750000' } },
        'AUDIT_ENTRY_INVALID',
      ],
    ]
    for (const [overrides, code] of cases) {
      await assert.rejects(
        db().db.transaction((tx) => recordAudit(tx, buildEntry(1, overrides))),
        { code },
        JSON.stringify(overrides),
      )
    }
  })

  it('lists purposes in Vietnamese with diacritics and in English, statistics excluded', () => {
    const codes = PURPOSES.map((p) => p.code)
    assert.equal(new Set(codes).size, codes.length)
    assert.ok(!codes.some((c) => c.includes('statistic')))
    const residence = PURPOSES.find((p) => p.code === 'residence_management')!
    assert.equal(residence.vi, 'Quản lý cư trú')
    for (const p of PURPOSES) {
      assert.equal(p.vi, p.vi.normalize('NFC'))
      assert.match(p.vi, /[^\u0020-\u007e]/, `${p.code} has Vietnamese letters`)
      assert.match(p.en, /^[\u0020-\u007e]+$/)
    }
  })
})
