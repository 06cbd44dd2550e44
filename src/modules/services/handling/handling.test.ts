import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { before, describe, it } from 'node:test'
import {
  assertRefusal,
  describeOnEngines,
  enrol,
  TODAY,
  useApp,
  type Actor,
} from '../../../../test/kit/index.js'
import type { Principal } from '../../../platform/auth/principal.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { listMovements, seedPopulation } from '../../population/index.js'
import { closingTime } from '../calendar/index.js'
import { catalogue } from '../index.js'
import { resumedDueAt } from './answer.js'
import { listQueue } from './queue.js'

const TEMPORARY_RESIDENCE = '1.004194'
const BIRTH = '1.001193'
const STAY_COMMUNE = '26017'
const PURPOSE = 'administrative_procedure'

const shiftDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)

/** A temporary stay from today: the registry accepts no period that starts in the future. */
function stayData(from = vietnamDate()): Record<string, unknown> {
  const data = structuredClone(catalogue().get(TEMPORARY_RESIDENCE)!.definition.example) as {
    stay: Record<string, unknown>
  }
  data.stay.from = from
  data.stay.until = shiftDays(from, 60)
  return data
}

function birthData(mother: Actor): Record<string, unknown> {
  const data = structuredClone(catalogue().get(BIRTH)!.definition.example) as {
    mother: Record<string, unknown>
  }
  data.mother.personalNumber = mother.personalNumber
  return data
}

interface Outcome {
  code: string
  status: string
  dueAt: string
  pausedAt: string | null
  assigneeId: string | null
  outcome: Record<string, unknown> | null
}

