import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose'
import * as oidc from 'openid-client'
import type { Browser, Page } from 'playwright-core'
import { provinceOfCommune, seedPopulation } from '../../src/modules/population/index.js'
import { enrol, openTestDatabase, type Actor, type TestDatabase } from '../kit/index.js'
import {
  Cleanup,
  browserSkip,
  checkPage,
  launchBrowser,
  newContext,
  serveApp,
  type ServedApp,
} from './browser.js'

const API = '/api/v1/exchange'

// The exchange's grant flow at 360 px: the bank's administrator asks for the police's resident
// check in the catalogue, the police's administrator approves it, the bank sees it active; then a
// call of the bank's system through /x/ appears in the bank's call log, filtered.
describe('the data exchange in chromium', { skip: browserSkip }, () => {
  const cleanup = new Cleanup()
  let test: TestDatabase
  let served: ServedApp
  let browser: Browser
  let admin: Actor
  let police: Actor
  let bank: Actor
  let person: { personal_number: string; full_name: string; birth_date: string }

  const call = async <T>(who: Actor, url: string, payload: object, status = 201) => {
    const response = await served.app.inject({
      method: 'POST',
      url: `${API}${url}`,
      payload,
      headers: { cookie: who.cookie },
    })
    assert.equal(response.statusCode, status, response.body)
    return response.json<T>()
  }

  before(async () => {
    test = await openTestDatabase('pglite')
    cleanup.defer(() => test.drop())
    await seedPopulation(test.database, { scale: 1_000, seed: 16, today: '2026-12-07' })
    served = await serveApp(test.database)
    cleanup.defer(() => served.close())
    browser = await launchBrowser()
    cleanup.defer(() => browser.close())
    const first = await enrol(served.app, test.database, { level: 2 })
    const province = await provinceOfCommune(test.database.db, first.communeCode)
    admin = await enrol(served.app, test.database, { role: 'administrator', unitCodes: [province] })
    const officer = (agencyCode: string) =>
      enrol(served.app, test.database, {
        role: 'departmentOfficer',
        unitCodes: [province],
        agencyCode,
      })
    police = await officer('CATINH')
    bank = await officer('NHCSXH')
    for (const [code, type] of [
      ['CATINH', 'agency'],
      ['NHCSXH', 'bank'],
    ])
      await call(admin, '/members', { code, name: `Thành viên ${code}`, type, contacts: [] })
    await call(admin, '/services', {
      providerCode: 'CATINH',
      code: 'residents',
      name: 'Xác minh công dân',
      description: 'Đối chiếu số định danh, họ tên, ngày sinh',
      openapi: { $ref: 'https://catinh.example.vn/openapi.json' },
      attributes: ['eidLevel', 'alive'],
      purposes: [
        { code: 'loan', name: 'Cho vay ưu đãi', legalBasis: 'Nghị định 78/2002/NĐ-CP' },
        { code: 'medical_checkin', name: 'Tiếp đón khám bệnh', legalBasis: 'Luật KCB 2023' },
      ],
      rateLimitPerMinute: 600,
      target: { kind: 'builtin', name: 'resident-verification' },
    })
    const [row] = await test.database.query<typeof person>(
      `SELECT personal_number, full_name, birth_date::text FROM residents
        WHERE personal_number = $1`,
      [first.personalNumber],
    )
    person = row!
  })
  after(() => cleanup.run())

  const openAs = async (who: Actor, path: string): Promise<Page> => {
    const page = await (await newContext(browser, served.url, { cookie: who.cookie })).newPage()
    await page.goto(path)
    await page.locator('[data-loading]').first().waitFor({ state: 'detached' })
    return page
  }

  /** The bank's system: an SSO machine client with its own key, through openid-client. */
  async function bankSystemToken(): Promise<string> {
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true })
    const jwk = await exportJWK(publicKey)
    const kid = await calculateJwkThumbprint(jwk)
    const registered = await served.app.inject({
      method: 'POST',
      url: '/api/v1/sso/clients',
      headers: { cookie: admin.cookie },
      payload: {
        kind: 'machine',
        name: 'Hệ thống ngân hàng',
        authMethod: 'private_key_jwt',
        jwks: { keys: [{ ...jwk, kid, alg: 'ES256', use: 'sig' }] },
        role: 'partnerSystem',
        agencyCode: 'NHCSXH',
        scopes: ['exchange.call'],
      },
    })
    assert.equal(registered.statusCode, 201, registered.body)
    const config = await oidc.discovery(
      new URL(`${served.url}/oidc`),
      registered.json<{ clientId: string }>().clientId,
      undefined,
      oidc.PrivateKeyJwt({ key: privateKey, kid }),
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the test server speaks plain http
      { execute: [oidc.allowInsecureRequests] },
    )
    return (await oidc.clientCredentialsGrant(config, { scope: 'exchange.call' })).access_token
  }

  it('lets the bank ask in the catalogue, the police approve, the bank see its grant active', async () => {
    const catalogue = await openAs(bank, '/officer/exchange/catalogue')
    const service = catalogue.locator('[data-service="CATINH/residents"]')
    await service.getByRole('button', { name: 'Đề nghị truy cập' }).click()
    await service.getByRole('checkbox', { name: 'Cho vay ưu đãi' }).check()
    await service.getByRole('checkbox', { name: 'eidLevel' }).check()
    await service.getByLabel('Lý do đề nghị').fill('Xác minh người vay vốn ưu đãi')
    await checkPage(catalogue, 'exchange-catalogue')
    await service.getByRole('button', { name: 'Gửi đề nghị' }).click()
    await service.getByText('Đã gửi đề nghị; bên cung cấp sẽ xem xét.').waitFor()
    await catalogue.context().close()

    const decisions = await openAs(police, '/officer/exchange/grants')
    const incoming = decisions.getByRole('region', { name: 'Đề nghị gửi đến dịch vụ của tôi' })
    const request = incoming.getByRole('listitem').filter({ hasText: 'NHCSXH' })
    await request.getByText('Xác minh người vay vốn ưu đãi').waitFor()
    await checkPage(decisions, 'exchange-grants-provider')
    await request.getByRole('button', { name: 'Chấp thuận' }).click()
    await request.getByText('Đang hiệu lực').waitFor()
    await decisions.context().close()

    const mine = await openAs(bank, '/officer/exchange/grants')
    const asked = mine.getByRole('region', { name: 'Đề nghị của thành viên tôi' })
    await asked.getByText('Đang hiệu lực').waitFor()
    assert.equal(await asked.getByRole('button', { name: 'Chấp thuận' }).count(), 0)
    await checkPage(mine, 'exchange-grants-consumer')
    await mine.context().close()
  })

  it("shows the bank's call through /x/ in its call log, filtered by purpose and service", async () => {
    const token = await bankSystemToken()
    const question = {
      personalNumber: person.personal_number,
      fullName: person.full_name,
      birthDate: person.birth_date,
    }
    for (const [requestId, purpose] of [
      ['bank-call-loan', 'loan'],
      ['bank-call-refused', 'medical_checkin'],
    ]) {
      const response = await served.app.inject({
        method: 'POST',
        url: '/x/CATINH/residents',
        headers: {
          authorization: `Bearer ${token}`,
          'x-purpose': purpose!,
          'x-request-id': requestId!,
        },
        payload: question,
      })
      assert.equal(response.statusCode, purpose === 'loan' ? 200 : 403, response.body)
    }
    const log = await openAs(bank, '/officer/exchange/calls')
    const entries = log.getByRole('list', { name: 'Các cuộc gọi, mới nhất trước' })
    await entries.locator('[data-call="bank-call-refused"]').waitFor()
    await log.getByLabel('Mã mục đích').fill('loan')
    await log.getByLabel('Mã dịch vụ').fill('residents')
    await log.getByRole('button', { name: 'Lọc', exact: true }).click()
    await entries.locator('[data-call="bank-call-refused"]').waitFor({ state: 'detached' })
    const loan = entries.locator('[data-call="bank-call-loan"]')
    await loan.getByText('NHCSXH → CATINH/residents').waitFor()
    await loan.getByText('Thành công · 200').waitFor()
    assert.equal(await entries.getByRole('listitem').count(), 1)
    await checkPage(log, 'exchange-calls')
    await log.context().close()
  })

  it('lets the administrator register a member and see every service', async () => {
    const members = await openAs(admin, '/officer/exchange/members')
    await members.getByLabel('Mã thành viên').fill('BVDKDN')
    await members.getByLabel('Tên thành viên').fill('Bệnh viện Đa khoa')
    await members.getByLabel('Người liên hệ').fill('Nguyễn Văn Đầu Mối')
    await members.getByRole('button', { name: 'Đăng ký thành viên' }).click()
    await members.locator('[data-member="BVDKDN"]').waitFor()
    await checkPage(members, 'exchange-members')
    await members.context().close()
    const services = await openAs(admin, '/officer/exchange/services')
    await services.locator('[data-service="CATINH/residents"]').waitFor()
    await services.getByRole('button', { name: 'Thêm mục đích' }).waitFor()
    await checkPage(services, 'exchange-services')
    await services.context().close()
  })
})
