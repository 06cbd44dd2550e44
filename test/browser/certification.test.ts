import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { after, before, describe, it } from 'node:test'
import jsqr from 'jsqr'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { seedPopulation } from '../../src/modules/population/index.js'
import { enrol, openTestDatabase, type Actor, type TestDatabase } from '../kit/index.js'
import {
  Cleanup,
  PHONE,
  assertAccessible,
  assertFitsWidth,
  browserSkip,
  launchBrowser,
  newContext,
  screenshot,
  serveApp,
  type ServedApp,
} from './browser.js'

const DESKTOP = { width: 1280, height: 900 }
const run = promisify(execFile)
// jsqr is CommonJS: its function is the default export or the module itself, by loader.
const loaded = jsqr as unknown as typeof jsqr.default | { default: typeof jsqr.default }
const jsQR = typeof loaded === 'function' ? loaded : loaded.default

/** A scanned 2-page original. */
async function scan(): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  for (const n of [1, 2])
    pdf.addPage([595, 842]).drawText(`Bang tot nghiep - trang ${String(n)}`, {
      x: 60,
      y: 700,
      size: 18,
      font,
    })
  return Buffer.from(await pdf.save({ useObjectStreams: false }))
}

/** The QR code printed on the PDF's last page, rendered by poppler and decoded by jsQR. */
async function qrOfLastPage(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cds-qr-'))
  try {
    await writeFile(path.join(dir, 'copy.pdf'), pdf)
    const pages = (await PDFDocument.load(pdf)).getPageCount()
    const out = path.join(dir, 'page')
    await run('pdftoppm', [
      '-png',
      '-r',
      '150',
      '-f',
      String(pages),
      '-l',
      String(pages),
      '-singlefile',
      path.join(dir, 'copy.pdf'),
      out,
    ])
    const { data, info } = await sharp(await readFile(`${out}.png`))
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
    const found = jsQR(new Uint8ClampedArray(data), info.width, info.height)
    assert.ok(found, 'the certification page’s QR code decodes')
    return found.data
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

// Request → approve → download → verify by the QR printed on the copy, at a phone's width and a
// desktop's, each page checked with axe.
describe('certified copies in chromium', { skip: browserSkip }, () => {
  const cleanup = new Cleanup()
  let test: TestDatabase
  let served: ServedApp
  let browser: Browser

  before(async () => {
    test = await openTestDatabase('pglite')
    cleanup.defer(() => test.drop())
    await seedPopulation(test.database, { scale: 1_000, seed: 24, today: '2026-11-27' })
    served = await serveApp(test.database)
    cleanup.defer(() => served.close())
    browser = await launchBrowser()
    cleanup.defer(() => browser.close())
  })
  after(() => cleanup.run())

  const open = async (actor: Actor | null, viewport: { width: number; height: number }) => {
    const context = await newContext(browser, served.url, {
      viewport,
      ...(actor ? { cookie: actor.cookie } : {}),
    })
    return context.newPage()
  }
  const settled = (page: Page) =>
    page.waitForFunction(() => document.querySelector('main [data-loading]') === null)
  const check = async (page: Page, name: string) => {
    await settled(page)
    await assertAccessible(page, name)
    await assertFitsWidth(page, name)
    await screenshot(page, name)
  }

  for (const [label, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)
    it(`requests, certifies, downloads and verifies by QR (${label})`, async () => {
      const resident = await enrol(served.app, test.database, { level: 2 })
      const officer = await enrol(served.app, test.database, {
        role: 'communeOfficer',
        unitCodes: [resident.communeCode],
        where: `personal_number <> '${resident.personalNumber}'`,
      })
      const uploaded = await served.app.inject({
        method: 'POST',
        url: '/api/v1/me/documents?kind=diploma&title=B%E1%BA%B1ng%20t%E1%BB%91t%20nghi%E1%BB%87p',
        headers: { cookie: resident.cookie, 'content-type': 'application/pdf' },
        payload: await scan(),
      })
      assert.equal(uploaded.statusCode, 201, uploaded.body)

      const mine = await open(resident, viewport)
      await mine.goto('/me/certifications')
      await mine.getByLabel('Giấy tờ cần chứng thực').waitFor()
      await check(mine, `certification.request.${label}`)
      await mine.getByRole('button', { name: 'Yêu cầu chứng thực' }).click()
      await mine.getByText('Chờ đối chiếu').first().waitFor()

      const desk = await open(officer, viewport)
      await desk.goto('/officer/certifications')
      await desk.getByRole('button', { name: 'Chứng thực và ký số' }).first().waitFor()
      await check(desk, `certification.queue.${label}`)
      await desk.getByLabel('Chức danh người chứng thực').first().fill('Phó Chủ tịch')
      await desk.getByRole('button', { name: 'Chứng thực và ký số' }).first().click()
      await desk.getByText(/Đã chứng thực, số \d+\/\d{4}\/SCBS/).waitFor()

      await mine.reload()
      await mine.getByText('Đã chứng thực').first().waitFor()
      const [download] = await Promise.all([
        mine.waitForEvent('download'),
        mine.getByRole('link', { name: 'Tải bản sao chứng thực (PDF)' }).first().click(),
      ])
      const pdf = await readFile(await download.path())
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-')

      const url = new URL(await qrOfLastPage(pdf))
      assert.equal(url.origin, served.url)
      assert.match(url.pathname, /^\/verify\/[0-9A-Z]{16}$/)
      const anyone = await open(null, viewport)
      await anyone.goto(url.pathname)
      await anyone.getByText('Bản sao chứng thực hợp lệ').waitFor()
      await anyone.getByText('Phó Chủ tịch', { exact: false }).waitFor()
      await check(anyone, `certification.verify.${label}`)
      await anyone.locator('input[type=file]').setInputFiles({
        name: 'copy.pdf',
        mimeType: 'application/pdf',
        buffer: pdf,
      })
      await anyone.getByText('Tệp này đúng là bản sao đã chứng thực').waitFor()
    })
})
