import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { useApp, describeOnEngines, refusalOf } from '../../../test/kit/index.js'
import type { MessageSender, OutgoingMessage } from '../identity/index.js'
import { findModels } from './models.queries.js'
import { caller, contextAt, planActors, principalOf, type PlanActors } from './plan.test-support.js'
import { reminderKindOn, sendDueReminders } from './reminders.service.js'
import { createReport, submitReport } from './reports.service.js'

/** A sender that keeps what it was given, and refuses one number (a gateway that says no). */
function recordingSender(refuse?: string): MessageSender & { sent: OutgoingMessage[] } {
  const sent: OutgoingMessage[] = []
  return {
    kind: 'development',
    sent,
    async send(_db, message) {
      if (message.to === refuse) throw new Error('gateway refused')
      sent.push(message)
    },
  }
}

describeOnEngines('plan report reminders', (db) => {
  const app = useApp(db)
  const as = caller(app)
  let actors: PlanActors
  let leadAgencies: number

  before(async () => {
    actors = await planActors(app(), db())
    leadAgencies = new Set((await findModels(db().db)).flatMap((m) => m.leads)).size
  })

  // May 2027, report day 18: three days before is the 15th, one day before the 17th (Vietnam).
  const at = (day: string, hourUtc = 2) =>
    new Date(`2027-05-${day}T${String(hourUtc).padStart(2, '0')}:00:00Z`)
  const remind = (day: string, sender: MessageSender, hourUtc?: number) =>
    sendDueReminders(db(), { sender, reportDay: 18, now: at(day, hourUtc) })

  it('names the reminder a day calls for', () => {
    assert.equal(reminderKindOn('2027-05-14', '2027-05-18'), undefined)
    assert.equal(reminderKindOn('2027-05-15', '2027-05-18'), 'three_days')
    assert.equal(reminderKindOn('2027-05-16', '2027-05-18'), 'three_days')
    assert.equal(reminderKindOn('2027-05-17', '2027-05-18'), 'one_day')
    assert.equal(reminderKindOn('2027-05-18', '2027-05-18'), undefined)
  })

  it("lets the standing office say where an agency's reminders go", async () => {
    const url = '/api/v1/plan/agencies/CAT/contact'
    const set = await as(actors.office, { method: 'PUT', url, payload: { phone: '0912000111' } })
    assert.equal(set.json<{ contactPhone: string }>().contactPhone, '0912000111')
    await as(actors.office, {
      method: 'PUT',
      url: '/api/v1/plan/agencies/STTTT/contact',
      payload: { phone: '0912000222' },
    })
    await as(actors.office, { method: 'PUT', url, payload: { phone: 'abc' }, expect: 400 })
    const unknown = await as(actors.office, {
      method: 'PUT',
      url: '/api/v1/plan/agencies/XYZ/contact',
      payload: { phone: null },
      expect: 404,
    })
    assert.equal(refusalOf(unknown).code, 'PLAN_AGENCY_NOT_FOUND')
    await as(actors.committee, { method: 'PUT', url, payload: { phone: null }, expect: 403 })
    const agencies = (
      await as(actors.committee, { method: 'GET', url: '/api/v1/plan/agencies' })
    ).json<{ agencies: { code: string; hasContact: boolean }[] }>().agencies
    assert.equal(agencies.find((a) => a.code === 'CAT')?.hasContact, true)
  })

  it('reminds every agency behind, three days before, once, whatever runs the job', async () => {
    const sender = recordingSender()
    assert.deepEqual((await remind('14', sender)).sent, [])
    const runs = await Promise.all([remind('15', sender), remind('15', sender)])
    const sent = runs.flatMap((r) => r.sent)
    assert.equal(sent.length, leadAgencies)
    assert.ok(sent.every((r) => r.kind === 'three_days' && r.month === '2027-05'))
    assert.deepEqual(sender.sent.map((m) => m.to).sort(), ['0912000111', '0912000222'])
    const police = sent.find((r) => r.agencyCode === 'CAT')!
    assert.deepEqual(police.modelNos, [1, 9, 10, 11, 15, 16, 19, 23, 40])
    assert.match(police.body, /^Kế hoạch 106: báo cáo tháng 05\/2027 hạn trước ngày 18\/05\/2027/)
    assert.deepEqual((await remind('15', sender, 14)).sent, [])
    assert.deepEqual((await remind('16', sender)).sent, [])
    assert.equal(sender.sent.length, 2)
  })

  it('reminds one day before only those still behind, and retries a message that failed', async () => {
    const ctx = contextAt(db(), '2027-05-16T03:00:00Z')
    const police = principalOf(actors.police, 'agencyReporter', 'CAT')
    for (const no of [1, 9, 10, 11, 15, 16, 19, 23, 40]) {
      const report = await createReport(ctx, police, {
        modelNo: no,
        month: '2027-05',
        progress: 'Xong',
      })
      await submitReport(ctx, police, report.id)
    }
    const refusing = recordingSender('0912000222')
    const first = await remind('17', refusing)
    assert.deepEqual(
      first.failed.map((f) => f.agencyCode),
      ['STTTT'],
    )
    assert.equal(first.sent.length, leadAgencies - 2)
    assert.ok(!first.sent.some((r) => r.agencyCode === 'CAT'))
    const retry = await remind('17', recordingSender(), 9)
    assert.deepEqual(
      retry.sent.map((r) => r.agencyCode),
      ['STTTT'],
    )
    assert.deepEqual((await remind('17', recordingSender(), 15)).sent, [])
  })

  it('lists reminders in the app: an agency its own, the committee all', async () => {
    const url = '/api/v1/plan/reminders?month=2027-05'
    type List = { reminders: { agencyCode: string; kind: string }[] }
    const mine = (await as(actors.police, { method: 'GET', url })).json<List>().reminders
    assert.deepEqual(
      mine.map((r) => [r.agencyCode, r.kind]),
      [['CAT', 'three_days']],
    )
    const all = (await as(actors.committee, { method: 'GET', url })).json<List>().reminders
    assert.equal(all.length, leadAgencies * 2 - 1)
  })
})
