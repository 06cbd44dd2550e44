import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { exportJWK, generateKeyPair } from 'jose'
import { seedPopulation } from '../../src/modules/population/index.js'
import { enrol, openTestDatabase, type Actor, type TestDatabase } from '../kit/index.js'
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

const API = '/api/v1/verification'

// The partner's check page at 360 px (a typed identity QR, as a handheld scanner types it), an
// exam session: import a list, check one candidate at the door, read the attendance report; and
// the officer who onboards partners: a hospital registered, its staff named, its kiosk's key.
describe('identity checks at partners in chromium', { skip: browserSkip }, () => {
  const cleanup = new Cleanup()
  let test: TestDatabase
  let served: ServedApp
  let browser: Browser
  let admin: Actor

  before(async () => {
    test = await openTestDatabase('pglite')
    cleanup.defer(() => test.drop())
    await seedPopulation(test.database, { scale: 1_000, seed: 21, today: '2026-12-07' })
    served = await serveApp(test.database)
    cleanup.defer(() => served.close())
    browser = await launchBrowser()
    cleanup.defer(() => browser.close())
    admin = await enrol(served.app, test.database, { role: 'administrator' })
  })
  after(() => cleanup.run())

  const call = async <T>(
    who: Actor,
    request: { url: string; method: string; payload?: unknown },
    status: number,
  ) => {
    const response = await served.app.inject({
      method: request.method as 'GET',
      url: request.url,
      ...(request.payload === undefined ? {} : { payload: request.payload as object }),
      headers: { cookie: who.cookie },
    })
    assert.equal(response.statusCode, status, response.body)
    return response.json<T>()
  }
  const partnerStaff = async (kind: string): Promise<Actor> => {
    const { id } = await call<{ id: string }>(
      admin,
      {
        method: 'POST',
        url: `${API}/partners`,
        payload: { kind, name: `Bệnh viện Đa khoa ${kind}`, communeCode: admin.communeCode },
      },
      201,
    )
    const staff = await enrol(served.app, test.database)
    await call(
      admin,
      {
        method: 'POST',
        url: `${API}/partners/${id}/staff`,
        payload: { personalNumber: staff.personalNumber },
      },
      201,
    )
    return staff
  }
  const open = async (who: Actor, url: string) => {
    const context = await newContext(browser, served.url, { viewport: PHONE, cookie: who.cookie })
    const page = await context.newPage()
    await page.goto(url)
    await page.waitForFunction(() => document.querySelector('main [data-loading]') === null)
    return page
  }

  it('checks an identity QR at a hospital’s desk on a phone', async () => {
    const staff = await partnerStaff('hospital')
    const person = await enrol(served.app, test.database, { level: 2 })
    const { token } = await call<{ token: string }>(
      person,
      { method: 'POST', url: '/api/v1/identity/qr' },
      201,
    )
    const page = await open(staff, '/partner/checks')
    await page.locator('#scan-code').waitFor()
    await checkPage(page, 'verification-check')
    await page.locator('#scan-code').fill(token)
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click()
    await page.locator('[data-check-result="match"]').waitFor()
    await checkPage(page, 'verification-check-result')
  })

  it('imports a candidate list, checks one candidate, reports attendance', async () => {
    const staff = await partnerStaff('examBoard')
    const session = await call<{ id: string }>(
      staff,
      {
        method: 'POST',
        url: `${API}/sessions`,
        payload: { title: 'Sát hạch lái xe hạng B', startsAt: '2026-12-07T01:00:00.000Z' },
      },
      201,
    )
    const rows = await test.database.query<{
      personal_number: string
      full_name: string
      birth_date: string
      sex: string
    }>(
      `SELECT personal_number, full_name, birth_date::text AS birth_date, sex FROM residents WHERE status = 'resident' ORDER BY personal_number LIMIT 2`,
    )
    const dmy = (iso: string) => iso.split('-').reverse().join('/')
    const csv = [
      'Số định danh,Họ và tên,Ngày sinh,Số báo danh',
      ...rows.map((r, i) => `${r.personal_number},${r.full_name},${dmy(r.birth_date)},${i + 1}`),
      '123,Sai,01/01/2000,9',
    ].join('\n')
    const dir = await mkdtemp(path.join(tmpdir(), 'cds-exam-'))
    cleanup.defer(() => rm(dir, { recursive: true, force: true }))
    const file = path.join(dir, 'thi-sinh.csv')
    await writeFile(file, csv)
    const page = await open(staff, `/partner/exams/${session.id}`)
    await page.locator('#candidate-file').setInputFiles(file)
    await page.getByText('Dòng 4: số định danh không hợp lệ', { exact: false }).waitFor()
    const first = rows[0]!
    const card = [
      first.personal_number,
      '',
      first.full_name,
      dmy(first.birth_date).replaceAll('/', ''),
      first.sex === 'F' ? 'Nữ' : 'Nam',
      'Đồng Nai',
      '01012022',
    ].join('|')
    await page.locator('#scan-code').fill(card)
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click()
    await page.locator('[data-check-result="match"]').waitFor()
    await page.locator('[data-attendance="present"]').waitFor()
    assert.equal(await page.locator('[data-attendance="absent"]').count(), 1)
    await checkPage(page, 'verification-exam-session')
    const list = await open(staff, '/partner/exams')
    await list.getByText('Sát hạch lái xe hạng B').waitFor()
    await checkPage(list, 'verification-exams')
  })

  it('registers a hospital, names its staff and its kiosk key, as the administrator', async () => {
    const page = await open(admin, '/officer/partners')
    await page.locator('#partner-kind').waitFor()
    await checkPage(page, 'verification-partners')
    await page.locator('#partner-kind').selectOption('hospital')
    await page.locator('#partner-name').fill('Bệnh viện Đa khoa Thống Nhất')
    await page.locator('#partner-communeCode').selectOption(admin.communeCode)
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click()
    const link = page.getByRole('link', { name: 'Bệnh viện Đa khoa Thống Nhất' })
    await link.waitFor()
    await link.click()
    await page.waitForURL(/\/officer\/partners\/[\w-]+$/)

    const staff = await enrol(served.app, test.database)
    await page.locator('#staff-number').fill(staff.personalNumber)
    await page.getByRole('button', { name: 'Giao nhân viên' }).click()
    await page.getByRole('button', { name: `Gỡ ${staff.personalNumber}` }).waitFor()
    const desk = await call<{ partner: { name: string } }>(
      staff,
      { method: 'GET', url: `${API}/partner` },
      200,
    )
    assert.equal(desk.partner.name, 'Bệnh viện Đa khoa Thống Nhất')

    const { publicKey } = await generateKeyPair('ES256', { extractable: true })
    await page.locator('#device-name').fill('Ki-ốt sảnh A')
    await page.locator('#device-key').fill(JSON.stringify(await exportJWK(publicKey)))
    await page.getByRole('button', { name: 'Đăng ký ki-ốt' }).click()
    await page.getByRole('button', { name: 'Thu hồi khoá Ki-ốt sảnh A' }).waitFor()
    await checkPage(page, 'verification-partner')
  })
})
