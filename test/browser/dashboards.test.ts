import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { Analytics } from '../../src/modules/analytics/index.js'
import { ensureDemonstrationAccounts } from '../../src/modules/identity/index.js'
import { seedPopulation } from '../../src/modules/population/index.js'
import { ensureDemonstrationEstablishment } from '../../src/modules/stays/index.js'
import { vietnamDate } from '../../src/platform/time/vietnam.js'
import { signInCookie, openTestDatabase, type TestDatabase } from '../kit/index.js'
import {
  Cleanup,
  PHONE,
  browserSkip,
  checkPage,
  launchBrowser,
  newContext,
  screenshot,
  serveApp,
  type ServedApp,
} from './browser.js'

const DESKTOP = { width: 1280, height: 900 }
/** The copy is built in the background and the page asks again after the server's wait (30 s). */
const UNTIL_READY = 90_000
const GUESTS = 3

/** A figure as the Vietnamese page writes it (1.234,5) as a number. */
const figure = (text: string): number => Number(text.trim().replace(/\./g, '').replace(',', '.'))

/** `YYYY-MM-DD`, some days before a day. */
const daysBefore = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10)

// The leaders' dashboards in a real browser: each renders figures that a direct count in the
// database gives too, its filters live in the address, its charts export; axe and 360 px in vi
// and en. The analytical copy is built in the background, as the server does on its first start.
describe('the dashboards in chromium', { skip: browserSkip }, () => {
  const cleanup = new Cleanup()
  let test: TestDatabase
  let served: ServedApp
  let browser: Browser
  let copyPath: string
  let analyst: string
  let committee: string
  const today = vietnamDate()

  const count = async (sql: string, params: unknown[] = []): Promise<number> => {
    const [row] = await test.database.query<{ n: number }>(sql, params)
    return Number(row?.n)
  }

  before(async () => {
    test = await openTestDatabase('pglite')
    cleanup.defer(() => test.drop())
    await seedPopulation(test.database, { scale: 1_000, seed: 37, today: '2026-11-27' })
    const dir = await mkdtemp(path.join(tmpdir(), 'cds-dashboards-'))
    cleanup.defer(() => rm(dir, { recursive: true, force: true }))
    copyPath = path.join(dir, 'copy.duckdb')
    served = await serveApp(test.database, { ANALYTICS_PATH: copyPath })
    cleanup.defer(() => served.close())
    browser = await launchBrowser()
    cleanup.defer(() => browser.close())
    const accounts = await ensureDemonstrationAccounts(test.database.db)
    await ensureDemonstrationEstablishment(test.database.db)
    const cookieOf = (who: string) => {
      const account = accounts.find((a) => a.who === who)!
      return signInCookie(served.app, account.personalNumber, account.password)
    }
    analyst = await cookieOf('analyst')
    committee = await cookieOf('committeeMember')
    // Guests at the demonstration hotel, declared by its receptionist, for the tourism figures.
    const guests = await test.database.query<{
      personalNumber: string
      fullName: string
      birthDate: string
    }>(
      `SELECT personal_number AS "personalNumber", full_name AS "fullName",
              birth_date::text AS "birthDate"
         FROM residents WHERE status = 'resident' AND birth_date < '2000-01-01'
        ORDER BY personal_number DESC LIMIT ${String(GUESTS)}`,
    )
    const response = await served.app.inject({
      method: 'POST',
      url: '/api/v1/stays/establishments/DEMO-KS-001/declarations',
      headers: { cookie: await cookieOf('establishmentStaff'), 'idempotency-key': randomUUID() },
      payload: { arrivalAt: new Date(Date.now() - 3_600_000).toISOString(), guests },
    })
    assert.equal(response.statusCode, 201, response.body)
  })
  after(() => cleanup.run())

  const open = async (cookie: string, viewport = DESKTOP): Promise<Page> => {
    const context = await newContext(browser, served.url, { viewport, cookie })
    return context.newPage()
  }

  /** The figure a dashboard's card shows under a label. */
  const kpi = async (page: Page, label: string, timeout?: number): Promise<number> => {
    const value = page.locator(
      `xpath=//dl[@class="chart-kpis"]/div/dt[normalize-space(.)="${label}"]/following-sibling::dd`,
    )
    await value.waitFor(timeout ? { timeout } : {})
    return figure(await value.innerText())
  }

  const residentsWhere = (where: string, params: unknown[] = []) =>
    count(`SELECT count(*)::int AS n FROM residents WHERE status = 'resident' AND ${where}`, params)

  it('says the data is being prepared, then shows the population without a reload', async () => {
    const page = await open(analyst, PHONE)
    await page.goto('/dashboards/population')
    await page.getByText('Dữ liệu phân tích đang được chuẩn bị…').waitFor()
    await checkPage(page, 'dashboards-preparing')

    // The server builds its copy in the background; the page asks again by itself.
    const builder = new Analytics({ database: test.database, path: copyPath })
    await builder.rebuild()
    await builder.close()
    const population = await kpi(page, 'Dân số', UNTIL_READY)
    assert.equal(population, await residentsWhere('true'))
    assert.equal(await kpi(page, 'Nam'), await residentsWhere(`sex = 'M'`))
    assert.equal(await kpi(page, 'Nữ'), await residentsWhere(`sex = 'F'`))
    await page.getByRole('heading', { level: 1, name: 'Phân tích dân số' }).waitFor()
    await page.getByRole('img', { name: /^Biểu đồ: Tháp dân số/ }).waitFor()
    await checkPage(page, 'dashboards-population')
  })

  it('is linked from the staff home and lists every dashboard', async () => {
    const page = await open(committee, PHONE)
    await page.goto('/officer')
    await page.getByRole('link', { name: /^Bảng điều khiển:/ }).click()
    await page.waitForURL(/\/dashboards$/)
    for (const name of [
      'Phân tích dân số',
      'Công dân số (mô hình 23)',
      'Du lịch qua lưu trú',
      'Phân tích trật tự xã hội',
    ])
      await page.getByRole('link', { name }).waitFor()
    assert.equal(await page.locator('.card').count(), 5)
    await checkPage(page, 'dashboards-index')
  })

  it('filters by commune through the address, which a reload keeps', async () => {
    const [largest] = await test.database.query<{ code: string; n: number }>(
      `SELECT commune_code AS code, count(*)::int AS n FROM residents
        WHERE status = 'resident' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
    )
    const page = await open(analyst)
    await page.goto('/dashboards/population')
    await kpi(page, 'Dân số', UNTIL_READY)
    await page.getByLabel('Địa bàn', { exact: true }).selectOption(largest!.code)
    await page.waitForURL(new RegExp(`/dashboards/population\\?unit=${largest!.code}$`))
    await page.getByRole('img', { name: /^Biểu đồ: Tháp dân số/ }).waitFor()
    assert.equal(await kpi(page, 'Dân số'), largest!.n)
    await page.reload()
    assert.equal(await kpi(page, 'Dân số'), largest!.n)
    assert.equal(await page.getByLabel('Địa bàn', { exact: true }).inputValue(), largest!.code)

    // The 2024 structure: former districts, on the map, coloured by population.
    await page.getByLabel('2024: huyện cũ').check()
    await page.waitForURL(/\/dashboards\/population\?unit=\d{5}&structure=2024$/)
    await page.getByLabel('Địa bàn', { exact: true }).selectOption('')
    await page.waitForURL(/\/dashboards\/population\?structure=2024$/)
    await page.getByRole('img', { name: /^Bản đồ tỉnh theo huyện cũ/ }).waitFor()
    await page.getByLabel('Tô màu theo', { exact: true }).selectOption('density')
    await page.getByRole('img', { name: /theo Mật độ dân số/ }).waitFor()
    const phone = await open(analyst, PHONE)
    await phone.goto('/dashboards/population?structure=2024')
    await phone.getByRole('img', { name: /^Bản đồ tỉnh theo huyện cũ/ }).waitFor()
    await checkPage(phone, 'dashboards-population-2024')
  })

  it("exports a chart's data as CSV that holds the registry's figures, its picture, and prints", async () => {
    const page = await open(analyst)
    await page.goto('/dashboards/population')
    await kpi(page, 'Dân số', UNTIL_READY)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải CSV: Tổng quan dân số' }).click(),
    ])
    assert.equal(download.suggestedFilename(), 'population-summary.csv')
    const csv = (await readFile(await download.path())).toString('utf8').replace('\uFEFF', '')
    const [header, values] = csv
      .trim()
      .split(/\r?\n/)
      .map((line) => line.split(','))
    const column = (name: string) => Number(values![header!.indexOf(name)])
    assert.equal(column('Dân số'), await residentsWhere('true'))
    assert.equal(column('Nam'), await residentsWhere(`sex = 'M'`))

    const [picture] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải ảnh PNG: Tháp dân số (nhóm 5 tuổi)' }).click(),
    ])
    assert.equal(picture.suggestedFilename(), 'population-age-pyramid.png')
    const png = await readFile(await picture.path())
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG')

    // The print view: the button asks the browser to print; filters and buttons stay off paper.
    await page.evaluate(() => {
      const counted = window as unknown as { printed: number }
      counted.printed = 0
      window.print = () => {
        counted.printed++
      }
    })
    await page.getByRole('button', { name: 'In', exact: true }).click()
    assert.equal(await page.evaluate(() => (window as unknown as { printed: number }).printed), 1)
    await page.emulateMedia({ media: 'print' })
    assert.equal(await page.getByRole('search', { name: 'Lọc số liệu' }).isVisible(), false)
    assert.equal(
      await page
        .getByRole('link', { name: /^Tải CSV/ })
        .first()
        .isVisible(),
      false,
    )
    assert.ok(await page.getByRole('img', { name: /^Biểu đồ: Tháp dân số/ }).isVisible())
    await screenshot(page, 'dashboards-population-print')
    await page.emulateMedia({ media: 'screen' })
  })

  it('counts digital citizens and the labour force as the registry does', async () => {
    const page = await open(committee, PHONE)
    await page.goto(`/dashboards/digital-citizens?asOf=${today}`)
    assert.equal(
      await kpi(page, 'Định danh điện tử mức 2', UNTIL_READY),
      await residentsWhere(`eid_level = 2 AND birth_date <= $1::date - interval '14 years'`, [
        today,
      ]),
    )
    await checkPage(page, 'dashboards-digital-citizens')

    await page.goto(`/dashboards/labour?asOf=${today}`)
    assert.equal(
      await kpi(page, 'Có việc làm'),
      await residentsWhere(
        `labour_status = 'employed' AND extract(year FROM age($1::date, birth_date)) >= 15`,
        [today],
      ),
    )
    await checkPage(page, 'dashboards-labour')
  })

  it('shows the declared guests and the movements of a period', async () => {
    const from = daysBefore(today, 6)
    const page = await open(analyst, PHONE)
    await page.goto(`/dashboards/tourism?from=${from}&to=${today}&granularity=week`)
    const declared = await count(
      `SELECT count(*)::int AS n FROM stay_declarations
        WHERE (arrival_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $1 AND $2`,
      [from, today],
    )
    assert.equal(declared, GUESTS)
    assert.equal(await kpi(page, 'Lượt khách đến', UNTIL_READY), declared)
    assert.equal(await kpi(page, 'Khách trong nước'), declared)
    assert.equal(await page.getByLabel('Gộp theo').inputValue(), 'week')
    await checkPage(page, 'dashboards-tourism')

    await page.goto(`/dashboards/public-order?from=${from}&to=${today}`)
    assert.equal(
      await kpi(page, 'Chuyển đến'),
      await count(
        `SELECT count(*)::int AS n FROM movements
          WHERE kind = 'moved_in' AND occurred_on BETWEEN $1 AND $2`,
        [from, today],
      ),
    )
    assert.equal(await kpi(page, 'Lượt khai báo lưu trú'), declared)
    await checkPage(page, 'dashboards-public-order')
  })

  it("shows the server's refusal of a unit it does not know", async () => {
    const page = await open(analyst, PHONE)
    await page.goto('/dashboards/labour?unit=99999')
    await page
      .getByRole('alert')
      .getByText('Không có đơn vị 99999')
      .waitFor({ timeout: UNTIL_READY })
    await checkPage(page, 'dashboards-unknown-unit')
  })
})
