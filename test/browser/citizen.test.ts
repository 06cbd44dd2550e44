import assert from 'node:assert/strict'
import { request as httpGet } from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { currentTotp } from '../../src/modules/identity/index.js'
import { seedPopulation } from '../../src/modules/population/index.js'
import {
  PASSWORD,
  enrol,
  pickResident,
  signInCookie,
  openTestDatabase,
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
  switchLanguage,
  type ServedApp,
} from './browser.js'

/** A GET as a browser sends it, the body left as it came (fetch would decompress it). */
function rawGet(
  url: string,
  acceptEncoding: string,
): Promise<{
  body: Buffer
  encoding?: string
  type?: string
  vary?: string
  cacheControl?: string
}> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        const h = response.headers
        resolve({
          body: Buffer.concat(chunks),
          ...(h['content-encoding'] ? { encoding: h['content-encoding'] } : {}),
          ...(h['content-type'] ? { type: h['content-type'] } : {}),
          ...(h.vary ? { vary: h.vary } : {}),
          ...(h['cache-control'] ? { cacheControl: h['cache-control'] } : {}),
        })
      })
      response.on('error', reject)
    })
      .on('error', reject)
      .end()
  })
}

// The citizen's journeys in a real browser, against the platform serving the built app.
describe('the citizen web app in chromium', { skip: browserSkip }, () => {
  const cleanup = new Cleanup()
  let test: TestDatabase
  let served: ServedApp
  let browser: Browser
  const pages: Page[] = []

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

  /** A new page in a fresh context, signed in when a cookie is given. */
  const open = async (cookie?: string): Promise<Page> => {
    const context = await newContext(browser, served.url, cookie ? { cookie } : {})
    const page = await context.newPage()
    pages.push(page)
    return page
  }

  it('speaks Vietnamese first, switches to English and remembers it', async () => {
    const page = await open()
    await page.goto('/')
    await page.getByRole('heading', { level: 1, name: 'Công Dân Số' }).waitFor()
    assert.equal(await page.getAttribute('html', 'lang'), 'vi')
    await page.getByRole('link', { name: 'Đăng ký tài khoản' }).waitFor()
    await checkPage(page, 'home-vi')

    await page.getByRole('button', { name: /English/ }).click()
    await page.getByRole('link', { name: 'Create an account' }).waitFor()
    assert.equal(await page.getAttribute('html', 'lang'), 'en')
    await checkPage(page, 'home-en')

    await page.reload()
    await page.getByRole('link', { name: 'Create an account' }).waitFor()
    assert.equal(await page.getAttribute('html', 'lang'), 'en', 'the choice survives a reload')
    await page.getByRole('button', { name: /Tiếng Việt/ }).click()
    await page.getByRole('link', { name: 'Đăng ký tài khoản' }).waitFor()
    assert.equal(await page.getAttribute('html', 'lang'), 'vi')
  })

  it('lists the devices signed in and signs another one out', async () => {
    const resident = await enrol(served.app, test.database)
    const laptop = await signInCookie(served.app, resident.personalNumber)
    const page = await open(resident.cookie)
    await page.goto('/me')
    await page.getByRole('link', { name: 'Thiết bị đang đăng nhập' }).click()
    await page.getByText('Thiết bị này', { exact: true }).waitFor()
    await checkPage(page, 'sessions')
    await page.getByRole('button', { name: 'Đăng xuất thiết bị này' }).click()
    await page.getByText('Đã đăng xuất thiết bị.').waitFor()
    assert.equal(await page.getByRole('button', { name: 'Đăng xuất thiết bị này' }).count(), 0)
    const other = await served.app.inject({
      method: 'GET',
      url: '/api/v1/identity/me',
      headers: { cookie: laptop },
    })
    assert.equal(other.statusCode, 401, 'the other device is signed out')
  })

  it('serves the app with its caching rules and a JSON 404 for unknown API paths', async () => {
    const index = await fetch(`${served.url}/me/access-log`)
    assert.equal(index.status, 200)
    assert.equal(index.headers.get('cache-control'), 'no-cache')
    assert.match(index.headers.get('content-security-policy') ?? '', /default-src 'self'/)
    const html = await index.text()
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1]
    assert.ok(script, 'index.html names its script')
    const asset = await fetch(`${served.url}${script}`)
    assert.equal(asset.status, 200)
    assert.match(asset.headers.get('cache-control') ?? '', /max-age=31536000.*immutable/)
    assert.match(asset.headers.get('content-type') ?? '', /javascript/)
    const missing = await fetch(`${served.url}/api/v1/nothing-here`)
    assert.equal(missing.status, 404)
    assert.equal(
      ((await missing.json()) as { error: { code: string } }).error.code,
      'ROUTE_NOT_FOUND',
    )
    const nothing = await fetch(`${served.url}/assets/nothing.js`)
    assert.equal(nothing.status, 404)
    assert.doesNotMatch(
      nothing.headers.get('cache-control') ?? '',
      /immutable/,
      'a 404 is not kept',
    )
  })

  it('sends scripts and styles compressed by the build, as each browser accepts', async () => {
    const html = await (await fetch(`${served.url}/`)).text()
    const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
      (m) => m[1]!,
    )
    assert.ok(files.some((f) => f.endsWith('.js')) && files.some((f) => f.endsWith('.css')))
    for (const file of files) {
      const plain = await rawGet(served.url + file, 'identity')
      assert.equal(plain.encoding, undefined, `${file} uncompressed when asked so`)
      // The build leaves files under 1 KiB as they are (web/vite.config.ts): too small to pay.
      if (plain.body.length < 1024) {
        const asIs = await rawGet(served.url + file, 'gzip, deflate, br, zstd')
        assert.equal(asIs.encoding, undefined, `${file} is sent as it is`)
        assert.ok(asIs.body.equals(plain.body), `${file} is the file`)
        continue
      }
      for (const [accept, encoding, decode] of [
        ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
        ['gzip, deflate', 'gzip', gunzipSync],
      ] as const) {
        const packed = await rawGet(served.url + file, accept)
        assert.equal(packed.encoding, encoding, `${file} for ${accept}`)
        assert.ok(packed.body.length < plain.body.length / 2, `${file} is smaller as ${encoding}`)
        assert.ok(decode(packed.body).equals(plain.body), `${file} as ${encoding} is the file`)
        assert.match(packed.type ?? '', file.endsWith('.js') ? /javascript/ : /text\/css/)
        assert.match(packed.vary ?? '', /accept-encoding/i)
        assert.match(packed.cacheControl ?? '', /immutable/)
      }
    }
    // A font is compressed already: sent as it is, cached as every asset.
    const css = (await rawGet(served.url + files.find((f) => f.endsWith('.css'))!, 'identity')).body
    const font = /url\((\/assets\/[^)]+\.woff2)\)/.exec(css.toString())?.[1]
    assert.ok(font, 'the styles name a font')
    const sent = await rawGet(served.url + font, 'gzip, deflate, br, zstd')
    assert.equal(sent.encoding, undefined)
    assert.match(sent.cacheControl ?? '', /max-age=31536000.*immutable/)
  })

  it('says plainly when a page or a sign-in does not exist', async () => {
    const page = await open()
    await page.goto('/me/nothing-here')
    await page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }).waitFor()
    await checkPage(page, 'not-found')
    await page.goto('/sso/interaction/no-such-interaction')
    await page
      .getByRole('alert')
      .getByText('Phiên đăng nhập đã hết hạn', { exact: false })
      .waitFor()
    await checkPage(page, 'sso-expired')
  })

  it('signs up with the registry details and the code sent by SMS', async () => {
    const { personalNumber } = await pickResident(test.database)
    const [row] = await test.database.query<{ full_name: string; birth: string }>(
      "SELECT full_name, to_char(birth_date, 'DD/MM/YYYY') AS birth FROM residents WHERE personal_number = $1",
      [personalNumber],
    )
    const page = await open()
    await page.goto('/sign-up')
    await page.getByRole('heading', { level: 1 }).waitFor()
    await checkPage(page, 'sign-up-details')

    // A refused match says so, without telling which detail differs.
    await page.getByLabel('Số định danh cá nhân').fill(personalNumber)
    await page.getByLabel('Họ và tên').fill('Người Không Khớp')
    await page.getByLabel('Ngày sinh').fill(row!.birth)
    await page.getByLabel('Số điện thoại').fill('0912 345 678')
    await page.getByRole('button', { name: 'Gửi mã xác nhận' }).click()
    await page.getByRole('alert').getByText('không khớp', { exact: false }).waitFor()
    await checkPage(page, 'sign-up-mismatch')

    await page.getByLabel('Họ và tên').fill(row!.full_name)
    await page.getByRole('button', { name: 'Gửi mã xác nhận' }).click()
    await page.getByLabel('Mã xác nhận').waitFor()
    await checkPage(page, 'sign-up-code')

    const outbox = await served.app.inject({
      method: 'GET',
      url: '/api/v1/identity/development/messages',
    })
    const message = outbox.json<{ messages: { to: string; body: string }[] }>().messages[0]!
    assert.equal(message.to, '0912345678')
    const code = /\b(\d{6})\b/.exec(message.body)![1]!
    await page.getByLabel('Mã xác nhận').fill(code)
    await page.getByLabel('Mật khẩu mới').fill(PASSWORD)
    await page.getByLabel('Nhập lại mật khẩu').fill(PASSWORD)
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click()
    await page.getByRole('heading', { name: 'Đã tạo tài khoản' }).waitFor()
    await checkPage(page, 'sign-up-done')
    assert.ok(await signInCookie(served.app, personalNumber), 'the new account signs in')
  })

  it('asks an anonymous visitor to sign in, through the SSO', async () => {
    const page = await open()
    await page.goto('/me')
    const signIn = page.getByRole('alert').getByRole('link', { name: 'Đăng nhập' })
    await signIn.waitFor()
    assert.equal(await signIn.getAttribute('href'), '/auth/login?returnTo=%2Fme')
    await checkPage(page, 'me-anonymous')
  })

  it('shows my registry record, household and the three conditions of model 23', async () => {
    // Someone in a household of several, so that the members list has more than the person.
    const resident = await enrol(served.app, test.database, {
      where: `household_id IN (SELECT household_id FROM residents GROUP BY household_id
               HAVING count(*) > 2)`,
    })
    const [registry] = await test.database.query<{
      full_name: string
      birth: string
      sex: string
      address: string
      members: string
    }>(
      `SELECT r.full_name, to_char(r.birth_date, 'DD/MM/YYYY') AS birth, r.sex, h.address,
              (SELECT count(*) FROM residents m WHERE m.household_id = r.household_id)::text AS members
         FROM residents r JOIN households h ON h.id = r.household_id
        WHERE r.personal_number = $1`,
      [resident.personalNumber],
    )
    const page = await open(resident.cookie)
    await page.goto('/me')
    const name = page.getByTestId('me-full-name')
    await name.waitFor()
    assert.equal(await name.innerText(), registry!.full_name, 'the name is the registry’s')
    await page.getByText(resident.personalNumber, { exact: true }).waitFor()
    await page.getByText(registry!.birth, { exact: true }).waitFor()
    await page.getByText(registry!.sex === 'M' ? 'Nam' : 'Nữ', { exact: true }).waitFor()
    await page.getByText(registry!.address, { exact: true }).waitFor()
    const members = page.getByRole('list', { name: 'Thành viên hộ gia đình' }).getByRole('listitem')
    assert.equal(await members.count(), Number(registry!.members))
    const self = members.filter({ hasText: '(bạn)' })
    assert.equal(await self.count(), 1)
    assert.match(await self.innerText(), new RegExp(registry!.birth))
    assert.match(
      await members.allInnerTexts().then((t) => t.join('\n')),
      /Chủ hộ|Vợ\/chồng|Con|Cha\/mẹ|Cháu|Anh\/chị\/em|Khác/,
    )
    await page.getByText('Mức 1', { exact: true }).first().waitFor()
    const payment = page.getByRole('listitem').filter({ hasText: 'Tài khoản thanh toán điện tử' })
    assert.match(await payment.innerText(), /còn thiếu/)
    assert.match(await payment.innerText(), /Liên kết một tài khoản ngân hàng/)
    await checkPage(page, 'me')

    await switchLanguage(page, 'en')
    await page.getByRole('heading', { name: 'Registry record' }).waitFor()
    await page.getByText('(you)').waitFor()
    const paymentEn = page.getByRole('listitem').filter({ hasText: 'Electronic payment account' })
    assert.match(await paymentEn.innerText(), /missing/)
    await switchLanguage(page, 'vi')
  })

  it('shows my identity QR, which verifies, and renews it before it expires', async () => {
    const resident = await enrol(served.app, test.database)
    const page = await open(resident.cookie)
    await page.clock.install()
    await page.goto('/me/qr')
    await page.getByRole('img', { name: 'Mã QR định danh điện tử của bạn' }).waitFor()
    await page.getByText(/Còn hiệu lực [12]:\d\d/).waitFor()
    const token = await readQrOnPage(page)
    const verified = await served.app.inject({
      method: 'POST',
      url: '/api/v1/identity/verify',
      payload: { token },
    })
    assert.equal(verified.statusCode, 200, verified.body)
    assert.equal(
      verified.json<{ identity: { personalNumber: string } }>().identity.personalNumber,
      resident.personalNumber,
    )
    await checkPage(page, 'my-qr')

    // 120 s tokens: a new one is fetched about 20 s before the first expires.
    const firstPath = await page.locator('svg[data-qr] path').getAttribute('d')
    await page.clock.fastForward(105_000)
    await page.waitForFunction((first) => {
      const svg = document.querySelector('svg[data-qr] path')
      return svg !== null && svg.getAttribute('d') !== first
    }, firstPath)
    const renewed = await readQrOnPage(page)
    assert.notEqual(renewed, token, 'a fresh token replaced the old one')
    await page.getByText(/Còn hiệu lực [12]:\d\d/).waitFor()

    // Offline, the code shown stays usable until its own expiry, then goes away.
    await page.context().setOffline(true)
    await page.clock.fastForward(105_000)
    await page.getByText('Chưa làm mới được mã', { exact: false }).waitFor()
    assert.equal(await page.locator('svg[data-qr]').count(), 1, 'still shown while valid')
    await checkPage(page, 'my-qr-offline')
    await page.clock.fastForward(20_000)
    await page.getByRole('alert').getByText('Mã đã hết hạn.').waitFor()
    assert.equal(await page.locator('svg[data-qr]').count(), 0, 'an expired code is not shown')
    await page.context().setOffline(false)
    await page.getByRole('button', { name: 'Tạo mã mới' }).click()
    await page.locator('svg[data-qr]').waitFor()
  })

  it('lists who viewed my data after an officer read it, never the officer', async () => {
    const resident = await enrol(served.app, test.database)
    const officer = await enrol(served.app, test.database, {
      role: 'communePolice',
      unitCodes: [resident.communeCode],
    })
    const page = await open(resident.cookie)
    await page.goto('/me/access-log')
    await page.getByText('Chưa có ai xem dữ liệu của bạn.').waitFor()

    const read = await served.app.inject({
      method: 'GET',
      url: `/api/v1/population/residents/${resident.personalNumber}?purpose=residence_management`,
      headers: { cookie: officer.cookie },
    })
    assert.equal(read.statusCode, 200)
    await page.reload()
    const entry = page.getByRole('listitem').filter({ hasText: 'Quản lý cư trú' })
    await entry.waitFor()
    const text = await entry.innerText()
    assert.match(text, /Công an xã, phường/)
    assert.match(text, /Xem thông tin cá nhân/)
    assert.match(text, /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)
    assert.ok(!text.includes(officer.personalNumber))

    // A department officer's read names the agency in words, not its code.
    const health = await enrol(served.app, test.database, {
      role: 'departmentOfficer',
      unitCodes: ['75'],
      agencyCode: 'SYT',
    })
    const healthRead = await served.app.inject({
      method: 'GET',
      url: `/api/v1/population/residents/${resident.personalNumber}?purpose=health_care`,
      headers: { cookie: health.cookie },
    })
    assert.equal(healthRead.statusCode, 200)
    await page.reload()
    const byAgency = page.getByRole('listitem').filter({ hasText: 'Khám bệnh, chữa bệnh' })
    await byAgency.waitFor()
    assert.match(await byAgency.innerText(), /Sở Y tế/)
    assert.doesNotMatch(await byAgency.innerText(), /\bSYT\b/)
    await checkPage(page, 'access-log')
  })

  it('sets up the second factor from the QR of the otpauth URI', async () => {
    const resident = await enrol(served.app, test.database)
    const page = await open(resident.cookie)
    await page.goto('/me/security')
    await page.getByRole('button', { name: 'Bắt đầu cài đặt' }).click()
    await page.getByRole('img', { name: 'Mã QR cài đặt xác thực hai lớp' }).waitFor()
    const uri = new URL(await readQrOnPage(page))
    assert.equal(uri.protocol, 'otpauth:')
    const secret = uri.searchParams.get('secret')!
    assert.equal((await page.getByTestId('totp-secret').innerText()).replace(/\s/g, ''), secret)
    await checkPage(page, 'totp-setup')
    await page.getByLabel('Mã xác thực').fill(currentTotp(secret))
    await page.getByRole('button', { name: 'Xác nhận' }).click()
    await page.getByRole('heading', { name: 'Mã khôi phục' }).waitFor()
    const codes = page.getByRole('list', { name: 'Mã khôi phục' }).getByRole('listitem')
    assert.equal(await codes.count(), 10)
    await checkPage(page, 'totp-recovery-codes')
  })

  it('signs in through the SSO: password on the interaction page, then back signed in', async () => {
    const resident = await enrol(served.app, test.database)
    const page = await open()
    await page.goto('/')
    await page.getByRole('banner').getByRole('link', { name: 'Đăng nhập' }).click()
    await page.waitForURL(/\/sso\/interaction\/[\w-]+$/)
    await page.getByLabel('Số định danh cá nhân').waitFor()
    await checkPage(page, 'sso-login')
    await page.getByLabel('Số định danh cá nhân').fill(resident.personalNumber)
    await page.getByLabel('Mật khẩu').fill('sai mật khẩu rồi 2026')
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.getByRole('alert').getByText('Số định danh hoặc mật khẩu không đúng.').waitFor()
    await page.getByLabel('Mật khẩu').fill(PASSWORD)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.waitForURL(/\/me$/)
    await page.getByText(resident.personalNumber).waitFor()
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor()

    await page.getByRole('link', { name: 'Ứng dụng được chia sẻ' }).click()
    await page.getByText('Bạn chưa đồng ý chia sẻ với ứng dụng nào.').waitFor()
    await checkPage(page, 'consents')

    await page.getByRole('button', { name: 'Đăng xuất' }).click()
    await page.waitForURL((url) => !url.pathname.startsWith('/me'))
    const after = await served.app.inject({
      method: 'GET',
      url: '/api/v1/identity/me',
      headers: {
        cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; '),
      },
    })
    assert.equal(after.statusCode, 401, 'signed out')
  })
})
