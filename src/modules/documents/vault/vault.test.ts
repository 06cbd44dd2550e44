import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { before, it } from 'node:test'
import sharp from 'sharp'
import {
  assertRefusal,
  describeOnEngines,
  enrol,
  rejectsWith,
  TODAY,
  useApp,
  type Actor,
} from '../../../../test/kit/index.js'
import { formErrors } from '../../../platform/forms/form-validator.js'
import { sampleAdults, seedPopulation } from '../../population/index.js'
import { kindNamed, readOwnVaultDocument, storeVaultDocument } from '../index.js'
import { ensureDemonstrationVaults } from './vault.demonstration.js'
import type { VaultDocumentView } from './vault.presenters.js'
import { encryptedPdf, jpegWithExif, pngBomb, samplePdf } from './vault.test-support.js'

const base = '/api/v1/me/documents'

describeOnEngines('documents: the vault, its uploads and their checks', (db) => {
  const app = useApp(db)
  let resident: Actor
  let other: Actor

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 20, today: TODAY })
    resident = await enrol(app(), db(), { level: 2 })
    other = await enrol(app(), db())
  })

  const upload = (who: Actor, body: Buffer, query = '', type = 'application/octet-stream') =>
    app().inject({
      method: 'POST',
      url: `${base}${query}`,
      headers: { cookie: who.cookie, 'content-type': type },
      payload: body,
    })
  const countDocuments = async () =>
    (await db().query<{ n: number }>('SELECT count(*)::int AS n FROM vault_documents'))[0]!.n

  it('keeps an uploaded scan, not verified, with its metadata stripped', async () => {
    const jpeg = await jpegWithExif()
    assert.ok((await sharp(jpeg).metadata()).exif, 'the fixture carries EXIF')
    const stored = await upload(
      resident,
      jpeg,
      '?kind=tenancy-contract&title=H%E1%BB%A3p%20%C4%91%E1%BB%93ng',
    )
    assert.equal(stored.statusCode, 201, stored.body)
    const document = stored.json<VaultDocumentView>()
    assert.equal(document.origin, 'uploaded')
    assert.equal(document.kind.code, 'tenancy-contract')
    assert.equal(document.title, 'Hợp đồng')
    assert.equal(document.verified, false)
    assert.equal(document.intact, true)
    assert.equal(document.file?.mediaType, 'image/jpeg')

    const file = await app().inject({
      url: `${base}/${document.id}/file`,
      headers: { cookie: resident.cookie },
    })
    assert.equal(file.statusCode, 200)
    assert.equal(file.headers['content-type'], 'image/jpeg')
    const kept = await sharp(file.rawPayload).metadata()
    assert.equal(kept.exif, undefined, 'no EXIF left')
    assert.equal(kept.width, 64)
    assert.ok(!file.rawPayload.includes('Nguyen Van A'))

    const list = await app().inject({ url: base, headers: { cookie: resident.cookie } })
    assert.deepEqual(
      list.json<{ documents: VaultDocumentView[] }>().documents.map((d) => d.id),
      [document.id],
    )
    const mine = await readOwnVaultDocument(db().db, resident.personalNumber, document.id)
    assert.equal(mine.kind, 'tenancy-contract')
    assert.equal(mine.verified, false)
    assert.deepEqual(mine.file?.content, file.rawPayload)
  })

  it("shows nobody another resident's document, by HTTP or through the module", async () => {
    const stored = await upload(resident, await samplePdf())
    assert.equal(stored.statusCode, 201, stored.body)
    const { id, kind } = stored.json<VaultDocumentView>()
    assert.equal(kind.code, 'uploaded-scan')
    for (const url of [`${base}/${id}`, `${base}/${id}/file`])
      assertRefusal(await app().inject({ url, headers: { cookie: other.cookie } }), {
        status: 404,
        code: 'DOCUMENT_NOT_FOUND',
      })
    await rejectsWith(readOwnVaultDocument(db().db, other.personalNumber, id), 'DOCUMENT_NOT_FOUND')
    assertRefusal(
      await app().inject({ url: `${base}/${randomUUID()}`, headers: { cookie: resident.cookie } }),
      {
        status: 404,
        code: 'DOCUMENT_NOT_FOUND',
      },
    )
    assertRefusal(
      await app().inject({ url: `${base}/not-a-uuid`, headers: { cookie: resident.cookie } }),
      {
        status: 400,
        code: 'REQUEST_INVALID',
      },
    )
    assertRefusal(await app().inject({ url: base }), { status: 401, code: 'AUTH_REQUIRED' })
  })

  it('refuses what is not a clean PDF, JPEG or PNG, and writes nothing', async () => {
    const before = await countDocuments()
    const cases: [Buffer, string, number, string][] = [
      [Buffer.from('MZ\x90\x00 an executable'), '', 415, 'DOCUMENT_FILE_TYPE_REFUSED'],
      [Buffer.from('%PDF-1.7\nnothing of a PDF after this'), '', 422, 'DOCUMENT_PDF_UNREADABLE'],
      [await encryptedPdf(), '', 422, 'DOCUMENT_PDF_ENCRYPTED'],
      [await pngBomb(), '', 422, 'DOCUMENT_IMAGE_TOO_LARGE'],
      [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 1, 2]), '', 422, 'DOCUMENT_IMAGE_UNREADABLE'],
      [
        Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024)]),
        '',
        413,
        'DOCUMENT_FILE_TOO_LARGE',
      ],
      [await samplePdf(), '?kind=certified-copy', 422, 'DOCUMENT_KIND_NOT_UPLOADABLE'],
      [await samplePdf(), '?kind=no-such-kind', 422, 'DOCUMENT_KIND_UNKNOWN'],
      [Buffer.alloc(0), '', 415, 'DOCUMENT_FILE_TYPE_REFUSED'],
    ]
    for (const [body, query, status, code] of cases)
      assertRefusal(await upload(resident, body, query, 'application/pdf'), { status, code })
    assert.equal(await countDocuments(), before)
  })

  it('shows an issued document as verified while its seal holds, and not once it is altered', async () => {
    const id = await db().db.transaction((tx) =>
      storeVaultDocument(tx, {
        ownerNumber: resident.personalNumber,
        kind: 'driving-licence',
        origin: 'issued',
        fields: { licenceNumber: '750123456789', classes: ['A1', 'B'], issuedOn: '2024-05-02' },
        issuerAgency: 'CAT',
        issuedOn: '2024-05-02',
      }),
    )
    const read = async () =>
      (
        await app().inject({ url: `${base}/${id}`, headers: { cookie: resident.cookie } })
      ).json<VaultDocumentView>()
    const before = await read()
    assert.equal(before.verified, true)
    assert.equal(before.kind.display, 'card')
    assert.equal(before.labels.licenceNumber?.vi, 'Số giấy phép')
    await db().query(
      `UPDATE vault_documents SET fields = jsonb_set(fields, '{classes}', '["A1","B","C"]') WHERE id = $1`,
      [id],
    )
    const after = await read()
    assert.equal(after.intact, false)
    assert.equal(after.verified, false)
    assert.equal((await readOwnVaultDocument(db().db, resident.personalNumber, id)).verified, false)
  })

  it("fills the demonstration residents' vaults once, with documents their kinds accept", async () => {
    await ensureDemonstrationVaults(db().db)
    await ensureDemonstrationVaults(db().db)
    for (const { personalNumber } of await sampleAdults(db().db, 2)) {
      const rows = await db().query<{ kind: string; fields: Record<string, unknown> }>(
        'SELECT kind, fields FROM vault_documents WHERE owner_number = $1',
        [personalNumber],
      )
      assert.equal(rows.length, 4)
      for (const row of rows)
        assert.deepEqual(formErrors(kindNamed(row.kind).validate, row.fields), [])
    }
  })
})
