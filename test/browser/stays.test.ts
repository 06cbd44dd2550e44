import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import type { InjectOptions } from 'fastify'
import type { Browser, Page } from 'playwright-core'
import { toBuffer } from 'qrcode'
import { mrzCheckDigit } from '../../src/modules/identity/index.js'
import { seedPopulation } from '../../src/modules/population/index.js'
import { enrol, type Actor, openTestDatabase, type TestDatabase } from '../kit/index.js'
import {
  Cleanup,
  browserSkip,
  checkPage,
  launchBrowser,
  newContext,
  serveApp,
  type ServedApp,
} from './browser.js'

const BASE = '/api/v1/stays'

interface Registered {
  personalNumber: string
  fullName: string
  birthDate: string
}

/** `YYYY-MM-DDTHH:mm` in Vietnam, some hours from now: what a datetime-local field takes. */
function wallClock(hoursFromNow: number): string {
  const at = new Date(Date.now() + hoursFromNow * 3_600_000 + 7 * 3_600_000)
  return at.toISOString().slice(0, 16)
}

/** `DD/MM/YYYY`, as a person types a date. */
const typed = (isoDate: string): string => isoDate.split('-').reverse().join('/')

/** A French passport's MRZ (ICAO 9303 TD3) with every check digit computed. */
function frenchPassport(): [string, string] {
  const check = (s: string): string => String(mrzCheckDigit(s))
  const number = '19FR12345'
  const birth = '880214'
  const expiry = '330101'
  const optional = '<'.repeat(14)
  const head = `${number}${check(number)}FRA${birth}${check(birth)}F`
  const tail = `${expiry}${check(expiry)}${optional}${check(optional)}`
  const line2 = `${head}${tail}${check(head.slice(0, 10) + head.slice(13, 20) + tail)}`
  return ['P<FRAMARTIN<<CLAIRE<<<<<<<<<<<<<<<<<<<<<<<<<', line2]
}

