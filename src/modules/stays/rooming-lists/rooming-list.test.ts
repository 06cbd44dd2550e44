import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { before, it } from 'node:test'
import ExcelJS from 'exceljs'
import type { LightMyRequestResponse } from 'fastify'
import {
  useApp,
  describeOnEngines,
  refusalOf,
  assertRefusal,
  TODAY,
} from '../../../../test/kit/index.js'
import { getResident, seedPopulation } from '../../population/index.js'
import { buildScene, pickGuest, type Place } from '../police/police-view.test-support.js'
import {
  MAX_ROOMING_LIST_BYTES,
  MAX_ROOMING_LIST_ROWS,
  ROOMING_LIST_TYPES,
} from './rooming-list-sheet.js'

const BASE = '/api/v1/stays'
const HOUR_MS = 60 * 60 * 1000

interface Report {
  accepted: number
  refused: number
  rows: { row: number; status: string; code: string; message: string; declarationId?: string }[]
}

/** An instant as a receptionist writes it: DD/MM/YYYY HH:mm, Vietnam time. */
function vietnamText(at: Date): string {
  const local = new Date(at.getTime() + 7 * HOUR_MS).toISOString()
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`
}
const dmy = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`

describeOnEngines('stays: rooming-list imports', (db) => {
  const app = useApp(db)
  let place: Place
  const arrival = vietnamText(new Date(Date.now() - 2 * HOUR_MS))

  const upload = (body: string | Buffer, type: string, key: string | null = randomUUID()) =>
    app().inject({
      method: 'POST',
      url: `${BASE}/establishments/${place.establishmentId}/rooming-lists`,
      headers: {
        cookie: place.staff.cookie,
        'content-type': type,
        ...(key ? { 'idempotency-key': key } : {}),
      },
      payload: body,
    })

  async function reportOf(response: LightMyRequestResponse): Promise<Report> {
    assert.equal(response.statusCode, 200, response.body)
    return response.json<Report>()
  }

  async function guest() {
    const personalNumber = await pickGuest(db())
    const { fullName, birthDate } = await getResident(db().db, personalNumber)
    return { personalNumber, fullName, birthDate }
  }

  async function declaredHere(): Promise<number> {
    const [row] = await db().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM stay_declarations
        WHERE establishment_id = $1 AND method = 'rooming_list'`,
      [place.establishmentId],
    )
    return row!.n
  }

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 11, today: TODAY })
    place = (await buildScene(app(), db())).a
  })

  it('declares the good rows of a CSV and reports why the others were refused', async () => {
    const [good, badDate, wrongName] = [await guest(), await guest(), await guest()]
    const csv = [
      'Số định danh;Họ và tên;Ngày sinh;Phòng;Giờ đến;Dự kiến đi;Quốc tịch;Số hộ chiếu;Giới tính;Hạn hộ chiếu;Ngày nhập cảnh;Số thị thực',
      `${good.personalNumber};${good.fullName};${dmy(good.birthDate)};101;${arrival};;;;;;;`,
      `${badDate.personalNumber};${badDate.fullName};31/02/1990;102;${arrival};;;;;;;`,
      `${wrongName.personalNumber};Người Khác Tên;${dmy(wrongName.birthDate)};103;${arrival};;;;;;;`,
      `000000000000;Không Có Ai;01/01/1990;104;${arrival};;;;;;;`,
      '',
      `;Marie Dupont;05/04/1990;105;${arrival};;FRA;X1234567;F;01/01/2032;01/11/2026;DL123`,
      `;John Smith;05/04/1980;106;${arrival};;USA;;M;01/01/2032;01/11/2026;`,
      `;Hans Meier;07/07/1977;107;${arrival};;DEU;C7654321;M;01/01/2032;;`,
    ].join('\r\n')
    const report = await reportOf(await upload(`\uFEFF${csv}`, 'text/csv; charset=utf-8'))
    assert.deepEqual(
      report.rows.map((r) => [r.row, r.status, r.code]),
      [
        [2, 'accepted', 'STAY_DECLARED'],
        [3, 'refused', 'STAY_ROW_BAD_DATE'],
        [4, 'refused', 'STAY_IDENTITY_MISMATCH'],
        [5, 'refused', 'STAY_PERSONAL_NUMBER_INVALID'],
        [7, 'accepted', 'STAY_DECLARED'],
        [8, 'refused', 'STAY_ROW_INCOMPLETE'],
        [9, 'refused', 'STAY_ROW_INCOMPLETE'],
      ],
    )
    assert.deepEqual([report.accepted, report.refused], [2, 5])
    // Columns named as the file heads them, never a value; a row without a passport is a citizen's.
    const said = new Map(report.rows.map((r) => [r.row, r.message]))
    assert.match(said.get(3)!, /^Cột "Ngày sinh": ngày không hợp lệ.* \/ Column "Ngày sinh": /)
    assert.equal(said.get(8), 'Thiếu thông tin ở cột: "Số định danh" / Missing: "Số định danh"')
    assert.equal(said.get(9), 'Thiếu thông tin ở cột: "Ngày nhập cảnh" / Missing: "Ngày nhập cảnh"')
    const ids = report.rows.flatMap((r) => (r.declarationId ? [r.declarationId] : []))
    const rows = await db().query<{ room: string; guest_kind: string; method: string }>(
      'SELECT room, guest_kind, method FROM stay_declarations WHERE id = ANY($1) ORDER BY room',
      [ids],
    )
    assert.deepEqual(
      rows.map((r) => [r.room, r.guest_kind, r.method]),
      [
        ['101', 'citizen', 'rooming_list'],
        ['105', 'foreigner', 'rooming_list'],
      ],
    )
  })

  it('answers a retried upload with the first report and declares no one twice', async () => {
    const [a, b] = [await guest(), await guest()]
    const csv = [
      'Personal number,Full name,Birth date,Room,Arrival',
      `${a.personalNumber},${a.fullName},${dmy(a.birthDate)},201,${arrival}`,
      `${b.personalNumber},${b.fullName},${dmy(b.birthDate)},202,${arrival}`,
    ].join('\n')
    const key = randomUUID()
    const before = await declaredHere()
    const first = await upload(csv, 'text/csv', key)
    assert.equal((await reportOf(first)).accepted, 2)
    const retried = await upload(csv, 'text/csv', key)
    assert.equal(retried.headers['idempotent-replayed'], 'true')
    assert.deepEqual(retried.json(), first.json())
    assert.equal(await declaredHere(), before + 2)
    const other = await upload(csv.split('\n').slice(0, 2).join('\n'), 'text/csv', key)
    assert.equal(refusalOf(other).code, 'STAY_IDEMPOTENCY_KEY_REUSED')
    // A new key for the same list: each guest is already checked in here, so each row is refused.
    const again = await reportOf(await upload(csv, 'text/csv'))
    assert.deepEqual(
      again.rows.map((r) => r.code),
      ['STAY_ALREADY_CHECKED_IN', 'STAY_ALREADY_CHECKED_IN'],
    )
    assert.equal(await declaredHere(), before + 2)
    assert.equal(
      refusalOf(await upload(csv, 'text/csv', null)).code,
      'STAY_IDEMPOTENCY_KEY_REQUIRED',
    )
  })

  it('reads an XLSX, with date cells and numbers as Excel stores them', async () => {
    const [a, b] = [await guest(), await guest()]
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Khách')
    sheet.addRow(['STT', 'Personal number', 'Full name', 'Birth date', 'Room', 'Arrival'])
    const excelTime = (text: string) =>
      new Date(
        Date.UTC(
          Number(text.slice(6, 10)),
          Number(text.slice(3, 5)) - 1,
          Number(text.slice(0, 2)),
          Number(text.slice(11, 13)),
          Number(text.slice(14, 16)),
        ),
      )
    // A number cell loses the personal number's leading zero; dates are date cells.
    sheet.addRow([
      1,
      Number(a.personalNumber),
      a.fullName,
      new Date(`${a.birthDate}T00:00:00Z`),
      301,
      excelTime(arrival),
    ])
    sheet.addRow([2, b.personalNumber, b.fullName, 'ngày 5 tháng 9', 302, arrival])
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer())
    const report = await reportOf(await upload(xlsx, ROOMING_LIST_TYPES.xlsx))
    assert.deepEqual(
      report.rows.map((r) => [r.row, r.code]),
      [
        [2, 'STAY_DECLARED'],
        [3, 'STAY_ROW_BAD_DATE'],
      ],
    )
    assert.match(
      report.rows[1]!.message,
      /^Cột "Birth date": .* \/ Column "Birth date": not a date/,
    )
    const [row] = await db().query<{ personal_number: string; room: string }>(
      'SELECT personal_number, room FROM stay_declarations WHERE id = $1',
      [report.rows[0]!.declarationId],
    )
    assert.deepEqual(row, { personal_number: a.personalNumber, room: '301' })
  })

  it('refuses a file that is empty, unreadable, too big or not a rooming list', async () => {
    const before = await declaredHere()
    const cases: [string | Buffer, string, number, string][] = [
      ['', 'text/csv', 400, 'STAY_ROOMING_LIST_EMPTY'],
      [
        'Personal number,Full name,Birth date,Arrival\n',
        'text/csv',
        400,
        'STAY_ROOMING_LIST_EMPTY',
      ],
      ['a,b,c\n1,2,3\n', 'text/csv', 400, 'STAY_ROOMING_LIST_COLUMNS'],
      [Buffer.from('not a workbook'), ROOMING_LIST_TYPES.xlsx, 400, 'STAY_ROOMING_LIST_UNREADABLE'],
      ['{"rows":[]}', 'application/json', 415, 'STAY_ROOMING_LIST_FORMAT'],
    ]
    for (const [body, type, status, code] of cases) {
      const response = await upload(body, type)
      assert.equal(response.statusCode, status, `${type}: ${response.body}`)
      assert.equal(refusalOf(response).code, code)
    }
    const headless = await upload('Họ và tên;Phòng\nAn;1\n', 'text/csv')
    assert.deepEqual(headless.json<{ error: { message: string; details: unknown } }>().error, {
      ...headless.json<{ error: object }>().error,
      message:
        'Dòng tiêu đề thiếu cột bắt buộc: "Ngày sinh", "Giờ đến", "Số định danh" / The header row lacks required columns: "Birth date", "Arrival", "Personal number"',
      details: { missing: ['birthDate', 'arrival', 'personalNumber'] },
    })
    const pdf = await upload(Buffer.from('%PDF-1.7'), 'application/pdf')
    assert.equal(pdf.statusCode, 415)
    const long = ['Personal number,Full name,Birth date,Arrival']
    for (let i = 0; i <= MAX_ROOMING_LIST_ROWS; i++)
      long.push(`0750900${i},A,01/01/1990,${arrival}`)
    assert.equal(
      refusalOf(await upload(long.join('\n'), 'text/csv')).code,
      'STAY_ROOMING_LIST_TOO_LONG',
    )
    const huge = await upload(Buffer.alloc(MAX_ROOMING_LIST_BYTES + 1, 'a'), 'text/csv')
    assert.equal(huge.statusCode, 413)
    assert.equal(await declaredHere(), before)
  })

  it("keeps an establishment's rooming lists to its own staff", async () => {
    const stranger = (await buildScene(app(), db())).b
    const response = await app().inject({
      method: 'POST',
      url: `${BASE}/establishments/${place.establishmentId}/rooming-lists`,
      headers: {
        cookie: stranger.staff.cookie,
        'content-type': 'text/csv',
        'idempotency-key': randomUUID(),
      },
      payload: `Personal number,Full name,Birth date,Arrival\n075090001234,A,01/01/1990,${arrival}\n`,
    })
    assertRefusal(response, { status: 403, code: 'STAY_NOT_ESTABLISHMENT_STAFF' })
  })
})
