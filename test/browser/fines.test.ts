import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { toBuffer } from 'qrcode'
import { fineArticle, finesModule } from '../../src/modules/fines/index.js'
import { signCallback } from '../../src/modules/payments/index.js'
import { deriveSsoSecrets, registerClient } from '../../src/modules/sso/index.js'
import { OutboxDispatcher } from '../../src/platform/events/outbox.js'
import {
  clientBearer,
  openTestDatabase,
  testConfig,
  type Actor,
  type TestDatabase,
} from '../kit/index.js'
import {
  Cleanup,
  browserSkip,
  checkPage,
  launchBrowser,
  newContext,
  readQrOnPage,
  serveApp,
  type ServedApp,
} from './browser.js'
import { ownedCarScene } from './fines-scene.js'

const DEMO_SECRET = (JSON.parse(testConfig.PAYMENT_BANK_SECRETS) as Record<string, string>).DEMO!
const ARTICLE = '168-6-9-b'

// A traffic fine in a real browser on a phone: a camera records it with its picture, the owner
// sees it in the app, pays it by VietQR, and finds the receipt in their vault.
describe('traffic fines in chromium', { skip: browserSkip }, () => {
  const cleanup = new Cleanup()
  let test: TestDatabase
  let served: ServedApp
  let browser: Browser
  let scene: { commune: string; owner: Actor; car: { plate: string } }
  let violationId: string

  before(async () => {
    test = await openTestDatabase('pglite')
    cleanup.defer(() => test.drop())
    served = await serveApp(test.database)
    cleanup.defer(() => served.close())
    browser = await launchBrowser()
    cleanup.defer(() => browser.close())
    // A commune, the registry's vehicles, and the owner of a car there.
    scene = await ownedCarScene(served.app, test.database)
    const client = await registerClient(
      {
        db: test.database.db,
        secrets: deriveSsoSecrets(testConfig.SSO_SECRET),
        allowHttp: true,
      },
      {
        name: 'Camera giao thông nút giao',
        kind: 'machine',
        authMethod: 'client_secret_basic',
        role: 'trafficCamera',
        unitCodes: [scene.commune],
        scopes: ['fines.camera.post'],
      },
    )
    const camera = await clientBearer(
      served.app,
      { clientId: client.clientId, secret: client.clientSecret! },
      'fines.camera.post',
    )
    // A real picture (a PNG the browser draws), as the camera sends it.
    const picture = await toBuffer(scene.car.plate, { width: 240 })
    const posted = await served.app.inject({
      method: 'POST',
      url: '/api/v1/fines/camera-violations',
      headers: { authorization: camera },
      payload: {
        violations: [
          {
            eventId: 'browser-1',
            plate: scene.car.plate,
            articleCode: ARTICLE,
            fine: fineArticle(ARTICLE).minFine,
            communeCode: scene.commune,
            occurredAt: new Date(Date.now() - 600_000).toISOString(),
            evidence: [picture.toString('base64')],
          },
        ],
      },
    })
    assert.equal(posted.statusCode, 200, posted.body)
    const item = posted.json<{ items: { violationId?: string }[] }>().items[0]
    assert.ok(item?.violationId, posted.body)
    violationId = item.violationId
  })
  after(() => cleanup.run())

  /** The DEMO bank's signed callback for a transfer, then the outbox delivered as the server does. */
  const bankPays = async (reference: string, amount: number) => {
    const raw = JSON.stringify({
      transactionId: `FT${Date.now()}`,
      reference,
      amount,
      paidAt: new Date().toISOString(),
    })
    const timestamp = String(Math.floor(Date.now() / 1000))
    const response = await served.app.inject({
      method: 'POST',
      url: '/api/v1/payments/banks/DEMO/callback',
      headers: {
        'content-type': 'application/json',
        'x-bank-timestamp': timestamp,
        'x-bank-signature': signCallback(DEMO_SECRET, timestamp, raw),
      },
      payload: raw,
    })
    assert.equal(response.statusCode, 200, response.body)
    const dispatcher = new OutboxDispatcher(test.database, {
      onError: (_, __, error) => {
        throw error
      },
    })
    for (const s of finesModule.subscribers!({ database: test.database } as never))
      dispatcher.subscribe(s.name, s.handle)
    await dispatcher.deliverAll()
  }

  it('takes a camera’s fine to paid: seen, confirmed, paid by VietQR, receipt in the vault', async () => {
    const context = await newContext(browser, served.url, { cookie: scene.owner.cookie })
    cleanup.defer(() => context.close())
    const page = await context.newPage()
    const title = fineArticle(ARTICLE).vi

    await page.goto('/me/fines')
    await page.getByRole('heading', { level: 1, name: 'Vi phạm giao thông' }).waitFor()
    const item = page.getByRole('listitem').filter({ hasText: scene.car.plate })
    await item.getByText('Chưa nộp').first().waitFor()
    await checkPage(page, 'fines-list')

    await item.getByRole('link', { name: title }).click()
    await page.waitForURL(`**/me/fines/${violationId}`)
    await page.getByRole('heading', { level: 1, name: title }).waitFor()
    const picture = page.getByRole('img', {
      name: `Hình ảnh 1 của vi phạm biển số ${scene.car.plate}`,
    })
    await picture.waitFor()
    await page.waitForFunction(() =>
      [...document.images].some((i) => i.src.includes('/evidence/1') && i.naturalWidth > 0),
    )
    await checkPage(page, 'fines-detail')

    await page.getByRole('button', { name: 'Xác nhận vi phạm' }).click()
    await page.getByText('Bạn đã xác nhận vi phạm.').waitFor()

    await page.getByRole('button', { name: 'Nộp phạt bằng VietQR' }).click()
    await page.getByTestId('fee-qr').waitFor()
    const payment = (
      await served.app.inject({
        method: 'GET',
        url: `/api/v1/fines/violations/${violationId}/payment`,
        headers: { cookie: scene.owner.cookie },
      })
    ).json<{ reference: string; amount: number; vietQr: string }>()
    assert.equal(payment.amount, fineArticle(ARTICLE).minFine)
    assert.equal(await readQrOnPage(page), payment.vietQr)
    await page.getByText(payment.reference).waitFor()
    await checkPage(page, 'fines-pay')

    await bankPays(payment.reference, payment.amount)
    await page.reload()
    await page.getByRole('heading', { level: 1, name: title }).waitFor()
    await page.getByText('Đã nộp').first().waitFor()
    const receipt = page.getByRole('link', { name: 'Xem biên lai trong kho giấy tờ' })
    await receipt.waitFor()
    await checkPage(page, 'fines-paid')
    await receipt.click()
    await page.waitForURL(/\/me\/documents\/[\w-]+$/)

    await page.goto('/me/fines')
    await page
      .getByRole('listitem')
      .filter({ hasText: scene.car.plate })
      .getByText('Đã nộp')
      .first()
      .waitFor()
  })
})
