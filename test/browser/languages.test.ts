import assert from 'node:assert/strict'
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { PDFDocument } from 'pdf-lib'
import type { Browser, Page } from 'playwright-core'
import { Analytics } from '../../src/modules/analytics/index.js'
import { storeVaultDocument } from '../../src/modules/documents/index.js'
import { ensureDemonstrationCheckpoints } from '../../src/modules/checkpoints/index.js'
import { ensureDemonstrationExchange } from '../../src/modules/exchange/index.js'
import { ensureDemonstrationFines } from '../../src/modules/fines/index.js'
import { ensureDemonstrationAccounts } from '../../src/modules/identity/index.js'
import { ensurePlanReference, refreshKpis } from '../../src/modules/plan/index.js'
import { seedPopulation } from '../../src/modules/population/index.js'
import { catalogue } from '../../src/modules/services/index.js'
import { ensureDemonstrationEstablishment } from '../../src/modules/stays/index.js'
import { enrol, signInCookie, openTestDatabase, type TestDatabase } from '../kit/index.js'
import {
  Cleanup,
  checkPage,
  browserSkip,
  launchBrowser,
  newContext,
  serveApp,
  switchLanguage,
} from './browser.js'
import { languageProblems, type PageText } from './languages.js'

const DESKTOP = { width: 1280, height: 900 }
const HOTEL = 'DEMO-KS-001'
const RP = 'https://rp.example.vn/callback'
const TEMPORARY_RESIDENCE = '1.004194'

/** Who opens a page: nobody ('anonymous'), 'resident' (eID level 2) or a demonstration role. */
type Who = string

interface Visit {
  pattern: string
  path: string
  who: Who
  /** What to do on the page before reading it (a choice that shows other data). */
  then?: (page: Page) => Promise<void>
}

