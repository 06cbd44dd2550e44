import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { before, it } from 'node:test'
import {
  assertRefusal,
  describeOnEngines,
  enrol,
  TODAY,
  useApp,
  type Actor,
} from '../../../../test/kit/index.js'
import { OutboxDispatcher } from '../../../platform/events/outbox.js'
import { decodeVietQr } from '../../payments/index.js'
import { seedPopulation } from '../../population/index.js'
import { catalogue, servicesModule } from '../index.js'

const TEMPORARY_RESIDENCE = '1.004194'
const BIRTH = '1.001193'

describeOnEngines('services: paying a dossier’s fee by VietQR', (db) => {
  const app = useApp(db)
  let resident: Actor

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 95, today: TODAY })
    resident = await enrol(app(), db(), { level: 2 })
  })

  const file = async (serviceCode: string) => {
    const response = await app().inject({
      method: 'POST',
      url: '/api/v1/services/dossiers',
      headers: { cookie: resident.cookie, 'idempotency-key': randomUUID() },
      payload: { serviceCode, data: catalogue().get(serviceCode)!.definition.example },
    })
    assert.equal(response.statusCode, 201, response.body)
    return response.json<{ code: string }>().code
  }
  const as = (who: Actor, method: 'GET' | 'POST', url: string) =>
    app().inject({ method, url, headers: { cookie: who.cookie } })

  it('shows a VietQR with the dossier’s code, and settles the dossier once the bank pays', async () => {
    const code = await file(TEMPORARY_RESIDENCE)
    const fee = await as(resident, 'POST', `/api/v1/me/dossiers/${code}/fee`)
    assert.equal(fee.statusCode, 200, fee.body)
    const payment = fee.json<{ vietQr: string; amount: number; status: string }>()
    assert.equal(payment.amount, 7_000)
    assert.equal(payment.status, 'unpaid')
    const decoded = decodeVietQr(payment.vietQr)
    assert.ok(JSON.stringify(decoded).includes(code), JSON.stringify(decoded))

    const simulated = await as(resident, 'POST', `/api/v1/payments/${code}/simulate`)
    assert.ok(simulated.statusCode < 300, simulated.body)
    const dispatcher = new OutboxDispatcher(db())
    const [subscriber] = servicesModule.subscribers!({ database: db() } as never)
    dispatcher.subscribe(subscriber!.name, subscriber!.handle)
    await dispatcher.deliverAll()
    await dispatcher.deliverAll()

    const dossier = (await as(resident, 'GET', `/api/v1/me/dossiers/${code}`)).json<{
      fee: { paid: boolean }
      timeline: { kind: string }[]
    }>()
    assert.equal(dossier.fee.paid, true)
    assert.equal(dossier.timeline.filter((t) => t.kind === 'fee_paid').length, 1)
    const again = await as(resident, 'POST', `/api/v1/me/dossiers/${code}/fee`)
    assert.equal(again.json<{ status: string }>().status, 'paid')
  })

  it('refuses a fee for a free service, and another person’s dossier', async () => {
    const code = await file(BIRTH)
    assertRefusal(await as(resident, 'POST', `/api/v1/me/dossiers/${code}/fee`), {
      status: 409,
      code: 'SERVICE_NO_FEE',
    })
    const other = await enrol(app(), db(), { level: 2 })
    const paid = await file(TEMPORARY_RESIDENCE)
    assertRefusal(await as(other, 'POST', `/api/v1/me/dossiers/${paid}/fee`), {
      status: 404,
      code: 'SERVICE_DOSSIER_NOT_FOUND',
    })
  })
})
