import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { before, it } from 'node:test'
import { describeOnEngines, enrol, TODAY, useApp, type Actor } from '../../../../test/kit/index.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { ensurePlanReference, refreshKpis } from '../../plan/index.js'
import { seedPopulation } from '../../population/index.js'
import { catalogue } from '../../services/index.js'
import { storeVaultDocument, vaultKpi, type NewVaultDocument } from '../index.js'

const JUDICIAL_RECORD = {
  certificateType: '2',
  certificateNumber: 'LLTP-1',
  fullName: 'Trần Văn Bình',
  birthDate: '1985-01-01',
  hasConvictions: false,
}
const LAND = {
  certificateSerial: 'DN 1',
  parcelNumber: '1',
  mapSheet: '1',
  area: 80,
  address: 'Đồng Nai',
  landUsePurpose: 'Đất ở',
}

describeOnEngines('documents: the plan’s KPIs of models 32, 33 and 34', (db) => {
  const app = useApp(db)
  let resident: Actor

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 24, today: TODAY })
    await ensurePlanReference(db().db)
    resident = await enrol(app(), db(), { level: 2, where: `commune_code <> '26017'` })
  })

  const issue = (document: Omit<NewVaultDocument, 'ownerNumber' | 'origin'>) =>
    db().db.transaction((tx) =>
      storeVaultDocument(tx, {
        ...document,
        ownerNumber: resident.personalNumber,
        origin: 'issued',
      }),
    )

  it('counts documents issued into vaults by kind, and their reuse in dossiers', async () => {
    const today = vietnamDate()
    for (const number of ['LLTP-1', 'LLTP-2'])
      await issue({
        kind: 'judicial-record-certificate',
        fields: { ...JUDICIAL_RECORD, certificateNumber: number },
        issuerAgency: 'STP',
        issuedOn: today,
      })
    const land = await issue({
      kind: 'land-use-certificate',
      fields: LAND,
      issuerAgency: 'STNMT',
      issuedOn: today,
    })
    const filed = await app().inject({
      method: 'POST',
      url: '/api/v1/services/dossiers',
      headers: { cookie: resident.cookie, 'idempotency-key': randomUUID() },
      payload: {
        serviceCode: '1.004194',
        data: catalogue().get('1.004194')!.definition.example,
        vaultDocuments: [{ requirement: 'lawfulResidence', id: land }],
      },
    })
    assert.equal(filed.statusCode, 201, filed.body)

    const model32 = await vaultKpi(db().db, 32, { from: today, to: today })
    assert.deepEqual(model32.totals, { issued: 2, reused: 0 })
    const model33 = await vaultKpi(db().db, 33, { from: today, to: today })
    assert.deepEqual(
      model33.kinds.map((k) => [k.kind, k.issued]),
      [
        ['health-book-entry', 0],
        ['labour-book-entry', 0],
      ],
    )
    const model34 = await vaultKpi(db().db, 34, { from: today, to: today })
    assert.deepEqual(model34.totals, { issued: 1, reused: 1 })
    const yesterday = vietnamDate(new Date(Date.now() - 86_400_000))
    const before = await vaultKpi(db().db, 32, { from: yesterday, to: yesterday })
    assert.equal(before.totals.issued, 0, 'a document of today is not counted on another day')

    const snapshots = await refreshKpis(db(), new Date())
    const snapshot = snapshots.find((s) => s.kpiKey === 'model34.landRecords')
    assert.ok(snapshot)
    assert.equal(snapshot.state, 'computed', String(snapshot.reason))
    const values = new Map(snapshot.indicators?.map((i) => [i.key, i.value]))
    assert.equal(values.get('issuedIntoVaults'), 1)
    assert.equal(values.get('reusedInDossiers'), 1)
  })
})
