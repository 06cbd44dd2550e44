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
} from '../../../../test/kit/index.js'
import { importedRows, recordMatchResults } from '../index.js'
import { importOver, injectAs, uploadAs } from './datasets.test-support.js'
import type { DatasetView } from './datasets.schemas.js'
import { runImport, startImport } from './datasets.service.js'

const MiB = 1024 * 1024
// Names as old files hold them: TCVN3 (ABC) and VNI bytes of Vietnamese names.
const TCVN3 = ['NguyÔn ThÞ Hång', 'TrÇn V¨n B¶o', 'Lª ThÞ Mai', '§Æng V¨n Kh¸nh']
const VNI = ['Nguyeãn Thò Hoàng', 'Traàn Vaên Baûo', 'Leâ Thò Mai', 'Ñaëng Vaên Khaùnh']
const UNICODE = ['Nguyễn Thị Hồng', 'Trần Văn Bảo', 'Lê Thị Mai', 'Đặng Văn Khánh']

/** A CSV as the bytes of a code page (Windows-1252 keeps legacy-font text byte for byte). */
const cp1252 = (text: string) => Buffer.from(text, 'latin1')

const csvOf = (rows: string[][]) => rows.map((r) => r.join(',')).join('\r\n') + '\r\n'

describeOnEngines('importing an agency dataset (model 35)', (db) => {
  const app = useApp(db, { LINKAGE_UPLOAD_MAX_MB: 2 })
  let officer: Actor
  let otherAgency: Actor
  let otherCommune: Actor
  let unit: string
  let unitOutside: string

  const get = (who: Actor, id: string) =>
    injectAs(app(), who, { method: 'GET', url: `/api/v1/linkage/datasets/${id}` })
  const importAs = (who: Actor, id: string, body: unknown) =>
    injectAs(app(), who, {
      method: 'POST',
      url: `/api/v1/linkage/datasets/${id}/import`,
      payload: body as Record<string, unknown>,
    })
  const upload = async (content: Buffer, options?: Parameters<typeof uploadAs>[3]) => {
    const response = await uploadAs(app(), officer, content, options)
    assert.equal(response.statusCode, 201, response.body)
    return response.json<DatasetView>()
  }
  const countDatasets = async () =>
    (await db().query<{ n: number }>('SELECT count(*)::int AS n FROM linkage_datasets'))[0]!.n
  const rowsOf = async (id: string) => {
    const rows = []
    for await (const row of importedRows(db().db, id)) rows.push(row)
    return rows
  }

  before(async () => {
    const { inside, outside } = await seedTwoCommunes(db())
    unit = inside.communeCode
    unitOutside = outside.communeCode
    officer = await enrol(app(), db(), {
      role: 'departmentOfficer',
      agencyCode: 'SLDTBXH',
      unitCodes: [inside.communeCode],
    })
    otherAgency = await enrol(app(), db(), {
      role: 'departmentOfficer',
      agencyCode: 'SYT',
      unitCodes: [inside.communeCode],
    })
    otherCommune = await enrol(app(), db(), {
      role: 'departmentOfficer',
      agencyCode: 'SLDTBXH',
      unitCodes: [outside.communeCode],
    })
  })

  it('converts TCVN3 and VNI columns of a Windows-1252 CSV, shows them in the preview, and imports', async () => {
    const file = cp1252(
      csvOf([
        ['Ho ten', 'Ngay sinh', 'Gioi tinh', 'So CCCD', 'Dia chi', 'Ghi chu'],
        ...TCVN3.map((name, i) => [
          name,
          `0${i + 1}/03/19${60 + i}`,
          i % 2 ? 'Nam' : 'N÷',
          `07508${i}001234`,
          VNI[i]!,
          `ho so ${i}`,
        ]),
      ]),
    )
    const dataset = await upload(file)
    assert.equal(dataset.status, 'uploaded')
    assert.equal(dataset.textEncoding, 'windows-1252')
    assert.equal(dataset.columns[0]!.encoding, 'tcvn3')
    assert.deepEqual(dataset.columns[0]!.examples[0], {
      before: 'NguyÔn ThÞ Hång',
      after: 'Nguyễn Thị Hồng',
    })
    assert.equal(dataset.columns[4]!.encoding, 'vni')
    assert.equal(dataset.columns[5]!.encoding, 'unicode')
    assert.deepEqual(
      dataset.preview.map((r) => r[0]),
      UNICODE,
    )
    assert.deepEqual(
      dataset.preview.map((r) => r[4]),
      UNICODE,
    )
    const started = await importAs(officer, dataset.id, {
      mapping: { fullName: 0, birthDate: 1, sex: 2, personalNumber: 3, street: 4 },
    })
    assert.equal(started.statusCode, 202, started.body)
    const done = await importOver(app(), officer, dataset.id)
    assert.equal(done.status, 'imported', JSON.stringify(done.error))
    assert.deepEqual(done.progress, {
      totalRows: 4,
      rowsWritten: 4,
      bytesRead: file.length,
      totalBytes: file.length,
      checkpointRow: 5,
      runs: 1,
    })
    const rows = await rowsOf(dataset.id)
    assert.deepEqual(
      rows.map((r) => [r.rowNumber, r.fullName, r.birthDate, r.sex, r.street]),
      UNICODE.map((name, i) => [
        i + 2,
        name,
        `19${60 + i}-03-0${i + 1}`,
        i % 2 ? 'male' : 'female',
        name,
      ]),
    )
    const [extra] = await db().query<{ extra: Record<string, string> }>(
      'SELECT extra FROM linkage_dataset_rows WHERE dataset_id = $1 AND row_number = 2',
      [dataset.id],
    )
    assert.deepEqual(extra!.extra, { 'Ghi chu': 'ho so 0' })

    // The matcher records its findings against the rows.
    await recordMatchResults(db().db, dataset.id, [
      {
        rowNumber: 2,
        personalNumber: '075080001234',
        weight: 21.5,
        status: 'matched',
        explanation: { name: 'agree' },
      },
      { rowNumber: 3, personalNumber: null, weight: -4, status: 'not_found', explanation: {} },
    ])
    const results = await db().query<{ status: string }>(
      'SELECT status FROM linkage_match_results WHERE dataset_id = $1 ORDER BY row_number',
      [dataset.id],
    )
    assert.deepEqual(
      results.map((r) => r.status),
      ['matched', 'not_found'],
    )
  })

  it('reads a UTF-8 CSV with a byte order mark and a Windows-1258 one as Unicode NFC', async () => {
    const bom = await upload(
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('Họ tên;Năm sinh\nNguyễn Thị Hồng;1970\n'),
      ]),
    )
    assert.equal(bom.textEncoding, 'utf-8-bom')
    assert.deepEqual(
      bom.columns.map((c) => c.header),
      ['Họ tên', 'Năm sinh'],
    )
    assert.deepEqual(bom.preview, [['Nguyễn Thị Hồng', '1970']])
    // "Họ tên" and "Nguyễn Thị Hồng" in Windows-1258, tones as combining bytes.
    const cp1258 = Buffer.from([
      0x48, 0x6f, 0xf2, 0x20, 0x74, 0xea, 0x6e, 0x0a, 0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e,
      0x20, 0x54, 0x68, 0x69, 0xf2, 0x20, 0x48, 0xf4, 0xcc, 0x6e, 0x67, 0x0a,
    ])
    const vietnamese = await upload(cp1258)
    assert.equal(vietnamese.textEncoding, 'windows-1258')
    assert.deepEqual(vietnamese.preview, [['Nguyễn Thị Hồng']])
    assert.equal(vietnamese.preview[0]![0], 'Nguyễn Thị Hồng'.normalize('NFC'))
  })

  it('imports an XLSX workbook, streamed, its VNI names converted and its date cells read', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Danh sach')
    sheet.addRow(['Họ và tên', 'Ngày sinh', 'Số CMND'])
    VNI.forEach((name, i) =>
      sheet.addRow([name, new Date(Date.UTC(1950 + i, 0, 15)), `27${i}123456`]),
    )
    const file = Buffer.from(await workbook.xlsx.writeBuffer())
    const dataset = await upload(file, {
      fileName: 'ds.xlsx',
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    })
    assert.equal(dataset.format, 'xlsx')
    assert.equal(dataset.columns[0]!.encoding, 'vni')
    assert.deepEqual(
      dataset.preview.map((r) => r[0]),
      UNICODE,
    )
    await importAs(officer, dataset.id, { mapping: { fullName: 0, birthDate: 1, oldIdNumber: 2 } })
    const done = await importOver(app(), officer, dataset.id)
    assert.equal(done.status, 'imported', JSON.stringify(done.error))
    const rows = await rowsOf(dataset.id)
    assert.deepEqual(
      rows.map((r) => [r.fullName, r.birthDate, r.birthYear, r.oldIdNumber]),
      UNICODE.map((name, i) => [name, `${1950 + i}-01-15`, 1950 + i, `27${i}123456`]),
    )
  })

  it('resumes an interrupted import after its last batch, writing each row once', async () => {
    const lines = [['Ho ten', 'Nam sinh']]
    for (let i = 0; i < 23; i++) lines.push([`Nguyen Van ${i}`, String(1950 + i)])
    const dataset = await upload(Buffer.from(csvOf(lines)))
    const mapping = { fullName: 0, birthYear: 1 }
    await startImport(
      db().db,
      {
        kind: 'staff',
        accountId: officer.accountId,
        personalNumber: officer.personalNumber,
        clientId: null,
        grants: [{ role: 'departmentOfficer', unitCodes: [unit], agencyCode: 'SLDTBXH' }],
      },
      dataset.id,
      { mapping },
    )
    // The runner dies after its second batch of five: two batches are in, with their checkpoint.
    await assert.rejects(
      runImport(db().db, dataset.id, {
        batchSize: 5,
        afterBatch: (batch) => {
          if (batch === 2) throw new Error('the process was killed')
        },
      }),
      /killed/u,
    )
    const interrupted = (await get(officer, dataset.id)).json<DatasetView>()
    assert.equal(interrupted.status, 'importing')
    assert.equal(interrupted.progress.rowsWritten, 10)
    assert.equal(interrupted.progress.checkpointRow, 11)
    assert.ok(interrupted.progress.bytesRead > 0)
    // Half an import is nobody's dataset: the matcher is refused its rows.
    await assert.rejects(rowsOf(dataset.id), { code: 'LINKAGE_DATASET_NOT_FOUND' })
    // While its runner may still be alive, a second start is refused…
    assertRefusal(await importAs(officer, dataset.id, { mapping }), {
      status: 409,
      code: 'LINKAGE_IMPORT_RUNNING',
    })
    // …once it has gone quiet, the same mapping resumes after the checkpoint.
    await db().query(
      `UPDATE linkage_datasets SET heartbeat_at = now() - interval '10 minutes' WHERE id = $1`,
      [dataset.id],
    )
    const resumed = await importAs(officer, dataset.id, { mapping })
    assert.equal(resumed.statusCode, 202, resumed.body)
    const done = await importOver(app(), officer, dataset.id)
    assert.equal(done.status, 'imported', JSON.stringify(done.error))
    assert.equal(done.progress.rowsWritten, 23)
    assert.equal(done.progress.runs, 2)
    const rows = await rowsOf(dataset.id)
    assert.deepEqual(
      rows.map((r) => r.rowNumber),
      Array.from({ length: 23 }, (_, i) => i + 2),
    )
    assert.deepEqual(
      rows.map((r) => r.birthYear),
      Array.from({ length: 23 }, (_, i) => 1950 + i),
    )
  })

  it('offers a second upload of the same file as a re-run of the first', async () => {
    const file = Buffer.from(csvOf([['Ho ten'], ['Le Thi Mai'], ['Tran Van Bao']]))
    const first = await upload(file)
    const before = await countDatasets()
    const again = assertRefusal(await uploadAs(app(), officer, file), {
      status: 409,
      code: 'LINKAGE_DATASET_DUPLICATE',
    })
    assert.deepEqual(again.details, { datasetId: first.id })
    assert.equal(await countDatasets(), before)
    await importAs(officer, first.id, { mapping: { fullName: 0 } })
    assert.equal((await importOver(app(), officer, first.id)).status, 'imported')
    assertRefusal(await importAs(officer, first.id, { mapping: { fullName: 0 } }), {
      status: 409,
      code: 'LINKAGE_ALREADY_IMPORTED',
    })
    const rerun = await importAs(officer, first.id, { mapping: { fullName: 0 }, rerun: true })
    assert.equal(rerun.statusCode, 202, rerun.body)
    const done = await importOver(app(), officer, first.id)
    assert.equal(done.status, 'imported')
    assert.equal(done.progress.runs, 2)
    assert.equal((await rowsOf(first.id)).length, 2)
  })

  it('refuses bad files with their own errors, and keeps nothing of them', async () => {
    const before = await countDatasets()
    const refused = async (content: Buffer, status: number, code: string) =>
      assertRefusal(await uploadAs(app(), officer, content), { status, code })
    await refused(Buffer.alloc(0), 422, 'LINKAGE_FILE_EMPTY')
    await refused(Buffer.from('\r\n  \r\n'), 422, 'LINKAGE_FILE_EMPTY')
    await refused(Buffer.from('Ho ten,Ngay sinh\r\n'), 422, 'LINKAGE_FILE_EMPTY')
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    await refused(png, 415, 'LINKAGE_FILE_BINARY')
    await refused(
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]),
      422,
      'LINKAGE_FILE_UNREADABLE',
    )
    await refused(Buffer.from(',,\n1,2,3\n'), 422, 'LINKAGE_NO_USABLE_COLUMNS')
    const hugeRow = Buffer.from(
      csvOf([
        ['Ho ten', 'Ghi chu'],
        ['Le Thi Mai', 'x'],
        ['Tran Van Bao', 'y'.repeat(MiB)],
      ]),
    )
    const tooLong = await refused(hugeRow, 422, 'LINKAGE_ROW_TOO_LARGE')
    assert.equal((tooLong.details as { row: number }).row, 3)
    const tooBig = await refused(Buffer.alloc(3 * MiB, 'a,b\n'), 413, 'LINKAGE_FILE_TOO_LARGE')
    assert.deepEqual(tooBig.details, { limitBytes: 2 * MiB })
    assertRefusal(
      await injectAs(app(), officer, {
        method: 'POST',
        url: '/api/v1/linkage/datasets?name=x&fileName=x.csv',
        payload: { a: 1 },
      }),
      { status: 415, code: 'LINKAGE_FILE_BINARY' },
    )
    assert.equal(await countDatasets(), before)
  })

  it('refuses a date column of mixed formats naming its rows, and a mapping with no name or number', async () => {
    const dataset = await upload(
      Buffer.from(
        csvOf([
          ['Ho ten', 'Ngay sinh'],
          ['Le Thi Mai', '15/06/1990'],
          ['Tran Van Bao', '1985-03-04'],
          ['Dang Van Khanh', '01/02/1980'],
          ['Nguyen Thi Hong', '1979'],
        ]),
      ),
    )
    assertRefusal(await importAs(officer, dataset.id, { mapping: { birthDate: 1 } }), {
      status: 422,
      code: 'LINKAGE_MAPPING_INVALID',
    })
    assertRefusal(await importAs(officer, dataset.id, { mapping: { fullName: 0, birthDate: 9 } }), {
      status: 422,
      code: 'LINKAGE_MAPPING_INVALID',
    })
    await importAs(officer, dataset.id, { mapping: { fullName: 0, birthDate: 1 } })
    const failed = await importOver(app(), officer, dataset.id)
    assert.equal(failed.status, 'failed')
    assert.ok(failed.error)
    assert.equal(failed.error.code, 'LINKAGE_DATE_FORMATS_MIXED')
    assert.deepEqual(failed.error.details, {
      column: 'Ngay sinh',
      rows: { dmy: [2, 4], ymd: [3] },
    })
    assert.equal(failed.progress.rowsWritten, 0)
    const [written] = await db().query<{ n: number }>(
      'SELECT count(*)::int AS n FROM linkage_dataset_rows WHERE dataset_id = $1',
      [dataset.id],
    )
    assert.equal(written!.n, 0)
  })

  it('keeps a dataset to its agency and unit: others neither list, read nor import it', async () => {
    const dataset = await upload(Buffer.from(csvOf([['Ho ten'], ['Pham Van Duc']])))
    const mine = (
      await injectAs(app(), officer, { method: 'GET', url: '/api/v1/linkage/datasets' })
    ).json<{ items: DatasetView[] }>()
    assert.ok(mine.items.some((d) => d.id === dataset.id))
    for (const other of [otherAgency, otherCommune]) {
      const theirs = (
        await injectAs(app(), other, { method: 'GET', url: '/api/v1/linkage/datasets' })
      ).json<{ items: DatasetView[] }>()
      assert.deepEqual(theirs.items, [])
      assertRefusal(await get(other, dataset.id), {
        status: 404,
        code: 'LINKAGE_DATASET_NOT_FOUND',
      })
      assertRefusal(await importAs(other, dataset.id, { mapping: { fullName: 0 } }), {
        status: 404,
        code: 'LINKAGE_DATASET_NOT_FOUND',
      })
    }
    // Nor may an officer file a list under a unit not granted.
    assertRefusal(
      await injectAs(app(), officer, {
        method: 'POST',
        url: `/api/v1/linkage/datasets?name=x&fileName=x.csv&unitCode=${unitOutside}`,
        headers: { 'content-type': 'text/csv' },
        payload: 'Ho ten\nA\n',
      }),
      { status: 403, code: 'LINKAGE_UNIT_NOT_GRANTED' },
    )
  })
})
