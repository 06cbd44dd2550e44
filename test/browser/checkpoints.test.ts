import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { toBuffer } from 'qrcode'
import { seedPopulation } from '../../src/modules/population/index.js'
import {
  CHECKPOINTS_API as API,
  enrol,
  openEstablishment,
  openSite,
  type OpenSite,
  openTestDatabase,
  type Actor,
  type TestDatabase,
} from '../kit/index.js'
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
// The dashboard asks again every 3 s (LIVE_EVERY_MS): a change shows within a few rounds.
const LIVE = { timeout: 15_000 }

// An operator's gate page at 360 px with the dashboard open beside it: an entry then an exit by
// a photo of the identity QR, the count inside following live; a camera batch sent twice counts
// once; a coach operator's ticket check boards a ticket holder and refuses a second boarding.
describe('checkpoints in chromium', { skip: browserSkip }, () => {
  const cleanup = new Cleanup()
  let test: TestDatabase
  let served: ServedApp
  let browser: Browser
  let site: OpenSite

  before(async () => {
    test = await openTestDatabase('pglite')
    cleanup.defer(() => test.drop())
    await seedPopulation(test.database, { scale: 1_000, seed: 22, today: '2026-12-07' })
    served = await serveApp(test.database)
    cleanup.defer(() => served.close())
    browser = await launchBrowser()
    cleanup.defer(() => browser.close())
    const admin = await enrol(served.app, test.database, { role: 'administrator' })
    site = await openSite(served.app, test.database, admin, { communeCode: admin.communeCode })
  })
  after(() => cleanup.run())

  /** A page of `who`'s, with no camera: codes come as photos, as a desk without one picks them. */
  const open = async (who: Actor, url: string, viewport = PHONE): Promise<Page> => {
    const context = await newContext(browser, served.url, { viewport, cookie: who.cookie })
    await context.addInitScript({
      content: `Object.defineProperty(MediaDevices.prototype, 'getUserMedia', {
        value: () => Promise.reject(new DOMException('no camera', 'NotFoundError')),
      })`,
    })
    const page = await context.newPage()
    await page.goto(url)
    await page.waitForFunction(() => document.querySelector('main [data-loading]') === null)
    return page
  }
  const uploadQr = async (page: Page, text: string): Promise<void> => {
    await page.getByLabel('Chọn ảnh mã QR').setInputFiles({
      name: `${randomUUID()}.png`,
      mimeType: 'image/png',
      buffer: await toBuffer(text, { errorCorrectionLevel: 'M', scale: 5 }),
    })
  }
  const qrOf = async (who: Actor): Promise<string> => {
    const response = await served.app.inject({
      method: 'POST',
      url: '/api/v1/identity/qr',
      headers: { cookie: who.cookie },
    })
    assert.equal(response.statusCode, 201, response.body)
    return response.json<{ token: string }>().token
  }
  const inside = (page: Page, count: number) =>
    page.locator(`[data-inside="${count}"]`).waitFor(LIVE)

  it('records an entry and an exit from QR photos, the dashboard following live', async () => {
    const visitor = await enrol(served.app, test.database, { level: 2 })
    const dashboard = await open(site.staff, '/operator/sites', DESKTOP)
    await inside(dashboard, 0)
    const gate = await open(site.staff, '/operator/gate')
    await gate.getByLabel('Chọn ảnh mã QR').waitFor()
    await checkPage(gate, 'checkpoints-gate')

    await uploadQr(gate, await qrOf(visitor))
    await gate.locator('[data-passage="entry"][data-flag="none"]').waitFor()
    await inside(dashboard, 1)
    await checkPage(gate, 'checkpoints-gate-entered')

    await gate.getByRole('radio', { name: 'Ra', exact: true }).check()
    await uploadQr(gate, await qrOf(visitor))
    await gate.locator('[data-passage="exit"][data-flag="none"]').waitFor()
    await inside(dashboard, 0)
    // Out again without coming in: recorded, and said so.
    await uploadQr(gate, await qrOf(visitor))
    await gate.locator('[data-passage="exit"][data-flag="exitWithoutEntry"]').waitFor()
    await gate.getByText('Cảnh báo: ra mà không có lượt vào trước đó').waitFor()
    await checkPage(dashboard, 'checkpoints-sites')
  })

  it('counts a camera batch sent twice once on the dashboard', async () => {
    const dashboard = await open(site.staff, '/operator/sites', DESKTOP)
    await inside(dashboard, 0)
    const people = await test.database.query<{ personal_number: string }>(
      `SELECT personal_number FROM residents WHERE status = 'resident'
        ORDER BY personal_number DESC LIMIT 3`,
    )
    const at = new Date(Date.now() - 60_000).toISOString()
    const batch = await site.sign({
      siteId: site.siteId,
      events: people.map((p, i) => ({
        id: `browser-${i}`,
        gateId: site.gates[i % 2],
        direction: 'entry',
        personalNumber: p.personal_number,
        occurredAt: at,
      })),
    })
    const post = async () => {
      const response = await served.app.inject({
        method: 'POST',
        url: `${API}/sites/${site.siteId}/camera-events`,
        headers: { cookie: site.system.cookie },
        payload: { batch },
      })
      assert.equal(response.statusCode, 200, response.body)
      return response.json<{ recorded: number; duplicates: number }>()
    }
    assert.deepEqual(await post(), { received: 3, recorded: 3, duplicates: 0, flagged: 0 })
    await inside(dashboard, 3)
    assert.deepEqual(await post(), { received: 3, recorded: 0, duplicates: 3, flagged: 0 })
    // Two more rounds of the live figures: still three inside, the resent batch counted nowhere.
    await dashboard.waitForTimeout(2 * 3_000 + 1_000)
    assert.equal(await dashboard.locator('[data-inside="3"]').count(), 1)
    assert.equal(
      await dashboard
        .locator('[data-gate-inside]')
        .evaluateAll((cells) =>
          cells.reduce((sum, c) => sum + Number(c.getAttribute('data-gate-inside')), 0),
        ),
      3,
    )
  })

  it('boards a ticket holder onto the manifest and refuses a second boarding', async () => {
    const coach = await openEstablishment(served.app, test.database, {
      typeCode: 'coach_operator',
      capacity: 45,
    })
    const departure = Date.now() - 1_800_000
    const created = await served.app.inject({
      method: 'POST',
      url: `/api/v1/stays/establishments/${coach.id}/trips`,
      headers: { cookie: coach.staff.cookie, 'idempotency-key': randomUUID() },
      payload: {
        route: 'Biên Hòa - Đà Lạt (QL20)',
        vehiclePlate: '60B-123.45',
        departureAt: new Date(departure).toISOString(),
        arrivalAt: new Date(departure + 6 * 3_600_000).toISOString(),
        seats: 40,
      },
    })
    assert.equal(created.statusCode, 201, created.body)
    const trip = created.json<{ id: string }>().id
    const holder = await enrol(served.app, test.database, { level: 2 })
    const stranger = await enrol(served.app, test.database, { level: 2 })
    const issued = await served.app.inject({
      method: 'POST',
      url: `${API}/trips/${trip}/tickets`,
      headers: { cookie: coach.staff.cookie },
      payload: { personalNumbers: [holder.personalNumber] },
    })
    assert.equal(issued.statusCode, 201, issued.body)

    const page = await open(coach.staff, `/establishment/${coach.id}/boarding?trip=${trip}`)
    await page.getByLabel('Chọn ảnh mã QR').waitFor()
    await checkPage(page, 'checkpoints-boarding')
    await uploadQr(page, await qrOf(holder))
    await page.locator('[data-boarding="boarded"]').waitFor()
    await page.getByText('Vé hợp lệ: hành khách đã lên xe').waitFor()
    await checkPage(page, 'checkpoints-boarded')

    await uploadQr(page, await qrOf(holder))
    await page.locator('[data-refusal="CHECKPOINTS_ALREADY_BOARDED"]').waitFor()
    await page.getByText('Hành khách đã lên xe với vé này').waitFor()
    await checkPage(page, 'checkpoints-boarding-refused')
    await uploadQr(page, await qrOf(stranger))
    await page.locator('[data-refusal="CHECKPOINTS_NO_TICKET"]').waitFor()

    const manifest = await served.app.inject({
      url: `/api/v1/stays/trips/${trip}/manifest`,
      headers: { cookie: coach.staff.cookie },
    })
    assert.deepEqual(
      manifest
        .json<{ passengers: { personalNumber: string | null }[] }>()
        .passengers.map((p) => p.personalNumber),
      [holder.personalNumber],
    )
  })

  it('boards a train ticket holder at the station gate and refuses a ticket for a full trip', async () => {
    const admin = await enrol(served.app, test.database, { role: 'administrator' })
    const station = { communeCode: admin.communeCode, kind: 'railwayStation' }
    const from = await openSite(served.app, test.database, admin, station)
    const to = await openSite(served.app, test.database, admin, station)
    const created = await served.app.inject({
      method: 'POST',
      url: `${API}/train-trips`,
      headers: { cookie: from.staff.cookie },
      payload: {
        trainNumber: 'SE4',
        fromSiteId: from.siteId,
        toSiteId: to.siteId,
        departureAt: new Date(Date.now() + 3_600_000).toISOString(),
        seats: 2,
      },
    })
    assert.equal(created.statusCode, 201, created.body)
    const train = created.json<{ id: string }>().id
    const [holder, second, third] = [
      await enrol(served.app, test.database, { level: 2 }),
      await enrol(served.app, test.database, { level: 2 }),
      await enrol(served.app, test.database, { level: 2 }),
    ]
    const issued = await served.app.inject({
      method: 'POST',
      url: `${API}/train-trips/${train}/tickets`,
      headers: { cookie: from.staff.cookie },
      payload: { personalNumbers: [holder.personalNumber] },
    })
    assert.equal(issued.statusCode, 201, issued.body)

    const page = await open(from.staff, '/operator/trains')
    const trip = page.locator(`[data-train-trip="${train}"]`)
    await trip.getByText('2 chỗ · 1 vé đã bán · 0 đã lên tàu').waitFor()
    await checkPage(page, 'checkpoints-trains')
    await uploadQr(page, await qrOf(holder))
    await page.locator('[data-boarding="boarded"]').waitFor()
    await page.getByText('Vé hợp lệ: hành khách đã lên xe').waitFor()
    await trip.getByText('2 chỗ · 1 vé đã bán · 1 đã lên tàu').waitFor()
    await checkPage(page, 'checkpoints-train-boarded')
    await uploadQr(page, await qrOf(holder))
    await page.locator('[data-refusal="CHECKPOINTS_ALREADY_BOARDED"]').waitFor()

    // Two more tickets for the one seat left: refused, none issued.
    await page
      .getByLabel('Số định danh cá nhân của hành khách')
      .fill(`${second.personalNumber}\n${third.personalNumber}`)
    await page.getByRole('button', { name: 'Phát hành vé' }).click()
    await page.getByText('Chuyến đã bán hết chỗ').waitFor()
    await checkPage(page, 'checkpoints-train-full')
    const [sold] = await test.database.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM checkpoint_tickets WHERE trip_id = $1',
      [train],
    )
    assert.equal(sold!.n, 1, 'nothing half-issued')
    await page.getByLabel('Số định danh cá nhân của hành khách').fill(second.personalNumber)
    await page.getByRole('button', { name: 'Phát hành vé' }).click()
    await trip.getByText('2 chỗ · 2 vé đã bán · 1 đã lên tàu').waitFor()
  })
})
