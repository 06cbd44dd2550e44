import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { describeOnEngines, useApp } from '../../../../test/kit/index.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { addCalendarDays } from '../deadlines.js'
import {
  injectAs,
  openFinesScene,
  recordCarViolation,
  type FinesScene,
} from '../fines.test-support.js'
import type { ViolationDetail } from '../violations/violations.schemas.js'
import { sendFineReminders } from './reminders.service.js'

describeOnEngines('payment reminders (model 18)', (db) => {
  const app = useApp(db)
  let scene: FinesScene

  before(async () => {
    scene = await openFinesScene(app(), db())
  })

  it('reminds two days before the due day and once overdue, each once, not when paid', async () => {
    const today = vietnamDate()
    const [soon, late, paid, far] = [
      await recordCarViolation(app(), scene),
      await recordCarViolation(app(), scene),
      await recordCarViolation(app(), scene),
      await recordCarViolation(app(), scene),
    ]
    const setDue = (id: string, day: string) =>
      db().query('UPDATE fine_violations SET due_on = $2 WHERE id = $1', [id, day])
    await setDue(soon, addCalendarDays(today, 2))
    await setDue(late, addCalendarDays(today, -1))
    await setDue(paid, addCalendarDays(today, -1))
    await db().query(`UPDATE fine_violations SET status = 'paid' WHERE id = $1`, [paid])
    await setDue(far, addCalendarDays(today, 3))
    assert.deepEqual(await sendFineReminders(db()), { dueSoon: 1, overdue: 1 })
    assert.deepEqual(await sendFineReminders(db()), { dueSoon: 0, overdue: 0 }, 'once each')
    const mine = (
      await injectAs(app(), scene.owner, { method: 'GET', url: '/api/v1/me/fines' })
    ).json<{ items: ViolationDetail[] }>().items
    const kindsOf = (id: string) => mine.find((v) => v.id === id)!.reminders.map((r) => r.kind)
    assert.deepEqual(kindsOf(soon), ['due_soon'])
    assert.deepEqual(kindsOf(late), ['overdue'])
    assert.deepEqual(kindsOf(paid), [])
    assert.deepEqual(kindsOf(far), [])
  })
})
