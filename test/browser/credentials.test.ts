import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { storeVaultDocument } from '../../src/modules/documents/index.js'
import { getResident, seedPopulation } from '../../src/modules/population/index.js'
import { enrol, openTestDatabase, type TestDatabase } from '../kit/index.js'
import {
  Cleanup,
  browserSkip,
  checkPage,
  launchBrowser,
  newContext,
  serveApp,
  type ServedApp,
} from './browser.js'

const require = createRequire(import.meta.url)
const DESKTOP = { width: 1280, height: 900 }

/**
 * The page's QR drawn as a PNG picture at 5 pixels a module (as a phone's photo of the screen
 * would come) and its text as jsQR reads it from that picture, in the page.
 */
async function qrPicture(page: Page, within = 'main'): Promise<{ text: string; png: Buffer }> {
  await page.addScriptTag({ path: require.resolve('jsqr/dist/jsQR.js') })
  const { text, dataUrl } = await page.locator(within).evaluate(async (scope) => {
    const svg = scope.querySelector('svg[data-qr]')
    if (!svg) throw new Error('no QR code on the page')
    const size = Number(svg.getAttribute('viewBox')!.split(' ')[2]) * 5
    const copy = svg.cloneNode(true) as SVGElement
    copy.setAttribute('width', String(size))
    copy.setAttribute('height', String(size))
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
    const image = new Image()
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = size
    canvas.height = size
    const context = canvas.getContext('2d')!
    context.drawImage(image, 0, 0, size, size)
    const decode = (
      window as unknown as {
        jsQR: (data: Uint8ClampedArray, w: number, h: number) => { data: string } | null
      }
    ).jsQR
    const found = decode(context.getImageData(0, 0, size, size).data, size, size)
    if (!found) throw new Error('the QR code on the page does not decode')
    return { text: found.data, dataUrl: canvas.toDataURL('image/png') }
  })
  return { text, png: Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64') }
}

// Selective disclosure in a real browser: the resident's device key and credential, the QR, and
// the public verifier checking the picture of that QR offline.
describe('selective-disclosure credentials in chromium', { skip: browserSkip }, () => {
  const cleanup = new Cleanup()
  let test: TestDatabase
  let served: ServedApp
  let browser: Browser

  before(async () => {
    test = await openTestDatabase('pglite')
    cleanup.defer(() => test.drop())
    await seedPopulation(test.database, { scale: 1_000, seed: 7, today: '2026-11-27' })
    served = await serveApp(test.database)
    cleanup.defer(() => served.close())
    browser = await launchBrowser()
    cleanup.defer(() => browser.close())
  })
  after(() => cleanup.run())

  it('issues, reveals only "over 18" as a QR, and the public page verifies its picture', async () => {
    const resident = await enrol(served.app, test.database, {
      level: 2,
      where: "birth_date < '2000-01-01'",
    })
    const record = await getResident(test.database.db, resident.personalNumber)
    await storeVaultDocument(test.database.db, {
      ownerNumber: resident.personalNumber,
      kind: 'judicial-record-certificate',
      origin: 'issued',
      fields: {
        certificateType: '1',
        certificateNumber: 'LLTP-2026-000321',
        fullName: record.fullName,
        birthDate: record.birthDate,
        hasConvictions: false,
      },
      issuerAgency: 'STP',
      issuedOn: '2026-11-20',
    })
    const holderContext = await newContext(browser, served.url, { cookie: resident.cookie })
    cleanup.defer(() => holderContext.close())
    const holder = await holderContext.newPage()
    await holder.goto('/me/credentials')
    await holder.getByText('Thiết bị này chưa có thẻ định danh số.').waitFor()
    await checkPage(holder, 'credentials-none')
    await holder.getByRole('button', { name: 'Nhận thẻ định danh số' }).click()
    await holder.getByTestId('credential-expiry').waitFor()
    const only = holder.getByRole('checkbox', { name: 'Đủ 18 tuổi' })
    assert.equal(await only.isChecked(), true, '"over 18" alone is chosen at first')
    assert.equal(await holder.getByRole('checkbox', { name: 'Họ và tên' }).isChecked(), false)
    await holder.getByRole('button', { name: 'Tạo mã QR' }).click()
    await holder.getByRole('img', { name: 'Mã QR trình thẻ định danh số' }).waitFor()
    await checkPage(holder, 'credentials-qr')
    const { text, png: picture } = await qrPicture(holder)
    assert.ok(!text.includes(resident.personalNumber))

    // The verifier: another device, not signed in, on a desktop.
    const verifierContext = await newContext(browser, served.url, { viewport: DESKTOP })
    cleanup.defer(() => verifierContext.close())
    const verifier = await verifierContext.newPage()
    await verifier.goto('/credentials/verify')
    await verifier.getByRole('textbox', { name: 'Hoặc dán nội dung mã' }).waitFor()
    await checkPage(verifier, 'credentials-verify')
    await verifier
      .locator('input[type=file]')
      .setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: picture })
    const outcome = verifier.getByTestId('verify-outcome')
    await outcome.waitFor()
    assert.equal(await outcome.getAttribute('data-valid'), 'true')
    const claims = verifier.getByTestId('disclosed-claims')
    assert.deepEqual(
      await claims
        .locator('[data-claim]')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-claim'))),
      ['age_over_18'],
    )
    const shown = await verifier.locator('main').innerText()
    assert.ok(!shown.includes(resident.personalNumber), 'the number is not shown')
    assert.ok(!shown.includes(record.fullName), 'the name is not shown')
    await checkPage(verifier, 'credentials-verified')

    // The same code with one character of the device's signature changed is refused.
    const box = verifier.getByRole('textbox', { name: 'Hoặc dán nội dung mã' })
    const last = text.at(-2) === 'A' ? 'B' : 'A'
    await box.fill(`${text.slice(0, -2)}${last}${text.slice(-1)}`)
    await verifier.getByRole('button', { name: 'Kiểm tra' }).click()
    await verifier.locator('[data-testid=verify-outcome][data-valid=false]').waitFor()

    // A vault document issued by an agency: only "has convictions" revealed.
    const certificate = holder.getByRole('region', { name: 'Phiếu lý lịch tư pháp' })
    await certificate.getByRole('button', { name: 'Nhận dưới dạng thẻ số' }).click()
    await certificate.getByRole('checkbox', { name: 'Có án tích' }).check()
    await certificate.getByRole('button', { name: 'Tạo mã QR' }).click()
    await certificate.getByRole('img', { name: 'Mã QR trình thẻ định danh số' }).waitFor()
    await checkPage(holder, 'credentials-document-qr')
    const scanned = await qrPicture(holder, 'section[aria-label="Phiếu lý lịch tư pháp"]')
    const checked = await served.app.inject({
      method: 'POST',
      url: '/api/v1/documents/credentials/verify',
      payload: { presentation: scanned.text, audience: `${served.url}/credentials/verify` },
    })
    assert.equal(checked.statusCode, 200, checked.body)
    assert.deepEqual(checked.json<{ claims: unknown }>().claims, { hasConvictions: false })
  })
})
