import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { seedPopulation } from '../../src/modules/population/index.js'
import {
  enrol,
  pickResident,
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

const DESKTOP = { width: 1280, height: 900 }

// The officer console in a real browser: purpose first, jurisdiction kept, every read audited.
describe('the officer console in chromium', { skip: browserSkip }, () => {
  const cleanup = new Cleanup()
  let test: TestDatabase
  let served: ServedApp
  let browser: Browser
  let officer: Actor
  let resident: Actor
  let outside: { personalNumber: string; communeCode: string }

  before(async () => {
    test = await openTestDatabase('pglite')
    cleanup.defer(() => test.drop())
    await seedPopulation(test.database, { scale: 1_000, seed: 11, today: '2026-11-27' })
    served = await serveApp(test.database)
    cleanup.defer(() => served.close())
    browser = await launchBrowser()
    cleanup.defer(() => browser.close())
    resident = await enrol(served.app, test.database)
    const here = `commune_code = '${resident.communeCode}'`
    officer = await enrol(served.app, test.database, {
      role: 'communePolice',
      unitCodes: [resident.communeCode],
      where: here,
    })
    outside = await pickResident(test.database, `commune_code <> '${resident.communeCode}'`)
  })
  after(() => cleanup.run())

  const open = async (actor: Actor | null, viewport = DESKTOP): Promise<Page> => {
    const context = await newContext(browser, served.url, {
      viewport,
      ...(actor ? { cookie: actor.cookie } : {}),
    })
    return context.newPage()
  }

  it('asks for a purpose before searching, then finds residents of the jurisdiction', async () => {
    const page = await open(officer)
    await page.goto('/officer')
    await page.getByLabel('Mục đích tra cứu').waitFor()
    assert.ok(await page.getByLabel('Họ và tên').isDisabled(), 'no search before a purpose')
    await checkPage(page, 'officer-search')

    await page.getByLabel('Mục đích tra cứu').selectOption('residence_management')
    await page.waitForURL(/purpose=residence_management/)
    await page.getByLabel('Mã đơn vị hành chính').fill(resident.communeCode)
    await page.getByRole('button', { name: 'Tìm kiếm' }).click()
    const row = page.getByRole('row').filter({ hasText: resident.personalNumber })
    await row.waitFor()
    await checkPage(page, 'officer-results')

    await row.getByRole('link').click()
    await page.waitForURL(new RegExp(`/officer/residents/${resident.personalNumber}\\?purpose=`))
    await page.getByRole('heading', { name: 'Hộ gia đình' }).waitFor()
    await page.getByText('Địa chỉ:').waitFor()
    await page.getByRole('heading', { name: 'Biến động cư trú' }).waitFor()
    await page.locator('.movements, .empty').first().waitFor()
    await checkPage(page, 'officer-resident')

    // The resident sees those reads, with the purpose the officer chose.
    const own = await open(resident)
    await own.goto('/me/access-log')
    await own.getByText('Xem thông tin hộ gia đình').waitFor()
    const text = await own.getByRole('list', { name: 'Các lần truy cập dữ liệu' }).innerText()
    for (const action of ['Xem thông tin cá nhân', 'Xem biến động cư trú', 'Tìm kiếm'])
      assert.ok(text.includes(action), action)
    assert.ok(text.includes('Quản lý cư trú'))
    assert.ok(!text.includes(officer.personalNumber))
  })

  it('refuses a search outside the jurisdiction, saying why, and knows no record there', async () => {
    const page = await open(officer, { width: 360, height: 780 })
    await page.goto('/officer?purpose=identity_verification')
    await page.getByLabel('Mã đơn vị hành chính').fill(outside.communeCode)
    await page.getByRole('button', { name: 'Tìm kiếm' }).click()
    await page.getByRole('alert').getByText('ngoài địa bàn', { exact: false }).waitFor()
    await checkPage(page, 'officer-search-outside')

    // A record outside reads as a number that does not exist, so none can be probed (issue 17).
    await page.goto(`/officer/residents/${outside.personalNumber}?purpose=identity_verification`)
    await page.getByRole('alert').getByText('Không tìm thấy công dân', { exact: false }).waitFor()
    await checkPage(page, 'officer-resident-outside')
  })

  it('asks for the purpose on a resident link without one', async () => {
    const page = await open(officer)
    await page.goto(`/officer/residents/${resident.personalNumber}`)
    await page.getByLabel('Mục đích tra cứu').selectOption('administrative_procedure')
    await page.waitForURL(/purpose=administrative_procedure/)
    await page.getByRole('heading', { name: 'Thông tin cá nhân' }).waitFor()
  })

  it('raises an account to level 2 after a confirmation', async () => {
    const citizen = await enrol(served.app, test.database, {
      where: `commune_code = '${resident.communeCode}'`,
    })
    const page = await open(officer)
    await page.goto(
      `/officer/residents/${citizen.personalNumber}?purpose=account_verification_level2`,
    )
    await page.getByRole('button', { name: 'Nâng lên mức 2' }).click()
    await page.getByRole('button', { name: 'Xác nhận nâng mức' }).click()
    await page.getByText(/Đã nâng lên mức 2 lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/).waitFor()
    await checkPage(page, 'officer-raised')
    const me = await served.app.inject({
      method: 'GET',
      url: '/api/v1/identity/me',
      headers: { cookie: citizen.cookie },
    })
    assert.equal(me.json<{ level: number }>().level, 2)
  })

  it('browses the administrative units, now and before the 2025 reorganisation', async () => {
    const page = await open(null, { width: 360, height: 780 })
    await page.goto('/officer/units')
    await page.getByText(/\d+ đơn vị, ngày \d{2}\/\d{2}\/\d{4}/).waitFor()
    await checkPage(page, 'units-current')
    await page.getByLabel(/Trước sắp xếp/).check()
    await page.getByText(/đơn vị, ngày 30\/06\/2025/).waitFor()
    const first = page.locator('.unit-list li button').first()
    await first.click()
    await page.locator('.breadcrumb li').nth(1).waitFor()
    await page.locator('.unit-list li').first().waitFor()
    await checkPage(page, 'units-before')
  })
})
