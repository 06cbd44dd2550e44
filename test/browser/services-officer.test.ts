import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { seedPopulation } from '../../src/modules/population/index.js'
import { catalogue } from '../../src/modules/services/index.js'
import { vietnamDate } from '../../src/platform/time/vietnam.js'
import { enrol, type Actor, openTestDatabase, type TestDatabase } from '../kit/index.js'
import {
  Cleanup,
  PHONE,
  browserSkip,
  checkPage,
  launchBrowser,
  newContext,
  serveApp,
  type ServedApp,
} from './browser.js'

const DESKTOP = { width: 1280, height: 900 }
const TEMPORARY_RESIDENCE = '1.004194'
const STAY_COMMUNE = '26017'

// The one-stop shop in a real browser: the queue, a dossier read with a purpose, asking for
// more, the resident's answer on their dossier's page,
// and the approval, confirmed, on a phone and on a desktop.
describe('the one-stop shop console in chromium', { skip: browserSkip }, () => {
  const cleanup = new Cleanup()
  let test: TestDatabase
  let served: ServedApp
  let browser: Browser
  let police: Actor
  let resident: Actor

  before(async () => {
    test = await openTestDatabase('pglite')
    cleanup.defer(() => test.drop())
    await seedPopulation(test.database, { scale: 1_000, seed: 11, today: '2026-11-27' })
    served = await serveApp(test.database)
    cleanup.defer(() => served.close())
    browser = await launchBrowser()
    cleanup.defer(() => browser.close())
    resident = await enrol(served.app, test.database, { level: 2 })
    police = await enrol(served.app, test.database, {
      role: 'communePolice',
      unitCodes: [STAY_COMMUNE],
    })
  })
  after(() => cleanup.run())

  const file = async (): Promise<string> => {
    const data = structuredClone(catalogue().get(TEMPORARY_RESIDENCE)!.definition.example) as {
      stay: Record<string, unknown>
    }
    data.stay.communeCode = STAY_COMMUNE
    data.stay.from = vietnamDate()
    data.stay.until = '2099-12-31'
    const response = await served.app.inject({
      method: 'POST',
      url: '/api/v1/services/dossiers',
      headers: { cookie: resident.cookie, 'idempotency-key': randomUUID() },
      payload: { serviceCode: TEMPORARY_RESIDENCE, data },
    })
    assert.equal(response.statusCode, 201, response.body)
    return response.json<{ code: string }>().code
  }

  const open = async (
    viewport: { width: number; height: number },
    who: Actor = police,
  ): Promise<Page> => {
    const context = await newContext(browser, served.url, { viewport, cookie: who.cookie })
    return context.newPage()
  }

  for (const [name, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)
    it(`asks for more, takes the answer and approves (${name})`, async () => {
      const code = await file()
      const page = await open(viewport)
      await page.goto('/officer/services')
      // The table (desktop) and the cards (phone) are both in the page; one of them is shown.
      await page.locator('a:visible').filter({ hasText: code }).first().waitFor()
      await checkPage(page, `services-queue-${name}`)

      await page.goto(`/officer/services/${code}`)
      await page.getByLabel('Mục đích tra cứu').selectOption('administrative_procedure')
      await page.waitForURL(/purpose=administrative_procedure/)
      await page.getByRole('heading', { name: 'Nội dung tờ khai' }).waitFor()
      await checkPage(page, `services-dossier-${name}`)

      await page.getByRole('button', { name: 'Yêu cầu bổ sung' }).click()
      await page.getByLabel('Nội dung cần công dân bổ sung').fill('Bổ sung hợp đồng thuê nhà')
      await page.getByRole('button', { name: 'Yêu cầu bổ sung' }).last().click()
      await page.getByText('Chờ công dân bổ sung').first().waitFor()

      // The resident reads the request on their dossier and answers there.
      const citizen = await open(viewport, resident)
      await citizen.goto(`/services/dossiers/${code}`)
      await citizen
        .getByRole('heading', { name: 'Cơ quan giải quyết đề nghị bổ sung thông tin' })
        .waitFor()
      await checkPage(citizen, `services-answer-${name}`)
      await citizen.getByLabel('Thông tin bổ sung của bạn').fill('Tôi đã bổ sung hợp đồng')
      await citizen.getByRole('button', { name: 'Gửi thông tin bổ sung' }).click()
      await citizen
        .getByRole('heading', { name: 'Cơ quan giải quyết đề nghị bổ sung thông tin' })
        .waitFor({ state: 'detached' })

      await page.reload()
      await page.getByText('Công dân đã bổ sung').waitFor()
      await page.getByRole('button', { name: 'Duyệt hồ sơ' }).click()
      await page.getByText(`Duyệt hồ sơ ${code}?`).waitFor()
      await checkPage(page, `services-confirm-${name}`)
      await page.getByRole('button', { name: 'Xác nhận' }).click()
      await page.getByRole('link', { name: 'Tải kết quả (PDF)' }).waitFor()

      const mine = await served.app.inject({
        url: `/api/v1/me/dossiers/${code}`,
        headers: { cookie: resident.cookie },
      })
      assert.equal(mine.json<{ status: string }>().status, 'approved')
      // The approval reaches the resident's dossier, with its result.
      await citizen.reload()
      await citizen.getByRole('link', { name: 'Tải kết quả giải quyết (PDF)' }).waitFor()
      await citizen.context().close()
      await page.context().close()
    })
})
