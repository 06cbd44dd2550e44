import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { assertRefusal, describeOnEngines, useApp } from '../../../../test/kit/index.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { addCalendarDays, dueOnAfter, PAYMENT_PERIOD_DAYS } from '../deadlines.js'
import {
  injectAs,
  openFinesScene,
  recordCarViolation,
  type FinesScene,
} from '../fines.test-support.js'
import type { ViolationDetail } from './violations.schemas.js'

describeOnEngines('violations read by their owner and the police (model 18)', (db) => {
  const app = useApp(db)
  let scene: FinesScene
  let id: string

  const read = (who: Parameters<typeof injectAs>[1], violationId = id) =>
    injectAs(app(), who, { method: 'GET', url: `/api/v1/fines/violations/${violationId}` })

  before(async () => {
    scene = await openFinesScene(app(), db())
    id = await recordCarViolation(app(), scene)
  })

  it("lists the owner's violations with the article's title, place, due day and evidence", async () => {
    const response = await injectAs(app(), scene.owner, { method: 'GET', url: '/api/v1/me/fines' })
    assert.equal(response.statusCode, 200, response.body)
    const [item, ...rest] = response.json<{ items: ViolationDetail[] }>().items
    assert.equal(rest.length, 0)
    assert.ok(item)
    assert.equal(item.id, id)
    assert.equal(item.plate, scene.car.plate)
    assert.equal(item.status, 'notified')
    assert.equal(item.articleCode, '168-6-9-b')
    assert.match(item.article.vi, /đèn|tín hiệu/i)
    assert.equal(item.communeCode, scene.places.inside)
    assert.ok(item.communeName, 'the commune is named')
    assert.equal(item.dueOn, addCalendarDays(vietnamDate(), PAYMENT_PERIOD_DAYS))
    assert.equal(item.evidenceCount, 0)
    assert.equal(item.overdue, false)
    assert.equal(item.canAppeal, true)
    assert.ok(item.seenInAppAt, 'seeing it in the app marks it')
  })

  it('marks a violation seen in the app once, the first time its owner opens it', async () => {
    const other = await recordCarViolation(app(), scene)
    const policeRead = await read(scene.police, other)
    assert.equal(policeRead.statusCode, 200, policeRead.body)
    assert.equal(policeRead.json<ViolationDetail>().seenInAppAt, null, 'police reads do not count')
    const first = await read(scene.owner, other)
    assert.equal(first.statusCode, 200, first.body)
    const seen = first.json<ViolationDetail>().seenInAppAt
    assert.ok(seen)
    const again = await read(scene.owner, other)
    assert.equal(again.json<ViolationDetail>().seenInAppAt, seen)
  })

  it('shows a violation to its owner and the police of its place, and to no one else', async () => {
    assert.equal((await read(scene.owner)).statusCode, 200)
    assert.equal((await read(scene.police)).statusCode, 200)
    assertRefusal(await read(scene.stranger), { status: 404, code: 'FINES_VIOLATION_NOT_FOUND' })
    assertRefusal(await read(scene.otherPolice), {
      status: 403,
      code: 'AUTH_OUTSIDE_JURISDICTION',
    })
    assertRefusal(await read(scene.owner, '00000000-0000-4000-8000-000000000000'), {
      status: 404,
      code: 'FINES_VIOLATION_NOT_FOUND',
    })
    assertRefusal(await read(scene.owner, 'not-an-id'), { status: 400, code: 'REQUEST_INVALID' })
    assertRefusal(await read(undefined), { status: 401, code: 'AUTH_REQUIRED' })
    const strangers = await injectAs(app(), scene.stranger, {
      method: 'GET',
      url: '/api/v1/me/fines',
    })
    assert.deepEqual(strangers.json<{ items: unknown[] }>().items, [])
  })

  it("shows an organisation's car's violation to the police of the place, no resident, and counts it", async () => {
    const [company] = await db().query<{ plate: string }>(
      `SELECT plate FROM vehicles WHERE owner_kind = 'organisation' AND vehicle_class = 'car'
        ORDER BY plate LIMIT 1`,
    )
    assert.ok(company, 'the registry has cars of organisations')
    const from = vietnamDate(new Date(Date.now() - 3_600_000))
    type Report = {
      total: { violations: number }
      byArticle: { articleCode: string; violations: number }[]
    }
    const report = async () => {
      const response = await injectAs(app(), scene.police, {
        method: 'GET',
        url: `/api/v1/fines/reports?from=${from}&to=${vietnamDate()}`,
      })
      assert.equal(response.statusCode, 200, response.body)
      return response.json<Report>()
    }
    const counted = await report()
    const companyFine = await recordCarViolation(app(), scene, { plate: company.plate })
    const [stored] = await db().query<{ owner_kind: string; owner_number: string | null }>(
      'SELECT owner_kind, owner_number FROM fine_violations WHERE id = $1',
      [companyFine],
    )
    assert.deepEqual(stored, { owner_kind: 'organisation', owner_number: null })
    const police = await read(scene.police, companyFine)
    assert.equal(police.statusCode, 200, police.body)
    assert.equal(police.json<ViolationDetail>().plate, company.plate)
    assertRefusal(await read(scene.otherPolice, companyFine), {
      status: 403,
      code: 'AUTH_OUTSIDE_JURISDICTION',
    })
    for (const resident of [scene.owner, scene.stranger]) {
      assertRefusal(await read(resident, companyFine), {
        status: 404,
        code: 'FINES_VIOLATION_NOT_FOUND',
      })
      const mine = await injectAs(app(), resident, { method: 'GET', url: '/api/v1/me/fines' })
      assert.ok(!mine.json<{ items: ViolationDetail[] }>().items.some((i) => i.id === companyFine))
    }
    const after = await report()
    assert.equal(after.total.violations, counted.total.violations + 1, 'the reports count it')
    const red = (r: Report) =>
      r.byArticle.find((a) => a.articleCode === '168-6-9-b')?.violations ?? 0
    assert.equal(red(after), red(counted) + 1)
  })

  it('lists the overdue in the police’s communes, a page at a time', async () => {
    const late = [await recordCarViolation(app(), scene), await recordCarViolation(app(), scene)]
    await db().query(
      `UPDATE fine_violations SET due_on = DATE '2026-01-10' WHERE id = ANY($1::uuid[])`,
      [late],
    )
    const page = (who: typeof scene.police, query: string) =>
      injectAs(app(), who, { method: 'GET', url: `/api/v1/fines/overdue?${query}` })
    const first = await page(scene.police, 'limit=1')
    assert.equal(first.statusCode, 200, first.body)
    const one = first.json<{ items: ViolationDetail[]; next: string | null }>()
    assert.equal(one.items.length, 1)
    assert.equal(one.items[0]!.overdue, true)
    assert.ok(one.next)
    const second = await page(scene.police, `limit=1&after=${encodeURIComponent(one.next)}`)
    const two = second.json<{ items: ViolationDetail[]; next: string | null }>()
    assert.deepEqual([one.items[0]!.id, two.items[0]!.id].sort(), [...late].sort())
    const third = await page(scene.police, `limit=1&after=${encodeURIComponent(two.next!)}`)
    assert.deepEqual(third.json<{ items: unknown[] }>().items, [])
    const outside = await page(scene.otherPolice, 'limit=10')
    assert.deepEqual(outside.json<{ items: unknown[] }>().items, [])
    assertRefusal(await page(scene.police, 'after=bogus'), {
      status: 400,
      code: 'FINES_CURSOR_INVALID',
    })
    assertRefusal(await page(scene.owner, ''), { status: 403, code: 'AUTH_FORBIDDEN' })
  })

  it('filters the overdue by commune and by days overdue, counted in Vietnam days', async () => {
    const [older, newer] = [
      await recordCarViolation(app(), scene),
      await recordCarViolation(app(), scene),
    ]
    const today = vietnamDate()
    await db().query(`UPDATE fine_violations SET due_on = $1::date WHERE id = $2`, [
      addCalendarDays(today, -40),
      older,
    ])
    await db().query(`UPDATE fine_violations SET due_on = $1::date WHERE id = $2`, [
      addCalendarDays(today, -1),
      newer,
    ])
    type Page = { items: (ViolationDetail & { daysOverdue: number })[] }
    const list = async (query: string) => {
      const response = await injectAs(app(), scene.police, {
        method: 'GET',
        url: `/api/v1/fines/overdue?limit=200&${query}`,
      })
      assert.equal(response.statusCode, 200, response.body)
      return response.json<Page>().items
    }
    const all = await list(`communeCode=${scene.places.inside}`)
    assert.equal(all.find((i) => i.id === older)?.daysOverdue, 40)
    assert.equal(all.find((i) => i.id === newer)?.daysOverdue, 1, 'due yesterday: 1 day over')
    const month = await list(`communeCode=${scene.places.inside}&minDays=30`)
    assert.ok(month.some((i) => i.id === older))
    assert.ok(!month.some((i) => i.id === newer), 'one day overdue is not thirty')
    assert.ok(month.every((i) => i.daysOverdue >= 30))
    assert.deepEqual(await list(`communeCode=${scene.places.outside}`), [], 'not their commune')
    assertRefusal(
      await injectAs(app(), scene.police, {
        method: 'GET',
        url: '/api/v1/fines/overdue?minDays=0',
      }),
      { status: 400, code: 'REQUEST_INVALID' },
    )
  })
})

it('puts the due day at the end of the 10th Vietnam calendar day after notification', () => {
  // 23:30 on 1 March in Việt Nam is still 1 March there, though 16:30 UTC.
  assert.equal(dueOnAfter(new Date('2026-03-01T16:30:00Z')), '2026-03-11')
  // 00:30 on 2 March in Việt Nam is 17:30 UTC on 1 March.
  assert.equal(dueOnAfter(new Date('2026-03-01T17:30:00Z')), '2026-03-12')
  assert.equal(dueOnAfter(new Date('2026-12-25T05:00:00Z')), '2027-01-04')
})
