import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { before, it } from 'node:test'
import {
  NOW,
  TODAY,
  assertRefusal,
  describeOnEngines,
  enrol,
  seedTwoCommunes,
  signInCookie,
  testConfig,
  useApp,
  type Actor,
} from '../../../../test/kit/index.js'
import { OutboxDispatcher } from '../../../platform/events/outbox.js'
import { decodeVietQr, signCallback } from '../../payments/index.js'
import { fineArticle, finesModule, seedVehicles } from '../index.js'

const DEMO_SECRET = (JSON.parse(testConfig.PAYMENT_BANK_SECRETS) as Record<string, string>).DEMO!

interface FinePayment {
  violationId: string
  reference: string
  amount: number
  status: 'unpaid' | 'paid'
  vietQr: string
  receiptDocumentId: string | null
}

describeOnEngines('traffic fines paid by VietQR, with a receipt in the vault (model 18)', (db) => {
  const app = useApp(db)
  let police: Actor
  let owner: Actor
  let other: Actor
  let plate: string
  let commune: string

  const as = (who: Actor | undefined, method: 'GET' | 'POST', url: string) =>
    app().inject({ method, url, headers: who ? { cookie: who.cookie } : {} })
  const pay = (who: Actor | undefined, id: string) =>
    as(who, 'POST', `/api/v1/fines/violations/${id}/payment`)

  const recordViolation = async (articleCode = '168-6-9-b'): Promise<string> => {
    const response = await app().inject({
      method: 'POST',
      url: '/api/v1/fines/violations',
      headers: { cookie: police.cookie },
      payload: {
        plate,
        articleCode,
        fine: fineArticle(articleCode).minFine,
        communeCode: commune,
        occurredAt: new Date(NOW.getTime() - 3_600_000).toISOString(),
      },
    })
    assert.equal(response.statusCode, 201, response.body)
    return response.json<{ id: string }>().id
  }

  /** Delivers the outbox to the fines module's subscriber, as the running server would. */
  let dispatcher: OutboxDispatcher | undefined
  const deliver = async () => {
    if (!dispatcher) {
      dispatcher = new OutboxDispatcher(db(), {
        onError: (_, __, error) => {
          throw error
        },
      })
      for (const s of finesModule.subscribers!({ database: db() } as never))
        dispatcher.subscribe(s.name, s.handle)
    }
    await dispatcher.deliverAll()
  }

  /** A signed callback of the DEMO bank; the same transfer again is a resent callback. */
  const bankPays = (transfer: { transactionId: string; reference: string; amount: number }) => {
    const raw = JSON.stringify({ paidAt: NOW.toISOString(), ...transfer })
    const timestamp = String(Math.floor(Date.now() / 1000))
    return app().inject({
      method: 'POST',
      url: '/api/v1/payments/banks/DEMO/callback',
      headers: {
        'content-type': 'application/json',
        'x-bank-timestamp': timestamp,
        'x-bank-signature': signCallback(DEMO_SECRET, timestamp, raw),
      },
      payload: raw,
    })
  }

  const violationRow = async (id: string) => {
    const [row] = await db().query<{ status: string }>(
      'SELECT status FROM fine_violations WHERE id = $1',
      [id],
    )
    return row!
  }
  const counts = async () => {
    const [row] = await db().query<{ payments: number; requests: number; documents: number }>(
      `SELECT (SELECT count(*)::int FROM fine_payments) AS payments,
              (SELECT count(*)::int FROM payment_requests) AS requests,
              (SELECT count(*)::int FROM vault_documents) AS documents`,
    )
    return row!
  }

  before(async () => {
    const { inside } = await seedTwoCommunes(db())
    commune = inside.communeCode
    await seedVehicles(db(), { seed: 3, today: TODAY })
    const [car] = await db().query<{ plate: string; owner_number: string }>(
      `SELECT plate, owner_number FROM vehicles
        WHERE vehicle_class = 'car' AND owner_kind = 'resident' ORDER BY plate LIMIT 1`,
    )
    plate = car!.plate
    police = await enrol(app(), db(), {
      role: 'communePolice',
      where: `commune_code = '${commune}'`,
    })
    owner = await enrol(app(), db(), { where: `personal_number = '${car!.owner_number}'` })
    other = await enrol(app(), db(), { where: `personal_number <> '${car!.owner_number}'` })
  })

  it('asks the owner to pay by a VietQR of the fine, once however often asked', async () => {
    const id = await recordViolation()
    const response = await pay(owner, id)
    assert.equal(response.statusCode, 200, response.body)
    const payment = response.json<FinePayment>()
    assert.equal(payment.violationId, id)
    assert.equal(payment.amount, fineArticle('168-6-9-b').minFine)
    assert.equal(payment.status, 'unpaid')
    assert.equal(payment.receiptDocumentId, null)
    assert.match(payment.reference, /^PHAT-[0-9A-F]{16}$/)
    assert.deepEqual(decodeVietQr(payment.vietQr).amount, payment.amount)
    assert.equal(decodeVietQr(payment.vietQr).reference, payment.reference)
    const again = await pay(owner, id)
    assert.deepEqual(again.json<FinePayment>(), payment)
    const [row] = await db().query<{ n: number }>(
      'SELECT count(*)::int AS n FROM fine_payments WHERE violation_id = $1',
      [id],
    )
    assert.equal(row!.n, 1)
  })

  it('marks the fine paid on the bank’s callback, issues the receipt, and ignores a resent one', async () => {
    const id = await recordViolation('168-6-5-dd')
    const payment = (await pay(owner, id)).json<FinePayment>()
    const transfer = {
      transactionId: `FT${randomUUID().replaceAll('-', '').slice(0, 16)}`,
      reference: payment.reference,
      amount: payment.amount,
    }
    assert.equal((await bankPays(transfer)).statusCode, 200)
    await deliver()
    assert.equal((await violationRow(id)).status, 'paid')
    const state = (
      await as(owner, 'GET', `/api/v1/fines/violations/${id}/payment`)
    ).json<FinePayment>()
    assert.equal(state.status, 'paid')
    assert.ok(state.receiptDocumentId, 'the receipt is linked')

    const receipt = await as(owner, 'GET', `/api/v1/me/documents/${state.receiptDocumentId}`)
    assert.equal(receipt.statusCode, 200, receipt.body)
    const document = receipt.json<{ kind: { code: string }; fields: Record<string, unknown> }>()
    assert.equal(document.kind.code, 'fine-receipt')
    assert.equal(document.fields.receiptNumber, payment.reference)
    const [name] = await db().query<{ full_name: string }>(
      'SELECT full_name FROM residents WHERE personal_number = $1',
      [owner.personalNumber],
    )
    assert.equal(document.fields.payerName, name!.full_name)
    assert.equal(document.fields.plate, plate)
    assert.equal(document.fields.amount, payment.amount)
    assert.equal(document.fields.articleCode, '168-6-5-dd')
    assert.equal(document.fields.collectedBy, 'Công an tỉnh Đồng Nai')
    assert.equal(document.fields.violation, fineArticle('168-6-5-dd').vi)

    // The bank sends the same callback again, and the dispatcher delivers once more.
    const before = await counts()
    assert.equal((await bankPays(transfer)).statusCode, 200)
    await deliver()
    assert.deepEqual(await counts(), before)
    const [audits] = await db().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_entries WHERE action = 'fines.payment.settle'
          AND summary->>'violationId' = $1`,
      [id],
    )
    assert.equal(audits!.n, 1)
    assertRefusal(await pay(owner, id), { status: 409, code: 'FINES_ALREADY_PAID' })
  })

  it('refuses a cancelled fine, one under appeal, another person’s, and an unknown one', async () => {
    const cancelled = await recordViolation()
    const appealed = await recordViolation()
    await db().query(`UPDATE fine_violations SET status = 'cancelled' WHERE id = $1`, [cancelled])
    await db().query(`UPDATE fine_violations SET status = 'appealed' WHERE id = $1`, [appealed])
    const mine = await recordViolation()
    const before = await counts()
    assertRefusal(await pay(owner, cancelled), { status: 409, code: 'FINES_VIOLATION_CANCELLED' })
    assertRefusal(await pay(owner, appealed), { status: 409, code: 'FINES_APPEAL_PENDING' })
    assertRefusal(await pay(other, mine), { status: 404, code: 'FINES_VIOLATION_NOT_FOUND' })
    assertRefusal(await pay(police, mine), { status: 404, code: 'FINES_VIOLATION_NOT_FOUND' })
    assertRefusal(await pay(owner, randomUUID()), {
      status: 404,
      code: 'FINES_VIOLATION_NOT_FOUND',
    })
    assertRefusal(await pay(owner, 'not-a-uuid'), { status: 400, code: 'REQUEST_INVALID' })
    assertRefusal(await pay(undefined, mine), { status: 401, code: 'AUTH_REQUIRED' })
    assertRefusal(await as(other, 'GET', `/api/v1/fines/violations/${mine}/payment`), {
      status: 404,
      code: 'FINES_VIOLATION_NOT_FOUND',
    })
    assertRefusal(await as(owner, 'GET', `/api/v1/fines/violations/${mine}/payment`), {
      status: 404,
      code: 'FINES_PAYMENT_NOT_REQUESTED',
    })
    assert.deepEqual(await counts(), before, 'nothing half-written')
  })

  it('answers a callback for an unknown payment with its code, settling no fine', async () => {
    const id = await recordViolation()
    const payment = (await pay(owner, id)).json<FinePayment>()
    const before = await counts()
    const stray = await bankPays({
      transactionId: `FT${randomUUID().replaceAll('-', '').slice(0, 16)}`,
      reference: 'PHAT-0000000000000000',
      amount: payment.amount,
    })
    assertRefusal(stray, { status: 422, code: 'PAYMENT_REFERENCE_UNKNOWN' })
    await deliver()
    assert.deepEqual(await counts(), before)
    assert.equal((await violationRow(id)).status, 'notified')
  })

  it('keeps the money of a fine cancelled after the QR was shown, for a refund, with a receipt', async () => {
    const id = await recordViolation()
    const payment = (await pay(owner, id)).json<FinePayment>()
    await db().query(`UPDATE fine_violations SET status = 'cancelled' WHERE id = $1`, [id])
    const paid = await app().inject({
      method: 'POST',
      url: `/api/v1/payments/${payment.reference}/simulate`,
      headers: { cookie: await signInCookie(app(), owner.personalNumber) },
    })
    assert.equal(paid.statusCode, 200, paid.body)
    await deliver()
    assert.equal((await violationRow(id)).status, 'cancelled')
    const state = (
      await as(owner, 'GET', `/api/v1/fines/violations/${id}/payment`)
    ).json<FinePayment>()
    assert.equal(state.status, 'paid')
    assert.ok(state.receiptDocumentId)
  })
})
