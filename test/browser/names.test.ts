import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { seedPopulation } from '../../src/modules/population/index.js'
import { enrol, type Actor, openTestDatabase, type TestDatabase } from '../kit/index.js'
import {
  Cleanup,
  PHONE,
  browserSkip,
  launchBrowser,
  newContext,
  serveApp,
  switchLanguage,
  type ServedApp,
} from './browser.js'

// People read places, actions and devices by name, in both languages, on a 360-px phone (issue 16).
describe('names, never codes, in chromium', { skip: browserSkip }, () => {
  const cleanup = new Cleanup()
  let test: TestDatabase
  let served: ServedApp
  let browser: Browser
  let officer: Actor
  let resident: Actor
  let commune: string

  before(async () => {
    test = await openTestDatabase('pglite')
    cleanup.defer(() => test.drop())
    await seedPopulation(test.database, { scale: 1_000, seed: 11, today: '2026-11-27' })
    served = await serveApp(test.database)
    cleanup.defer(() => served.close())
    browser = await launchBrowser()
    cleanup.defer(() => browser.close())
    resident = await enrol(served.app, test.database)
    officer = await enrol(served.app, test.database, {
      role: 'communePolice',
      unitCodes: [resident.communeCode],
      where: `commune_code = '${resident.communeCode}'`,
    })
    const [unit] = await test.database.query<{ name: string }>(
      'SELECT name FROM admin_units WHERE code = $1 AND valid_to IS NULL',
      [resident.communeCode],
    )
    commune = unit!.name
  })
  after(() => cleanup.run())

  const open = async (actor: Actor): Promise<Page> =>
    (await newContext(browser, served.url, { viewport: PHONE, cookie: actor.cookie })).newPage()

  it("shows the officer a resident's commune by name in both languages", async () => {
    const page = await open(officer)
    await page.goto(`/officer/residents/${resident.personalNumber}?purpose=residence_management`)
    const record = page.locator('dl.facts')
    await record.waitFor()
    for (const language of ['vi', 'en'] as const) {
      if (language === 'en') await switchLanguage(page, 'en')
      const label = language === 'vi' ? 'Xã/phường' : 'Commune'
      const place = record.locator('div', { has: page.locator('dt', { hasText: label }) })
      assert.match((await place.locator('dd').innerText()).trim(), new RegExp(`^${commune}`))
      const members = page.getByRole('region', {
        name: language === 'vi' ? /thành viên/i : /member/i,
      })
      assert.ok(
        (await members.innerText()).includes(commune),
        `${language}: members by commune name`,
      )
      assert.ok(
        !(await members.innerText()).includes(resident.communeCode),
        `${language}: no commune code in the members' table`,
      )
    }
  })

  it("shows the resident who acted on their data by the unit's name, the action in words", async () => {
    const raised = await served.app.inject({
      method: 'POST',
      url: `/api/v1/identity/accounts/${resident.personalNumber}/level2`,
      headers: { cookie: officer.cookie },
    })
    assert.equal(raised.statusCode, 200, raised.body)
    const page = await open(resident)
    await page.goto('/me/access-log')
    const entry = page.getByRole('main').getByRole('listitem').first()
    await entry.waitFor()
    for (const language of ['vi', 'en'] as const) {
      if (language === 'en') await switchLanguage(page, 'en')
      const text = await entry.innerText()
      assert.ok(text.includes(commune), `${language}: the acting unit by name`)
      assert.ok(!text.includes(resident.communeCode), `${language}: no unit code`)
      assert.ok(!text.includes('identity.account'), `${language}: the action in words`)
    }
  })
})
