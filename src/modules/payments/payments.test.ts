import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { before, it } from 'node:test'
import {
  assertRefusal,
  describeOnEngines,
  enrol,
  rejectsWith,
  testConfig,
  TODAY,
  useApp,
  type Actor,
} from '../../../test/kit/index.js'
import { vietnamDate } from '../../platform/time/vietnam.js'
import { seedPopulation } from '../population/index.js'
import {
  decodeVietQr,
  PAYMENT_PAID,
  payeeOf,
  paymentOf,
  requestPayment,
  signCallback,
  type PaymentRequestInput,
} from './index.js'

const BASE = '/api/v1/payments'
const DEMO_SECRET = (JSON.parse(testConfig.PAYMENT_BANK_SECRETS) as Record<string, string>).DEMO!

interface Transfer {
  transactionId: string
  reference: string
  amount: number
  paidAt: string
  payerAccount?: string
}

const fee = (reference: string, amount = 50_000): PaymentRequestInput => ({
  reference,
  amount,
  purpose: 'services.fee',
  description: 'Lệ phí cấp bản sao trích lục khai sinh',
})

const transferOf = (reference: string, amount: number): Transfer => ({
  transactionId: `FT${randomUUID().replaceAll('-', '').slice(0, 16)}`,
  reference,
  amount,
  paidAt: new Date().toISOString(),
  payerAccount: '0123456789',
})

