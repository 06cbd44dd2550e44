import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import {
  TODAY,
  assertRefusal,
  describeOnEngines,
  enrol,
  signInCookie,
  PASSWORD,
  useApp,
  type Actor,
} from '../../../test/kit/index.js'
import { OutboxDispatcher } from '../../platform/events/outbox.js'
import { readSheetTable } from '../../platform/sheets/sheet-table.js'
import { vietnamDate } from '../../platform/time/vietnam.js'
import { createAccount, recordModel23Links } from '../identity/index.js'
import { registerDeath, registerPermanentResidence, seedPopulation } from '../population/index.js'
import { welfareModule } from './index.js'

interface Line {
  lineNo: number
  personalNumber: string
  amount: number
  channel: 'bank' | 'cash'
  provider: string | null
  status: 'pending' | 'paid' | 'failed'
}
interface Period {
  id: string
  status: string
  totals: { lines: number; bank: { lines: number }; cash: { lines: number }; paid: number }
  lines: Line[]
}
interface Beneficiary {
  id: string
  programmeCode: string
  status: string
  communeCode: string
  untilPeriod: string | null
  history: { change: string; status: string }[]
}

const API = '/api/v1/welfare'
const MONTH = vietnamDate().slice(0, 7)
const ELDERLY_AMOUNT = 750_000