// The accommodation declaration pages in a real browser: the receptionist's phone, the coach
// operator's manifest, the owner's registration and the police console, live.
describe('accommodation declaration in chromium', { skip: browserSkip }, () => {
  const cleanup = new Cleanup()
  let test: TestDatabase
  let served: ServedApp
  let browser: Browser
  let owner: Actor
  let police: Actor
  let provincial: Actor
  let staff: Actor
  let hotel: string
  let coach: string
  let guestsTaken = 0

  const call = async <T>(options: InjectOptions & { url: string; expect: number }): Promise<T> => {
    const { expect, ...request } = options
    const response = await served.app.inject(request)
    assert.equal(response.statusCode, expect, `${request.url}: ${response.body}`)
    return response.json<T>()
  }

  /** A registry resident of `age` range, never the same twice in the suite: a guest. */
  const registered = async (adult = true): Promise<Registered> => {
    const [row] = await test.database.query<Registered>(
      `SELECT personal_number AS "personalNumber", full_name AS "fullName",
              to_char(birth_date, 'YYYY-MM-DD') AS "birthDate"
         FROM residents r
        WHERE status = 'resident'
          AND birth_date ${adult ? "< now() - interval '20 years'" : "> now() - interval '12 years'"}
          AND NOT EXISTS (SELECT 1 FROM eid_accounts a WHERE a.personal_number = r.personal_number)
        ORDER BY personal_number DESC OFFSET $1 LIMIT 1`,
      [guestsTaken++],
    )
    assert.ok(row, 'a resident left to be a guest')
    return row
  }

  /** The resident's identity QR, as the citizen app shows it. */
  const identityQr = async (resident: Actor): Promise<string> =>
    (
      await call<{ token: string }>({
        method: 'POST',
        url: '/api/v1/identity/qr',
        headers: { cookie: resident.cookie },
        expect: 201,
      })
    ).token

  /** Registered by the owner, approved by the commune police, with the staff member named. */
  const openEstablishment = async (typeCode: string, capacity: number): Promise<string> => {
    const { id } = await call<{ id: string }>({
      method: 'POST',
      url: `${BASE}/establishments`,
      headers: { cookie: owner.cookie, 'idempotency-key': randomUUID() },
      payload: {
        name: `Cơ sở ${typeCode}`,
        typeCode,
        address: '12 Lê Lợi',
        communeCode: owner.communeCode,
        capacity,
      },
      expect: 201,
    })
    await call({
      method: 'POST',
      url: `${BASE}/establishments/${id}/decision`,
      headers: { cookie: police.cookie },
      payload: { decision: 'approve' },
      expect: 200,
    })
    await call({
      method: 'POST',
      url: `${BASE}/establishments/${id}/staff`,
      headers: { cookie: owner.cookie },
      payload: { personalNumber: staff.personalNumber },
      expect: 201,
    })
    return id
  }

  const declarationsOf = (where: string, params: unknown[]) =>
    test.database.query<{
      id: string
      method: string
      room: string | null
      group_id: string | null
      accompanied_by: string | null
      trip_id: string | null
      personal_number: string | null
      flags: string
    }>(
      `SELECT id, method, room, group_id, accompanied_by, trip_id, personal_number,
              flags::text AS flags
         FROM stay_declarations WHERE ${where} ORDER BY declared_at, id`,
      params,
    )

  before(async () => {
    test = await openTestDatabase('pglite')
    cleanup.defer(() => test.drop())
    await seedPopulation(test.database, { scale: 1_500, seed: 17, today: '2026-11-27' })
    served = await serveApp(test.database)
    cleanup.defer(() => served.close())
    owner = await enrol(served.app, test.database)
    const here = `commune_code = '${owner.communeCode}'`
    police = await enrol(served.app, test.database, { role: 'communePolice', where: here })
    provincial = await enrol(served.app, test.database, {
      role: 'provincialPolice',
      unitCodes: ['75'],
    })
    staff = await enrol(served.app, test.database, { where: here })
    await call({
      method: 'POST',
      url: `/api/v1/identity/accounts/${owner.personalNumber}/level2`,
      headers: { cookie: police.cookie },
      expect: 200,
    })
    hotel = await openEstablishment('hotel_3_star', 40)
    coach = await openEstablishment('coach_operator', 45)
    browser = await launchBrowser()
    cleanup.defer(() => browser.close())
  })
  after(() => cleanup.run())

  /**
   * A phone whose camera is refused: the scanner falls back to photos and a hardware scanner
   * (the kiosk's suite covers the camera itself). As a string: tsx would wrap a function's inner
   * functions in helpers the page lacks.
   */
  const phone = async (actor: Actor): Promise<Page> => {
    const context = await newContext(browser, served.url, { cookie: actor.cookie })
    await context.addInitScript({
      content: `Object.defineProperty(MediaDevices.prototype, 'getUserMedia', {
        value: () => Promise.reject(new DOMException('no camera', 'NotFoundError')),
      })`,
    })
    return context.newPage()
  }

  /** A photo of a code, as the receptionist picks it instead of the camera. */
  const uploadQr = async (page: Page, text: string): Promise<void> => {
    await page.getByLabel('Chọn ảnh mã QR').setInputFiles({
      name: 'qr.png',
      mimeType: 'image/png',
      buffer: await toBuffer(text, { errorCorrectionLevel: 'M', scale: 5 }),
    })
  }

  const fullNameOf = async (personalNumber: string): Promise<string> => {
    const [row] = await test.database.query<{ full_name: string }>(
      'SELECT full_name FROM residents WHERE personal_number = $1',
      [personalNumber],
    )
    return row!.full_name
  }

  it('checks a guest in from a photo of the identity QR, once, even when the answer is lost', async () => {
    const guest = await enrol(served.app, test.database)
    const name = await fullNameOf(guest.personalNumber)
    const page = await phone(staff)
    // The receptionist finds the register from the places they are staff of.
    await page.goto('/establishment')
    await page.getByRole('link', { name: /^Cơ sở hotel_3_star · Mở sổ khai báo$/ }).click()
    await page.getByRole('heading', { name: 'Khai báo khách đến' }).waitFor()
    assert.match(page.url(), new RegExp(`/establishment/${hotel}$`))
    await uploadQr(page, await identityQr(guest))
    await page.getByText(`Đã thêm ${name}.`).waitFor()
    await page.getByLabel('Phòng (khách số 1)').fill('204')
    await checkPage(page, 'stays-check-in-confirm')

    // The platform declares, then the answer is lost on the way back: a retry must not declare twice.
    let lost = false
    await page.route('**/declarations', async (route) => {
      if (lost) return route.continue()
      lost = true
      await route.fetch()
      return route.abort('connectionreset')
    })
    await page.getByRole('button', { name: 'Khai báo 1 khách' }).click()
    await page.getByRole('alert').getByRole('button', { name: 'Thử lại' }).click()
    await page.getByText(/Đã khai báo 1 khách lúc/).waitFor()
    await checkPage(page, 'stays-check-in-declared')
    const rows = await declarationsOf('personal_number = $1', [guest.personalNumber])
    assert.equal(rows.length, 1, 'one declaration for one check-in')
    assert.equal(rows[0]!.method, 'identity_qr')
    assert.equal(rows[0]!.room, '204')

    // Current guests: check the guest out, after a confirmation.
    await page.getByRole('link', { name: 'Khách đang lưu trú' }).click()
    const card = page.getByRole('listitem').filter({ hasText: name })
    await card.getByRole('button', { name: 'Trả phòng' }).click()
    await checkPage(page, 'stays-guests')
    await card.getByRole('button', { name: `Xác nhận ${name} trả phòng` }).click()
    await page.getByText(`${name} đã trả phòng.`).waitFor()

    // The guest sees the stay in the citizen app, linked from the home page.
    const own = await phone(guest)
    await own.goto('/')
    await own.getByRole('link', { name: 'Nơi tôi đã lưu trú' }).click()
    await own.getByRole('heading', { name: 'Cơ sở hotel_3_star' }).waitFor()
    await checkPage(own, 'stays-my-stays')
  })

  it('checks a family and a foreign guest in together, the child with its adult', async () => {
    const adult = await registered(true)
    const child = await registered(false)
    const page = await phone(staff)
    await page.goto(`/establishment/${hotel}`)
    await page.getByText('Không dùng được camera', { exact: false }).waitFor()

    await page.getByLabel('Nhập số định danh').check()
    for (const person of [adult, child]) {
      await page.getByLabel('Số định danh cá nhân').fill(person.personalNumber)
      await page.getByLabel('Họ và tên').fill(person.fullName)
      await page.getByLabel('Ngày sinh').fill(typed(person.birthDate))
      await page.getByRole('button', { name: 'Thêm khách' }).click()
      await page.getByText(`Đã thêm ${person.fullName}.`).waitFor()
    }
    // A foreign guest: the passport's two MRZ lines as printed, the entry date and the visa.
    const [line1, line2] = frenchPassport()
    await page.getByLabel('Hộ chiếu', { exact: true }).check()
    await page.getByLabel('Dòng MRZ thứ nhất').fill(line1)
    await page.getByLabel('Dòng MRZ thứ hai').fill(line2)
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
    await page.getByLabel('Ngày nhập cảnh').fill(typed(yesterday))
    await page.getByLabel('Số thị thực (nếu có)').fill('VN1234567')
    await page.getByRole('button', { name: 'Thêm khách' }).click()
    await page.getByText('Đã thêm MARTIN CLAIRE.').waitFor()

    await page.getByLabel('Phòng (khách số 1)').fill('301')
    await page.getByLabel('Phòng (khách số 2)').fill('301')
    await page.getByLabel('Phòng (khách số 3)').fill('302')
    await page.getByLabel('Người lớn đi cùng khách số 2').selectOption({ label: adult.fullName })
    await page.getByLabel('Dự kiến đi').fill(wallClock(48))
    await checkPage(page, 'stays-group-confirm')
    await page.getByRole('button', { name: 'Khai báo 3 khách' }).click()
    await page.getByText(/Đã khai báo 3 khách lúc/).waitFor()
    await checkPage(page, 'stays-group-declared')

    const [parent, kid] = await declarationsOf('personal_number IN ($1, $2)', [
      adult.personalNumber,
      child.personalNumber,
    ])
    const [foreigner] = await declarationsOf("passport_number = '19FR12345'", [])
    assert.ok(parent && kid && foreigner)
    const byNumber = parent.personal_number === adult.personalNumber ? parent : kid
    const ofChild = byNumber === parent ? kid : parent
    assert.equal(ofChild.accompanied_by, byNumber.id, 'the child is linked to the adult')
    assert.ok(!ofChild.flags.includes('minor_unaccompanied'))
    assert.equal(foreigner.method, 'passport_mrz')
    assert.ok(
      parent.group_id && parent.group_id === kid.group_id && kid.group_id === foreigner.group_id,
    )
  })

  it('imports a rooming list and reports what became of each row', async () => {
    const member = await registered(true)
    const other = await registered(true)
    const [day = '', time = ''] = wallClock(-1).split('T')
    const arrival = `${typed(day)} ${time}`
    const csv = [
      'Số định danh,Họ và tên,Ngày sinh,Phòng,Giờ đến',
      `${member.personalNumber},${member.fullName},${typed(member.birthDate)},401,${arrival}`,
      `${other.personalNumber},${other.fullName},31/02/1990,402,${arrival}`,
    ].join('\n')
    const page = await phone(staff)
    await page.goto(`/establishment/${hotel}`)
    await page.getByRole('link', { name: 'Nhập danh sách đoàn' }).click()
    await page.getByLabel('Tệp danh sách khách').setInputFiles({
      name: 'doan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    })
    await page.getByRole('button', { name: 'Tải lên và khai báo' }).click()
    await page.getByText('1 dòng đã khai báo, 1 dòng bị từ chối.').waitFor()
    // The refusal names the column as the file heads it.
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Dòng 3 · Từ chối: Cột "Ngày sinh": ngày không hợp lệ' })
      .waitFor()
    await page.getByRole('listitem').filter({ hasText: 'Dòng 2 · Đã khai báo' }).waitFor()
    await checkPage(page, 'stays-rooming-list')
    const rows = await declarationsOf('personal_number IN ($1, $2)', [
      member.personalNumber,
      other.personalNumber,
    ])
    assert.deepEqual(
      rows.map((r) => [r.personal_number, r.room, r.method]),
      [[member.personalNumber, '401', 'rooming_list']],
    )
  })

  it('opens a coach trip and adds scanned and typed passengers to its manifest', async () => {
    const first = await enrol(served.app, test.database)
    const second = await registered(true)
    const page = await phone(staff)

    await page.goto(`/establishment/${coach}/trips`)
    await page.getByText('Chưa có chuyến xe nào.').waitFor()
    await page.getByLabel('Tuyến').fill('Biên Hòa - Đà Lạt (QL20)')
    await page.getByLabel('Biển số xe').fill('60B-123.45')
    await page.getByLabel('Giờ xuất bến').fill(wallClock(1))
    await page.getByLabel('Giờ đến dự kiến').fill(wallClock(8))
    await page.getByLabel('Số ghế hành khách').fill('45')
    await checkPage(page, 'stays-trips')
    // The trip is opened, then the answer is lost: sent again, it must not open a second one.
    let lost = false
    await page.route('**/trips', async (route) => {
      if (lost || route.request().method() !== 'POST') return route.continue()
      lost = true
      await route.fetch()
      return route.abort('connectionreset')
    })
    await page.getByRole('button', { name: 'Tạo chuyến' }).click()
    await page.getByRole('alert').waitFor()
    await page.getByRole('button', { name: 'Tạo chuyến' }).click()
    await page.getByRole('heading', { name: 'Hành khách của chuyến' }).waitFor()
    const [trips] = await test.database.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM stay_trips WHERE establishment_id = $1',
      [coach],
    )
    assert.equal(trips!.n, 1, 'one trip for one submission')
    await page.getByText('Chưa có hành khách nào.').waitFor()

    const firstName = await fullNameOf(first.personalNumber)
    await uploadQr(page, await identityQr(first))
    await page.getByText(`Đã thêm ${firstName}.`).waitFor()
    await page.getByLabel('Ghế (khách số 1)').fill('1')
    await page.getByRole('button', { name: 'Ghi 1 hành khách vào chuyến' }).click()
    await page.getByRole('heading', { name: 'Danh sách hành khách (1/45)' }).waitFor()

    await page.getByLabel('Nhập số định danh').check()
    await page.getByLabel('Số định danh cá nhân').fill(second.personalNumber)
    await page.getByLabel('Họ và tên').fill(second.fullName)
    await page.getByLabel('Ngày sinh').fill(typed(second.birthDate))
    await page.getByRole('button', { name: 'Thêm khách' }).click()
    await page.getByLabel('Ghế (khách số 1)').fill('2')
    await page.getByRole('button', { name: 'Ghi 1 hành khách vào chuyến' }).click()
    await page.getByRole('heading', { name: 'Danh sách hành khách (2/45)' }).waitFor()
    const manifest = page.getByRole('list', { name: 'Danh sách hành khách (2/45)' })
    await manifest.getByText(`Ghế 1 · ${firstName}`).waitFor()
    await manifest.getByText(`Ghế 2 · ${second.fullName}`).waitFor()
    await checkPage(page, 'stays-manifest')

    const onTrip = await declarationsOf('establishment_id = $1 AND trip_id IS NOT NULL', [coach])
    assert.deepEqual(
      onTrip.map((d) => [d.personal_number, d.room, d.method]),
      [
        [first.personalNumber, '1', 'identity_qr'],
        [second.personalNumber, '2', 'typed'],
      ],
    )
  })

  it('alerts the commune police live when a watch-listed person is declared', async () => {
    const wanted = await registered(true)
    const desk = await phone(police)
    await desk.goto('/officer')
    await desk.getByRole('link', { name: /Lưu trú trên địa bàn/ }).click()
    await desk.getByText('Đang cập nhật trực tiếp').waitFor()

    // The officer asks to watch the person, on a case and a legal basis, for a time; the unit
    // that answers is chosen by its name.
    await desk.getByRole('link', { name: 'Danh sách theo dõi' }).click()
    await desk.getByLabel('Số định danh cá nhân').fill(wanted.personalNumber)
    await desk.getByLabel('Lý do theo dõi').fill('Đang bị truy nã, quyết định số 12/QĐ')
    await desk.getByLabel('Số hồ sơ, vụ việc').fill('VA-2026/12')
    await desk.getByLabel('Căn cứ pháp lý').fill('Điều 117 Bộ luật Tố tụng hình sự 2015')
    const [commune] = await test.database.query<{ name: string }>(
      'SELECT name FROM admin_units WHERE code = $1 AND valid_to IS NULL',
      [police.communeCode],
    )
    await desk.getByLabel('Đơn vị phụ trách').selectOption({ label: commune!.name })
    await desk.getByRole('button', { name: 'Thêm vào danh sách' }).click()
    const listed = desk
      .getByRole('list', { name: 'Danh sách theo dõi' })
      .getByRole('listitem')
      .filter({ hasText: wanted.fullName })
    await listed.getByText('VA-2026/12').waitFor()
    await checkPage(desk, 'stays-police-watch-list')

    // A person registered elsewhere waits for provincial police, who approve on their review page.
    await listed.getByText('Chờ Công an tỉnh duyệt').waitFor()
    const review = await phone(provincial)
    await review.goto('/police/stays?view=watch-review')
    const card = review
      .getByRole('list', { name: 'Duyệt danh sách theo dõi' })
      .getByRole('listitem')
      .filter({ hasText: wanted.fullName })
    await card.getByRole('button', { name: 'Phê duyệt' }).click()
    await review.getByText(`Đã phê duyệt theo dõi ${wanted.fullName}.`).waitFor()
    await checkPage(review, 'stays-police-watch-review')
    await review.close()

    await desk.getByRole('link', { name: 'Cảnh báo', exact: true }).click()
    await desk.getByText('Không có cảnh báo nào chưa xử lý.').waitFor()
    await desk.getByText('Đang cập nhật trực tiếp').waitFor()

    // The receptionist declares the person; the console was not reloaded.
    await call({
      method: 'POST',
      url: `${BASE}/establishments/${hotel}/declarations`,
      headers: { cookie: staff.cookie, 'idempotency-key': randomUUID() },
      payload: {
        arrivalAt: new Date().toISOString(),
        guests: [{ ...wanted, room: '105' }],
      },
      expect: 201,
    })
    const alert = desk.locator('.stays-alert').filter({ hasText: wanted.fullName })
    await alert.waitFor({ timeout: 15_000 })
    await alert.getByText('Đang bị truy nã, quyết định số 12/QĐ').waitFor()
    await desk.getByRole('alert').getByText('1 cảnh báo mới', { exact: false }).waitFor()
    await checkPage(desk, 'stays-police-alert')
    await alert.getByRole('button', { name: 'Xác nhận đã xử lý' }).click()
    await alert.waitFor({ state: 'detached' })

    // Declarations counted by establishment, the late ones apart.
    await desk.getByRole('link', { name: 'Trễ hạn theo cơ sở' }).click()
    await desk.getByRole('rowheader', { name: 'Cơ sở hotel_3_star' }).waitFor()
    await checkPage(desk, 'stays-police-late')

    // New declarations arrive live too, without names until the officer opens one.
    await desk.getByRole('link', { name: 'Khai báo', exact: true }).click()
    await desk.getByLabel('Mục đích tra cứu').selectOption('residence_management')
    const next = await registered(true)
    await call({
      method: 'POST',
      url: `${BASE}/establishments/${hotel}/declarations`,
      headers: { cookie: staff.cookie, 'idempotency-key': randomUUID() },
      payload: { arrivalAt: new Date().toISOString(), guests: [next] },
      expect: 201,
    })
    // The watch-listed guest's declaration came live too; the newest is first.
    await desk.getByRole('heading', { name: 'Mới khai báo (2)' }).waitFor({ timeout: 15_000 })
    await desk.getByRole('button', { name: 'Xem chi tiết' }).first().click()
    await desk.getByRole('heading', { name: next.fullName }).first().waitFor()
    await checkPage(desk, 'stays-police-live')
  })

  it('registers an establishment, has it approved by the police, names staff and gets API keys', async () => {
    const page = await phone(owner)
    await page.goto('/establishment')
    await page.getByRole('link', { name: 'Đăng ký cơ sở lưu trú' }).click()
    await page.getByLabel('Tên cơ sở').fill('Nhà nghỉ Hoa Sen')
    await page.getByLabel('Loại cơ sở').selectOption({ label: 'Nhà nghỉ' })
    await page.getByLabel('Địa chỉ').fill('5 Nguyễn Du')
    // The commune is found by its name typed without diacritics, and chosen by name.
    const [commune] = await test.database.query<{ name: string }>(
      'SELECT name FROM admin_units WHERE code = $1 AND valid_to IS NULL',
      [owner.communeCode],
    )
    const typed = commune!.name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd')
    await page.getByLabel('Tìm xã, phường theo tên').fill(typed.split(' ').slice(1).join(' '))
    await page.getByLabel('Xã, phường', { exact: true }).selectOption({ label: commune!.name })
    await page.getByLabel('Sức chứa (phòng)').fill('12')
    await checkPage(page, 'stays-register-establishment')
    // Registered, then the answer is lost: sent again, the place is registered once.
    let lost = false
    await page.route('**/api/v1/stays/establishments', async (route) => {
      if (lost || route.request().method() !== 'POST') return route.continue()
      lost = true
      await route.fetch()
      return route.abort('connectionreset')
    })
    await page.getByRole('button', { name: 'Gửi đăng ký' }).click()
    await page.getByRole('alert').waitFor()
    await page.getByRole('button', { name: 'Gửi đăng ký' }).click()
    await page.getByRole('heading', { name: 'Nhà nghỉ Hoa Sen' }).waitFor()
    const [places] = await test.database.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM stay_establishments WHERE name = 'Nhà nghỉ Hoa Sen'",
    )
    assert.equal(places!.n, 1, 'one establishment for one registration')
    await page.getByText('Đang chờ công an xã duyệt', { exact: false }).waitFor()
    // The owner reads the establishment's own code, not its internal id.
    const [place] = await test.database.query<{ id: string; code: string }>(
      "SELECT id, code FROM stay_establishments WHERE name = 'Nhà nghỉ Hoa Sen'",
    )
    await page.getByText(place!.code, { exact: true }).waitFor()
    assert.equal(await page.getByText(place!.id).count(), 0, 'the id is not shown')
    await page.getByRole('definition').getByText(commune!.name, { exact: true }).waitFor()
    await checkPage(page, 'stays-owner-pending')

    const officer = await phone(police)
    await officer.goto('/police/stays?view=establishments')
    await officer.getByRole('button', { name: 'Duyệt Nhà nghỉ Hoa Sen' }).waitFor()
    await checkPage(officer, 'stays-police-approvals')
    await officer.getByRole('button', { name: 'Duyệt Nhà nghỉ Hoa Sen' }).click()
    await officer.getByText('Nhà nghỉ Hoa Sen: đã duyệt.').waitFor()

    await page.reload()
    await page.getByRole('heading', { name: 'Nhân viên khai báo' }).waitFor()
    await page.getByLabel('Số định danh của nhân viên').fill(staff.personalNumber)
    await page.getByRole('button', { name: 'Giao tài khoản nhân viên' }).click()
    await page.getByText(`Đã giao tài khoản nhân viên cho số ${staff.personalNumber}.`).waitFor()
    await page.getByRole('button', { name: 'Tạo khoá API' }).click()
    const secret = page
      .getByRole('term')
      .filter({ hasText: /^client_secret$/ })
      .locator('xpath=following-sibling::dd[1]')
    await secret.waitFor()
    assert.ok(((await secret.textContent()) ?? '').length >= 20, 'a secret is shown once')
    await checkPage(page, 'stays-owner-approved')
  })
})
