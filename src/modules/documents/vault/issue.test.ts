import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import {
  accessLogOf,
  assertRefusal,
  clientBearer,
  describeOnEngines,
  enrol,
  pickResident,
  testConfig,
  TODAY,
  useApp,
  type Actor,
} from '../../../../test/kit/index.js'
import { seedPopulation } from '../../population/index.js'
import { deriveSsoSecrets, registerClient } from '../../sso/index.js'
import type { VaultDocumentView } from './vault.presenters.js'
import { encryptedPdf, samplePdf } from './vault.test-support.js'

const JUDICIAL_RECORD = {
  certificateType: '1',
  certificateNumber: 'LLTP-2026-000123',
  fullName: 'Nguyễn Thị Mai',
  birthDate: '1990-04-12',
  hasConvictions: false,
  purpose: 'Xin việc',
}

describeOnEngines('documents: agencies issue documents into vaults', (db) => {
  const app = useApp(db, { LOG_LEVEL: 'error' })
  let resident: Actor
  let justice: string
  let bankOfficer: Actor

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 21, today: TODAY })
    resident = await enrol(app(), db(), { level: 2 })
    const client = await registerClient(
      { db: db().db, secrets: deriveSsoSecrets(testConfig.SSO_SECRET), allowHttp: true },
      {
        name: 'Hệ thống lý lịch tư pháp',
        kind: 'machine',
        authMethod: 'client_secret_basic',
        role: 'partnerSystem',
        agencyCode: 'STP',
        scopes: ['documents.issue'],
      },
    )
    justice = await clientBearer(
      app(),
      { clientId: client.clientId, secret: client.clientSecret! },
      'documents.issue',
    )
    bankOfficer = await enrol(app(), db(), { role: 'partnerSystem', agencyCode: 'DEMO-BANK' })
  })

  const issue = (authorization: Record<string, string>, payload: Record<string, unknown>) =>
    app().inject({
      method: 'POST',
      url: '/api/v1/documents/issued',
      headers: authorization,
      payload: {
        personalNumber: resident.personalNumber,
        kind: 'judicial-record-certificate',
        fields: JUDICIAL_RECORD,
        issuedOn: '2026-01-05',
        ...payload,
      },
    })
  const countDocuments = async () =>
    (await db().query<{ n: number }>('SELECT count(*)::int AS n FROM vault_documents'))[0]!.n

  it('puts a judicial record with its PDF in the vault, verified, in the agency’s name', async () => {
    const pdf = await samplePdf('Phieu ly lich tu phap so 1')
    const issued = await issue({ authorization: justice }, { pdf: pdf.toString('base64') })
    assert.equal(issued.statusCode, 201, issued.body)
    const { id, issuerAgency } = issued.json<{ id: string; issuerAgency: string }>()
    assert.equal(issuerAgency, 'STP')
    const read = await app().inject({
      url: `/api/v1/me/documents/${id}`,
      headers: { cookie: resident.cookie },
    })
    const document = read.json<VaultDocumentView>()
    assert.equal(document.origin, 'issued')
    assert.equal(document.verified, true)
    assert.equal(document.kind.display, 'pdf')
    assert.deepEqual(document.issuer, {
      agency: 'STP',
      name: { vi: 'Sở Tư pháp', en: 'Department of Justice' },
    })
    assert.equal(document.issuedOn, '2026-01-05')
    assert.deepEqual(document.fields, JUDICIAL_RECORD)
    const file = await app().inject({
      url: `/api/v1/me/documents/${id}/file`,
      headers: { cookie: resident.cookie },
    })
    assert.deepEqual(file.rawPayload, pdf)
    const [entry] = (await accessLogOf(app(), resident.cookie)).filter(
      (e) => e.action === 'documents.document.issue',
    )
    assert.ok(entry, 'the issuance is in the resident’s access log')
    assert.equal(entry.actorAgency, 'STP')
  })

  it('refuses a kind the agency may not issue (403), and writes nothing', async () => {
    const before = await countDocuments()
    assertRefusal(await issue({ cookie: bankOfficer.cookie }, {}), {
      status: 403,
      code: 'DOCUMENT_KIND_NOT_ENTITLED',
    })
    assertRefusal(await issue({ authorization: justice }, { kind: 'land-use-certificate' }), {
      status: 403,
      code: 'DOCUMENT_KIND_NOT_ENTITLED',
    })
    assertRefusal(await issue({ cookie: resident.cookie }, {}), {
      status: 403,
      code: 'AUTH_FORBIDDEN',
    })
    assertRefusal(await issue({}, {}), { status: 401, code: 'AUTH_REQUIRED' })
    assert.equal(await countDocuments(), before)
  })

  it('names each bad field, refuses bad dates, owners and files, and writes nothing', async () => {
    const before = await countDocuments()
    const invalid = assertRefusal<{ fields: { field: string }[] }>(
      await issue(
        { authorization: justice },
        { fields: { ...JUDICIAL_RECORD, birthDate: '12/04/1990', hasConvictions: 'no' } },
      ),
      { status: 422, code: 'DOCUMENT_FIELDS_INVALID' },
    )
    assert.deepEqual(invalid.details.fields.map((f) => f.field).sort(), [
      'birthDate',
      'hasConvictions',
    ])
    assertRefusal(
      await issue(
        { authorization: justice },
        { fields: { ...JUDICIAL_RECORD, purpose: 'nul \u0000 here' } },
      ),
      { status: 422, code: 'DOCUMENT_FIELDS_INVALID' },
    )
    assertRefusal(await issue({ authorization: justice }, { issuedOn: '2099-01-01' }), {
      status: 422,
      code: 'DOCUMENT_ISSUED_ON_INVALID',
    })
    assertRefusal(await issue({ authorization: justice }, { issuedOn: '2026-02-30' }), {
      status: 422,
      code: 'DOCUMENT_ISSUED_ON_INVALID',
    })
    assertRefusal(await issue({ authorization: justice }, { kind: 'no-such-kind' }), {
      status: 422,
      code: 'DOCUMENT_KIND_UNKNOWN',
    })
    const stranger = await pickResident(db())
    const unknown = `${stranger.personalNumber.slice(0, 6)}999999`
    assertRefusal(await issue({ authorization: justice }, { personalNumber: unknown }), {
      status: 404,
      code: 'DOCUMENT_OWNER_UNKNOWN',
    })
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])
    assertRefusal(await issue({ authorization: justice }, { pdf: png.toString('base64') }), {
      status: 415,
      code: 'DOCUMENT_FILE_TYPE_REFUSED',
    })
    assertRefusal(
      await issue({ authorization: justice }, { pdf: (await encryptedPdf()).toString('base64') }),
      { status: 422, code: 'DOCUMENT_PDF_ENCRYPTED' },
    )
    assert.equal(await countDocuments(), before)
  })
})