describeOnEngines('services: the one-stop shop handles dossiers', (db) => {
  const app = useApp(db)
  let resident: Actor
  /** Handles temporary residence in the stay's commune. */
  let police: Actor
  /** Handles births in the resident's commune and the stay's: never temporary residence. */
  let officer: Actor
  /** Police of another commune. */
  let stranger: Actor

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 91, today: TODAY })
    resident = await enrol(app(), db(), { level: 2, where: `commune_code <> '${STAY_COMMUNE}'` })
    police = await enrol(app(), db(), { role: 'communePolice', unitCodes: [STAY_COMMUNE] })
    officer = await enrol(app(), db(), {
      role: 'communeOfficer',
      unitCodes: [STAY_COMMUNE, resident.communeCode],
    })
    stranger = await enrol(app(), db(), {
      role: 'communePolice',
      where: `commune_code NOT IN ('${STAY_COMMUNE}', '${resident.communeCode}')`,
    })
  })

  const file = async (serviceCode: string, data: Record<string, unknown>): Promise<string> => {
    const response = await app().inject({
      method: 'POST',
      url: '/api/v1/services/dossiers',
      headers: { cookie: resident.cookie, 'idempotency-key': randomUUID() },
      payload: { serviceCode, data },
    })
    assert.equal(response.statusCode, 201, response.body)
    return response.json<{ code: string }>().code
  }

  const as = (who: Actor, method: 'GET' | 'POST', url: string, payload?: object) =>
    app().inject({
      method,
      url,
      headers: { cookie: who.cookie },
      ...(payload ? { payload } : {}),
    })
  const handling = (code: string, rest = '') => `/api/v1/services/handling/${code}${rest}`
  const queueOf = async (who: Actor, query = '') => {
    const response = await as(who, 'GET', `/api/v1/services/queue?limit=100${query}`)
    assert.equal(response.statusCode, 200, response.body)
    return response.json<{ items: { code: string; sla: string; status: string }[] }>().items
  }
  const timelineOf = async (code: string) => {
    const mine = await as(resident, 'GET', `/api/v1/me/dossiers/${code}`)
    assert.equal(mine.statusCode, 200, mine.body)
    return mine.json<{ timeline: { kind: string; note: string | null }[] }>().timeline
  }
  const messages = async () =>
    (await app().inject({ url: '/api/v1/identity/development/messages' })).json<{
      messages: { to: string; body: string }[]
    }>().messages

  it('queues a dossier for the units and roles that handle its service only', async () => {
    const stay = await file(TEMPORARY_RESIDENCE, stayData())
    const birth = await file(BIRTH, birthData(resident))
    const forPolice = (await queueOf(police)).map((d) => d.code)
    assert.ok(forPolice.includes(stay) && !forPolice.includes(birth))
    const forOfficer = (await queueOf(officer)).map((d) => d.code)
    assert.ok(forOfficer.includes(birth), 'the commune officer registers births')
    assert.ok(!forOfficer.includes(stay), 'temporary residence is the commune police’s')
    assert.deepEqual(await queueOf(stranger), [])
    assertRefusal(await as(stranger, 'GET', `/api/v1/services/queue?unit=${STAY_COMMUNE}`), {
      status: 403,
      code: 'SERVICE_DOSSIER_OUTSIDE_UNITS',
    })
    // The province's police may narrow their queue to one of its communes (whose code does not
    // begin with 75); queueOf asserts the 200.
    const provincial = await enrol(app(), db(), { role: 'provincialPolice', unitCodes: ['75'] })
    await queueOf(provincial, `&unit=${STAY_COMMUNE}`)
    assert.deepEqual(
      (await queueOf(police, `&q=${stay.slice(0, 12)}`)).map((d) => d.code),
      [stay],
    )
    const byApplicant = await queueOf(officer, `&q=${resident.personalNumber}`)
    assert.ok(byApplicant.some((d) => d.code === birth))
    assert.ok(!(await queueOf(police, '&status=approved')).some((d) => d.code === stay))
  })

  it('draws SLA colours in working days with a fixed clock, and filters by them', async () => {
    const code = await file(TEMPORARY_RESIDENCE, stayData())
    const principal: Principal = {
      kind: 'staff',
      accountId: police.accountId,
      personalNumber: police.personalNumber,
      grants: [{ role: 'communePolice', unitCodes: [STAY_COMMUNE] }],
      clientId: null,
    }
    const [row] = await db().query<{ received_at: Date; due_at: Date }>(
      'SELECT received_at, due_at FROM service_dossiers WHERE code = $1',
      [code],
    )
    const due = new Date(row!.due_at)
    const stateAt = async (now: Date, sla?: 'on_time' | 'due_soon' | 'overdue') => {
      const page = await listQueue(db().db, principal, { limit: 100, sla, q: code }, now)
      return page.items.find((d) => d.code === code)?.sla
    }
    const received = new Date(row!.received_at)
    assert.equal(await stateAt(received), 'on_time')
    assert.equal(await stateAt(new Date(due.getTime() - 3_600_000)), 'due_soon')
    assert.equal(await stateAt(new Date(due.getTime() + 60_000)), 'overdue')
    assert.equal(await stateAt(received, 'on_time'), 'on_time')
    assert.equal(await stateAt(received, 'overdue'), undefined)
    assert.equal(await stateAt(new Date(due.getTime() + 60_000), 'overdue'), 'overdue')
    assert.equal(await stateAt(new Date(due.getTime() - 3_600_000), 'on_time'), undefined)
  })

  it('moves the due date on by the working days the resident took to answer', () => {
    const due = closingTime('2026-12-10')
    // Paused Monday 7, answered Wednesday 9 December: two working days.
    const moved = resumedDueAt(
      due,
      new Date('2026-12-07T03:00:00Z'),
      new Date('2026-12-09T03:00:00Z'),
    )
    assert.equal(moved.getTime(), closingTime('2026-12-14').getTime())
    assert.equal(
      resumedDueAt(due, new Date('2026-12-07T03:00:00Z'), new Date('2026-12-07T08:00:00Z')),
      due,
    )
  })

  it('refuses every handling route to an officer outside the units or the service', async () => {
    const code = await file(TEMPORARY_RESIDENCE, stayData())
    const routes: ['GET' | 'POST', string, object?][] = [
      ['GET', handling(code, `?purpose=${PURPOSE}`)],
      ['GET', handling(code, `/attachments/${randomUUID()}?purpose=${PURPOSE}`)],
      ['GET', handling(code, `/result.pdf?purpose=${PURPOSE}`)],
      ['POST', handling(code, '/assign'), {}],
      ['POST', handling(code, '/request-info'), { message: 'Bổ sung hợp đồng thuê nhà' }],
      ['POST', handling(code, '/approve'), {}],
      ['POST', handling(code, '/refuse'), { reason: 'Không rõ' }],
    ]
    for (const who of [stranger, officer])
      for (const [method, url, payload] of routes)
        assertRefusal(await as(who, method, url, payload), {
          status: 403,
          code: 'SERVICE_DOSSIER_OUTSIDE_UNITS',
        })
    assertRefusal(await as(police, 'GET', handling('26017-000000-ZZZZZZ', `?purpose=${PURPOSE}`)), {
      status: 404,
      code: 'SERVICE_DOSSIER_NOT_FOUND',
    })
    const [row] = await db().query<{ status: string; n: number }>(
      `SELECT d.status, (SELECT count(*)::int FROM service_dossier_events e
          WHERE e.dossier_id = d.id) AS n FROM service_dossiers d WHERE code = $1`,
      [code],
    )
    assert.deepEqual({ ...row }, { status: 'received', n: 1 }, 'nothing written')
  })

  it('reads a dossier with a purpose only, and audits the look', async () => {
    const code = await file(TEMPORARY_RESIDENCE, stayData())
    assert.equal((await as(police, 'GET', handling(code))).statusCode, 400)
    const read = await as(police, 'GET', handling(code, `?purpose=${PURPOSE}`))
    assert.equal(read.statusCode, 200, read.body)
    const dossier = read.json<{ applicant: { personalNumber: string }; sla: string }>()
    assert.equal(dossier.applicant.personalNumber, resident.personalNumber)
    const [entry] = await db().query<{ purpose: string; subject: string; role: string }>(
      `SELECT purpose, subject_personal_number AS subject, actor_role AS role FROM audit_entries
        WHERE action = 'services.dossier.read' AND summary->>'dossierCode' = $1`,
      [code],
    )
    assert.deepEqual(
      { ...entry },
      {
        purpose: PURPOSE,
        subject: resident.personalNumber,
        role: 'communePolice',
      },
    )
  })

  it('assigns, asks for more, takes the answer, approves and changes the registry', async () => {
    const code = await file(TEMPORARY_RESIDENCE, stayData())
    assertRefusal(
      await as(police, 'POST', handling(code, '/assign'), { assigneeId: officer.accountId }),
      {
        status: 422,
        code: 'SERVICE_ASSIGNEE_NOT_ELIGIBLE',
      },
    )
    const assigned = await as(police, 'POST', handling(code, '/assign'), {})
    assert.equal(assigned.statusCode, 200, assigned.body)
    assert.deepEqual(
      [assigned.json<Outcome>().status, assigned.json<Outcome>().assigneeId],
      ['in_review', police.accountId],
    )
    assertRefusal(
      await as(resident, 'POST', `/api/v1/me/dossiers/${code}/answer`, { message: 'Đây ạ' }),
      { status: 409, code: 'SERVICE_INFO_NOT_REQUESTED' },
    )
    const question = 'Đề nghị bổ sung hợp đồng thuê nhà'
    const asked = await as(police, 'POST', handling(code, '/request-info'), { message: question })
    assert.equal(asked.statusCode, 200, asked.body)
    assert.equal(asked.json<Outcome>().status, 'needs_info')
    assert.ok(asked.json<Outcome>().pausedAt)
    const notice = (await messages()).find((m) => m.body.includes(code))
    assert.ok(notice, 'the resident is told')
    assert.match(notice.body, /bổ sung.*\/ .*more information/s)
    assertRefusal(await as(resident, 'GET', `/api/v1/me/dossiers/${code}/result.pdf`), {
      status: 409,
      code: 'SERVICE_RESULT_NOT_READY',
    })

    const answered = await as(resident, 'POST', `/api/v1/me/dossiers/${code}/answer`, {
      message: 'Tôi đã bổ sung hợp đồng',
    })
    assert.equal(answered.statusCode, 200, answered.body)
    assert.equal(answered.json<Outcome>().status, 'in_review')
    assert.equal(answered.json<Outcome>().pausedAt, null)

    const approved = await as(police, 'POST', handling(code, '/approve'), {})
    assert.equal(approved.statusCode, 200, approved.body)
    assert.equal(approved.json<Outcome>().status, 'approved')
    assert.equal(approved.json<Outcome>().outcome?.kind, 'registerTemporaryResidence')
    const movements = await listMovements(db().db, resident.personalNumber)
    const stay = movements.find((m) => m.reference === code)
    assert.ok(stay, 'a movement with the dossier as its reference')
    assert.deepEqual([stay.kind, stay.communeCode], ['temporary_residence', STAY_COMMUNE])

    assertRefusal(await as(police, 'POST', handling(code, '/approve'), {}), {
      status: 409,
      code: 'SERVICE_DOSSIER_ALREADY_DECIDED',
    })
    assertRefusal(await as(police, 'POST', handling(code, '/refuse'), { reason: 'Sai' }), {
      status: 409,
      code: 'SERVICE_DOSSIER_ALREADY_DECIDED',
    })
    const timeline = await timelineOf(code)
    assert.deepEqual(
      timeline.map((t) => t.kind),
      ['received', 'assigned', 'info_requested', 'info_provided', 'approved'],
    )
    assert.equal(timeline[2]!.note, question)

    const pdf = await as(resident, 'GET', `/api/v1/me/dossiers/${code}/result.pdf`)
    assert.equal(pdf.statusCode, 200, pdf.body.slice(0, 200))
    assert.equal(pdf.headers['content-type'], 'application/pdf')
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-')
    const officerPdf = await as(police, 'GET', handling(code, `/result.pdf?purpose=${PURPOSE}`))
    assert.equal(officerPdf.statusCode, 200)

    const [event] = await db().query<{ payload: Record<string, unknown> }>(
      `SELECT payload FROM outbox_events
        WHERE event_type = 'services.dossier.decided' AND aggregate_id = $1`,
      [code],
    )
    assert.deepEqual(
      { ...event!.payload, onTime: undefined },
      {
        code,
        serviceCode: TEMPORARY_RESIDENCE,
        communeCode: STAY_COMMUNE,
        status: 'approved',
        channel: 'web',
        onTime: undefined,
      },
    )
    assert.equal(event!.payload.onTime, true)
    const approval = (await messages()).find((m) => m.body.includes(code) && /duyệt/.test(m.body))
    assert.ok(approval, 'the approval is told')
  })

  it('approves nothing when the registry refuses the change', async () => {
    const code = await file(TEMPORARY_RESIDENCE, stayData(shiftDays(vietnamDate(), 400)))
    const refused = await as(police, 'POST', handling(code, '/approve'), {})
    assert.equal(refused.statusCode, 422, refused.body)
    assert.match(refused.json<{ error: { code: string } }>().error.code, /^POPULATION_/)
    const [row] = await db().query<{ status: string; n: number }>(
      `SELECT d.status, (SELECT count(*)::int FROM service_dossier_events e
          WHERE e.dossier_id = d.id) AS n FROM service_dossiers d WHERE code = $1`,
      [code],
    )
    assert.deepEqual({ ...row }, { status: 'received', n: 1 })
    const movements = await listMovements(db().db, resident.personalNumber)
    assert.ok(!movements.some((m) => m.reference === code))
  })

  it('refuses with a reason only, once', async () => {
    const code = await file(BIRTH, birthData(resident))
    for (const payload of [{}, { reason: '   ' }])
      assertRefusal(await as(officer, 'POST', handling(code, '/refuse'), payload), {
        status: 422,
        code: 'SERVICE_REFUSAL_REASON_REQUIRED',
      })
    const reason = 'Giấy chứng sinh không khớp với tờ khai'
    const refused = await as(officer, 'POST', handling(code, '/refuse'), { reason })
    assert.equal(refused.statusCode, 200, refused.body)
    assert.equal(refused.json<Outcome>().status, 'refused')
    assertRefusal(await as(officer, 'POST', handling(code, '/approve'), {}), {
      status: 409,
      code: 'SERVICE_DOSSIER_ALREADY_DECIDED',
    })
    const timeline = await timelineOf(code)
    assert.equal(timeline.at(-1)!.kind, 'refused')
    assert.equal(timeline.at(-1)!.note, reason)
    const told = (await messages()).find((m) => m.body.includes(code))
    assert.ok(told && !told.body.includes(resident.personalNumber), 'only the code is named')
  })
})

void describe('services: notices', () => {
  it('names nothing but the dossier code', async () => {
    const { noticeBody } = await import('./notices.js')
    for (const kind of ['info_requested', 'approved', 'refused'] as const) {
      const body = noticeBody(kind, '26017-261206-ABC123')
      assert.ok(body.includes('26017-261206-ABC123'))
      assert.ok(body.includes(' / '), 'Vietnamese, then English')
    }
  })
})
