import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import type { Role } from '../../src/platform/auth/roles.js'
import { seedPopulation } from '../../src/modules/population/index.js'
import { enrol, openTestDatabase, type Actor, type TestDatabase } from '../kit/index.js'
import {
  Cleanup,
  PHONE,
  assertAccessible,
  assertFitsWidth,
  browserSkip,
  checkPage,
  launchBrowser,
  newContext,
  readQrOnPage,
  serveApp,
  type ServedApp,
} from './browser.js'
import { filedCode, fillStay, settled } from './service-forms.js'

const DESKTOP = { width: 1280, height: 900 }
const TEMPORARY_RESIDENCE = '1.004194'
const ADDRESS = 'Số 12, đường Võ Thị Sáu, khu phố 3'
/** The shortest target a finger hits reliably on the kiosk's screen. */
const KIOSK_TARGET_PX = 56

// Filing a public service from the resident's pre-filled form to the receipt, at a phone's width
// and a desktop's, and the same catalogue and form on the kiosk's touch screen.
describe('public services in chromium', { skip: browserSkip }, () => {
  const cleanup = new Cleanup()
  let test: TestDatabase
  let served: ServedApp
  let browser: Browser

  before(async () => {
    test = await openTestDatabase('pglite')
    cleanup.defer(() => test.drop())
    await seedPopulation(test.database, { scale: 1_000, seed: 19, today: '2026-11-27' })
    served = await serveApp(test.database)
    cleanup.defer(() => served.close())
    browser = await launchBrowser()
    cleanup.defer(() => browser.close())
  })
  after(() => cleanup.run())

  const open = async (
    actor: Actor | null,
    viewport: { width: number; height: number },
  ): Promise<Page> => {
    const context = await newContext(browser, served.url, {
      viewport,
      ...(actor ? { cookie: actor.cookie } : {}),
    })
    return context.newPage()
  }

  async function fileFromCatalogue(
    viewport: { width: number; height: number },
    name: string,
  ): Promise<void> {
    const resident = await enrol(served.app, test.database, { level: 2 })
    const page = await open(resident, viewport)

    // The catalogue, searched without diacritics.
    await page.goto('/services')
    await page.getByRole('heading', { level: 1, name: 'Dịch vụ công' }).waitFor()
    await page.getByLabel('Tìm dịch vụ').fill('tam tru')
    const link = page.getByRole('link', { name: 'Đăng ký tạm trú', exact: true })
    await link.waitFor()
    // Birth registration goes once the search has run.
    await page
      .getByRole('link', { name: 'Đăng ký khai sinh', exact: true })
      .waitFor({ state: 'detached' })
    const card = page.locator('li', { has: link })
    await card.getByText('Không cần giấy tờ giấy').waitFor()
    await card.getByText('3 ngày làm việc').waitFor()
    await card.getByText('7.000 đồng').waitFor()
    await checkPage(page, `services-catalogue-${name}`)

    // The form, filled from the registry, those fields locked.
    await link.click()
    await page.getByRole('heading', { level: 1, name: 'Đăng ký tạm trú' }).waitFor()
    const fullName = page.getByLabel('Họ, chữ đệm và tên')
    await fullName.waitFor()
    assert.ok(await fullName.isDisabled(), 'the registry’s name is locked')
    assert.ok(await page.getByLabel('Số định danh cá nhân').isDisabled())
    assert.equal(
      await page.getByLabel('Số định danh cá nhân').inputValue(),
      resident.personalNumber,
    )
    assert.ok(
      (await page.getByText('Từ Cơ sở dữ liệu quốc gia về dân cư', { exact: true }).count()) >= 4,
      'each locked field says where it comes from',
    )
    await page.getByText('Đã có trong Cơ sở dữ liệu quốc gia về dân cư').first().waitFor()

    // A draft, saved as the resident types, resumes after a reload.
    await page.getByLabel('Địa chỉ chỗ ở').fill(ADDRESS)
    await page.getByText(/^Đã lưu nháp lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/).waitFor()
    await page.reload()
    await page.getByText(/^Tiếp tục bản nháp lưu lúc/).waitFor()
    assert.equal(await page.getByLabel('Địa chỉ chỗ ở').inputValue(), ADDRESS)
    const elsewhere = await page.context().newPage()
    await elsewhere.goto('/me/dossiers')
    await elsewhere
      .getByRole('region', { name: 'Bản nháp chưa nộp' })
      .getByRole('link', { name: 'Đăng ký tạm trú', exact: true })
      .waitFor()
    await elsewhere.close()
    await fillStay(page, '12345')
    await settled(page)
    await checkPage(page, `services-form-${name}`)

    // The server's refusal of a field shows at that field, in the page's language.
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click()
    await page.getByText('Tờ khai chưa hợp lệ: xem lỗi ở từng trường.').waitFor()
    const phone = page.getByLabel('Số điện thoại liên hệ')
    await page.getByText('Giá trị không đúng định dạng').waitFor()
    assert.equal(await phone.getAttribute('aria-invalid'), 'true')
    const describedBy = (await phone.getAttribute('aria-describedby')) ?? ''
    const described = await page.evaluate(
      (ids) =>
        ids
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      describedBy,
    )
    assert.match(
      described + (await page.locator('.mantine-InputWrapper-error').allInnerTexts()).join(' '),
      /không đúng định dạng/,
    )
    await assertAccessible(page, `services-form-error-${name}`)
    await page.locator('button[lang="en"]:visible').first().click()
    await page.getByText('Not in the expected form').waitFor()
    await page.locator('button[lang="vi"]:visible').first().click()

    // Corrected, it is filed; the receipt gives the code, the dates and the QR of the look-up.
    await phone.fill('0912345678')
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click()
    await page.waitForURL(/\/services\/dossiers\/[0-9A-Z-]+\?filed=1$/)
    const code = await filedCode(page)
    assert.match(code, /^\d{5}-\d{6}-[0-9A-Z]{6}$/)
    const due = page.locator('dt', { hasText: 'Hẹn trả kết quả' }).locator('+ dd')
    assert.match((await due.innerText()).trim(), /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)
    await page.getByText('Tiếp nhận hồ sơ', { exact: true }).waitFor()
    assert.equal(await readQrOnPage(page), `${served.url}/services/lookup/${code}`)
    assert.equal(
      await page.getByRole('link', { name: 'Tải giấy tiếp nhận (PDF)' }).getAttribute('href'),
      `/api/v1/me/dossiers/${code}/receipt.pdf`,
    )
    await checkPage(page, `services-receipt-${name}`)

    // Printed, only the receipt shows.
    await page.emulateMedia({ media: 'print' })
    assert.equal(await page.getByRole('button', { name: 'In giấy tiếp nhận' }).isVisible(), false)
    assert.equal(
      await page.getByRole('navigation', { name: 'Điều hướng chính' }).isVisible(),
      false,
    )
    assert.ok(await page.locator('.service-receipt').isVisible())
    await page.emulateMedia({ media: 'screen' })

    // The fee (7,000 đồng online) is shown as a VietQR and paid here by the simulated bank, through
    // the same signed callback a bank calls.
    await page.getByText('Nộp phí, lệ phí bằng VietQR').waitFor()
    const simulated = page.waitForResponse((r) => r.url().endsWith(`/payments/${code}/simulate`))
    await page.getByRole('button', { name: 'Mô phỏng thanh toán' }).click()
    assert.ok((await simulated).ok())
    const fee = await page.evaluate(async (dossier) => {
      const response = await fetch(`/api/v1/me/dossiers/${dossier}/fee`, { method: 'POST' })
      return (await response.json()) as { status: string; amount: number }
    }, code)
    assert.deepEqual(fee, { ...fee, status: 'paid', amount: 7_000 })

    // My dossiers list it; the public look-up shows it to anyone, nothing personal.
    await page.goto('/me/dossiers')
    await page.getByRole('heading', { level: 1, name: 'Hồ sơ đã nộp' }).waitFor()
    const mine = page.locator('li', { hasText: code })
    await mine.getByText('Đã tiếp nhận').waitFor()
    await checkPage(page, `services-mine-${name}`)
    const stranger = await open(null, viewport)
    await stranger.goto(`/services/lookup/${code}`)
    await stranger.getByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' }).waitFor()
    await stranger.getByText('Đăng ký tạm trú').waitFor()
    await settled(stranger)
    assert.ok(!(await stranger.content()).includes(resident.personalNumber))
    await checkPage(stranger, `services-lookup-${name}`)
    await stranger.context().close()
    await page.context().close()
  }

  it('files a temporary residence on a phone, from the pre-filled form to the receipt', async () => {
    await fileFromCatalogue(PHONE, 'phone')
  })

  it('files it at a desktop’s width', async () => {
    await fileFromCatalogue(DESKTOP, 'desktop')
  })

  it('files a linked birth (no. 17) as one dossier with three parts, each handled by its agency', async () => {
    const mother = await enrol(served.app, test.database, {
      level: 2,
      where: `sex = 'F' AND birth_date BETWEEN '1980-01-01' AND '2005-01-01'`,
    })
    const page = await open(mother, PHONE)
    await page.goto('/services')
    await page.getByLabel('Tìm dịch vụ').fill('lien thong khai sinh')
    await page.getByRole('link', { name: /^Liên thông: đăng ký khai sinh/ }).click()
    await page.getByRole('heading', { level: 1, name: /^Liên thông: đăng ký khai sinh/ }).waitFor()
    await page.getByLabel('Số điện thoại liên hệ').fill('0912345678')
    await page.getByLabel('Quan hệ với trẻ').selectOption({ label: 'Mẹ' })
    // The applicant's own birth date and sex have the same labels: the child's by their ids.
    await page.getByLabel('Họ, chữ đệm và tên của trẻ').fill('Nguyễn Minh Khang')
    const [year, month, day] = new Date(Date.now() + 7 * 3_600_000)
      .toISOString()
      .slice(0, 10)
      .split('-')
    await page.locator('#root_child_birthDate').fill(`${day}/${month}/${year}`)
    await page.locator('#root_child_birthDate').blur()
    await page.locator('#root_child_sex').selectOption({ label: 'Nam' })
    await page.getByLabel('Tỉnh, thành phố nơi sinh (mã)').fill('75')
    await page.getByLabel('Dân tộc (mã)').fill('01')
    await page.getByLabel('Số định danh cá nhân của mẹ').fill(mother.personalNumber)
    await page.getByLabel('Họ tên mẹ').fill('Người Mẹ')
    const commune = page.getByLabel('Xã, phường nơi thường trú')
    await commune.locator(`option[value="${mother.communeCode}"]`).waitFor({ state: 'attached' })
    await commune.selectOption(mother.communeCode)
    await page.getByLabel(/^Trường hợp đăng ký/).selectOption({ label: 'Về ở với người thân' })
    await page.getByLabel(/^Địa chỉ \(thường trú/).fill('Số 12, đường Võ Thị Sáu, khu phố 3')
    await page.getByLabel('Số định danh cá nhân của chủ hộ').fill(mother.personalNumber)
    await page.getByLabel('Chủ hộ đồng ý cho trẻ đăng ký thường trú').check()
    await page.getByLabel(/^Nơi đăng ký khám bệnh/).fill('Trạm Y tế phường Tam Hiệp')
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click()
    const code = await filedCode(page)
    const parts = page.getByRole('region', { name: 'Hồ sơ liên thông' }).getByRole('listitem')
    await parts.nth(2).waitFor()
    assert.equal(await parts.count(), 3)
    await parts.filter({ hasText: 'Đăng ký khai sinh' }).waitFor()
    await parts.filter({ hasText: 'Đăng ký thường trú' }).waitFor()
    await checkPage(page, 'services-linked-receipt')

    // Each agency decides its part; the birth first, as the residence takes the child's number.
    const officers: [Role, string[]][] = [
      ['communeOfficer', [mother.communeCode]],
      ['communePolice', [mother.communeCode]],
      ['departmentOfficer', ['75']],
    ]
    const partCodes = await page.evaluate(async (dossier) => {
      const response = await fetch(`/api/v1/me/dossiers/${dossier}`)
      return ((await response.json()) as { parts: { code: string }[] }).parts.map((p) => p.code)
    }, code)
    for (const [i, [role, unitCodes]] of officers.entries()) {
      const officer = await enrol(served.app, test.database, { role, unitCodes })
      const approved = await served.app.inject({
        method: 'POST',
        url: `/api/v1/services/handling/${partCodes[i]!}/approve`,
        headers: { cookie: officer.cookie },
        payload: {},
      })
      assert.equal(approved.statusCode, 200, approved.body)
    }
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Giấy tiếp nhận hồ sơ' }).waitFor()
    for (let i = 0; i < 3; i++)
      await parts.nth(i).getByText('Đã giải quyết', { exact: false }).waitFor()
    await checkPage(page, 'services-linked-approved')
    await page.context().close()
  })

  it('explains to a level-1 resident that the service needs level 2, and shows no form', async () => {
    const levelOne = await enrol(served.app, test.database, { level: 1 })
    const page = await open(levelOne, PHONE)
    await page.goto(`/services/${TEMPORARY_RESIDENCE}`)
    await page
      .getByText(
        'Dịch vụ này cần tài khoản định danh điện tử mức 2; tài khoản của bạn đang ở mức 1.',
      )
      .waitFor()
    assert.equal(await page.getByRole('button', { name: 'Nộp hồ sơ' }).count(), 0)
    await assertAccessible(page, 'services-level-1')
    await page.context().close()
  })

  it('shows the same catalogue and form on the kiosk, with large targets, in one column', async () => {
    const resident = await enrol(served.app, test.database, { level: 2 })
    const page = await open(resident, { width: 1080, height: 1920 })
    await page.goto('/kiosk/services')
    await page.getByRole('heading', { level: 1, name: 'Nộp hồ sơ tại ki-ốt' }).waitFor()
    await page.getByLabel('Tìm dịch vụ').fill('tạm trú')
    await page.getByRole('link', { name: 'Đăng ký tạm trú', exact: true }).click()
    await page.getByLabel('Họ, chữ đệm và tên').waitFor()
    await settled(page)
    const small = await page.evaluate((min) => {
      const targets = [
        ...document.querySelectorAll<HTMLElement>(
          'main button, main input:not([type="checkbox"]):not([type="hidden"]), main select',
        ),
      ]
      return targets
        .filter((e) => e.offsetParent !== null && e.getBoundingClientRect().height < min)
        .map(
          (e) => `${e.tagName.toLowerCase()}#${e.id} ${String(e.getBoundingClientRect().height)}`,
        )
    }, KIOSK_TARGET_PX)
    assert.deepEqual(small, [], 'targets under 56 px on the kiosk')
    await assertAccessible(page, 'kiosk-services-form')
    await assertFitsWidth(page, 'kiosk-services-form')
    await page.getByRole('button', { name: 'Kết thúc' }).waitFor()
    await page.context().close()
  })
})
