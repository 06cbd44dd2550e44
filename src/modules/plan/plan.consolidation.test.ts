import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import ExcelJS from 'exceljs'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { useApp, describeOnEngines, refusalOf } from '../../../test/kit/index.js'
import { vietnamDate } from '../../platform/time/vietnam.js'
import { consolidationFile, issueConsolidation } from './consolidation.service.js'
import { refreshKpis } from './kpi.service.js'
import { monthOf, monthsBefore, vietnameseLongDate } from './calendar.js'
import { caller, contextAt, planActors, principalOf, type PlanActors } from './plan.test-support.js'
import { createReport, submitReport } from './reports.service.js'

/** The PDF's text as a reader would extract it, page after page, whitespace collapsed. */
async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise
  const pages: string[] = []
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  await document.destroy()
  return pages.join('\n').replace(/\s+/g, ' ')
}

describeOnEngines('plan consolidated report', (db) => {
  const app = useApp(db)
  const as = caller(app)
  let actors: PlanActors
  const month = monthOf(new Date())
  const PROGRESS = 'Đã triển khai khai báo lưu trú tại 120 cơ sở; hướng dẫn người dân quét mã QR'

  before(async () => {
    actors = await planActors(app(), db())
    const police = principalOf(actors.police, 'agencyReporter', 'CAT')
    const ctx = contextAt(db(), new Date().toISOString())
    const report = await createReport(ctx, police, {
      modelNo: 9,
      month,
      progress: PROGRESS,
      indicators: [{ label: 'Cơ sở lưu trú đã kết nối', value: 120, unit: 'cơ sở' }],
      obstacles: 'Thiếu thiết bị đọc mã tại vùng sâu',
      proposals: 'Đề nghị hỗ trợ kinh phí mua thiết bị',
    })
    await submitReport(ctx, police, report.id)
  })

  it('lets only the standing office consolidate a month that has begun', async () => {
    const url = '/api/v1/plan/consolidations'
    const first = await as(actors.office, { method: 'POST', url, payload: { month }, expect: 201 })
    const body = first.json<{
      number: number
      year: number
      totals: { reports: { submitted: number; late: number; missing: number } }
    }>()
    assert.equal(body.number, 1)
    assert.equal(body.year, Number(vietnamDate().slice(0, 4)))
    const { submitted, late, missing } = body.totals.reports
    assert.equal(submitted + late, 1)
    assert.ok(missing > 40)
    const second = await as(actors.office, { method: 'POST', url, payload: { month }, expect: 201 })
    assert.equal(second.json<{ number: number }>().number, 2)
    await as(actors.committee, { method: 'POST', url, payload: { month }, expect: 403 })
    const future = await as(actors.office, {
      method: 'POST',
      url,
      payload: { month: monthsBefore(month, -1) },
      expect: 422,
    })
    assert.equal(refusalOf(future).code, 'PLAN_MONTH_NOT_OPEN')
    const listed = (await as(actors.committee, { method: 'GET', url })).json<{
      consolidations: unknown[]
    }>()
    assert.equal(listed.consolidations.length, 2)
    const reporter = (await as(actors.police, { method: 'GET', url })).json<{
      consolidations: unknown[]
    }>()
    assert.deepEqual(reporter.consolidations, [])
  })

  it('lays the PDF out as an administrative document, in Vietnamese with its diacritics', async () => {
    const issued = (
      await as(actors.office, { method: 'GET', url: `/api/v1/plan/consolidations?month=${month}` })
    ).json<{ consolidations: { id: number; number: number }[] }>().consolidations
    const first = issued.find((c) => c.number === 1)!
    const url = `/api/v1/plan/consolidations/${first.id}/report.pdf`
    const refused = await as(actors.police, { method: 'GET', url, expect: 403 })
    assert.equal(refusalOf(refused).code, 'PLAN_CONSOLIDATION_RESTRICTED')
    const response = await as(actors.committee, { method: 'GET', url })
    assert.equal(response.headers['content-type'], 'application/pdf')
    const pdf = response.rawPayload
    assert.ok(pdf.subarray(0, 5).equals(Buffer.from('%PDF-')))
    assert.ok(pdf.includes('/FontFile2') && pdf.includes('NotoSerif'), 'Noto Serif is embedded')
    const text = await pdfText(pdf)
    for (const expected of [
      'UBND TỈNH ĐỒNG NAI',
      'BAN CHỈ ĐẠO ĐỀ ÁN 06',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 1/BC-BCĐ06',
      `Đồng Nai, ${vietnameseLongDate(vietnamDate())}`,
      'BÁO CÁO',
      'I. TÌNH HÌNH CHUNG',
      'Mô hình 9: triển khai nền tảng quản lý lưu trú tại: nhà trọ; nhà nghỉ; khách sạn 2-3*',
      PROGRESS,
      'Thiếu thiết bị đọc mã tại vùng sâu',
      'Đề nghị hỗ trợ kinh phí mua thiết bị',
      'Nơi nhận:',
      'Lưu: VT, BCĐ06.',
    ])
      assert.ok(text.includes(expected), `the PDF says "${expected}": ${text.slice(0, 1500)}`)
  })

  it('prints the live KPIs in Vietnamese only, not each label in both languages', async () => {
    const ctx = contextAt(db(), new Date().toISOString())
    const office = principalOf(actors.office, 'standingOffice')
    await refreshKpis(db(), new Date())
    const issued = await issueConsolidation(ctx, office, month)
    const text = await pdfText((await consolidationFile(ctx, office, issued.id, 'pdf')).body)
    assert.match(text, /Có định danh điện tử mức 2: [\d,]+%/)
    assert.match(text, /Công dân từ 14 tuổi: [\d.]+ người[;.]/)
    for (const english of [
      'With an eID',
      'Residents aged',
      'Systems connected',
      'Sign-ins',
      'establishments',
      'could not compute',
    ])
      assert.ok(!text.includes(english), `the PDF says "${english}"`)
  })

  it('dates and numbers the document by its day of issue in Vietnam', async () => {
    // 20:00 UTC on 4 February is 03:00 on the 5th in Vietnam.
    const ctx = contextAt(db(), '2027-02-04T20:00:00Z')
    const office = principalOf(actors.office, 'standingOffice')
    const issued = await issueConsolidation(ctx, office, '2027-01')
    assert.deepEqual([issued.year, issued.number], [2027, 1])
    const file = await consolidationFile(ctx, office, issued.id, 'pdf')
    assert.equal(file.fileName, 'bao-cao-ke-hoach-106-2027-01-so-1.pdf')
    const text = await pdfText(file.body)
    assert.ok(text.includes('Đồng Nai, ngày 05 tháng 02 năm 2027'), text.slice(0, 300))
    assert.ok(text.includes('Kết quả thực hiện Kế hoạch số 106/KH-PH tháng 1 năm 2027'))
  })

  it('gives the figures as a workbook that reads back', async () => {
    const issued = (
      await as(actors.office, { method: 'GET', url: `/api/v1/plan/consolidations?month=${month}` })
    ).json<{ consolidations: { id: number }[] }>().consolidations
    const response = await as(actors.committee, {
      method: 'GET',
      url: `/api/v1/plan/consolidations/${issued[0]!.id}/figures.xlsx`,
    })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(new Uint8Array(response.rawPayload).buffer)
    assert.deepEqual(
      workbook.worksheets.map((w) => w.name),
      ['Mô hình', 'Chỉ số', 'Báo cáo'],
    )
    const models = workbook.getWorksheet('Mô hình')!
    assert.equal(models.rowCount, 44)
    assert.deepEqual((models.getRow(10).values as unknown[]).slice(1), [
      9,
      'II',
      models.getRow(10).getCell(3).value,
      'CAT',
      '30/12/2023',
      '2023-12-30',
      'Quá hạn',
      models.getRow(10).getCell(8).value,
      models.getRow(10).getCell(9).value,
      0,
    ])
    const indicators = workbook.getWorksheet('Chỉ số')!
    const rows = indicators.getSheetValues().slice(2) as unknown[][]
    const eligible = rows.find((r) => r[1] === 23 && String(r[3]).startsWith('Công dân từ 14 tuổi'))
    const [expected] = await db().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM residents
        WHERE status = 'resident' AND birth_date <= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date - interval '14 years'`,
    )
    assert.equal(eligible?.[4], expected!.n)
    assert.ok(rows.some((r) => r[1] === 9 && r[2] === 'CAT' && r[4] === 120))
    const reports = workbook.getWorksheet('Báo cáo')!
    assert.ok(
      (reports.getSheetValues() as unknown[][]).some((r) => Array.isArray(r) && r[5] === PROGRESS),
    )
  })
})
