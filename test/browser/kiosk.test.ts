import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { create } from 'qrcode'
import { seedPopulation } from '../../src/modules/population/index.js'
import { enrol, type Actor } from '../actors.js'
import { openTestDatabase, type TestDatabase } from '../harness.js'
import {
  Cleanup,
  browserSkip,
  checkPage,
  launchBrowser,
  newContext,
  serveApp,
  type ServedApp,
} from './browser.js'

const WIDTH = 640
const HEIGHT = 480

/**
 * A video file for chromium's fake camera: one still frame (it loops) of the QR code, black on
 * white, in Y4M (4:2:0, full range), the format `--use-file-for-fake-video-capture` reads.
 */
function qrVideo(text: string): Buffer {
  const { modules } = create(text, { errorCorrectionLevel: 'M' })
  const quiet = 4
  const scale = Math.floor(Math.min(WIDTH, HEIGHT) / (modules.size + quiet * 2))
  const side = (modules.size + quiet * 2) * scale
  const left = Math.floor((WIDTH - side) / 2)
  const top = Math.floor((HEIGHT - side) / 2)
  const luma = Buffer.alloc(WIDTH * HEIGHT, 255)
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / scale) - quiet
      const col = Math.floor(x / scale) - quiet
      const dark =
        row >= 0 && col >= 0 && row < modules.size && col < modules.size && modules.get(row, col)
      if (dark) luma[(top + y) * WIDTH + left + x] = 0
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128)
  return Buffer.concat([
    Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F5:1 Ip A1:1 C420jpeg\nFRAME\n`),
    luma,
    chroma,
  ])
}

// Kiosk mode: sign-in by showing the identity QR to a (fake) camera; nothing left afterwards.
describe('the kiosk in chromium', { skip: browserSkip }, () => {
  const cleanup = new Cleanup()
  let test: TestDatabase
  let served: ServedApp
  let browser: Browser
  let resident: Actor
  let videoDir: string
  let fullName: string

  before(async () => {
    test = await openTestDatabase('pglite')
    cleanup.defer(() => test.drop())
    await seedPopulation(test.database, { scale: 1_000, seed: 13, today: '2026-11-27' })
    served = await serveApp(test.database)
    cleanup.defer(() => served.close())
    resident = await enrol(served.app, test.database)
    const [row] = await test.database.query<{ full_name: string }>(
      'SELECT full_name FROM residents WHERE personal_number = $1',
      [resident.personalNumber],
    )
    fullName = row!.full_name
    const issued = await served.app.inject({
      method: 'POST',
      url: '/api/v1/identity/qr',
      headers: { cookie: resident.cookie },
    })
    assert.equal(issued.statusCode, 201, issued.body)
    videoDir = await mkdtemp(path.join(tmpdir(), 'cds-kiosk-'))
    cleanup.defer(() => rm(videoDir, { recursive: true, force: true }))
    const video = path.join(videoDir, 'identity-qr.y4m')
    await writeFile(video, qrVideo(issued.json<{ token: string }>().token))
    browser = await launchBrowser([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ])
    cleanup.defer(() => browser.close())
  })
  after(() => cleanup.run())

  const open = async (options: { camera: boolean }): Promise<Page> => {
    const context = await newContext(browser, served.url, {
      viewport: { width: 1080, height: 1400 },
    })
    if (options.camera) await context.grantPermissions(['camera'])
    else {
      // A kiosk whose camera is missing: the scanner falls back to pictures and a hardware scanner.
      // As a string: tsx would wrap a function's inner functions in helpers the page lacks.
      await context.addInitScript({
        content: `Object.defineProperty(MediaDevices.prototype, 'getUserMedia', {
          value: () => Promise.reject(new DOMException('no camera', 'NotFoundError')),
        })`,
      })
    }
    return context.newPage()
  }

  it('signs in with the identity QR shown to the camera, once, and forgets on finishing', async () => {
    const page = await open({ camera: true })
    await page.clock.install()
    await page.goto('/kiosk')
    await page.getByRole('heading', { name: `Xin chào, ${fullName}` }).waitFor()
    await page.getByText(resident.personalNumber).waitFor()
    await checkPage(page, 'kiosk-signed-in')

    await page.getByRole('button', { name: 'Kết thúc' }).click()
    await page.getByRole('heading', { name: 'Ki-ốt Công Dân Số' }).waitFor()
    assert.ok(
      !(await page.content()).includes(resident.personalNumber),
      'nothing of the person left',
    )
    // The camera still sees the same code: single use, so it is refused now.
    await page.getByRole('alert').getByText('Mã QR này đã được dùng', { exact: false }).waitFor()
    await checkPage(page, 'kiosk-refused')
  })

  it('signs out by itself after a minute without a touch', async () => {
    const fresh = await served.app.inject({
      method: 'POST',
      url: '/api/v1/identity/qr',
      headers: { cookie: resident.cookie },
    })
    const page = await open({ camera: false })
    await page.clock.install()
    await page.goto('/kiosk')
    await page.getByText('Không dùng được camera', { exact: false }).waitFor()
    await checkPage(page, 'kiosk-no-camera')
    // A hardware scanner types the code, then Enter.
    await page.keyboard.type(fresh.json<{ token: string }>().token, { delay: 0 })
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: `Xin chào, ${fullName}` }).waitFor()
    await page.clock.fastForward(50_000)
    await page.getByRole('alert').getByText('tự động kết thúc', { exact: false }).waitFor()
    await checkPage(page, 'kiosk-idle-warning')
    await page.clock.fastForward(11_000)
    await page.getByRole('heading', { name: 'Ki-ốt Công Dân Số' }).waitFor()
    assert.ok(!(await page.content()).includes(fullName), 'nothing of the person left')
  })
})
