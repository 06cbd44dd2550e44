import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { useApp, describeOnEngines, refusalOf, rejectsWith } from '../../../test/kit/index.js'
import { MAX_ATTACHMENT_BYTES } from './attachments.service.js'
import { KPI_CATALOGUE } from './kpi-catalogue.js'
import { getScorecard } from './models.service.js'
import { monthOf, monthsBefore } from './calendar.js'
import { caller, contextAt, planActors, principalOf, type PlanActors } from './plan.test-support.js'
import { createReport, submitReport } from './reports.service.js'

interface Report {
  id: number
  modelNo: number
  agencyCode: string
  month: string
  status: string
  progress: string
  obstacles: string
  submittedLate: boolean | null
  submittedBy: string | null
  attachments: { id: number; fileName: string; size: number }[]
}

const REPORTS = '/api/v1/plan/reports'

// A model the police (CAT) lead whose KPI no module computes yet, so that the figure the committee
// sees is the one reported. Models gain computed KPIs as their modules arrive: this moves with them.
const CAT_LED_MODELS = [9, 10, 11, 15, 16, 19, 23, 40]
const REPORTED_MODEL = CAT_LED_MODELS.find((no) => !KPI_CATALOGUE.some((k) => k.modelNo === no))
const PDF = Buffer.from('%PDF-1.4\n% a small test document\n%%EOF\n')