// Every page of the app, in Vietnamese and in English, as the role that sees it: what a person
// reads is in the page's language (names and codes aside), with no markup shown as text, no word
// said twice and no title that repeats itself.
describe('every page speaks one language at a time', { skip: browserSkip }, () => {
  const cleanup = new Cleanup()
  let test: TestDatabase
  let browser: Browser
  let url: string
  const cookies = new Map<Who, string>()
  const visits: Visit[] = []
  /** A resident of the officers' commune below eID level 2, whom the police may raise. */
  let unraised = ''

  before(async () => {
    test = await openTestDatabase('pglite')
    cleanup.defer(() => test.drop())
    await seedPopulation(test.database, { scale: 1_000, seed: 20, today: '2026-11-27' })
    const dir = await mkdtemp(path.join(tmpdir(), 'cds-languages-'))
    cleanup.defer(() => rm(dir, { recursive: true, force: true }))
    const copyPath = path.join(dir, 'copy.duckdb')
    const served = await serveApp(test.database, { ANALYTICS_PATH: copyPath })
    cleanup.defer(() => served.close())
    url = served.url
    const app = served.app
    const accounts = await ensureDemonstrationAccounts(test.database.db)
    await ensureDemonstrationEstablishment(test.database.db)
    await ensureDemonstrationExchange(test.database)
    // The demonstration operator's tourist site, its staff bound to it (before they sign in).
    await ensureDemonstrationCheckpoints(test.database)
    for (const account of accounts) {
      const level = /mức (\d)/.exec(account.who)?.[1]
      const who = level === '2' ? 'resident' : level === '1' ? 'resident1' : account.who
      cookies.set(who, await signInCookie(app, account.personalNumber, account.password))
    }
    const call = async <T>(method: 'GET' | 'POST', who: Who, path: string, payload?: object) => {
      const response = await app.inject({
        method,
        url: path,
        headers: { cookie: cookies.get(who)!, 'idempotency-key': randomUUID() },
        ...(payload ? { payload } : {}),
      })
      assert.ok(response.statusCode < 300, `${method} ${path}: ${response.body}`)
      return response.json<T>()
    }

    // The level-2 resident stays at the demonstration hotel, no departure given.
    const resident = accounts.find((a) => a.who.includes('mức 2'))!
    const [guest] = await test.database.query<{
      personalNumber: string
      fullName: string
      birthDate: string
    }>(
      `SELECT personal_number AS "personalNumber", full_name AS "fullName",
              birth_date::text AS "birthDate" FROM residents WHERE personal_number = $1`,
      [resident.personalNumber],
    )
    await call('POST', 'establishmentStaff', `/api/v1/stays/establishments/${HOTEL}/declarations`, {
      arrivalAt: new Date(Date.now() - 3_600_000).toISOString(),
      guests: [guest],
    })
    // A coach operator of the same resident, approved by the commune's police, with one trip.
    const [{ commune_code: commune } = { commune_code: '' }] = await test.database.query<{
      commune_code: string
    }>('SELECT commune_code FROM residents WHERE personal_number = $1', [resident.personalNumber])
    const coach = await call<{ id: string }>('POST', 'resident', '/api/v1/stays/establishments', {
      name: 'Nhà xe Minh Hoạ',
      typeCode: 'coach_operator',
      address: 'Số 2 đường Minh Hoạ',
      communeCode: commune,
      capacity: 45,
    })
    await call('POST', 'communePolice', `/api/v1/stays/establishments/${coach.id}/decision`, {
      decision: 'approve',
    })
    await call('POST', 'resident', `/api/v1/stays/establishments/${coach.id}/staff`, {
      personalNumber: resident.personalNumber,
    })
    // The same resident's household business, a verified seller on the public page (model 22).
    await call('POST', 'communeOfficer', '/api/v1/businesses', {
      registrationNumber: '47A8009999',
      name: 'Hộ kinh doanh Hạt điều Minh Hoạ',
      ownerNumber: resident.personalNumber,
      communeCode: commune,
      address: 'Số 3 đường Minh Hoạ',
      tradeCode: 'ocop_product',
      shopUrl: 'https://dacsan.example.vn/shop/hat-dieu',
    })
    cookies.set('resident', await signInCookie(app, resident.personalNumber, resident.password))
    const departure = Date.now() + 3_600_000
    const trip = await call<{ id: string }>(
      'POST',
      'resident',
      `/api/v1/stays/establishments/${coach.id}/trips`,
      {
        route: 'Biên Hòa - Đà Lạt (QL20)',
        vehiclePlate: '60B-123.45',
        departureAt: new Date(departure).toISOString(),
        arrivalAt: new Date(departure + 6 * 3_600_000).toISOString(),
        seats: 40,
      },
    )
    // A relying party's sign-in waiting at the SSO's interaction page.
    const client = await call<{ clientId: string }>(
      'POST',
      'administrator',
      '/api/v1/sso/clients',
      {
        name: 'Hệ thống thử',
        kind: 'web',
        authMethod: 'client_secret_basic',
        redirectUris: [RP],
      },
    )
    const verifier = randomBytes(32).toString('base64url')
    const authorize = new URL(`${url}/oidc/auth`)
    for (const [name, value] of Object.entries({
      client_id: client.clientId,
      redirect_uri: RP,
      response_type: 'code',
      scope: 'openid',
      state: randomBytes(8).toString('hex'),
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    }))
      authorize.searchParams.set(name, value)

    await ensurePlanReference(test.database.db)
    await refreshKpis(test.database, new Date())
    const builder = new Analytics({ database: test.database, path: copyPath })
    await builder.rebuild()
    await builder.close()
    const [officerResident] = await test.database.query<{ n: string }>(
      'SELECT personal_number AS n FROM residents WHERE commune_code = $1 LIMIT 1',
      [commune],
    )
    const [below2] = await test.database.query<{ n: string }>(
      'SELECT personal_number AS n FROM residents WHERE commune_code = $1 AND eid_level < 2 LIMIT 1',
      [commune],
    )
    unraised = below2!.n

    const at = (pattern: string, who: Who, path = pattern, then?: Visit['then']) =>
      visits.push({ pattern, path, who, ...(then ? { then } : {}) })
    at('/', 'anonymous')
    at('/sign-up', 'anonymous')
    at('/forgot-password', 'anonymous')
    at('/kiosk', 'anonymous')
    at('/open-data', 'anonymous')
    at('/sellers', 'anonymous')
    at('/preferences', 'anonymous')
    // Where sign-in returns: a resident goes on to their record.
    at('/start', 'resident')
    for (const page of ['/me', '/me/qr', '/me/access-log', '/me/security', '/me/sessions'])
      at(page, 'resident')
    at('/me/consents', 'resident')
    at('/me/stays', 'resident')
    at('/officer', 'communeOfficer')
    at('/officer/units', 'communeOfficer')
    // The structure before the 2025 reform: provinces with their type beside their name.
    at('/officer/units', 'communeOfficer', '/officer/units', (page) =>
      page.getByRole('radio').nth(1).check(),
    )
    at('/officer/residents/:number', 'communeOfficer', `/officer/residents/${officerResident!.n}`)
    // The record itself once a purpose is chosen: the address beside the places by name.
    at(
      '/officer/residents/:number',
      'communeOfficer',
      `/officer/residents/${officerResident!.n}?purpose=residence_management`,
    )
    at('/plan', 'committeeMember')
    for (const no of [9, 12, 16, 23])
      at('/plan/models/:no', 'committeeMember', `/plan/models/${no}`)
    at('/plan/reports', 'agencyReporter')
    at('/dashboards', 'analyst')
    for (const id of ['population', 'digital', 'labour', 'tourism', 'public-order'])
      at('/dashboards/:dashboard', 'analyst', `/dashboards/${id}`)
    at('/establishment', 'establishmentStaff')
    at('/establishment/new', 'resident')
    for (const page of ['', '/guests', '/register', '/rooming-list', '/owner'])
      at(`/establishment/:id${page}`, 'establishmentStaff', `/establishment/${HOTEL}${page}`)
    at('/establishment/:id/trips', 'resident', `/establishment/${coach.id}/trips`)
    at(
      '/establishment/:id/trips/:tripId',
      'resident',
      `/establishment/${coach.id}/trips/${trip.id}`,
    )
    at('/establishment/:id/boarding', 'resident', `/establishment/${coach.id}/boarding`)
    at('/police/stays', 'communePolice')
    // Checkpoints: the demonstration operator's gate and dashboard (a week of visits).
    at('/operator/gate', 'operatorStaff')
    at('/operator/sites', 'operatorStaff')
    at('/operator/trains', 'operatorStaff')
    at('/sso/interaction/:uid', 'anonymous', authorize.href)
    // Public services: the catalogue and a form, a receipt, my dossiers, the look-up, the kiosk.
    const filed = await call<{ code: string }>('POST', 'resident', '/api/v1/services/dossiers', {
      serviceCode: TEMPORARY_RESIDENCE,
      data: catalogue().get(TEMPORARY_RESIDENCE)!.definition.example,
    })
    at('/services', 'anonymous')
    at('/services/:code', 'resident', `/services/${TEMPORARY_RESIDENCE}`)
    at('/services/dossiers/:code', 'resident', `/services/dossiers/${filed.code}`)
    at('/services/lookup/:code', 'anonymous', `/services/lookup/${filed.code}`)
    at('/me/dossiers', 'resident')
    // Selective disclosure: the resident's credentials, the public verifier.
    at('/me/credentials', 'resident')
    at('/credentials/verify', 'anonymous')
    at('/kiosk/services', 'anonymous')
    at('/kiosk/services/:code', 'resident', `/kiosk/services/${TEMPORARY_RESIDENCE}`)
    at('/officer/services', 'communePolice')
    at('/officer/services/:code', 'communePolice', `/officer/services/${filed.code}`)
    // The document vault: an issued card, and the page its share link opens.
    const documentId = await test.database.db.transaction((tx) =>
      storeVaultDocument(tx, {
        ownerNumber: resident.personalNumber,
        kind: 'driving-licence',
        origin: 'issued',
        fields: { licenceNumber: '750000000001', classes: ['A1', 'B'], issuedOn: '2024-01-02' },
        issuerAgency: 'CAT',
        issuedOn: '2024-01-02',
      }),
    )
    const share = await call<{ secret: string }>(
      'POST',
      'resident',
      `/api/v1/me/documents/${documentId}/shares`,
      { hours: 24 },
    )
    at('/me/documents', 'resident')
    at('/me/documents/:id', 'resident', `/me/documents/${documentId}`)
    at('/shared/:secret', 'anonymous', `/shared/${share.secret}`)
    // Traffic fines: the demonstration resident's unpaid violations, and one of them.
    await ensureDemonstrationFines(test.database)
    const fines = await call<{ items: { id: string; canAppeal: boolean }[] }>(
      'GET',
      'resident',
      '/api/v1/me/fines',
    )
    assert.ok(fines.items[0], 'the demonstration resident has fines')
    // One of them appealed, for the police's appeals page to show it.
    const appealable = fines.items.filter((f) => f.canAppeal).at(-1)
    assert.ok(appealable, 'a demonstration fine can be appealed')
    await call('POST', 'resident', `/api/v1/fines/violations/${appealable.id}/appeals`, {
      reason: 'Tôi không điều khiển xe vào thời điểm đó.',
    })
    at('/me/fines', 'resident')
    at('/me/fines/:id', 'resident', `/me/fines/${fines.items[0].id}`)
    // The police's side: recording a violation, and the appeals of their communes.
    at('/officer/fines/new', 'communePolice')
    at('/officer/fines/appeals', 'communePolice')
    at('/officer/fines/overdue', 'communePolice')
    // Certified copies: the resident's requests, the commune's queue, the public verification.
    const original = await PDFDocument.create()
    original.addPage([595, 842])
    const scanned = await app.inject({
      method: 'POST',
      url: '/api/v1/me/documents?kind=diploma',
      headers: { cookie: cookies.get('resident')!, 'content-type': 'application/pdf' },
      payload: Buffer.from(await original.save()),
    })
    assert.equal(scanned.statusCode, 201, scanned.body)
    const asked = await call<{ id: string }>('POST', 'resident', '/api/v1/me/certifications', {
      documentId: scanned.json<{ id: string }>().id,
    })
    const certified = await call<{ code: string }>(
      'POST',
      'communeOfficer',
      `/api/v1/documents/certifications/${asked.id}/approve`,
      { officerTitle: 'Phó Chủ tịch' },
    )
    at('/me/certifications', 'resident')
    at('/officer/certifications', 'communeOfficer')
    // The exchange's webhook subscriptions, as a member's administrator (a department officer).
    at('/officer/exchange/subscriptions', 'departmentOfficer')
    // The exchange's members (the platform administrator's), and the health department's services,
    // catalogue, grants (one awaiting its decision) and calls, from the demonstration data.
    at('/officer/exchange/members', 'administrator')
    at('/officer/exchange/services', 'administrator')
    for (const page of ['services', 'catalogue', 'grants', 'calls'])
      at(`/officer/exchange/${page}`, 'departmentOfficer')
    // An agency's list to clean against the registry, uploaded by the department officer.
    const uploaded = await app.inject({
      method: 'POST',
      url: '/api/v1/linkage/datasets?name=Danh%20s%C3%A1ch%20th%E1%BB%AD&fileName=danh-sach.csv',
      headers: { cookie: cookies.get('departmentOfficer')!, 'content-type': 'text/csv' },
      payload: 'Họ và tên,Ngày sinh\nNguyễn Văn An,01/02/1980\nTrần Thị Bình,03/04/1975\n',
    })
    assert.equal(uploaded.statusCode, 201, uploaded.body)
    at('/officer/linkage', 'departmentOfficer')
    at(
      '/officer/linkage/:id',
      'departmentOfficer',
      `/officer/linkage/${uploaded.json<{ id: string }>().id}`,
    )
    at('/verify', 'anonymous')
    at('/verify/:code', 'anonymous', `/verify/${certified.code}`)
    // Identity checks at partners: a hospital's desk and an exam board's session, each by its staff.
    const partnerDesk = async (kind: string, who: Who) => {
      const admin = await enrol(app, test.database, { role: 'administrator' })
      cookies.set(`admin-${who}`, admin.cookie)
      const partner = await call<{ id: string }>(
        'POST',
        `admin-${who}`,
        '/api/v1/verification/partners',
        {
          kind,
          name: 'Đơn vị thử',
          communeCode: admin.communeCode,
        },
      )
      const staff = await enrol(app, test.database)
      await call('POST', `admin-${who}`, `/api/v1/verification/partners/${partner.id}/staff`, {
        personalNumber: staff.personalNumber,
      })
      cookies.set(who, staff.cookie)
      return partner.id
    }
    const hospitalId = await partnerDesk('hospital', 'hospitalStaff')
    await partnerDesk('examBoard', 'examStaff')
    const exam = await call<{ id: string }>('POST', 'examStaff', '/api/v1/verification/sessions', {
      title: 'Kỳ thi thử',
      startsAt: '2026-12-07T01:00:00.000Z',
    })
    at('/partner/checks', 'hospitalStaff')
    at('/partner/exams', 'examStaff')
    at('/partner/exams/:id', 'examStaff', `/partner/exams/${exam.id}`)
    // The administrator who onboarded the hospital: the partners of the area, the hospital's page.
    at('/officer/partners', 'admin-hospitalStaff')
    at('/officer/partners/:id', 'admin-hospitalStaff', `/officer/partners/${hospitalId}`)

    browser = await launchBrowser()
    cleanup.defer(() => browser.close())
  })
  after(() => cleanup.run())

  /** What the page shows once it has loaded: its text, aria-labels and title, by language. */
  const readPage = async (page: Page): Promise<PageText> => {
    await page.locator('h1').first().waitFor({ timeout: 10_000 })
    await page.waitForFunction(() => document.querySelector('main [data-loading]') === null)
    return page.evaluate(() => {
      const skipped = [...document.querySelectorAll<HTMLElement>('[translate="no"]')]
      const labels = [...document.querySelectorAll('[aria-label]')]
      const all = [document.title, document.body.innerText, ...labels.map((e) => e.ariaLabel)]
      let ours = all.join('\n')
      for (const element of skipped) ours = ours.replace(element.innerText, ' ')
      const labelled = labels.filter((e) => !e.closest('[translate="no"]'))
      return {
        title: document.title,
        all: all.join('\n'),
        ours: [ours, ...labelled.map((e) => e.ariaLabel)].join('\n'),
      }
    })
  }

  it('visits every page of the app', async () => {
    // The routes each feature declares (web/src/features/*/routes.tsx), read as text: they are
    // the web app's, built for the browser. TanStack's `$param` is written `:param` here.
    const features = path.resolve(import.meta.dirname, '../../web/src/features')
    const files = (await readdir(features)).map((f) => path.join(features, f, 'routes.tsx'))
    const tables = await Promise.all(files.map((file) => readFile(file, 'utf8').catch(() => '')))
    const patterns = tables
      .flatMap((table) => [...table.matchAll(/path: '([^']+)'/g)].map((m) => m[1]!))
      .map((pattern) => pattern.replace(/\$(\w+)/g, ':$1'))
    assert.ok(patterns.length > 20, 'the route table is read')
    const visited = new Set(visits.map((v) => v.pattern))
    assert.deepEqual(
      patterns.filter((p) => !visited.has(p)),
      [],
      'pages this check does not visit',
    )
  })

  it('shows each page in its language only, in Vietnamese and in English', async () => {
    const problems: string[] = []
    for (const visit of visits) {
      const cookie = cookies.get(visit.who)
      const context = await newContext(browser, url, {
        viewport: DESKTOP,
        ...(cookie ? { cookie } : {}),
      })
      const page = await context.newPage()
      await page.goto(visit.path)
      await visit.then?.(page)
      for (const language of ['vi', 'en'] as const) {
        if (language === 'en') await switchLanguage(page, 'en')
        const found = await readPage(page).then(
          (text) => languageProblems(text, language),
          (error: unknown) => [`the page did not load: ${String(error).split('\n')[0]!}`],
        )
        problems.push(...found.map((p) => `${visit.path} (${language}): ${p}`))
        if (found.some((p) => p.startsWith('the page did not load'))) break
      }
      await context.close()
    }
    assert.deepEqual(problems, [])
  })

  it('says a stay without a departure has none given, not that the guest is still there', async () => {
    const context = await newContext(browser, url, { cookie: cookies.get('resident')! })
    const page = await context.newPage()
    await page.goto('/me/stays')
    const departure = page.locator('dt', { hasText: 'Dự kiến đi' }).locator('+ dd')
    assert.equal((await departure.innerText()).trim(), 'Chưa báo ngày đi')
    await context.close()
  })

  /** A page as `who` sees it, in Vietnamese on a phone. */
  const openAs = async (who: Who, path: string): Promise<Page> => {
    const page = await (await newContext(browser, url, { cookie: cookies.get(who)! })).newPage()
    await page.goto(path)
    return page
  }

  it('tells a level-1 resident that registering a place needs level 2, and how to get it', async () => {
    const page = await openAs('resident1', '/establishment/new')
    await page.getByText('Biểu mẫu này cần tài khoản định danh điện tử mức 2').waitFor()
    await page.getByText('mang thẻ căn cước đến công an xã, phường').waitFor()
    assert.equal(await page.getByLabel('Tên cơ sở').isVisible(), false)
    await page.context().close()
    const level2 = await openAs('resident', '/establishment/new')
    await level2.getByLabel('Tên cơ sở').waitFor()
    assert.equal(await level2.getByText('Biểu mẫu này cần').count(), 0)
    await level2.context().close()
  })

  it('tells a resident that the resident search is for officers, before any field', async () => {
    const page = await openAs('resident', '/officer')
    await page.getByText('Biểu mẫu này chỉ dành cho cán bộ xã, phường và công an').waitFor()
    await page.getByText('đề nghị quản trị viên của cơ quan cấp vai trò').waitFor()
    assert.equal(await page.locator('form.panel').isVisible(), false)
    await page.context().close()
    const officer = await openAs('communeOfficer', '/officer')
    await officer.locator('form.panel').waitFor()
    assert.equal(await officer.getByText('Biểu mẫu này chỉ dành cho').count(), 0)
    await officer.context().close()
  })

  /**
   * `who` reads, before any field, that the form at `path` is for `needed` and how to get it;
   * `able` gets what `form` finds instead, and no such notice.
   */
  const assertRequirement = async (
    path: string,
    who: Who,
    needed: string,
    how: string,
    able: Who,
    form: (page: Page) => ReturnType<Page['locator']>,
  ) => {
    const page = await openAs(who, path)
    await page.getByText(`Biểu mẫu này chỉ dành cho ${needed}`).waitFor()
    await page.getByText(how).waitFor()
    assert.equal(await form(page).count(), 0, `${who} sees no form at ${path}`)
    await page.context().close()
    const allowed = await openAs(able, path)
    await form(allowed).first().waitFor()
    assert.equal(await allowed.getByText('Biểu mẫu này chỉ dành cho').count(), 0)
    await allowed.context().close()
  }

  it('tells a committee member that monthly reports are sent by the reporters', async () => {
    await assertRequirement(
      '/plan/reports',
      'committeeMember',
      'cán bộ báo cáo của cơ quan chủ trì và Thường trực Ban Chỉ đạo Đề án 06',
      'đề nghị quản trị viên của cơ quan cấp vai trò',
      'agencyReporter',
      (page) => page.getByLabel('Tháng', { exact: true }),
    )
  })

  it('tells a resident that the accommodation console is for the police', async () => {
    await assertRequirement(
      '/police/stays',
      'resident',
      'công an xã, phường và công an tỉnh',
      'đề nghị quản trị viên của cơ quan cấp vai trò',
      'communePolice',
      (page) => page.getByRole('navigation', { name: 'Các mục lưu trú' }),
    )
  })

  it('tells a resident who is no staff that declaring guests is for the staff, added by the owner', async () => {
    await assertRequirement(
      `/establishment/${HOTEL}`,
      'resident1',
      'nhân viên cơ sở lưu trú',
      'Chủ cơ sở thêm bạn làm nhân viên bằng số định danh cá nhân',
      'establishmentStaff',
      (page) => page.locator('form[aria-labelledby="guests-title"]'),
    )
  })

  it('tells a commune officer that raising an account to level 2 is for the police', async () => {
    await assertRequirement(
      `/officer/residents/${unraised}?purpose=residence_management`,
      'communeOfficer',
      'công an xã, phường và công an tỉnh',
      'mang thẻ căn cước đến công an xã, phường nơi cư trú',
      'communePolice',
      (page) => page.getByRole('button', { name: 'Nâng lên mức 2' }),
    )
  })

  it('lists the open datasets for anyone, with a preview and downloads, on a phone', async () => {
    const page = await (await newContext(browser, url)).newPage()
    await page.goto('/open-data')
    await page.getByRole('heading', { level: 1, name: 'Dữ liệu mở của tỉnh' }).waitFor()
    await page.getByRole('link', { name: 'Tải CSV (nhãn tiếng Việt)' }).first().waitFor()
    await page.getByRole('button', { name: 'Xem trước bảng' }).first().click()
    await page.locator('table').first().waitFor()
    await checkPage(page, 'open-data')
    await page.context().close()
  })

  it('lists the verified sellers by commune for anyone, with a link to each shop, on a phone', async () => {
    const page = await (await newContext(browser, url)).newPage()
    await page.goto('/sellers')
    await page
      .getByRole('heading', { level: 1, name: 'Người bán đặc sản và du lịch đã xác thực' })
      .waitFor()
    const shop = page.getByRole('link', { name: 'Hộ kinh doanh Hạt điều Minh Hoạ' })
    assert.equal(await shop.getAttribute('href'), 'https://dacsan.example.vn/shop/hat-dieu')
    await page.getByText('Sản phẩm OCOP', { exact: true }).waitFor()
    await checkPage(page, 'sellers')
    await page.context().close()
  })

  it('answers an unknown address with the app’s not-found page, the API with JSON', async () => {
    const context = await newContext(browser, url)
    const page = await context.newPage()
    const response = await page.goto('/no-such-page')
    assert.equal(response?.status(), 404)
    await page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }).waitFor()
    await page.getByRole('link', { name: 'Về trang chủ' }).waitFor()
    const api = await fetch(`${url}/api/v1/no-such-thing`, { headers: { accept: 'text/html' } })
    assert.equal(api.status, 404)
    assert.equal(((await api.json()) as { error: { code: string } }).error.code, 'ROUTE_NOT_FOUND')
    await context.close()
  })
})
