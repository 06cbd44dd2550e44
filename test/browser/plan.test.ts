import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { ensureDemonstrationAccounts } from '../../src/modules/identity/index.js'
import { ensurePlanReference, refreshKpis } from '../../src/modules/plan/index.js'
import { seedPopulation } from '../../src/modules/population/index.js'
import { signInCookie, openTestDatabase, type TestDatabase } from '../kit/index.js'
import {
  Cleanup,
  PHONE,
  browserSkip,
  checkPage,
  launchBrowser,
  newContext,
  serveApp,
  switchLanguage,
  type ServedApp,
} from './browser.js'

const DESKTOP = { width: 1280, height: 900 }
const STATUS_VI: Record<string, string> = {
  not_started: 'Chưa triển khai',
  in_progress: 'Đang triển khai',
  done: 'Đã hoàn thành',
  overdue: 'Quá hạn',
}
const PDF = Buffer.from('%PDF-1.4\n% biên bản họp\n%%EOF\n')

interface Summary {
  no: number
  group: string
  status: string
  recordedStatus: string
  kpi: { state: string; reason: string | null }
}
interface Report {
  id: number
  status: string
  progress: string
  indicators: { label: string; value: number; unit: string }[]
  attachments: { fileName: string }[]
}

type PlanRole = 'committeeMember' | 'agencyReporter' | 'standingOffice'

