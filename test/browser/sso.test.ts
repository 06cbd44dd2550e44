import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import * as oidc from 'openid-client'
import type { Browser, Page } from 'playwright-core'
import { currentTotp } from '../../src/modules/identity/index.js'
import { provinceOfCommune, seedPopulation } from '../../src/modules/population/index.js'
import { PASSWORD, enrol, type Actor, openTestDatabase, type TestDatabase } from '../kit/index.js'
import {
  Cleanup,
  browserSkip,
  checkPage,
  launchBrowser,
  newContext,
  serveApp,
  type ServedApp,
} from './browser.js'

/** A provincial system signing people in through the platform; not reachable from the test. */
const RP = 'https://rp.example.vn'
const CALLBACK = `${RP}/callback`
const CLIENT_NAME = 'Cổng dịch vụ công tỉnh'
const SCOPE = 'openid profile personal_number'

// The platform's OpenID provider in a real browser: another system's sign-in, the consent it
// asks for, and the second factor.
describe('single sign-on in chromium', { skip: browserSkip }, () => {
  const cleanup = new Cleanup()
  let test: TestDatabase
  let served: ServedApp
  let browser: Browser
  let client: { clientId: string; clientSecret: string }
  let config: oidc.Configuration

  before(async () => {
    test = await openTestDatabase('pglite')
    cleanup.defer(() => test.drop())
    await seedPopulation(test.database, { scale: 1_000, seed: 17, today: '2026-11-27' })
    served = await serveApp(test.database)
    cleanup.defer(() => served.close())
    const someone = await enrol(served.app, test.database)
    const province = await provinceOfCommune(test.database.db, someone.communeCode)
    const admin = await enrol(served.app, test.database, {
      role: 'administrator',
      unitCodes: [province],
    })
    const registered = await served.app.inject({
      method: 'POST',
      url: '/api/v1/sso/clients',
      headers: { cookie: admin.cookie },
      payload: {
        name: CLIENT_NAME,
        kind: 'web',
        authMethod: 'client_secret_basic',
        redirectUris: [CALLBACK],
      },
    })
    assert.equal(registered.statusCode, 201, registered.body)
    client = registered.json<{ clientId: string; clientSecret: string }>()
    config = await oidc.discovery(
      new URL(`${served.url}/oidc`),
      client.clientId,
      undefined,
      oidc.ClientSecretBasic(client.clientSecret),
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the test server speaks plain http
      { execute: [oidc.allowInsecureRequests] },
    )
    browser = await launchBrowser()
    cleanup.defer(() => browser.close())
  })
  after(() => cleanup.run())

  /** The system's authorization request, with PKCE (S256) and a state to check on return. */
  async function authorization() {
    const verifier = oidc.randomPKCECodeVerifier()
    const state = oidc.randomState()
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: CALLBACK,
      scope: SCOPE,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
    })
    return { url: url.href, verifier, state }
  }

  /**
   * A fresh browser whose navigation to the system's callback is caught (the address does not
   * exist): `returned` resolves with the URL the provider sent the browser to.
   */
  async function browse(): Promise<{ page: Page; returned: Promise<URL> }> {
    const context = await newContext(browser, served.url)
    const page = await context.newPage()
    const returned = new Promise<URL>((resolve) => {
      void page.route(`${RP}/**`, async (route) => {
        resolve(new URL(route.request().url()))
        await route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: '<!doctype html><html lang="vi"><title>RP</title><p>RP</p></html>',
        })
      })
    })
    return { page, returned }
  }

  async function signIn(page: Page, who: Actor): Promise<void> {
    await page.waitForURL(/\/sso\/interaction\/[\w-]+$/)
    await page.getByLabel('Số định danh cá nhân').fill(who.personalNumber)
    await page.getByLabel('Mật khẩu').fill(PASSWORD)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
  }

  it("asks the resident's consent for what the system receives, then returns a code", async () => {
    const resident = await enrol(served.app, test.database)
    const request = await authorization()
    const { page, returned } = await browse()
    await page.goto(request.url)
    await signIn(page, resident)

    await page.getByRole('heading', { name: 'Cho phép chia sẻ thông tin' }).waitFor()
    const intro = `${CLIENT_NAME} muốn nhận các thông tin sau của bạn:`
    await page.getByText(intro).waitFor()
    const listed = await page
      .getByRole('list', { name: intro })
      .getByRole('listitem')
      .allInnerTexts()
    assert.deepEqual(listed, [
      'Mã định danh riêng cho ứng dụng',
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Mức tài khoản định danh điện tử',
      'Số định danh cá nhân',
    ])
    await checkPage(page, 'sso-consent')

    await page.getByRole('button', { name: 'Đồng ý' }).click()
    const callback = await returned
    assert.equal(callback.origin + callback.pathname, CALLBACK)
    assert.ok(callback.searchParams.get('code'), `a code in ${callback.href}`)
    assert.equal(callback.searchParams.get('state'), request.state)
    assert.equal(callback.searchParams.get('error'), null)

    // The code is a real one: the system exchanges it and receives what the resident agreed to.
    const tokens = await oidc.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: request.verifier,
      expectedState: request.state,
    })
    const info = await oidc.fetchUserInfo(config, tokens.access_token, tokens.claims()!.sub)
    assert.equal(info.personal_number, resident.personalNumber)
    const consents = await served.app.inject({
      method: 'GET',
      url: '/api/v1/me/consents',
      headers: { cookie: resident.cookie },
    })
    assert.deepEqual(
      consents.json<{ clientId: string }[]>().map((c) => c.clientId),
      [client.clientId],
    )

    // The resident sees the consent among the systems they share with, and withdraws it.
    const own = await (await newContext(browser, served.url, { cookie: resident.cookie })).newPage()
    await own.goto('/me/consents')
    const entry = own
      .getByRole('listitem')
      .filter({ has: own.getByRole('heading', { name: CLIENT_NAME }) })
    await entry.waitFor()
    assert.deepEqual(await entry.locator('ul li').allInnerTexts(), listed)
    await checkPage(own, 'consents-given')
    await entry.getByRole('button', { name: `Rút lại sự đồng ý với ${CLIENT_NAME}` }).click()
    await own.getByText(`Đã rút lại sự đồng ý với ${CLIENT_NAME}.`).waitFor()
    await own.getByText('Bạn chưa đồng ý chia sẻ với ứng dụng nào.').waitFor()
    await assert.rejects(
      oidc.fetchUserInfo(config, tokens.access_token, tokens.claims()!.sub),
      'the tokens given under the consent are revoked with it',
    )
  })

  it('sends the system access_denied when the resident refuses', async () => {
    const resident = await enrol(served.app, test.database)
    const request = await authorization()
    const { page, returned } = await browse()
    await page.goto(request.url)
    await signIn(page, resident)
    await page.getByRole('heading', { name: 'Cho phép chia sẻ thông tin' }).waitFor()
    await page.getByRole('button', { name: 'Từ chối' }).click()
    const callback = await returned
    assert.equal(callback.origin + callback.pathname, CALLBACK)
    assert.equal(callback.searchParams.get('error'), 'access_denied')
    assert.equal(callback.searchParams.get('code'), null)
    assert.equal(callback.searchParams.get('state'), request.state)
    const consents = await served.app.inject({
      method: 'GET',
      url: '/api/v1/me/consents',
      headers: { cookie: resident.cookie },
    })
    assert.deepEqual(consents.json<unknown[]>(), [], 'nothing remembered')
  })

  it('asks for the authenticator code after the password, and accepts a recovery code', async () => {
    const resident = await enrol(served.app, test.database)
    const started = await served.app.inject({
      method: 'POST',
      url: '/api/v1/identity/totp',
      headers: { cookie: resident.cookie },
    })
    assert.equal(started.statusCode, 200, started.body)
    const { secret } = started.json<{ secret: string }>()
    const confirmed = await served.app.inject({
      method: 'POST',
      url: '/api/v1/identity/totp/confirm',
      headers: { cookie: resident.cookie },
      payload: { code: currentTotp(secret) },
    })
    assert.equal(confirmed.statusCode, 200, confirmed.body)
    const { recoveryCodes } = confirmed.json<{ recoveryCodes: string[] }>()
    // A code valid in no step around now (the provider accepts one step either side).
    const now = Date.now()
    const valid = new Set([-30_000, 0, 30_000].map((d) => currentTotp(secret, now + d)))
    const wrong = ['000000', '111111', '222222', '333333'].find((c) => !valid.has(c))!

    const { page } = await browse()
    await page.goto('/')
    await page.getByRole('banner').getByRole('link', { name: 'Đăng nhập' }).click()
    await signIn(page, resident)
    await page.getByRole('heading', { name: 'Xác thực hai lớp' }).waitFor()
    const code = page.getByLabel('Mã xác thực')
    await code.fill(wrong)
    await page.getByRole('button', { name: 'Xác nhận' }).click()
    await page.getByRole('alert').getByText('Mã xác thực không đúng.').waitFor()
    await checkPage(page, 'sso-second-factor')
    // The setup spent the current code: the authenticator's next one.
    await code.fill(currentTotp(secret, Date.now() + 30_000))
    await page.getByRole('button', { name: 'Xác nhận' }).click()
    await page.waitForURL(/\/me$/)
    await page.getByText(resident.personalNumber, { exact: true }).waitFor()
    await page.getByText('Đang bật.').waitFor()

    // Without the phone: one of the recovery codes, in a fresh browser.
    const other = await browse()
    await other.page.goto('/auth/login?returnTo=%2Fme')
    await signIn(other.page, resident)
    await other.page.getByLabel('Mã xác thực').fill(recoveryCodes[0]!)
    await other.page.getByRole('button', { name: 'Xác nhận' }).click()
    await other.page.waitForURL(/\/me$/)
    await other.page.getByText(resident.personalNumber, { exact: true }).waitFor()
  })
})