describeOnEngines('payments: VietQR requests, banks’ callbacks, reconciliation', (db) => {
  const app = useApp(db)
  const payee = payeeOf(testConfig)
  let resident: Actor
  let officer: Actor

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 19, today: TODAY })
    resident = await enrol(app(), db())
    officer = await enrol(app(), db(), { role: 'departmentOfficer' })
  })

  /** Posts a body as the DEMO bank would, signed at `at` (now unless told) unless told otherwise. */
  const callback = (
    body: unknown,
    options: { at?: number; signature?: string | null; bank?: string; secret?: string } = {},
  ) => {
    const raw = typeof body === 'string' ? body : JSON.stringify(body)
    const timestamp = String(options.at ?? Math.floor(Date.now() / 1000))
    const signature =
      options.signature === undefined
        ? signCallback(options.secret ?? DEMO_SECRET, timestamp, raw)
        : options.signature
    return app().inject({
      method: 'POST',
      url: `${BASE}/banks/${options.bank ?? 'DEMO'}/callback`,
      headers: {
        'content-type': 'application/json',
        'x-bank-timestamp': timestamp,
        ...(signature === null ? {} : { 'x-bank-signature': signature }),
      },
      payload: raw,
    })
  }

  const request = (input: PaymentRequestInput) =>
    db().db.transaction((tx) => requestPayment(tx, input, payee))

  const paidEvents = (reference: string) =>
    db().query<{ payload: Record<string, unknown> }>(
      'SELECT payload FROM outbox_events WHERE event_type = $1 AND aggregate_id = $2',
      [PAYMENT_PAID, reference],
    )

  const transfersOf = (reference: string) =>
    db().query<{ outcome: string }>(
      'SELECT outcome FROM payment_transfers WHERE reference = $1 ORDER BY received_at',
      [reference],
    )

  const reconcile = (who: Actor, query = '', accept = 'application/json') =>
    app().inject({
      method: 'GET',
      url: `${BASE}/reconciliation${query}`,
      headers: { cookie: who.cookie, accept },
    })

  it('asks for a payment by a VietQR any bank app reads, once per reference', async () => {
    const payment = await request(fee('HS-0001', 35_000))
    assert.equal(payment.status, 'unpaid')
    assert.deepEqual(payment.payee, payee)
    assert.deepEqual(decodeVietQr(payment.vietQr), {
      payee: { bin: payee.bin, account: payee.account },
      amount: 35_000,
      reference: 'HS-0001',
    })
    assert.deepEqual(await request(fee('HS-0001', 35_000)), payment)
    assert.deepEqual(await paymentOf(db().db, 'HS-0001'), payment)
    await rejectsWith(request(fee('HS-0001', 40_000)), 'PAYMENT_REQUEST_CONFLICT')
    await rejectsWith(request(fee('Hồ sơ 1')), 'PAYMENT_REFERENCE_INVALID')
    await rejectsWith(request(fee('HS-0002', 0)), 'PAYMENT_AMOUNT_INVALID')
    await rejectsWith(request({ ...fee('HS-0002'), purpose: 'fee' }), 'PAYMENT_PURPOSE_INVALID')
    assert.equal(await paymentOf(db().db, 'HS-0002'), undefined)
  })

  it('marks the payment paid on a signed callback and writes exactly one event', async () => {
    await request(fee('HS-0010', 50_000))
    const transfer = transferOf('HS-0010', 50_000)
    const answer = await callback(transfer)
    assert.equal(answer.statusCode, 200, answer.body)
    assert.deepEqual(answer.json(), {
      reference: 'HS-0010',
      status: 'paid',
      transactionId: transfer.transactionId,
      paidAt: transfer.paidAt,
    })
    const payment = await paymentOf(db().db, 'HS-0010')
    assert.equal(payment?.status, 'paid')
    assert.equal(payment.paidAt, transfer.paidAt)
    const events = await paidEvents('HS-0010')
    assert.equal(events.length, 1)
    assert.deepEqual(events[0]?.payload, {
      reference: 'HS-0010',
      purpose: 'services.fee',
      amount: 50_000,
      paidAt: transfer.paidAt,
      transactionId: transfer.transactionId,
    })
  })

  it('answers a retried callback as the first time, recording nothing twice', async () => {
    await request(fee('HS-0011', 20_000))
    const transfer = transferOf('HS-0011', 20_000)
    const first = await callback(transfer)
    assert.equal(first.statusCode, 200, first.body)
    const again = await callback(transfer)
    assert.equal(again.statusCode, 200, again.body)
    assert.deepEqual(again.json(), first.json())
    assert.equal((await paidEvents('HS-0011')).length, 1)
    assert.deepEqual(await transfersOf('HS-0011'), [{ outcome: 'matched' }])
    // The same transaction id saying something else is no retry.
    const changed = await callback({ ...transfer, amount: 30_000 })
    assertRefusal(changed, { status: 409, code: 'PAYMENT_TRANSACTION_REUSED' })
    assert.equal((await transfersOf('HS-0011')).length, 1)
  })

  it('refuses a missing or wrong signature, and an unknown bank, recording nothing', async () => {
    await request(fee('HS-0020', 10_000))
    const transfer = transferOf('HS-0020', 10_000)
    assertRefusal(await callback(transfer, { signature: null }), {
      status: 401,
      code: 'PAYMENT_SIGNATURE_INVALID',
    })
    assertRefusal(await callback(transfer, { secret: 'not the bank’s secret' }), {
      status: 401,
      code: 'PAYMENT_SIGNATURE_INVALID',
    })
    assertRefusal(await callback(transfer, { signature: 'ab'.repeat(31) }), {
      status: 401,
      code: 'PAYMENT_SIGNATURE_INVALID',
    })
    // Signed over another body than the one sent.
    const signedOther = signCallback(DEMO_SECRET, String(Math.floor(Date.now() / 1000)), '{}')
    assertRefusal(await callback(transfer, { signature: signedOther }), {
      status: 401,
      code: 'PAYMENT_SIGNATURE_INVALID',
    })
    assertRefusal(await callback(transfer, { bank: 'NOBANK' }), {
      status: 404,
      code: 'PAYMENT_BANK_UNKNOWN',
    })
    assert.deepEqual(await transfersOf('HS-0020'), [])
    assert.equal((await paymentOf(db().db, 'HS-0020'))?.status, 'unpaid')
  })

  it('refuses a callback signed more than 5 minutes away from now', async () => {
    await request(fee('HS-0021', 10_000))
    const transfer = transferOf('HS-0021', 10_000)
    const now = Math.floor(Date.now() / 1000)
    for (const at of [now - 6 * 60, now + 6 * 60])
      assertRefusal(await callback(transfer, { at }), {
        status: 401,
        code: 'PAYMENT_CALLBACK_STALE',
      })
    assert.deepEqual(await transfersOf('HS-0021'), [])
    // Inside the window, the same transfer goes through.
    assert.equal((await callback(transfer, { at: now - 4 * 60 })).statusCode, 200)
  })

  it('refuses a signed body that does not match the schema, recording nothing', async () => {
    const { payerAccount: _, ...noAccount } = transferOf('HS-0022', 10_000)
    for (const body of [
      'not json',
      { ...noAccount, amount: -5 },
      { ...noAccount, paidAt: 'yesterday' },
      { ...noAccount, extra: true },
      { reference: 'HS-0022' },
    ])
      assertRefusal(await callback(body), { status: 422, code: 'PAYMENT_CALLBACK_INVALID' })
    assert.deepEqual(await transfersOf('HS-0022'), [])
  })

  it('records a transfer of an unknown reference or a wrong amount as unmatched', async () => {
    const stray = transferOf('KHONG-CO', 77_000)
    assertRefusal(await callback(stray), { status: 422, code: 'PAYMENT_REFERENCE_UNKNOWN' })
    assertRefusal(await callback(stray), { status: 422, code: 'PAYMENT_REFERENCE_UNKNOWN' })
    assert.deepEqual(await transfersOf('KHONG-CO'), [{ outcome: 'reference_unknown' }])

    await request(fee('HS-0030', 60_000))
    const short = transferOf('HS-0030', 6_000)
    assertRefusal(await callback(short), { status: 422, code: 'PAYMENT_AMOUNT_MISMATCH' })
    assert.equal((await paymentOf(db().db, 'HS-0030'))?.status, 'unpaid')
    assert.equal((await paidEvents('HS-0030')).length, 0)
    // Paid in full afterwards; a second full transfer then settles nothing.
    assert.equal((await callback(transferOf('HS-0030', 60_000))).statusCode, 200)
    assertRefusal(await callback(transferOf('HS-0030', 60_000)), {
      status: 409,
      code: 'PAYMENT_ALREADY_PAID',
    })
    assert.deepEqual(
      (await transfersOf('HS-0030')).map((t) => t.outcome),
      ['amount_mismatch', 'matched', 'already_paid'],
    )
    assert.equal((await paidEvents('HS-0030')).length, 1)
  })

  it('lets a signed-in person simulate the bank paying, through the same callback', async () => {
    await request(fee('HS-0040', 45_000))
    const simulate = (reference: string, who?: Actor) =>
      app().inject({
        method: 'POST',
        url: `${BASE}/${reference}/simulate`,
        headers: who ? { cookie: who.cookie } : {},
      })
    assertRefusal(await simulate('HS-0040'), { status: 401, code: 'AUTH_REQUIRED' })
    const paid = await simulate('HS-0040', resident)
    assert.equal(paid.statusCode, 200, paid.body)
    assert.equal(paid.json<{ status: string }>().status, 'paid')
    assert.equal((await paymentOf(db().db, 'HS-0040'))?.status, 'paid')
    assert.equal((await paidEvents('HS-0040')).length, 1)
    assertRefusal(await simulate('HS-0040', resident), {
      status: 409,
      code: 'PAYMENT_ALREADY_PAID',
    })
    assertRefusal(await simulate('HS-9999', resident), { status: 404, code: 'PAYMENT_NOT_FOUND' })
  })

  it('reconciles the day: paid, unpaid and unmatched, with totals, for officers only', async () => {
    await request(fee('HS-0050', 15_000))
    await request({ ...fee('PHAT-0001', 250_000), purpose: 'fines.fine' })
    const day = vietnamDate()
    const answer = await reconcile(officer, `?day=${day}`)
    assert.equal(answer.statusCode, 200, answer.body)
    interface Section {
      items: { reference: string; reason?: string; amount: number }[]
      count: number
      total: number
    }
    const body = answer.json<{ day: string; paid: Section; unpaid: Section; unmatched: Section }>()
    assert.equal(body.day, day)
    const references = (s: Section) => s.items.map((i) => i.reference).sort()
    assert.deepEqual(references(body.paid), ['HS-0010', 'HS-0011', 'HS-0021', 'HS-0030', 'HS-0040'])
    assert.deepEqual(references(body.unpaid), ['HS-0001', 'HS-0020', 'HS-0050', 'PHAT-0001'])
    assert.equal(body.unpaid.total, 35_000 + 10_000 + 15_000 + 250_000)
    assert.equal(body.paid.total, 50_000 + 20_000 + 10_000 + 60_000 + 45_000)
    assert.deepEqual(body.unmatched.items.map((i) => [i.reference, i.reason]).sort(), [
      ['HS-0030', 'already_paid'],
      ['HS-0030', 'amount_mismatch'],
      // The second simulated payment.
      ['HS-0040', 'already_paid'],
      ['KHONG-CO', 'reference_unknown'],
    ])
    assert.equal(body.unmatched.count, 4)
    assert.equal(body.unmatched.total, 77_000 + 6_000 + 60_000 + 45_000)
    assert.ok(!answer.body.includes('0123456789'), 'the payer’s account stays out')

    const fines = (await reconcile(officer, `?day=${day}&purpose=fines.fine`)).json<{
      paid: Section
      unpaid: Section
      unmatched: Section
    }>()
    assert.deepEqual(references(fines.unpaid), ['PHAT-0001'])
    assert.deepEqual(references(fines.paid), [])
    assert.deepEqual(references(fines.unmatched), ['KHONG-CO'])

    const yesterday = vietnamDate(new Date(Date.now() - 86_400_000))
    const before = (await reconcile(officer, `?day=${yesterday}`)).json<{
      paid: Section
      unpaid: Section
    }>()
    assert.equal(before.paid.count + before.unpaid.count, 0)

    const csv = await reconcile(officer, `?day=${day}`, 'text/csv')
    assert.equal(csv.statusCode, 200)
    assert.match(String(csv.headers['content-type']), /^text\/csv/)
    const lines = csv.body.trim().split('\r\n')
    assert.equal(lines.length, 1 + 5 + 4 + 4)
    assert.match(lines[0] ?? '', /^section,reference,purpose/)

    assertRefusal(await reconcile(officer, '?day=2026-02-30'), {
      status: 422,
      code: 'PAYMENT_DAY_INVALID',
    })
    assertRefusal(await reconcile(resident, `?day=${day}`), {
      status: 403,
      code: 'AUTH_FORBIDDEN',
    })
    const anonymous = await app().inject({ method: 'GET', url: `${BASE}/reconciliation` })
    assertRefusal(anonymous, { status: 401, code: 'AUTH_REQUIRED' })
  })
})

describeOnEngines('payments in production', (db) => {
  const app = useApp(db, { NODE_ENV: 'production' })

  it('has no simulated bank', async () => {
    const answer = await app().inject({ method: 'POST', url: `${BASE}/HS-0001/simulate` })
    assertRefusal(answer, { status: 404, code: 'ROUTE_NOT_FOUND' })
    // The banks' callback is there all the same.
    const callback = await app().inject({
      method: 'POST',
      url: `${BASE}/banks/DEMO/callback`,
      headers: { 'content-type': 'application/json' },
      payload: '{}',
    })
    assertRefusal(callback, { status: 401, code: 'PAYMENT_SIGNATURE_INVALID' })
  })
})
