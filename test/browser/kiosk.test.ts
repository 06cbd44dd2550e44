import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { create, toBuffer } from 'qrcode'
import { seedPopulation } from '../../src/modules/population/index.js'
import { servicesKpi } from '../../src/modules/services/index.js'
import { vietnamDate } from '../../src/platform/time/vietnam.js'
import {
  enrol,
  lastSentCode,
  type Actor,
  openTestDatabase,
  type TestDatabase,
} from '../kit/index.js'
import {
  Cleanup,
  browserSkip,
  checkPage,
  launchBrowser,
  newContext,
  serveApp,
  type ServedApp,
} from './browser.js'
import { filedCode, fillStay } from './service-forms.js'

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

/**
 * A scanner acting as a keyboard types each line, then Enter, far faster than a person. The keys
 * are sent from the page itself: the test's keyboard, one round trip a key, falls below a
 * scanner's pace on a loaded machine. A string, not a function: tsx would wrap inner functions in
 * helpers the page lacks.
 */
const scannerTypes = (page: Page, lines: string[]): Promise<unknown> =>
  page.evaluate(`for (const line of ${JSON.stringify(lines)})
    for (const key of [...line, 'Enter'])
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))`)

// Kiosk mode: sign-in by showing the identity QR to a (fake) camera and typing the code sent to
// the phone; nothing left afterwards, on the screen or on the server.
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

  /** The kiosk sessions of the resident that are still open on the server. */
  const openKioskSessions = async (): Promise<number> => {
    const rows = await test.database.query(
      `SELECT 1 FROM sessions WHERE account_id = $1 AND channel = 'kiosk' AND revoked_at IS NULL`,
      [resident.accountId],
    )
    return rows.length
  }

  it('signs in with the identity QR and the code sent to the phone, and forgets on finishing', async () => {
    const page = await open({ camera: true })
    await page.clock.install()
    await page.goto('/kiosk')
    await page.getByRole('heading', { name: 'Nhập mã xác thực' }).waitFor()
    await page.getByText('đuôi …678', { exact: false }).waitFor()
    assert.ok(!(await page.content()).includes(resident.personalNumber), 'no one named yet')
    await checkPage(page, 'kiosk-code')

    // The large keypad: each key a finger's target, the code typed by touch.
    const key = page.getByRole('button', { name: '7', exact: true })
    const box = await key.boundingBox()
    assert.ok(
      box && box.width >= 64 && box.height >= 64,
      `keys of 64 px at least: ${JSON.stringify(box)}`,
    )
    for (const digit of await lastSentCode(served.app))
      await page.getByRole('button', { name: digit, exact: true }).click()
    await page.getByRole('button', { name: 'Xác nhận' }).click()
    await page.getByRole('heading', { name: `Xin chào, ${fullName}` }).waitFor()
    await page.getByText(resident.personalNumber).waitFor()
    const file = page.getByRole('link', { name: 'Nộp hồ sơ dịch vụ công' })
    assert.equal(await file.getAttribute('href'), '/kiosk/services')
    assert.equal(await openKioskSessions(), 1)
    await checkPage(page, 'kiosk-signed-in')

    await page.getByRole('button', { name: 'Kết thúc' }).click()
    await page.getByRole('heading', { name: 'Ki-ốt Công Dân Số' }).waitFor()
    assert.ok(
      !(await page.content()).includes(resident.personalNumber),
      'nothing of the person left',
    )
    // The camera still sees the same code: single use, so it is refused now.
    await page.getByRole('alert').getByText('Mã QR này đã được dùng', { exact: false }).waitFor()
    assert.equal(await openKioskSessions(), 0, 'the session ended on the server')
    const me = await page.request.get('/api/v1/identity/me')
    assert.equal(me.status(), 401, 'the browser holds no session')
    await checkPage(page, 'kiosk-refused')
    // Closed, or its camera would keep presenting the spent code and count against this kiosk.
    await page.context().close()
  })

  it('reads a chip card QR and a passport MRZ, and says they cannot sign in', async () => {
    const page = await open({ camera: false })
    await page.clock.install()
    await page.goto('/kiosk')
    await page.getByText('Không dùng được camera', { exact: false }).waitFor()
    const refusal = page.getByRole('alert')
    const backToScanning = async () => {
      await page.clock.fastForward(6_000)
      await refusal.waitFor({ state: 'detached' })
    }

    // A picture of the card's QR (the 2024 layout, with its trailing fields), uploaded.
    const card =
      '075085001234|271234567|Nguyễn Văn An|01011985|Nam|Số 12, tổ 3, Phường Trảng Dài, Đồng Nai|15062021|01012045|Cục Cảnh sát QLHC về TTXH'
    await page.getByLabel('Chọn ảnh mã QR').setInputFiles({
      name: 'the-qr.png',
      mimeType: 'image/png',
      buffer: await toBuffer(card, { errorCorrectionLevel: 'M', scale: 6 }),
    })
    await refusal
      .getByText('Đã đọc mã QR trên thẻ căn cước gắn chip, số định danh kết thúc bằng 1234.')
      .waitFor()
    await refusal.getByText('không dùng để đăng nhập ki-ốt', { exact: false }).waitFor()
    await refusal.getByText('“Mã QR định danh”', { exact: false }).waitFor()
    const shown = await page.content()
    assert.ok(!shown.includes('Nguyễn Văn An') && !shown.includes('075085001234'), 'only the end')
    await checkPage(page, 'kiosk-card-qr')
    await backToScanning()

    // A passport's MRZ from a reader acting as a keyboard: two lines, each ended by Enter.
    const mrz = [
      'P<VNMNGUYEN<<VAN<AN<<<<<<<<<<<<<<<<<<<<<<<<<',
      'C1234567<0VNM8501019M3106154075085001234<<34',
    ]
    await scannerTypes(page, mrz)
    await refusal
      .getByText('Đã đọc vùng MRZ của hộ chiếu (VNM), số hộ chiếu kết thúc bằng 4567.')
      .waitFor()
    await refusal.getByText('không dùng để đăng nhập ki-ốt', { exact: false }).waitFor()
    await checkPage(page, 'kiosk-passport-mrz')
    await backToScanning()

    // Misread: the birth date's check digit no longer matches.
    await scannerTypes(page, [mrz[0]!, mrz[1]!.replace('8501019', '8501029')])
    await refusal
      .getByText('Số kiểm tra trong vùng MRZ không khớp (ngày sinh, số kiểm tra tổng)', {
        exact: false,
      })
      .waitFor()
    await checkPage(page, 'kiosk-mrz-misread')
    await backToScanning()

    await scannerTypes(page, ['https://example.vn/khong-phai-ma-dinh-danh'])
    await refusal.getByText('Không nhận ra loại mã này.', { exact: false }).waitFor()
  })

  it('files a temporary residence from an identity-QR image, as a kiosk dossier of model 2', async () => {
    const filer = await enrol(served.app, test.database, { level: 2 })
    const issued = await served.app.inject({
      method: 'POST',
      url: '/api/v1/identity/qr',
      headers: { cookie: filer.cookie },
    })
    const today = { from: vietnamDate(), to: vietnamDate() }
    const before = (await servicesKpi(test.database.db, today)).totals.kiosk
    const page = await open({ camera: false })
    await page.goto('/kiosk')
    await page.getByText('Không dùng được camera', { exact: false }).waitFor()
    await page.getByLabel('Chọn ảnh mã QR').setInputFiles({
      name: 'identity-qr.png',
      mimeType: 'image/png',
      buffer: await toBuffer(issued.json<{ token: string }>().token, {
        errorCorrectionLevel: 'M',
        scale: 6,
      }),
    })
    await page.getByRole('heading', { name: 'Nhập mã xác thực' }).waitFor()
    for (const digit of await lastSentCode(served.app))
      await page.getByRole('button', { name: digit, exact: true }).click()
    await page.getByRole('button', { name: 'Xác nhận' }).click()
    await page.getByRole('link', { name: 'Nộp hồ sơ dịch vụ công' }).click()
    await page.getByRole('heading', { level: 1, name: 'Nộp hồ sơ tại ki-ốt' }).waitFor()
    await page.getByLabel('Tìm dịch vụ').fill('tạm trú')
    await page.getByRole('link', { name: 'Đăng ký tạm trú', exact: true }).click()
    assert.equal(
      await page.getByLabel('Số định danh cá nhân').inputValue(),
      filer.personalNumber,
      'the form filled from the registry for the person signed in at the kiosk',
    )
    await page.getByLabel('Địa chỉ chỗ ở').fill('Số 12, đường Võ Thị Sáu, khu phố 3')
    await fillStay(page, '0912345678')
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click()
    const code = await filedCode(page)
    await page.getByRole('button', { name: 'In giấy tiếp nhận' }).waitFor()
    await checkPage(page, 'kiosk-receipt')

    const [row] = await test.database.query<{ channel: string }>(
      'SELECT channel FROM service_dossiers WHERE code = $1',
      [code],
    )
    assert.equal(row?.channel, 'kiosk')
    assert.equal((await servicesKpi(test.database.db, today)).totals.kiosk, before + 1)
    await page.getByRole('button', { name: 'Kết thúc' }).click()
    await page.getByRole('heading', { name: 'Ki-ốt Công Dân Số' }).waitFor()
    assert.ok(!(await page.content()).includes(filer.personalNumber), 'nothing of the person left')
    await page.context().close()
  })

  it('signs out by itself after a minute without a touch, on the server too', async () => {
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
    await scannerTypes(page, [fresh.json<{ token: string }>().token])
    await page.getByRole('heading', { name: 'Nhập mã xác thực' }).waitFor()
    // A keyboard works too, without touching the field first; a wrong code says what is left.
    const code = await lastSentCode(served.app)
    await page.keyboard.type(code === '000000' ? '111111' : '000000')
    await page.keyboard.press('Enter')
    await page.getByRole('alert').getByText('Còn 4 lần thử', { exact: false }).waitFor()
    await page.keyboard.type(code)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: `Xin chào, ${fullName}` }).waitFor()
    assert.equal(await openKioskSessions(), 1)
    await page.clock.fastForward(50_000)
    await page.getByRole('alert').getByText('tự động kết thúc', { exact: false }).waitFor()
    // The language buttons the check presses are touches: the minute starts again from them.
    await checkPage(page, 'kiosk-idle-warning')
    const warning = page.getByRole('alert').getByText('tự động kết thúc', { exact: false })
    await warning.waitFor({ state: 'detached' })
    await page.clock.fastForward(50_000)
    await warning.waitFor()
    await page.clock.fastForward(11_000)
    await page.getByRole('heading', { name: 'Ki-ốt Công Dân Số' }).waitFor()
    const shown = await page.content()
    assert.ok(!shown.includes(fullName) && !shown.includes(resident.personalNumber), 'forgotten')
    for (let i = 0; i < 50 && (await openKioskSessions()) > 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 100))
    assert.equal(await openKioskSessions(), 0, 'the session ended on the server')
    assert.equal((await page.request.get('/api/v1/identity/me')).status(), 401)
  })
})