// Plan 106's own pages in a real browser: the committee's scorecard, an agency's monthly report,
// the standing office's decisions; each page checked with axe at 360 px in both languages.
describe('the plan 106 pages in chromium', { skip: browserSkip }, () => {
  const cleanup = new Cleanup()
  let test: TestDatabase
  let served: ServedApp
  let browser: Browser
  const cookies = new Map<PlanRole, string>()

  before(async () => {
    test = await openTestDatabase('pglite')
    cleanup.defer(() => test.drop())
    await seedPopulation(test.database, { scale: 1_000, seed: 106, today: '2026-11-27' })
    served = await serveApp(test.database)
    cleanup.defer(() => served.close())
    browser = await launchBrowser()
    cleanup.defer(() => browser.close())
    // The demonstration accounts: the reporter is bound to the information department (STTTT).
    const accounts = await ensureDemonstrationAccounts(test.database.db)
    // A snapshot of the live KPIs two months back, so that they have a trend to draw.
    const earlier = new Date()
    earlier.setUTCDate(15)
    earlier.setUTCMonth(earlier.getUTCMonth() - 2)
    await ensurePlanReference(test.database.db)
    await refreshKpis(test.database, earlier)
    for (const role of ['committeeMember', 'agencyReporter', 'standingOffice'] as const) {
      const account = accounts.find((a) => a.who === role)!
      cookies.set(role, await signInCookie(served.app, account.personalNumber, account.password))
    }
  })
  after(() => cleanup.run())

  const open = async (role: PlanRole, viewport = DESKTOP): Promise<Page> => {
    const context = await newContext(browser, served.url, { viewport, cookie: cookies.get(role)! })
    return context.newPage()
  }
  const get = async <T>(role: PlanRole, url: string): Promise<T> => {
    const response = await served.app.inject({
      method: 'GET',
      url,
      headers: { cookie: cookies.get(role)! },
    })
    assert.equal(response.statusCode, 200, response.body)
    return response.json<T>()
  }
  const scorecard = (role: PlanRole, query = '') =>
    get<{ month: string; models: Summary[] }>(role, `/api/v1/plan/models${query}`)

  /** Each card's model number and shown status, as the page has them. */
  const cards = (page: Page) =>
    page.locator('.plan-card').evaluateAll((items) =>
      items.map((item) => ({
        no: Number(/Mô hình (\d+)/.exec(item.querySelector('h3')?.textContent ?? '')?.[1]),
        status: item.querySelector('.plan-badge')?.lastChild?.textContent ?? '',
      })),
    )

  it('shows the 43 models by group, with the statuses the API gives', async () => {
    const page = await open('committeeMember')
    await page.goto('/plan')
    await page.getByText('Đang hiển thị 43 mô hình.').waitFor()
    const expected = (await scorecard('committeeMember')).models
    assert.equal(expected.length, 43)
    const shown = await cards(page)
    assert.deepEqual(
      shown,
      expected.map((m) => ({ no: m.no, status: STATUS_VI[m.status] })),
    )
    const perGroup = { I: 5, II: 17, III: 11, IV: 3, V: 7 }
    for (const [group, count] of Object.entries(perGroup)) {
      const section = page.locator('section').filter({
        has: page.getByRole('heading', { level: 2, name: new RegExp(`^Nhóm ${group}:`) }),
      })
      assert.equal(await section.locator('.plan-card').count(), count, `group ${group}`)
    }
    // An overdue model says so in words beside the colour; a deadline without a date as written.
    const overdue = expected.find((m) => m.status === 'overdue')!
    await page
      .getByRole('article', { name: new RegExp(`^Mô hình ${String(overdue.no)}:`) })
      .locator('.plan-badge', { hasText: 'Quá hạn' })
      .waitFor()
    await page
      .getByRole('article', { name: /^Mô hình 1:/ })
      .getByText('30/12/2023')
      .waitFor()
    await page
      .getByRole('article', { name: /^Mô hình 2:/ })
      .getByText('03 tháng sau khi có hướng dẫn của BCA')
      .waitFor()
    // A KPI by hand without figures says so; a live one shows its months as a line.
    const byHand = expected.find((m) => m.kpi.state === 'not_reported')!
    await page
      .getByRole('article', { name: new RegExp(`^Mô hình ${String(byHand.no)}:`) })
      .getByText('Báo cáo thủ công: chưa có số liệu.')
      .waitFor()
    const m23 = page.getByRole('article', { name: /^Mô hình 23:/ })
    await m23.getByText(/Tính từ dữ liệu trực tiếp lúc/).waitFor()
    const trend = await m23.getByRole('img').getAttribute('aria-label')
    assert.match(trend ?? '', /^Xu hướng theo tháng: \d{2}\/\d{4}: [\d,]+%; \d{2}\/\d{4}: [\d,]+%$/)
    // The committee reads; it neither reports nor issues.
    assert.equal(await page.getByRole('link', { name: 'Báo cáo tháng của cơ quan' }).count(), 0)
    assert.equal(await page.getByRole('button', { name: /^Tổng hợp báo cáo tháng/ }).count(), 0)
    await checkPage(page, 'plan-scorecard')
    await switchLanguage(page, 'en')
    await page.getByRole('heading', { name: 'Scorecard of the 43 models' }).waitFor()
    await page
      .getByRole('article', { name: new RegExp(`^Model ${String(overdue.no)}:`) })
      .locator('.plan-badge', { hasText: 'Overdue' })
      .waitFor()
    await switchLanguage(page, 'vi')
  })

  it('filters by agency and group through the address, which a reload keeps', async () => {
    const page = await open('committeeMember')
    await page.goto('/plan')
    await page.getByText('Đang hiển thị 43 mô hình.').waitFor()
    await page.getByLabel('Cơ quan chủ trì').selectOption('STTTT')
    await page.waitForURL(/\/plan\?agency=STTTT$/)
    const ict = (await scorecard('committeeMember', '?agency=STTTT')).models.map((m) => m.no)
    assert.ok(ict.length > 0 && ict.length < 43)
    await page.getByText(`Đang hiển thị ${String(ict.length)} mô hình.`).waitFor()
    assert.deepEqual(
      (await cards(page)).map((c) => c.no),
      ict,
    )
    await page.reload()
    await page.getByText(`Đang hiển thị ${String(ict.length)} mô hình.`).waitFor()
    // The agencies' options arrive with their own request: the choice shows once they are in.
    await page.waitForFunction(
      (label) =>
        [...document.querySelectorAll('label')]
          .filter((l) => l.textContent.includes(label))
          .some(
            (l) =>
              (document.getElementById(l.htmlFor) as HTMLSelectElement | null)?.value === 'STTTT',
          ),
      'Cơ quan chủ trì',
      { timeout: 10_000 },
    )
    assert.equal(await page.getByLabel('Cơ quan chủ trì').inputValue(), 'STTTT')
    assert.deepEqual(
      (await cards(page)).map((c) => c.no),
      ict,
    )

    await page.getByLabel('Nhóm mô hình').selectOption('III')
    await page.waitForURL(/agency=STTTT&group=III$/)
    const both = (await scorecard('committeeMember', '?agency=STTTT&group=III')).models
    await page.getByText(`Đang hiển thị ${String(both.length)} mô hình.`).waitFor()

    // The same address, shared to a phone, shows the same view.
    const phone = await open('committeeMember', PHONE)
    await phone.goto('/plan?agency=STTTT&group=III')
    await phone.getByText(`Đang hiển thị ${String(both.length)} mô hình.`).waitFor()
    assert.deepEqual(
      (await cards(phone)).map((c) => c.no),
      both.map((m) => m.no),
    )
    await checkPage(phone, 'plan-scorecard-filtered')
  })

  it('lets a reporter save a draft, resume it and submit it', async () => {
    const page = await open('agencyReporter', PHONE)
    await page.goto('/plan')
    const own = (await scorecard('agencyReporter')).models
    await page.getByText(`Đang hiển thị ${String(own.length)} mô hình.`).waitFor()
    assert.equal(await page.getByLabel('Cơ quan chủ trì').count(), 0, 'its own agency only')
    await page.getByRole('link', { name: 'Báo cáo tháng của cơ quan' }).click()
    await page.waitForURL(/\/plan\/reports$/)
    await page.getByRole('link', { name: /^Mô hình 24:/ }).waitFor()
    await checkPage(page, 'plan-reports')

    await page.getByRole('link', { name: /^Mô hình 24:/ }).click()
    await page.waitForURL(/model=24&agency=STTTT/)
    await page.getByRole('heading', { level: 1, name: /mô hình 24$/ }).waitFor()
    // Nothing to send yet: the progress is required, and said so beside the field.
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click()
    await page.getByText('Hãy ghi kết quả, tiến độ trước khi gửi.').waitFor()

    const progress = 'Đã kết nối 3 hệ thống vào đăng nhập một lần'
    await page.getByLabel('Kết quả, tiến độ').fill(progress)
    await page.getByRole('button', { name: 'Thêm chỉ số' }).click()
    await page.getByLabel('Tên chỉ số').fill('Hệ thống đã kết nối')
    await page.getByLabel('Giá trị').fill('3')
    await page.getByLabel('Đơn vị tính').fill('hệ thống')
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await page.getByText(/Đã lưu bản nháp lúc/).waitFor()
    await page.getByLabel('Đính kèm tệp').setInputFiles({
      name: 'Biên bản họp.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    })
    await page.getByText('Đã đính kèm Biên bản họp.pdf.').waitFor()
    await checkPage(page, 'plan-report-draft')

    const [draft] = (
      await get<{ reports: Report[] }>('agencyReporter', '/api/v1/plan/reports?modelNo=24')
    ).reports
    assert.deepEqual(
      [draft?.status, draft?.progress, draft?.indicators, draft?.attachments.length],
      ['draft', progress, [{ label: 'Hệ thống đã kết nối', value: 3, unit: 'hệ thống' }], 1],
    )

    // Resumed later: the draft comes back as it was left.
    await page.reload()
    await page.getByRole('link', { name: 'Biên bản họp.pdf' }).waitFor()
    assert.equal(await page.getByLabel('Kết quả, tiến độ').inputValue(), progress)
    assert.equal(await page.getByLabel('Giá trị').inputValue(), '3')
    await page.getByLabel('Khó khăn, vướng mắc').fill('Hai hệ thống chưa hỗ trợ OpenID Connect')
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click()
    await page.getByRole('button', { name: 'Xác nhận gửi' }).click()
    await page.getByText('Đã gửi báo cáo.').waitFor()
    await page.getByText(/Đã nộp đúng hạn|Nộp trễ hạn/).waitFor()
    await checkPage(page, 'plan-report-submitted')

    const [sent] = (
      await get<{ reports: Report[] }>('committeeMember', '/api/v1/plan/reports?modelNo=24')
    ).reports
    assert.deepEqual([sent?.id, sent?.status, sent?.progress], [draft?.id, 'submitted', progress])
    await page.getByRole('link', { name: 'Về danh sách mô hình' }).click()
    await page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: /^Mô hình 24:/ }) })
      .getByText(/Đã nộp đúng hạn|Nộp trễ hạn/)
      .waitFor()
  })

  it("shows the server's refusal of a closed month and of another agency's model", async () => {
    const { month } = await scorecard('agencyReporter')
    const [y, m] = month.split('-').map(Number) as [number, number]
    const previous =
      m === 1 ? `${String(y - 1)}-12` : `${String(y)}-${String(m - 1).padStart(2, '0')}`
    const page = await open('agencyReporter', PHONE)
    await page.goto(`/plan/reports?month=${previous}&model=25`)
    await page.getByLabel('Kết quả, tiến độ').fill('Báo cáo muộn')
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await page.getByRole('alert').getByText(`Tháng ${previous} đã khóa sổ`).waitFor()
    await checkPage(page, 'plan-report-closed')

    await page.goto('/plan/reports?model=9')
    await page.getByRole('alert').getByText('Mô hình 9 không do cơ quan của bạn chủ trì').waitFor()
    await page.goto('/plan/models/9')
    await page.getByRole('alert').getByText('Mô hình 9 không do cơ quan của bạn chủ trì').waitFor()
    await checkPage(page, 'plan-model-other-agency')
  })

  it('lets the standing office record a status with its reason, kept in the history', async () => {
    const before = await get<Summary>('standingOffice', '/api/v1/plan/models/26')
    assert.equal(before.status, 'not_started')
    const page = await open('standingOffice')
    await page.goto('/plan/models/26')
    await page.getByRole('heading', { level: 1, name: /^Mô hình 26:/ }).waitFor()
    await page.getByText('Chưa có thay đổi nào.').waitFor()
    await page.getByRole('button', { name: 'Lưu trạng thái' }).click()
    await page.getByText('Hãy nêu lý do thay đổi.').waitFor()

    const reason = 'Sở TTTT đã ban hành kế hoạch truyền thông nội bộ'
    await page.getByLabel('Trạng thái mới').selectOption('in_progress')
    await page.getByLabel('Lý do').fill(reason)
    await page.getByRole('button', { name: 'Lưu trạng thái' }).click()
    await page.getByText('Đã cập nhật trạng thái.').waitFor()
    const history = page.locator('.plan-history')
    await history.getByText('Trạng thái: Chưa triển khai → Đang triển khai').waitFor()
    await history.getByText(`Lý do: ${reason}`).waitFor()
    await checkPage(page, 'plan-model-office')

    const after = await get<Summary & { history: { to: string; reason: string }[] }>(
      'committeeMember',
      '/api/v1/plan/models/26',
    )
    assert.deepEqual(
      [after.status, after.history[0]?.to, after.history[0]?.reason],
      ['in_progress', 'in_progress', reason],
    )
    // The committee sees the change and its reason, and no form to make one.
    const committee = await open('committeeMember', PHONE)
    await committee.goto('/plan/models/26')
    await committee.locator('.plan-history').getByText(`Lý do: ${reason}`).waitFor()
    assert.equal(await committee.getByRole('button', { name: 'Lưu trạng thái' }).count(), 0)
    await checkPage(committee, 'plan-model')
  })

  it('says a live KPI could not be computed, with the reason, when its module fails', async () => {
    await test.database.query('ALTER TABLE sso_sign_ins RENAME TO sso_sign_ins_away')
    try {
      await refreshKpis(test.database, new Date())
    } finally {
      await test.database.query('ALTER TABLE sso_sign_ins_away RENAME TO sso_sign_ins')
    }
    const failed = (await scorecard('committeeMember', '?group=III')).models.find(
      (m) => m.no === 24,
    )!
    assert.equal(failed.kpi.state, 'failed')
    const page = await open('committeeMember', PHONE)
    await page.goto('/plan?group=III')
    await page
      .getByRole('article', { name: /^Mô hình 24:/ })
      .getByText(`Không tính được: ${failed.kpi.reason!}`)
      .waitFor()
    await checkPage(page, 'plan-scorecard-kpi-failed')
    await refreshKpis(test.database, new Date())
  })

  it('lets the standing office consolidate the month, as PDF and XLSX', async () => {
    const page = await open('standingOffice')
    await page.goto('/plan')
    await page.getByText('Đang hiển thị 43 mô hình.').waitFor()
    await page.getByRole('button', { name: /^Tổng hợp báo cáo tháng/ }).click()
    const issued = page.getByText(/Đã tổng hợp: báo cáo số (\d+)\/\d{4}\./)
    await issued.waitFor()
    const number = /số (\d+)\//.exec(await issued.innerText())![1]!
    const pdf = page.getByRole('link', { name: `Tải báo cáo số ${number} (PDF)` })
    const xlsx = page.getByRole('link', { name: `Tải số liệu số ${number} (XLSX)` })
    for (const [link, type, magic] of [
      [pdf, 'application/pdf', '%PDF'],
      [xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'PK'],
    ] as const) {
      const response = await page.request.get((await link.getAttribute('href'))!)
      assert.equal(response.status(), 200)
      assert.equal(response.headers()['content-type'], type)
      assert.equal((await response.body()).subarray(0, magic.length).toString('latin1'), magic)
    }
    await checkPage(page, 'plan-scorecard-office')
  })
})
