import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { before, it } from 'node:test'
import {
  assertRefusal,
  describeOnEngines,
  enrol,
  TODAY,
  useApp,
  type Actor,
} from '../../../../test/kit/index.js'
import { seedPopulation } from '../../population/index.js'
import { catalogue } from '../../services/index.js'
import { storeVaultDocument } from '../index.js'
import type { VaultDocumentView } from './vault.presenters.js'
import { samplePdf } from './vault.test-support.js'

const TEMPORARY_RESIDENCE = '1.004194'
const STAY_COMMUNE = '26017'
const PURPOSE = 'administrative_procedure'

describeOnEngines('documents: dossiers take vault documents by reference', (db) => {
  const app = useApp(db)
  let resident: Actor
  let other: Actor
  let police: Actor
  let landCertificate: string
  let tenancyScan: string
  let plainScan: string
  let othersScan: string

  const upload = async (who: Actor, kind: string) =>
    (
      await app().inject({
        method: 'POST',
        url: `/api/v1/me/documents?kind=${kind}`,
        headers: { cookie: who.cookie, 'content-type': 'application/pdf' },
        payload: await samplePdf(),
      })
    ).json<VaultDocumentView>().id

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 23, today: TODAY })
    resident = await enrol(app(), db(), { level: 2, where: `commune_code <> '${STAY_COMMUNE}'` })
    other = await enrol(app(), db(), { level: 2 })
    police = await enrol(app(), db(), { role: 'communePolice', unitCodes: [STAY_COMMUNE] })
    landCertificate = await db().db.transaction((tx) =>
      storeVaultDocument(tx, {
        ownerNumber: resident.personalNumber,
        kind: 'land-use-certificate',
        origin: 'issued',
        fields: {
          certificateSerial: 'DN 123456',
          parcelNumber: '125',
          mapSheet: '18',
          area: 120.5,
          address: 'Phường Trấn Biên, Đồng Nai',
          landUsePurpose: 'Đất ở tại đô thị',
        },
        file: null,
        issuerAgency: 'STNMT',
        issuedOn: '2020-03-15',
      }),
    )
    tenancyScan = await upload(resident, 'tenancy-contract')
    plainScan = await upload(resident, 'uploaded-scan')
    othersScan = await upload(other, 'tenancy-contract')
  })

  const file = (vaultDocuments: { requirement: string; id: string }[]) =>
    app().inject({
      method: 'POST',
      url: '/api/v1/services/dossiers',
      headers: { cookie: resident.cookie, 'idempotency-key': randomUUID() },
      payload: {
        serviceCode: TEMPORARY_RESIDENCE,
        data: structuredClone(catalogue().get(TEMPORARY_RESIDENCE)!.definition.example),
        vaultDocuments,
      },
    })
  const countUses = async () =>
    (await db().query<{ n: number }>('SELECT count(*)::int AS n FROM vault_document_uses'))[0]!.n

  it('shows the officer an issued document as verified and a scan as not', async () => {
    const filed = await file([
      { requirement: 'lawfulResidence', id: landCertificate },
      { requirement: 'lawfulResidence', id: tenancyScan },
    ])
    assert.equal(filed.statusCode, 201, filed.body)
    const { code } = filed.json<{ code: string }>()
    const read = await app().inject({
      url: `/api/v1/services/handling/${code}?purpose=${PURPOSE}`,
      headers: { cookie: police.cookie },
    })
    assert.equal(read.statusCode, 200, read.body)
    const taken = read.json<{
      vaultDocuments: { id: string; verified: boolean; origin: string; issuerAgency: string }[]
    }>().vaultDocuments
    assert.deepEqual(
      taken.map((d) => [d.id, d.origin, d.verified]),
      [
        [landCertificate, 'issued', true],
        [tenancyScan, 'uploaded', false],
      ],
    )
    const scan = await app().inject({
      url: `/api/v1/services/handling/${code}/attachments/${tenancyScan}?purpose=${PURPOSE}`,
      headers: { cookie: police.cookie },
    })
    assert.equal(scan.statusCode, 200, scan.body)
    assert.equal(scan.rawPayload.subarray(0, 5).toString(), '%PDF-')
    assertRefusal(
      await app().inject({
        url: `/api/v1/services/handling/${code}/attachments/${plainScan}?purpose=${PURPOSE}`,
        headers: { cookie: police.cookie },
      }),
      { status: 404, code: 'SERVICE_ATTACHMENT_NOT_FOUND' },
    )
  })

  it("refuses another's document, a kind not accepted and a requirement not asked of the vault", async () => {
    const before = await countUses()
    assertRefusal(await file([{ requirement: 'lawfulResidence', id: othersScan }]), {
      status: 404,
      code: 'DOCUMENT_NOT_FOUND',
    })
    assertRefusal(await file([{ requirement: 'lawfulResidence', id: plainScan }]), {
      status: 422,
      code: 'DOCUMENT_KIND_NOT_ACCEPTED',
    })
    assertRefusal(await file([{ requirement: 'noSuchRequirement', id: tenancyScan }]), {
      status: 422,
      code: 'SERVICE_VAULT_DOCUMENT_NOT_ASKED',
    })
    assert.equal(await countUses(), before, 'nothing half-written')
  })
})