describeOnEngines('plan monthly reports', (db) => {
  const app = useApp(db)
  const as = caller(app)
  let actors: PlanActors
  const month = monthOf(new Date())

  before(async () => {
    actors = await planActors(app(), db())
  })

  const create = (actor = actors.police, payload: object = {}, expect = 201) =>
    as(actor, {
      method: 'POST',
      url: REPORTS,
      payload: { modelNo: 9, month, ...payload },
      expect,
    })

  it('saves a draft and resumes it; a second report of the same month is refused', async () => {
    const draft = (
      await create(actors.police, { progress: 'Đã triển khai 120 cơ sở lưu trú' })
    ).json<Report>()
    assert.deepEqual([draft.status, draft.agencyCode, draft.month], ['draft', 'CAT', month])
    const saved = await as(actors.police, {
      method: 'PUT',
      url: `${REPORTS}/${draft.id}`,
      payload: { obstacles: 'Một số cơ sở chưa có thiết bị quét' },
    })
    assert.deepEqual(
      [saved.json<Report>().progress, saved.json<Report>().obstacles],
      ['Đã triển khai 120 cơ sở lưu trú', 'Một số cơ sở chưa có thiết bị quét'],
    )
    const resumed = await as(actors.police, { method: 'GET', url: `${REPORTS}/${draft.id}` })
    assert.equal(resumed.json<Report>().obstacles, 'Một số cơ sở chưa có thiết bị quét')
    const twice = await create(actors.police, {}, 409)
    assert.equal(refusalOf(twice).code, 'PLAN_REPORT_EXISTS')
    assert.deepEqual(refusalOf(twice).details, {
      reportId: draft.id,
    })
  })

  it("refuses a report on another agency's model, or for another agency", async () => {
    const other = await create(actors.police, { modelNo: 24 }, 403)
    assert.equal(refusalOf(other).code, 'PLAN_OTHER_AGENCY_MODEL')
    const forOther = await create(actors.police, { modelNo: 1, agencyCode: 'STTTT' }, 403)
    assert.equal(refusalOf(forOther).code, 'PLAN_NOT_YOUR_AGENCY')
    const committee = await create(actors.committee, {}, 403)
    assert.equal(refusalOf(committee).code, 'AUTH_FORBIDDEN')
    const [draft] = (await as(actors.police, { method: 'GET', url: `${REPORTS}?modelNo=9` })).json<{
      reports: Report[]
    }>().reports
    // Drafts stay with their agency: others do not see them at all.
    for (const actor of [actors.ict, actors.committee])
      await as(actor, { method: 'GET', url: `${REPORTS}/${draft!.id}`, expect: 404 })
    await as(actors.ict, {
      method: 'PUT',
      url: `${REPORTS}/${draft!.id}`,
      payload: { progress: 'x' },
      expect: 404,
    })
  })

  it('refuses a report for a closed month and for a month not yet open', async () => {
    const closed = await create(actors.police, { modelNo: 10, month: monthsBefore(month, 1) }, 409)
    assert.equal(refusalOf(closed).code, 'PLAN_MONTH_CLOSED')
    const future = await create(actors.police, { modelNo: 10, month: monthsBefore(month, -1) }, 422)
    assert.equal(refusalOf(future).code, 'PLAN_MONTH_NOT_OPEN')
    await create(actors.police, { modelNo: 10, month: `${month.slice(0, 4)}-13` }, 400)
  })

  it('submits only a complete draft, then keeps it fixed and shows it to the committee', async () => {
    assert.ok(REPORTED_MODEL, 'every model CAT leads has a computed KPI: pick another lead')
    const draft = (await create(actors.police, { modelNo: REPORTED_MODEL })).json<Report>()
    const incomplete = await as(actors.police, {
      method: 'POST',
      url: `${REPORTS}/${draft.id}/submission`,
      expect: 422,
    })
    assert.equal(refusalOf(incomplete).code, 'PLAN_REPORT_INCOMPLETE')
    await as(actors.police, {
      method: 'PUT',
      url: `${REPORTS}/${draft.id}`,
      payload: {
        progress: '35 cơ sở khám chữa bệnh đã khai báo lưu trú',
        indicators: [{ label: 'Cơ sở y tế đã kết nối', value: 35, unit: 'cơ sở' }],
      },
    })
    const submitted = (
      await as(actors.police, { method: 'POST', url: `${REPORTS}/${draft.id}/submission` })
    ).json<Report>()
    assert.equal(submitted.status, 'submitted')
    assert.equal(typeof submitted.submittedLate, 'boolean')
    assert.ok(submitted.submittedBy, 'the name of who submitted')
    const edit = await as(actors.police, {
      method: 'PUT',
      url: `${REPORTS}/${draft.id}`,
      payload: { progress: 'changed' },
      expect: 409,
    })
    assert.equal(refusalOf(edit).code, 'PLAN_REPORT_SUBMITTED')
    const seen = (
      await as(actors.committee, { method: 'GET', url: `${REPORTS}?month=${month}` })
    ).json<{ reports: Report[] }>().reports
    assert.deepEqual(
      seen.map((r) => r.id),
      [draft.id],
    )
    const model = (
      await as(actors.committee, { method: 'GET', url: `/api/v1/plan/models/${REPORTED_MODEL}` })
    ).json<{
      kpi: { state: string; indicators: { value: number }[]; reportedBy: string }
      reports: { agencies: { agencyCode: string; state: string; submittedAt: string | null }[] }
    }>()
    assert.deepEqual(
      [model.kpi.state, model.kpi.reportedBy, model.kpi.indicators[0]?.value],
      ['reported', 'CAT', 35],
    )
    assert.deepEqual(model.reports.agencies, [
      {
        agencyCode: 'CAT',
        state: submitted.submittedLate ? 'late' : 'submitted',
        reportId: draft.id,
        submittedAt: model.reports.agencies[0]!.submittedAt,
      },
    ])
  })

  it('lets the standing office report for a lead agency it names', async () => {
    const unnamed = await create(actors.office, { modelNo: 1 }, 422)
    assert.equal(refusalOf(unnamed).code, 'PLAN_AGENCY_REQUIRED')
    const named = (await create(actors.office, { modelNo: 1, agencyCode: 'STTTT' })).json<Report>()
    assert.equal(named.agencyCode, 'STTTT')
    const own = (await create(actors.police, { modelNo: 1 })).json<Report>()
    assert.equal(own.agencyCode, 'CAT')
    const notLead = await create(actors.office, { modelNo: 1, agencyCode: 'SYT' }, 403)
    assert.equal(refusalOf(notLead).code, 'PLAN_OTHER_AGENCY_MODEL')
  })

  it('keeps small files of known types with a draft', async () => {
    const draft = (await create(actors.police, { modelNo: 15 })).json<Report>()
    const upload = (body: Buffer, type: string, expect: number, name = 'Biên bản họp.pdf') =>
      as(actors.police, {
        method: 'POST',
        url: `${REPORTS}/${draft.id}/attachments?name=${encodeURIComponent(name)}`,
        headers: { 'content-type': type },
        payload: body,
        expect,
      })
    const saved = (await upload(PDF, 'application/pdf', 201)).json<{ id: number; size: number }>()
    assert.equal(saved.size, PDF.length)
    const download = await as(actors.police, {
      method: 'GET',
      url: `${REPORTS}/${draft.id}/attachments/${saved.id}`,
    })
    assert.deepEqual(download.rawPayload, PDF)
    assert.equal(download.headers['content-type'], 'application/pdf')
    assert.match(
      String(download.headers['content-disposition']),
      /filename\*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20h%E1%BB%8Dp\.pdf/,
    )
    assert.equal(
      refusalOf(await upload(Buffer.from('hello'), 'application/pdf', 415)).code,
      'PLAN_ATTACHMENT_TYPE',
    )
    assert.equal(
      refusalOf(await upload(Buffer.from('hello'), 'text/plain', 415)).code,
      'PLAN_ATTACHMENT_TYPE',
    )
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_ATTACHMENT_BYTES)])
    assert.equal(
      refusalOf(await upload(big, 'application/pdf', 413)).code,
      'PLAN_ATTACHMENT_TOO_LARGE',
    )
    await upload(PDF, 'application/pdf', 400, 'a/b.pdf')
    for (let i = 0; i < 4; i++) await upload(PDF, 'application/pdf', 201)
    assert.equal(refusalOf(await upload(PDF, 'application/pdf', 409)).code, 'PLAN_ATTACHMENT_LIMIT')
    await as(actors.police, {
      method: 'DELETE',
      url: `${REPORTS}/${draft.id}/attachments/${saved.id}`,
      expect: 204,
    })
    const kept = (
      await as(actors.police, { method: 'GET', url: `${REPORTS}/${draft.id}` })
    ).json<Report>()
    assert.equal(kept.attachments.length, 4)
    await as(actors.committee, {
      method: 'GET',
      url: `${REPORTS}/${draft.id}/attachments/${kept.attachments[0]!.id}`,
      expect: 404,
    })
  })

  it('flags late and missing reports by the report day, in Vietnam time', async () => {
    const police = principalOf(actors.police, 'agencyReporter', 'CAT')
    // 17:30 UTC on 16 March is 00:30 on the 17th in Vietnam: still on time for a report day of 18.
    const early = contextAt(db(), '2027-03-16T17:30:00Z')
    const onTime = await createReport(early, police, {
      modelNo: 16,
      month: '2027-03',
      progress: 'Đúng hạn',
    })
    assert.equal((await submitReport(early, police, onTime.id)).submittedLate, false)
    // 17:00 UTC on 17 March is midnight starting the 18th in Vietnam: late from then on.
    const late = contextAt(db(), '2027-03-17T17:00:00Z')
    const lateReport = await createReport(late, police, {
      modelNo: 19,
      month: '2027-03',
      progress: 'Muộn',
    })
    assert.equal((await submitReport(late, police, lateReport.id)).submittedLate, true)
    await createReport(early, police, { modelNo: 23, month: '2027-03' })
    const states = async (at: string) => {
      const card = await getScorecard(contextAt(db(), at), police, {})
      return Object.fromEntries(
        card.models.map((m) => [
          m.no,
          m.reports.agencies.find((a) => a.agencyCode === 'CAT')!.state,
        ]),
      )
    }
    const before18 = await states('2027-03-17T16:59:00Z')
    assert.deepEqual(
      [before18[16], before18[19], before18[23], before18[40]],
      ['submitted', 'late', 'draft', 'due'],
    )
    const after18 = await states('2027-03-17T17:00:00Z')
    assert.deepEqual([after18[16], after18[23], after18[40]], ['submitted', 'missing', 'missing'])
    // 16:30 UTC on 31 March is 23:30 in Vietnam, the month still open; an hour later it is closed.
    await createReport(contextAt(db(), '2027-03-31T16:30:00Z'), police, {
      modelNo: 40,
      month: '2027-03',
    })
    await rejectsWith(
      createReport(contextAt(db(), '2027-03-31T17:30:00Z'), police, {
        modelNo: 9,
        month: '2027-03',
      }),
      'PLAN_MONTH_CLOSED',
    )
  })
})
