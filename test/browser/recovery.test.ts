import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { getResident, seedPopulation } from '../../src/modules/population/index.js'
import {
  PASSWORD,
  enrol,
  lastSentCode,
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
  serveApp,
  type ServedApp,
} from './browser.js'

const NEW_PASSWORD = 'mật khẩu mới nhớ được 2026'

// The way back into an account: from the sign-in page, and from a sign-up that finds one.
describe('account recovery in chromium', { skip: browserSkip }, () => {
  const cleanup = new Cleanup()
  let test: TestDatabase
  let served: ServedApp
  let browser: Browser

  before(async () => {
    test = await openTestDatabase('pglite')
    cleanup.defer(() => test.drop())
    await seedPopulation(test.database, { scale: 1_000, seed: 8, today: '2026-11-27' })
    served = await serveApp(test.database)
    cleanup.defer(() => served.close())
    browser = await launchBrowser()
    cleanup.defer(() => browser.close())
  })
  after(() => cleanup.run())

  const open = async (): Promise<Page> => (await newContext(browser, served.url)).newPage()

  it('resets a forgotten password from the sign-in page, by the code sent to the phone', async () => {
    const owner = await enrol(served.app, test.database)
    const page = await open()
    await page.goto('/auth/login?returnTo=%2Fme')
    await page.waitForURL(/\/sso\/interaction\/[\w-]+$/)
    await page.getByRole('link', { name: 'Quên mật khẩu?' }).click()
    await page.getByRole('heading', { name: 'Đặt lại mật khẩu' }).waitFor()
    await checkPage(page, 'forgot-password')

    await page.getByLabel('Số định danh cá nhân').fill(owner.personalNumber)
    await page.getByLabel('Số điện thoại').fill('0912 345 678')
    await page.getByRole('button', { name: 'Gửi mã xác nhận' }).click()
    await page.getByLabel('Mã xác nhận').waitFor()
    await checkPage(page, 'forgot-password-code')
    await page.getByLabel('Mã xác nhận').fill(await lastSentCode(served.app))
    await page.getByLabel('Mật khẩu mới').fill(NEW_PASSWORD)
    await page.getByLabel('Nhập lại mật khẩu').fill(NEW_PASSWORD)
    await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click()
    await page.getByRole('heading', { name: 'Đã đặt lại mật khẩu' }).waitFor()
    await checkPage(page, 'forgot-password-done')
    assert.ok(await signInCookie(served.app, owner.personalNumber, NEW_PASSWORD))
  })

  it('signs the owner in on a new device by a phone code while guessing locks the account', async () => {
    const owner = await enrol(served.app, test.database)
    for (let ip = 1; ip <= 4; ip++)
      for (let i = 0; i < 5; i++)
        await served.app.inject({
          method: 'POST',
          url: '/api/v1/identity/sessions',
          remoteAddress: `10.9.0.${ip}`,
          payload: { personalNumber: owner.personalNumber, password: 'sai mật khẩu rồi' },
        })
    const page = await open()
    await page.goto('/auth/login?returnTo=%2Fme')
    await page.waitForURL(/\/sso\/interaction\/[\w-]+$/)
    await page.getByLabel('Số định danh cá nhân').fill(owner.personalNumber)
    await page.getByLabel('Mật khẩu').fill(PASSWORD)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.getByRole('alert').getByText('tạm khóa', { exact: false }).waitFor()
    await page.getByLabel('Số điện thoại').fill('0912 345 678')
    await page.getByRole('button', { name: 'Nhận mã qua điện thoại' }).click()
    await page.getByLabel('Mã xác nhận').waitFor()
    await checkPage(page, 'sign-in-locked-phone-code')
    await page.getByLabel('Mã xác nhận').fill(await lastSentCode(served.app))
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.waitForURL(/\/me$/)
  })

  it('tells a person signing up again that the account exists, and offers recovery', async () => {
    const owner = await enrol(served.app, test.database)
    const resident = await getResident(test.database.db, owner.personalNumber)
    const [day, month, year] = [...resident.birthDate.split('-')].reverse()
    const page = await open()
    await page.goto('/sign-up')
    await page.getByLabel('Số định danh cá nhân').fill(owner.personalNumber)
    await page.getByLabel('Họ và tên').fill(resident.fullName)
    await page.getByLabel('Ngày sinh').fill(`${day}/${month}/${year}`)
    await page.getByLabel('Số điện thoại').fill('0912 345 678')
    await page.getByRole('button', { name: 'Gửi mã xác nhận' }).click()
    await page.getByRole('alert').getByText('đã có tài khoản', { exact: false }).waitFor()
    const recovery = page.getByRole('link', { name: 'Quên mật khẩu?' })
    assert.equal(await recovery.getAttribute('href'), '/forgot-password')
    await checkPage(page, 'sign-up-already-registered')
    await recovery.click()
    await page.getByRole('heading', { name: 'Đặt lại mật khẩu' }).waitFor()
  })
})