describeOnEngines('welfare: programmes, beneficiaries, a paid month (models 20, 36)', (db) => {
  const app = useApp(db)
  let officer: Actor
  let outsideOfficer: Actor
  let commune: string
  let otherCommune: string
  /** Two people of 80 or more in the officer's commune: one with a linked account, one without. */
  let linked: string
  let cash: string
  let young: string
  let periodId: string

  const as = (who: Actor | undefined, method: 'GET' | 'POST', url: string, payload?: object) =>
    app().inject({
      method,
      url,
      headers: who ? { cookie: who.cookie } : {},
      ...(payload ? { payload } : {}),
    })
  const add = (who: Actor, personalNumber: string, programmeCode = 'elderly-80') =>
    as(who, 'POST', `${API}/beneficiaries`, { programmeCode, personalNumber, communeCode: commune })
  const upload = (body: string) =>
    app().inject({
      method: 'POST',
      url: `${API}/periods/${periodId}/reconciliation`,
      headers: { cookie: officer.cookie, 'content-type': 'text/csv' },
      payload: body,
    })
  const listOf = async (programmeCode: string, communeCode = commune): Promise<Beneficiary[]> => {
    const response = await as(
      officer,
      'GET',
      `${API}/beneficiaries?programmeCode=${programmeCode}&communeCode=${communeCode}`,
    )
    assert.equal(response.statusCode, 200, response.body)
    return response.json<{ items: Beneficiary[] }>().items
  }

  let dispatcher: OutboxDispatcher | undefined
  const deliver = async () => {
    if (!dispatcher) {
      dispatcher = new OutboxDispatcher(db(), {
        onError: (_, __, error) => {
          throw error
        },
      })
      for (const s of welfareModule.subscribers!({ database: db() }))
        dispatcher.subscribe(s.name, s.handle)
    }
    await dispatcher.deliverAll()
  }

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 3, today: TODAY })
    // The sample is young at this scale: two residents of the largest commune are made 86.
    const [place] = await db().query<{ commune_code: string }>(
      `SELECT commune_code FROM residents WHERE status = 'resident'
        GROUP BY commune_code ORDER BY count(*) DESC, commune_code LIMIT 1`,
    )
    commune = place!.commune_code
    const elders = await db().query<{ personal_number: string }>(
      `UPDATE residents SET birth_date = '1940-03-01'
        WHERE personal_number IN (SELECT personal_number FROM residents
                                   WHERE status = 'resident' AND commune_code = $1
                                   ORDER BY personal_number LIMIT 2)
        RETURNING personal_number`,
      [commune],
    )
    ;[linked, cash] = elders.map((e) => e.personal_number).sort() as [string, string]
    const [youngRow] = await db().query<{ personal_number: string }>(
      `SELECT personal_number FROM residents WHERE status = 'resident' AND commune_code = $1
          AND birth_date > (date '${vietnamDate()}' - interval '60 years') ORDER BY personal_number LIMIT 1`,
      [commune],
    )
    young = youngRow!.personal_number
    const [other] = await db().query<{ commune_code: string }>(
      `SELECT commune_code FROM residents WHERE commune_code <> $1 ORDER BY commune_code LIMIT 1`,
      [commune],
    )
    otherCommune = other!.commune_code
    const pick = `personal_number NOT IN ('${linked}', '${cash}', '${young}')`
    officer = await enrol(app(), db(), {
      role: 'communeOfficer',
      unitCodes: [commune],
      where: pick,
    })
    outsideOfficer = await enrol(app(), db(), {
      role: 'communeOfficer',
      unitCodes: [otherCommune],
      where: pick,
    })
    const account = await createAccount(db().db, {
      personalNumber: linked,
      phone: '0912345678',
      password: PASSWORD,
    })
    await recordModel23Links(db().db, account.id, {
      paymentAccount: { provider: 'VBSP', linkedOn: TODAY },
    })
  })

  it('lists the programmes with their amounts and legal sources', async () => {
    const response = await as(officer, 'GET', `${API}/programmes`)
    assert.equal(response.statusCode, 200, response.body)
    const body = response.json<{
      standard: { amount: number }
      items: { code: string; amount: number | null; source: string }[]
    }>()
    assert.equal(body.standard.amount, 500_000)
    const elderly = body.items.find((p) => p.code === 'elderly-80')!
    assert.equal(elderly.amount, ELDERLY_AMOUNT)
    assert.match(elderly.source, /20\/2021\/NĐ-CP/)
    assert.equal(body.items.find((p) => p.code === 'funeral')!.amount, 10_000_000)
  })

  it('adds beneficiaries by personal number, checked against the registry', async () => {
    for (const person of [linked, cash]) {
      const response = await add(officer, person)
      assert.equal(response.statusCode, 201, response.body)
      const added = response.json<Beneficiary>()
      assert.equal(added.status, 'active')
      assert.deepEqual(
        added.history.map((h) => h.change),
        ['added'],
      )
    }
    assertRefusal(await add(officer, linked), { status: 409, code: 'WELFARE_ALREADY_LISTED' })
    const tooYoung = assertRefusal<{ unmet: string[] }>(await add(officer, young), {
      status: 422,
      code: 'WELFARE_NOT_ELIGIBLE',
    })
    assert.deepEqual(tooYoung.details.unmet, ['minAge'])
    assertRefusal(await add(outsideOfficer, young, 'disability-severe'), {
      status: 403,
      code: 'AUTH_OUTSIDE_JURISDICTION',
    })
    assertRefusal(await add(officer, young, 'no-such-programme'), {
      status: 422,
      code: 'WELFARE_PROGRAMME_UNKNOWN',
    })
    assert.equal((await add(officer, '12345')).statusCode, 400)
    assert.equal((await as(undefined, 'GET', `${API}/programmes`)).statusCode, 401)
  })

  it('builds the month’s list: the linked account by bank, the other in cash', async () => {
    const response = await as(officer, 'POST', `${API}/periods`, {
      programmeCode: 'elderly-80',
      communeCode: commune,
      period: MONTH,
    })
    assert.equal(response.statusCode, 201, response.body)
    const period = response.json<Period>()
    periodId = period.id
    assert.deepEqual(
      period.lines.map((l) => [l.personalNumber, l.channel, l.provider, l.amount]),
      [
        [linked, 'bank', 'VBSP', ELDERLY_AMOUNT],
        [cash, 'cash', null, ELDERLY_AMOUNT],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    )
    const again = await as(officer, 'POST', `${API}/periods`, {
      programmeCode: 'elderly-80',
      communeCode: commune,
      period: MONTH,
    })
    assertRefusal(again, { status: 409, code: 'WELFARE_PERIOD_EXISTS' })
    const future = await as(officer, 'POST', `${API}/periods`, {
      programmeCode: 'elderly-80',
      communeCode: commune,
      period: '2999-01',
    })
    assertRefusal(future, { status: 422, code: 'WELFARE_PERIOD_INVALID' })
    const loan = await as(officer, 'POST', `${API}/periods`, {
      programmeCode: 'policy-bank-loan',
      communeCode: commune,
      period: MONTH,
    })
    assertRefusal(loan, { status: 422, code: 'WELFARE_PROGRAMME_NOT_PAID' })
  })

  it('exports the bank file with amounts in figures and words, bank lines only', async () => {
    const csv = await as(officer, 'GET', `${API}/periods/${periodId}/bank-file.csv`)
    assert.equal(csv.statusCode, 200, csv.body)
    assert.match(csv.headers['content-type'] as string, /text\/csv/)
    assert.ok(csv.body.includes(linked))
    assert.ok(!csv.body.includes(cash), 'the cash line is not sent to the bank')
    assert.ok(csv.body.includes('Bảy trăm năm mươi nghìn đồng'))
    const xlsx = await as(officer, 'GET', `${API}/periods/${periodId}/bank-file.xlsx`)
    assert.equal(xlsx.statusCode, 200)
    const rows = await readSheetTable('xlsx', xlsx.rawPayload)
    assert.equal(rows[0]!.values[5], 'Số tiền bằng chữ')
    assert.deepEqual(rows[1]!.values.slice(1, 2), [linked])
    assert.equal(rows[1]!.values[4], String(ELDERLY_AMOUNT))
    assert.equal(rows[1]!.values[5], 'Bảy trăm năm mươi nghìn đồng')
    const outside = await as(outsideOfficer, 'GET', `${API}/periods/${periodId}/bank-file.csv`)
    assertRefusal(outside, { status: 403, code: 'AUTH_OUTSIDE_JURISDICTION' })
  })

  it('refuses a result file that does not reconcile, naming the lines, applying nothing', async () => {
    const detail = (await as(officer, 'GET', `${API}/periods/${periodId}`)).json<Period>()
    const bankLine = detail.lines.find((l) => l.channel === 'bank')!
    const cashLine = detail.lines.find((l) => l.channel === 'cash')!
    const header = 'STT,Số định danh cá nhân,Số tiền,Kết quả,Ghi chú'
    const wrong = await upload(
      [
        header,
        `${bankLine.lineNo},${linked},700000,Thành công,`,
        `${cashLine.lineNo},${cash},${ELDERLY_AMOUNT},Thành công,`,
      ].join('\n'),
    )
    const refusal = assertRefusal<{ mismatches: { lineNo: number; problem: string }[] }>(wrong, {
      status: 422,
      code: 'WELFARE_RESULT_FILE_MISMATCH',
    })
    assert.deepEqual(
      refusal.details.mismatches.map((m) => [m.lineNo, m.problem]),
      [
        [bankLine.lineNo, 'amount'],
        [cashLine.lineNo, 'cashLine'],
      ],
    )
    const missing = await upload(header)
    assert.deepEqual(
      assertRefusal<{ mismatches: { problem: string }[] }>(missing, {
        status: 422,
        code: 'WELFARE_RESULT_FILE_MISMATCH',
      }).details.mismatches.map((m) => m.problem),
      ['missing'],
    )
    assertRefusal(await upload('a,b\n1,2'), { status: 422, code: 'WELFARE_RESULT_FILE_UNREADABLE' })
    const after = (await as(officer, 'GET', `${API}/periods/${periodId}`)).json<Period>()
    assert.deepEqual(
      after.lines.map((l) => l.status),
      ['pending', 'pending'],
    )
    assert.equal(after.status, 'built')
  })

  it('reconciles from the bank’s result, once; the citizen sees the payment', async () => {
    const detail = (await as(officer, 'GET', `${API}/periods/${periodId}`)).json<Period>()
    const bankLine = detail.lines.find((l) => l.channel === 'bank')!
    const body = `STT;Số định danh cá nhân;Số tiền;Kết quả;Ghi chú\n${bankLine.lineNo};${linked};750.000;Thành công;\n`
    const response = await upload(body)
    assert.equal(response.statusCode, 200, response.body)
    const period = response.json<Period>()
    assert.equal(period.status, 'reconciled')
    assert.equal(period.lines.find((l) => l.channel === 'bank')!.status, 'paid')
    assert.equal(period.lines.find((l) => l.channel === 'cash')!.status, 'pending')
    assertRefusal(await upload(body), { status: 409, code: 'WELFARE_PERIOD_RECONCILED' })

    const citizen = { cookie: await signInCookie(app(), linked) } as Actor
    const mine = await as(citizen, 'GET', '/api/v1/me/benefits')
    assert.equal(mine.statusCode, 200, mine.body)
    const benefits = mine.json<{
      benefits: { programmeCode: string; status: string }[]
      payments: { period: string; amount: number; status: string; channel: string }[]
    }>()
    assert.deepEqual(
      benefits.benefits.map((b) => [b.programmeCode, b.status]),
      [['elderly-80', 'active']],
    )
    assert.deepEqual(
      benefits.payments.map((p) => [p.period, p.amount, p.channel, p.status]),
      [[MONTH, ELDERLY_AMOUNT, 'bank', 'paid']],
    )
  })

  it('refuses every record route to the officer of another commune', async () => {
    const [entry] = await listOf('elderly-80')
    const refusals = [
      await as(outsideOfficer, 'GET', `${API}/beneficiaries/${entry!.id}`),
      await as(outsideOfficer, 'POST', `${API}/beneficiaries/${entry!.id}/decision`, {
        action: 'stop',
        note: 'thử',
      }),
      await as(outsideOfficer, 'GET', `${API}/periods/${periodId}`),
      await as(outsideOfficer, 'GET', `${API}/periods/${periodId}/bank-file.xlsx`),
      await as(
        outsideOfficer,
        'GET',
        `${API}/beneficiaries?programmeCode=elderly-80&communeCode=${commune}`,
      ),
      await app().inject({
        method: 'POST',
        url: `${API}/periods/${periodId}/reconciliation`,
        headers: { cookie: outsideOfficer.cookie, 'content-type': 'text/csv' },
        payload: 'STT,Số định danh cá nhân,Số tiền,Kết quả\n',
      }),
    ]
    for (const refused of refusals)
      assertRefusal(refused, { status: 403, code: 'AUTH_OUTSIDE_JURISDICTION' })
    const inside = await as(officer, 'GET', `${API}/beneficiaries/${entry!.id}`)
    assert.equal(inside.statusCode, 200, inside.body)
    const resident = { cookie: await signInCookie(app(), linked) } as Actor
    assertRefusal(await as(resident, 'GET', `${API}/periods/${periodId}`), {
      status: 403,
      code: 'AUTH_FORBIDDEN',
    })
  })

  it('keeps the lists true: a death stops payment and proposes the funeral allowance', async () => {
    await db().db.transaction((tx) =>
      registerDeath(tx, { personalNumber: cash, diedOn: vietnamDate(), reference: 'HS-KT-0001' }),
    )
    await deliver()
    await deliver()
    const stopped = (await listOf('elderly-80')).find((b) => b.id && b.status === 'stopped')!
    assert.ok(stopped, 'the deceased is stopped')
    assert.equal(stopped.untilPeriod, MONTH)
    const funeral = await listOf('funeral')
    assert.deepEqual(
      funeral.map((b) => b.status),
      ['proposed'],
    )
    const approve = await as(officer, 'POST', `${API}/beneficiaries/${funeral[0]!.id}/decision`, {
      action: 'approve',
      note: 'Gia đình nộp hồ sơ mai táng',
    })
    assert.equal(approve.statusCode, 200, approve.body)
    assert.deepEqual(
      approve.json<Beneficiary>().history.map((h) => h.change),
      ['proposed', 'approve'],
    )
  })

  it('keeps the lists true: a move within the province transfers the case', async () => {
    const [household] = await db().query<{ id: string }>(
      `SELECT id::text AS id FROM households WHERE commune_code = $1 ORDER BY id LIMIT 1`,
      [otherCommune],
    )
    await db().db.transaction((tx) =>
      registerPermanentResidence(tx, {
        personalNumber: linked,
        communeCode: otherCommune,
        householdId: Number(household!.id),
        relationToHead: 'other',
        reference: 'HS-DKTT-0001',
      }),
    )
    await deliver()
    assert.deepEqual(
      await listOf('elderly-80').then((l) => l.filter((b) => b.status === 'active')),
      [],
    )
    const there = await as(
      outsideOfficer,
      'GET',
      `${API}/beneficiaries?programmeCode=elderly-80&communeCode=${otherCommune}`,
    )
    const moved = there.json<{ items: Beneficiary[] }>().items
    assert.deepEqual(
      moved.map((b) => [b.status, b.communeCode]),
      [['active', otherCommune]],
    )
  })
})
