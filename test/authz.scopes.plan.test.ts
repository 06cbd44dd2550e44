import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import type { InjectOptions } from 'fastify'
import { grantRole } from '../src/modules/identity/index.js'
import type { App } from '../src/platform/http/server.js'
import type { Database } from '../src/platform/db/database.js'
import { vietnamDate } from '../src/platform/time/vietnam.js'
import {
  assertRecordRoutesKnown,
  describeOnEngines,
  enrol,
  seedTwoCommunes,
  useApp,
  walkScopeCases,
  type Actor,
  type ScopeCase,
} from './kit/index.js'

/** Routes whose `:param` names something that belongs to no agency (a model, a consolidation). */
const NOT_AGENCY_BOUND = [
  'GET /api/v1/plan/models/:no',
  'POST /api/v1/plan/models/:no/status',
  'PUT /api/v1/plan/models/:no/deadline',
  'GET /api/v1/plan/consolidations/:id/report.pdf',
  'GET /api/v1/plan/consolidations/:id/figures.xlsx',
]

/**
 * Routes whose callers' reach is every agency, so no record is outside it: the standing office,
 * the only role that manages the plan, sets any agency's contact.
 */
const CALLERS_OVER_EVERY_AGENCY = ['PUT /api/v1/plan/agencies/:code/contact']

const REPORTS = '/api/v1/plan/reports'
const PDF = Buffer.from('%PDF-1.4\n% a monthly report annex\n%%EOF\n')

/** A reporter for one agency, as the plan's own tests make them. */
async function reporterFor(app: App, database: Database, agencyCode: string): Promise<Actor> {
  const reporter = await enrol(app, database)
  await grantRole(database.db, {
    accountId: reporter.accountId,
    role: 'agencyReporter',
    unitCodes: ['75'],
    agencyCode,
  })
  return reporter
}

describeOnEngines('every plan route, every agency', (db) => {
  const app = useApp(db)
  /** The provincial police's reporter (CAT): its draft on model 9 is inside, ICT's outside. */
  let police: Actor
  let reports: { inside: number; outside: number }
  let attachments: { inside: number; outside: number }

  before(async () => {
    await seedTwoCommunes(db())
    police = await reporterFor(app(), db(), 'CAT')
    const ict = await reporterFor(app(), db(), 'STTTT')
    const draft = async (
      who: Actor,
      modelNo: number,
    ): Promise<{ report: number; file: number }> => {
      // This month's: still open to drafts.
      const month = vietnamDate().slice(0, 7)
      const as = (request: InjectOptions) =>
        app().inject({ ...request, headers: { ...request.headers, cookie: who.cookie } })
      const created = await as({ method: 'POST', url: REPORTS, payload: { modelNo, month } })
      assert.equal(created.statusCode, 201, created.body)
      const report = created.json<{ id: number }>().id
      const attached = await as({
        method: 'POST',
        url: `${REPORTS}/${report}/attachments?name=annex.pdf`,
        headers: { 'content-type': 'application/pdf' },
        payload: PDF,
      })
      assert.equal(attached.statusCode, 201, attached.body)
      return { report, file: attached.json<{ id: number }>().id }
    }
    const mine = await draft(police, 9)
    const theirs = await draft(ict, 1)
    reports = { inside: mine.report, outside: theirs.report }
    attachments = { inside: mine.file, outside: theirs.file }
  })

  /** The same request on the reporter's own draft and on another agency's. */
  const report = (
    route: string,
    request: (id: number, attachment: number) => InjectOptions,
    allowed: number,
  ): ScopeCase => ({
    route,
    role: 'agencyReporter',
    as: () => police,
    inside: () => request(reports.inside, attachments.inside),
    allowed,
    outside: () => request(reports.outside, attachments.outside),
    // Another agency's report is one the reporter cannot know of.
    refused: { status: 404, code: 'PLAN_REPORT_NOT_FOUND' },
  })
  // In this order: the removal and the submission change the draft the others read.
  const CASES: ScopeCase[] = [
    report(
      'GET /api/v1/plan/reports/:id',
      (id) => ({ method: 'GET', url: `${REPORTS}/${id}` }),
      200,
    ),
    report(
      'PUT /api/v1/plan/reports/:id',
      (id) => ({
        method: 'PUT',
        url: `${REPORTS}/${id}`,
        payload: { progress: 'Đã triển khai tại 95 xã, phường' },
      }),
      200,
    ),
    report(
      'POST /api/v1/plan/reports/:id/attachments',
      (id) => ({
        method: 'POST',
        url: `${REPORTS}/${id}/attachments?name=annex-2.pdf`,
        headers: { 'content-type': 'application/pdf' },
        payload: PDF,
      }),
      201,
    ),
    report(
      'GET /api/v1/plan/reports/:id/attachments/:attachmentId',
      (id, attachment) => ({ method: 'GET', url: `${REPORTS}/${id}/attachments/${attachment}` }),
      200,
    ),
    report(
      'DELETE /api/v1/plan/reports/:id/attachments/:attachmentId',
      (id, attachment) => ({ method: 'DELETE', url: `${REPORTS}/${id}/attachments/${attachment}` }),
      204,
    ),
    report(
      'POST /api/v1/plan/reports/:id/submission',
      (id) => ({ method: 'POST', url: `${REPORTS}/${id}/submission` }),
      200,
    ),
  ]

  it('has an agency case, or a reason for none, for every plan route with a record in its URL', () => {
    assertRecordRoutesKnown(
      app(),
      [...CASES.map((c) => c.route), ...NOT_AGENCY_BOUND, ...CALLERS_OVER_EVERY_AGENCY],
      (route) => route.includes(' /api/v1/plan/'),
    )
  })

  walkScopeCases(app, CASES)
})
