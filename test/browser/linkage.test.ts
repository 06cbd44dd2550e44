import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import {
  enrol,
  openTestDatabase,
  seedTwoCommunes,
  type Actor,
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

// An old list typed in the TCVN3 (ABC) font, saved as Windows-1252 bytes.
const TCVN3_CSV = Buffer.from(
  [
    'Ho ten,Nam sinh,Ghi chu',
    'NguyÔn ThÞ Hång,1961,ho so 1',
    'TrÇn V¨n B¶o,1958,ho so 2',
    'Lª ThÞ Mai,1970,ho so 3',
  ].join('\r\n') + '\r\n',
  'latin1',
)

// A department officer on a phone uploads an agency's list, sees its TCVN3 names converted in the
// preview, maps its columns and imports it.
describe('importing an agency dataset in chromium', { skip: browserSkip }, () => {
  const cleanup = new Cleanup()
  let test: TestDatabase
  let served: ServedApp
  let browser: Browser
  let officer: Actor

  before(async () => {
    test = await openTestDatabase('pglite')
    cleanup.defer(() => test.drop())
    served = await serveApp(test.database)
    cleanup.defer(() => served.close())
    browser = await launchBrowser()
    cleanup.defer(() => browser.close())
    const { inside } = await seedTwoCommunes(test.database)
    officer = await enrol(served.app, test.database, {
      role: 'departmentOfficer',
      agencyCode: 'SLDTBXH',
      unitCodes: [inside.communeCode],
    })
  })
  after(() => cleanup.run())

  it('uploads a TCVN3 list, shows it converted, maps its columns and imports it', async () => {
    const context = await newContext(browser, served.url, { cookie: officer.cookie })
    cleanup.defer(() => context.close())
    const page = await context.newPage()

    await page.goto('/officer/linkage')
    await page.getByRole('heading', { level: 1, name: 'Làm sạch dữ liệu của cơ quan' }).waitFor()
    await page.getByText('Chưa có danh sách nào.').waitFor()
    await checkPage(page, 'linkage-datasets')
    await page.getByLabel('Tên danh sách').fill('Người cao tuổi 2026')
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'nguoi-cao-tuoi.csv', mimeType: 'text/csv', buffer: TCVN3_CSV })
    await page.getByRole('button', { name: 'Tải lên và xem trước' }).click()

    await page.getByRole('heading', { level: 1, name: 'Người cao tuổi 2026' }).waitFor()
    await page.getByText('Cột "Ho ten" được chuyển từ TCVN3 (ABC) sang Unicode').waitFor()
    await page.getByText('"NguyÔn ThÞ Hång" → "Nguyễn Thị Hồng"').waitFor()
    await page.getByRole('cell', { name: 'Trần Văn Bảo' }).waitFor()
    await checkPage(page, 'linkage-preview')

    await page.getByLabel('Họ và tên', { exact: true }).selectOption({ label: 'Ho ten' })
    await page.getByLabel('Năm sinh', { exact: true }).selectOption({ label: 'Nam sinh' })
    await page.getByRole('button', { name: 'Nhập danh sách' }).click()
    await page.getByText('Đã nhập 3 dòng.').waitFor()
    await checkPage(page, 'linkage-imported')

    const rows = await test.database.query<{ full_name: string; birth_year: number }>(
      'SELECT full_name, birth_year FROM linkage_dataset_rows ORDER BY row_number',
    )
    assert.deepEqual(rows, [
      { full_name: 'Nguyễn Thị Hồng', birth_year: 1961 },
      { full_name: 'Trần Văn Bảo', birth_year: 1958 },
      { full_name: 'Lê Thị Mai', birth_year: 1970 },
    ])
    await page.getByRole('link', { name: 'Về danh sách' }).click()
    await page.getByRole('link', { name: 'Người cao tuổi 2026' }).waitFor()
    await page.getByText('Đã nhập', { exact: true }).waitFor()
  })
})
