import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { PDFDocument } from 'pdf-lib'
import type { Browser, Page } from 'playwright-core'
import { storeVaultDocument } from '../../src/modules/documents/index.js'
import { seedPopulation } from '../../src/modules/population/index.js'
import { enrol, openTestDatabase, type TestDatabase } from '../kit/index.js'
import {
  Cleanup,
  PHONE,
  browserSkip,
  checkPage,
  launchBrowser,
  newContext,
  readQrOnPage,
  serveApp,
  type ServedApp,
} from './browser.js'

const DESKTOP = { width: 1280, height: 900 }

const onePagePdf = async (): Promise<Buffer> => {
  const pdf = await PDFDocument.create()
  pdf.addPage([300, 200])
  return Buffer.from(await pdf.save())
}

// The resident's vault: an issued card, an upload, and one document shared by QR, opened without
// signing in, revoked, and then refused; at a phone's width and a desktop's.
describe('the document vault in chromium', { skip: browserSkip }, () => {
  const cleanup = new Cleanup()
  let test: TestDatabase
  let served: ServedApp
  let browser: Browser

  before(async () => {
    test = await openTestDatabase('pglite')
    cleanup.defer(() => test.drop())
    await seedPopulation(test.database, { scale: 1_000, seed: 25, today: '2026-11-27' })
    served = await serveApp(test.database)
    cleanup.defer(() => served.close())
    browser = await launchBrowser()
    cleanup.defer(() => browser.close())
  })
  after(() => cleanup.run())

  const settled = (page: Page) =>
    page.waitForFunction(() => document.querySelector('main [data-loading]') === null)

  async function shareOpenRevoke(viewport: { width: number; height: number }, name: string) {
    const resident = await enrol(served.app, test.database, { level: 2 })
    const certificateNumber = `LLTP-${name}-0001`
    await test.database.db.transaction((tx) =>
      storeVaultDocument(tx, {
        ownerNumber: resident.personalNumber,
        kind: 'judicial-record-certificate',
        origin: 'issued',
        fields: {
          certificateType: '1',
          certificateNumber,
          fullName: 'Nguyễn Thị Mai',
          birthDate: '1990-04-12',
          hasConvictions: false,
        },
        issuerAgency: 'STP',
        issuedOn: '2026-11-20',
      }),
    )
    const owner = await (
      await newContext(browser, served.url, { viewport, cookie: resident.cookie })
    ).newPage()

    // The vault: the issued card, verified; a scan uploaded beside it, not verified.
    await owner.goto('/me/documents')
    await owner.getByRole('heading', { level: 1, name: 'Kho giấy tờ của tôi' }).waitFor()
    const card = owner.getByRole('link', { name: 'Phiếu lý lịch tư pháp' })
    await card.waitFor()
    await owner.getByText('Đã xác thực').first().waitFor()
    await owner.getByLabel('Tên giấy tờ').fill('Hợp đồng thuê nhà')
    await owner.getByLabel('Chọn tệp').setInputFiles({
      name: 'hop-dong.pdf',
      mimeType: 'application/pdf',
      buffer: await onePagePdf(),
    })
    await owner.getByRole('button', { name: 'Tải lên' }).click()
    await owner.getByRole('link', { name: 'Hợp đồng thuê nhà' }).waitFor()
    await owner.getByText('Chưa xác thực').first().waitFor()
    await settled(owner)
    await checkPage(owner, `documents-vault-${name}`)

    // Share the card for three days, by a link and its QR.
    await card.click()
    await owner.getByText(certificateNumber).waitFor()
    await owner.getByLabel('Thời hạn').selectOption({ label: '3 ngày' })
    await owner.getByRole('button', { name: 'Tạo đường dẫn chia sẻ' }).click()
    const url = (await owner.locator('[data-share-url]').getAttribute('href')) ?? ''
    assert.ok(url.startsWith(`${served.url}/shared/`), url)
    assert.equal(await readQrOnPage(owner), url)
    await owner.getByText('Đang mở').waitFor()
    await settled(owner)
    await checkPage(owner, `documents-share-${name}`)

    // Anyone with the QR opens the one document, without signing in.
    const visitor = await (await newContext(browser, served.url, { viewport })).newPage()
    await visitor.goto(url)
    await visitor.getByRole('heading', { level: 1, name: 'Giấy tờ được chia sẻ' }).waitFor()
    await visitor.getByText(certificateNumber).waitFor()
    assert.equal(await visitor.getByText('Hợp đồng thuê nhà').count(), 0, 'nothing else shows')
    await settled(visitor)
    await checkPage(visitor, `documents-shared-${name}`)

    // The owner sees the opening, and revokes the link; the visitor is refused, and told why.
    await owner.reload()
    await owner.getByText(/^Lượt mở \([1-9]\d*\)$/).waitFor()
    await owner.getByRole('button', { name: 'Thu hồi' }).click()
    await owner.getByText('Đã thu hồi', { exact: true }).waitFor()
    await visitor.reload()
    await visitor.getByText('Người chia sẻ đã thu hồi đường dẫn này').waitFor()
    assert.equal(await visitor.getByText(certificateNumber).count(), 0)
    await settled(visitor)
    await checkPage(visitor, `documents-revoked-${name}`)
    await owner.context().close()
    await visitor.context().close()
  }

  it('shares, opens and revokes at 360 px', async () => {
    await shareOpenRevoke(PHONE, 'phone')
  })

  it('shares, opens and revokes on a desktop', async () => {
    await shareOpenRevoke(DESKTOP, 'desktop')
  })
})
