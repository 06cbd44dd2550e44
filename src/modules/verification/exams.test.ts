import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import ExcelJS from 'exceljs'
import {
  assertRefusal,
  describeOnEngines,
  enrol,
  seedTwoCommunes,
  useApp,
  type Actor,
} from '../../../test/kit/index.js'
import {
  API,
  call,
  cardQrOf,
  identityQrOf,
  openPartner,
  type PartnerDesk,
} from './verification.test-support.js'

const CSV = 'text/csv'
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

interface Report {
  candidates: { personalNumber: string; attendance: string }[]
  flagged: { flag: string | null; result: string }[]
  totals: { listed: number; present: number; absent: number; flagged: number }
}

describeOnEngines('exam sessions: candidate lists, door checks, attendance', (db) => {
  const app = useApp(db)
  let board: PartnerDesk
  let hospital: PartnerDesk
  let sessionId: string
  let candidates: { personalNumber: string; fullName: string; birthDate: string }[]
  let outsider: Actor

  before(async () => {
    const { inside } = await seedTwoCommunes(db())
    const here = inside.communeCode
    const admin = await enrol(app(), db(), { role: 'administrator', unitCodes: [here] })
    board = await openPartner(app(), db(), admin, { kind: 'examBoard', communeCode: here })
    hospital = await openPartner(app(), db(), admin, { kind: 'hospital', communeCode: here })
    candidates = (
      await db().query<{ personal_number: string; full_name: string; birth_date: string }>(
        `SELECT personal_number, full_name, birth_date::text AS birth_date FROM residents
          WHERE status = 'resident' ORDER BY personal_number DESC LIMIT 3`,
      )
    ).map((r) => ({
      personalNumber: r.personal_number,
      fullName: r.full_name,
      birthDate: r.birth_date,
    }))
    outsider = await enrol(app(), db(), { level: 1 })
    const session = await call<{ id: string }>(
      app(),
      board.staff,
      {
        method: 'POST',
        url: `${API}/sessions`,
        payload: { title: 'Kỳ thi sát hạch lái xe B2', startsAt: '2026-12-07T01:00:00.000Z' },
      },
      201,
    )
    sessionId = session.id
  })

  const dmy = (iso: string) => iso.split('-').reverse().join('/')
  const upload = (who: Actor, body: Buffer | string, type: string, id = sessionId) =>
    app().inject({
      method: 'POST',
      url: `${API}/sessions/${id}/candidates`,
      payload: body,
      headers: { cookie: who.cookie, 'content-type': type },
    })
  const doorCheck = (who: Actor, code: unknown, id = sessionId) =>
    app().inject({
      method: 'POST',
      url: `${API}/sessions/${id}/checks`,
      payload: { code } as object,
      headers: { cookie: who.cookie },
    })

  it('creates sessions for exam boards only, with sound input', async () => {
    const post = (who: Actor, payload: unknown) =>
      app().inject({
        method: 'POST',
        url: `${API}/sessions`,
        payload: payload as object,
        headers: { cookie: who.cookie },
      })
    const good = { title: 'Thi', startsAt: '2026-12-07T01:00:00.000Z' }
    assertRefusal(await post(hospital.staff, good), {
      status: 403,
      code: 'VERIFICATION_NOT_EXAM_PARTNER',
    })
    assertRefusal(await post(board.staff, { ...good, startsAt: 'tomorrow' }), {
      status: 400,
      code: 'REQUEST_INVALID',
    })
    assertRefusal(await post(board.staff, { title: '', startsAt: good.startsAt }), {
      status: 400,
      code: 'REQUEST_INVALID',
    })
    const list = await call<{ sessions: { id: string }[] }>(
      app(),
      board.staff,
      { method: 'GET', url: `${API}/sessions` },
      200,
    )
    assert.ok(list.sessions.some((s) => s.id === sessionId))
  })

  it('imports a CSV list, reporting bad rows by line in Vietnamese', async () => {
    const [a, b] = candidates
    const csv = [
      'Số định danh;Họ và tên;Ngày sinh;Số báo danh',
      `${a!.personalNumber};${a!.fullName};${dmy(a!.birthDate)};001`,
      `123;Người Sai Số;01/01/2000;002`,
      `${b!.personalNumber};;${dmy(b!.birthDate)};003`,
      `${b!.personalNumber};${b!.fullName};31/02/2000;004`,
      `${a!.personalNumber};${a!.fullName};${dmy(a!.birthDate)};005`,
    ].join('\n')
    const answer = await upload(board.staff, csv, CSV)
    assert.equal(answer.statusCode, 200, answer.body)
    const report = answer.json<{
      imported: number
      rejected: { line: number; message: string }[]
    }>()
    assert.equal(report.imported, 1)
    assert.deepEqual(
      report.rejected.map((r) => r.line),
      [3, 4, 5, 6],
    )
    assert.match(report.rejected[0]!.message, /^Dòng 3: số định danh không hợp lệ/)
    assert.match(report.rejected[3]!.message, /trùng số định danh với dòng 2/)
  })

  it('imports an XLSX list; a candidate already listed is reported, not changed', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Thí sinh')
    sheet.addRow(['STT', 'Personal number', 'Full name', 'Birth date'])
    for (const [i, c] of candidates.entries())
      sheet.addRow([i + 1, c.personalNumber, c.fullName, c.birthDate])
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer())
    const report = (await upload(board.staff, buffer, XLSX)).json<{
      imported: number
      rejected: { line: number }[]
    }>()
    assert.equal(report.imported, 2)
    assert.deepEqual(
      report.rejected.map((r) => r.line),
      [2],
    )
  })

  it('refuses unreadable, empty, headless and foreign lists with a 4xx', async () => {
    assertRefusal(await upload(board.staff, 'Họ và tên\nAn', CSV), {
      status: 422,
      code: 'VERIFICATION_LIST_COLUMNS',
    })
    assertRefusal(await upload(board.staff, 'Số định danh;Họ và tên;Ngày sinh\n', CSV), {
      status: 422,
      code: 'VERIFICATION_LIST_EMPTY',
    })
    assertRefusal(await upload(board.staff, Buffer.from('not a zip'), XLSX), {
      status: 422,
      code: 'VERIFICATION_LIST_UNREADABLE',
    })
    assertRefusal(await upload(board.staff, '{}', 'application/json'), {
      status: 415,
      code: 'VERIFICATION_LIST_FORMAT',
    })
    assertRefusal(await upload(board.staff, 'x', CSV, crypto.randomUUID()), {
      status: 404,
      code: 'VERIFICATION_SESSION_NOT_FOUND',
    })
    assertRefusal(await upload(board.staff, 'x', CSV, 'nope'), {
      status: 400,
      code: 'REQUEST_INVALID',
    })
  })

  it('checks candidates at the door: present, second check-in, impostor, not on the list', async () => {
    const [a, b] = candidates
    const first = await doorCheck(board.staff, await cardQrOf(db(), a!.personalNumber))
    assert.equal(first.statusCode, 201, first.body)
    assert.equal(first.json<{ check: { result: string; flag: null } }>().check.result, 'match')
    const again = await doorCheck(board.staff, await cardQrOf(db(), a!.personalNumber))
    assert.equal(again.json<{ check: { flag: string } }>().check.flag, 'secondCheckIn')
    const impostor = await doorCheck(
      board.staff,
      await cardQrOf(db(), b!.personalNumber, { fullName: 'Người Thi Hộ' }),
    )
    assert.equal(impostor.json<{ check: { result: string } }>().check.result, 'mismatch')
    const stranger = await doorCheck(board.staff, await identityQrOf(app(), outsider))
    assert.equal(stranger.json<{ check: { flag: string } }>().check.flag, 'notOnList')
    assertRefusal(await doorCheck(board.staff, 'rác'), {
      status: 422,
      code: 'VERIFICATION_CODE_UNREADABLE',
    })
    assertRefusal(await doorCheck(board.staff, { text: 42 }), {
      status: 400,
      code: 'REQUEST_INVALID',
    })
    assertRefusal(await doorCheck(hospital.staff, 'x'), {
      status: 403,
      code: 'VERIFICATION_NOT_EXAM_PARTNER',
    })
  })

  it('reports attendance: who came, who did not, what was flagged', async () => {
    const report = await call<Report>(
      app(),
      board.staff,
      { method: 'GET', url: `${API}/sessions/${sessionId}` },
      200,
    )
    assert.deepEqual(report.totals, { listed: 3, present: 1, absent: 2, flagged: 3 })
    const [a, b] = candidates
    const of = (n: string) => report.candidates.find((c) => c.personalNumber === n)?.attendance
    assert.equal(of(a!.personalNumber), 'present')
    assert.equal(of(b!.personalNumber), 'mismatch')
    assertRefusal(
      await app().inject({
        method: 'GET',
        url: `${API}/sessions/${crypto.randomUUID()}`,
        headers: { cookie: board.staff.cookie },
      }),
      { status: 404, code: 'VERIFICATION_SESSION_NOT_FOUND' },
    )
  })
})
