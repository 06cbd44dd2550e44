import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { toBuffer } from 'qrcode'
import { fineArticle } from '../../src/modules/fines/index.js'
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
import { ownedCarScene } from './fines-scene.js'

const ARTICLE = '168-6-9-b'

// The police's side of traffic fines on a phone: a commune police officer records a violation on
// the roadside with a photo, then decides the appeal its owner files.
describe('traffic fines for the police in chromium', { skip: browserSkip }, () => {
  const cleanup = new Cleanup()
  let test: TestDatabase
  let served: ServedApp
  let browser: Browser
  let scene: { commune: string; owner: Actor; police: Actor; plate: string }

  before(async () => {
    test = await openTestDatabase('pglite')
    cleanup.defer(() => test.drop())
    served = await serveApp(test.database)
    cleanup.defer(() => served.close())
    browser = await launchBrowser()
    cleanup.defer(() => browser.close())
    const { commune, owner, car } = await ownedCarScene(served.app, test.database)
    const police = await enrol(served.app, test.database, {
      role: 'communePolice',
      unitCodes: [commune],
      where: `personal_number <> '${owner.personalNumber}'`,
    })
    scene = { commune, owner, police, plate: car.plate }
  })
  after(() => cleanup.run())

  const call = async <T>(who: Actor, method: 'GET' | 'POST', url: string, payload?: object) => {
    const response = await served.app.inject({
      method,
      url,
      headers: { cookie: who.cookie },
      ...(payload ? { payload } : {}),
    })
    assert.ok(response.statusCode < 300, `${method} ${url}: ${response.body}`)
    return response.json<T>()
  }

  it('records a violation with a photo, then decides the owner’s appeal', async () => {
    const context = await newContext(browser, served.url, { cookie: scene.police.cookie })
    cleanup.defer(() => context.close())
    const page = await context.newPage()
    const article = fineArticle(ARTICLE)

    await page.goto('/officer/fines/new')
    await page.getByRole('heading', { level: 1, name: 'Ghi nhận vi phạm giao thông' }).waitFor()
    await page.getByLabel('Biển số xe').fill(scene.plate)
    await page.getByLabel('Điều khoản vi phạm (Nghị định 168/2024)').selectOption(ARTICLE)
    await page.getByText('Khung phạt:').first().waitFor()
    // Below the article's range: refused before it is sent.
    await page.getByLabel('Mức phạt (đồng)').fill(String(article.minFine - 1))
    await page.getByLabel('Xã, phường nơi vi phạm').selectOption(scene.commune)
    const picture = await toBuffer(scene.plate, { width: 240 })
    await page
      .getByLabel('Ảnh bằng chứng (chụp hoặc chọn ảnh)')
      .setInputFiles({ name: 'vi-pham.png', mimeType: 'image/png', buffer: picture })
    await page.getByText('Đã chọn 1 ảnh').waitFor()
    await checkPage(page, 'fines-officer-new')
    await page.getByRole('button', { name: 'Ghi nhận vi phạm' }).click()
    await page.getByText('Mức phạt phải trong khung').waitFor()
    const [none] = await test.database.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM fine_violations',
    )
    assert.equal(none!.n, 0, 'nothing recorded out of range')

    await page.getByLabel('Mức phạt (đồng)').fill(String(article.minFine))
    await page.getByRole('button', { name: 'Ghi nhận vi phạm' }).click()
    await page.getByText('Đã ghi nhận vi phạm.').waitFor()
    await page.getByText('Đã tìm thấy chủ phương tiện').waitFor()
    await page.getByText('Đã tải lên 1 ảnh bằng chứng.').waitFor()
    const violationId = (await page.getByTestId('violation-id').innerText()).trim()
    await checkPage(page, 'fines-officer-recorded')

    const evidence = await call<{ items: unknown[] }>(
      scene.police,
      'GET',
      `/api/v1/fines/violations/${violationId}/evidence`,
    )
    assert.equal(evidence.items.length, 1, 'the photo was uploaded')
    const recorded = await call<{ plate: string; fine: number; communeCode: string }>(
      scene.owner,
      'GET',
      `/api/v1/fines/violations/${violationId}`,
    )
    assert.equal(recorded.fine, article.minFine)
    assert.equal(recorded.communeCode, scene.commune)

    // The owner appeals through the API; the officer decides it on the appeals page.
    const reason = 'Xe của tôi hôm đó đang ở xưởng sửa chữa, có giấy xác nhận.'
    await call(scene.owner, 'POST', `/api/v1/fines/violations/${violationId}/appeals`, { reason })
    await page.goto('/officer/fines/appeals')
    await page.getByRole('heading', { level: 1, name: 'Khiếu nại vi phạm giao thông' }).waitFor()
    const card = page.getByRole('article').filter({ hasText: scene.plate })
    await card.getByText(reason).waitFor()
    const cancel = card.getByRole('button', { name: 'Huỷ vi phạm' })
    assert.equal(await cancel.isDisabled(), true, 'a decision needs a note')
    await card.getByLabel('Ghi chú quyết định').fill('Đã xác minh giấy xác nhận của xưởng.')
    await checkPage(page, 'fines-officer-appeals')
    await cancel.click()
    await page.getByText('Đã huỷ vi phạm.').first().waitFor()
    await page.getByText('Không có đơn khiếu nại nào đang chờ.').waitFor()
    const decided = await call<{ status: string; appeal: { status: string; note: string } }>(
      scene.owner,
      'GET',
      `/api/v1/fines/violations/${violationId}`,
    )
    assert.equal(decided.status, 'cancelled')
    assert.equal(decided.appeal.status, 'cancelled')
    assert.equal(decided.appeal.note, 'Đã xác minh giấy xác nhận của xưởng.')
  })

  it('lists the overdue fines of the commune on a phone, filtered by days overdue', async () => {
    const fine = fineArticle(ARTICLE).minFine
    const record = async () =>
      (
        await call<{ id: string }>(scene.police, 'POST', '/api/v1/fines/violations', {
          plate: scene.plate,
          articleCode: ARTICLE,
          fine,
          communeCode: scene.commune,
          occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
        })
      ).id
    const [long, short] = [await record(), await record()]
    // Due 40 and 3 Vietnam days ago.
    await test.database.query(
      `UPDATE fine_violations SET due_on = (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - $2::int
        WHERE id = $1`,
      [long, 40],
    )
    await test.database.query(
      `UPDATE fine_violations SET due_on = (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - $2::int
        WHERE id = $1`,
      [short, 3],
    )
    const context = await newContext(browser, served.url, { cookie: scene.police.cookie })
    cleanup.defer(() => context.close())
    const page = await context.newPage()
    await page.goto('/officer/fines/appeals')
    await page
      .getByRole('main')
      .getByRole('link', { name: 'Vi phạm quá hạn nộp phạt', exact: true })
      .click()
    await page.getByRole('heading', { level: 1, name: 'Vi phạm quá hạn nộp phạt' }).waitFor()
    await page.locator(`[data-overdue="${long}"]`).getByText('Quá hạn 40 ngày').waitFor()
    await page.locator(`[data-overdue="${short}"]`).getByText('Quá hạn 3 ngày').waitFor()
    await checkPage(page, 'fines-officer-overdue')
    await page.getByLabel('Quá hạn từ').selectOption('30')
    // The list is redrawn: the short one goes (with the old list), the long one comes back alone.
    await page.locator(`[data-overdue="${short}"]`).waitFor({ state: 'detached' })
    await page.locator(`[data-overdue="${long}"]`).waitFor()
    assert.equal(await page.locator(`[data-overdue="${short}"]`).count(), 0)
    // Their commune chosen, then a threshold none reaches: said so.
    await page.getByLabel('Xã, phường (để trống: cả địa bàn)').selectOption(scene.commune)
    await page.locator(`[data-overdue="${long}"]`).waitFor()
    await page.getByLabel('Quá hạn từ').selectOption('90')
    await page.getByText('Không có vi phạm nào quá hạn theo bộ lọc này.').waitFor()
    await checkPage(page, 'fines-officer-overdue-empty')
  })
})
