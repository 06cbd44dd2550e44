import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { describeOnEngines, signInCookie, useApp } from '../../../test/kit/index.js'
import {
  DEMONSTRATION_PASSWORD,
  ensureDemonstrationAccounts,
  type DemonstrationAccount,
} from '../identity/index.js'
import { seedPopulation } from '../population/index.js'
import { API } from './verification.test-support.js'
import {
  DEMONSTRATION_PARTNER_ID,
  ensureDemonstrationPartner,
} from './verification.demonstration.js'

// What `npm start` shows a newcomer: the demonstration partner staff works at a hospital and
// checks the demonstration resident's identity QR.
describeOnEngines('the demonstration partner', (db) => {
  const app = useApp(db)
  let accounts: DemonstrationAccount[]

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 7, today: '2026-12-07' })
    accounts = await ensureDemonstrationAccounts(db().db)
  })

  const cookieOf = (pick: (a: DemonstrationAccount) => boolean) =>
    signInCookie(app(), accounts.find(pick)!.personalNumber, DEMONSTRATION_PASSWORD)

  it('binds the demonstration staff to a hospital, once, and checks a resident there', async () => {
    const staff = await cookieOf((a) => a.role === 'partnerStaff')
    const before = await app().inject({ url: `${API}/partner`, headers: { cookie: staff } })
    assert.equal(before.statusCode, 404, before.body)

    await ensureDemonstrationPartner(db())
    await ensureDemonstrationPartner(db())

    const desk = await app().inject({ url: `${API}/partner`, headers: { cookie: staff } })
    assert.equal(desk.statusCode, 200, desk.body)
    const mine = desk.json<{ partner: { id: string; kind: string }; purposes: string[] }>()
    assert.equal(mine.partner.id, DEMONSTRATION_PARTNER_ID)
    assert.equal(mine.partner.kind, 'hospital')
    const [{ live }] = (await db().query<{ live: number }>(
      `SELECT count(*)::int AS live FROM staff_grants g JOIN eid_accounts a ON a.id = g.account_id
        WHERE a.personal_number = $1 AND g.role = 'partnerStaff' AND g.revoked_at IS NULL`,
      [accounts.find((a) => a.role === 'partnerStaff')!.personalNumber],
    )) as [{ live: number }]
    assert.equal(live, 1, 'one live grant, bound to the hospital')

    const resident = await cookieOf((a) => a.who.includes('eID level 2'))
    const qr = await app().inject({
      method: 'POST',
      url: '/api/v1/identity/qr',
      headers: { cookie: resident },
    })
    assert.equal(qr.statusCode, 201, qr.body)
    const check = await app().inject({
      method: 'POST',
      url: `${API}/checks`,
      headers: { cookie: staff },
      payload: { code: qr.json<{ token: string }>().token, purpose: 'medicalCheckIn' },
    })
    assert.equal(check.statusCode, 201, check.body)
    assert.equal(check.json<{ check: { result: string } }>().check.result, 'match')
  })
})
