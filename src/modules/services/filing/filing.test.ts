import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { before, it } from 'node:test'
import {
  assertRefusal,
  describeOnEngines,
  enrol,
  signInCookie,
  TODAY,
  useApp,
  type Actor,
} from '../../../../test/kit/index.js'
import { seedPopulation } from '../../population/index.js'
import { catalogue } from '../index.js'

const base = '/api/v1/services'
const TEMPORARY_RESIDENCE = '1.004194'

interface Receipt {
  code: string
  status: string
  dueAt: string
  receivedAt: string
  channel: string
  fee: { amount: number; paid: boolean }
  lookupPath: string
}

const example = (code: string) =>
  structuredClone(catalogue().get(code)!.definition.example) as Record<string, unknown> & {
    stay: Record<string, unknown>
  }

describeOnEngines('services: the catalogue, drafts and filing', (db) => {
  const app = useApp(db)
  let resident: Actor
  let levelOne: Actor

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 91, today: TODAY })
    resident = await enrol(app(), db(), { level: 2 })
    levelOne = await enrol(app(), db(), { level: 1 })
  })

  const file = (who: Actor, payload: unknown, key: string | null = randomUUID()) =>
    app().inject({
      method: 'POST',
      url: `${base}/dossiers`,
      headers: { cookie: who.cookie, ...(key ? { 'idempotency-key': key } : {}) },
      payload: payload as Record<string, unknown>,
    })

  const countDossiers = async () =>
    (await db().query<{ n: number }>('SELECT count(*)::int AS n FROM service_dossiers'))[0]!.n

  it('finds a service by words without diacritics, and refuses an unknown one', async () => {
    const found = await app().inject({ url: `${base}/catalogue?q=tam%20tru` })
    const codes = found.json<{ services: { code: string }[] }>().services.map((s) => s.code)
    assert.ok(codes.includes(TEMPORARY_RESIDENCE), found.body)
    assert.ok(!codes.includes('1.001193'), 'birth registration does not match "tam tru"')
    assertRefusal(await app().inject({ url: `${base}/catalogue/9.999999` }), {
      status: 404,
      code: 'SERVICE_UNKNOWN',
    })
  })

  it('fills the form from the registry and locks those fields', async () => {
    const response = await app().inject({
      url: `${base}/catalogue/${TEMPORARY_RESIDENCE}/form`,
      headers: { cookie: resident.cookie },
    })
    assert.equal(response.statusCode, 200, response.body)
    const form = response.json<{
      values: { applicant: Record<string, string> }
      locked: string[]
    }>()
    assert.equal(form.values.applicant.personalNumber, resident.personalNumber)
    assert.ok(form.locked.includes('applicant.fullName'))
  })

  it('refuses an eID of level 1 with the level needed', async () => {
    const refusal = assertRefusal<{ required: number; held: number }>(
      await app().inject({
        url: `${base}/catalogue/${TEMPORARY_RESIDENCE}/form`,
        headers: { cookie: levelOne.cookie },
      }),
      { status: 403, code: 'SERVICE_EID_LEVEL_TOO_LOW' },
    )
    assert.deepEqual(refusal.details, { required: 2, held: 1 })
    assertRefusal(
      await file(levelOne, {
        serviceCode: TEMPORARY_RESIDENCE,
        data: example(TEMPORARY_RESIDENCE),
      }),
      { status: 403, code: 'SERVICE_EID_LEVEL_TOO_LOW' },
    )
  })

  it('keeps a draft that another device resumes', async () => {
    const data = { stay: { address: 'Số 5, đường Đồng Khởi' } }
    const saved = await app().inject({
      method: 'PUT',
      url: `${base}/drafts/${TEMPORARY_RESIDENCE}`,
      headers: { cookie: resident.cookie },
      payload: { data },
    })
    assert.equal(saved.statusCode, 200, saved.body)
    const elsewhere = await signInCookie(app(), resident.personalNumber)
    const form = await app().inject({
      url: `${base}/catalogue/${TEMPORARY_RESIDENCE}/form`,
      headers: { cookie: elsewhere },
    })
    assert.deepEqual(form.json<{ draft: { data: unknown } }>().draft.data, data)
    assertRefusal(
      await app().inject({
        method: 'PUT',
        url: `${base}/drafts/${TEMPORARY_RESIDENCE}`,
        headers: { cookie: resident.cookie },
        payload: { data: { note: 'x'.repeat(70_000) } },
      }),
      { status: 413, code: 'SERVICE_DRAFT_TOO_LARGE' },
    )
  })

  it('names every failing field, in both languages, and writes nothing', async () => {
    const before = await countDossiers()
    const data = example(TEMPORARY_RESIDENCE)
    data.stay.from = '10/12/2026'
    delete data.stay.address
    const refusal = assertRefusal<{ fields: { field: string; vi: string; en: string }[] }>(
      await file(resident, { serviceCode: TEMPORARY_RESIDENCE, data }),
      { status: 422, code: 'SERVICE_FORM_INVALID' },
    )
    const fields = refusal.details.fields.map((f) => f.field).sort()
    assert.deepEqual(fields, ['stay.address', 'stay.from'])
    assert.ok(refusal.details.fields.every((f) => f.vi && f.en))
    assert.equal(await countDossiers(), before)
  })

  it('refuses a commune that is not one in force', async () => {
    const data = example(TEMPORARY_RESIDENCE)
    data.stay.communeCode = '99999'
    assertRefusal(await file(resident, { serviceCode: TEMPORARY_RESIDENCE, data }), {
      status: 422,
      code: 'SERVICE_COMMUNE_UNKNOWN',
    })
  })

  it('files once per Idempotency-Key, with the registry’s values, and gives a receipt', async () => {
    assertRefusal(
      await file(
        resident,
        { serviceCode: TEMPORARY_RESIDENCE, data: example(TEMPORARY_RESIDENCE) },
        null,
      ),
      { status: 400, code: 'SERVICE_IDEMPOTENCY_KEY_REQUIRED' },
    )
    const before = await countDossiers()
    const key = randomUUID()
    const payload = { serviceCode: TEMPORARY_RESIDENCE, data: example(TEMPORARY_RESIDENCE) }
    const first = await file(resident, payload, key)
    assert.equal(first.statusCode, 201, first.body)
    const again = await file(resident, payload, key)
    assert.equal(again.statusCode, 201)
    assert.equal(again.headers['idempotent-replayed'], 'true')
    const receipt = first.json<Receipt>()
    assert.equal(again.json<Receipt>().code, receipt.code)
    assert.equal(await countDossiers(), before + 1)
    assert.match(receipt.code, /^26017-\d{6}-[0-9A-Z]{6}$/)
    assert.equal(receipt.status, 'received')
    assert.equal(receipt.channel, 'web')
    assert.deepEqual(receipt.fee, { amount: 7_000, paid: false })
    assert.ok(new Date(receipt.dueAt) > new Date(receipt.receivedAt))

    const mine = await app().inject({
      url: `/api/v1/me/dossiers/${receipt.code}`,
      headers: { cookie: resident.cookie },
    })
    assert.equal(mine.statusCode, 200, mine.body)
    const dossier = mine.json<{
      data: { applicant: { personalNumber: string } }
      timeline: { kind: string }[]
    }>()
    // The example's personal number is not the resident's: the registry's value won.
    assert.equal(dossier.data.applicant.personalNumber, resident.personalNumber)
    assert.deepEqual(
      dossier.timeline.map((t) => t.kind),
      ['received'],
    )
    assertRefusal(
      await app().inject({
        url: `/api/v1/me/dossiers/${receipt.code}`,
        headers: { cookie: levelOne.cookie },
      }),
      { status: 404, code: 'SERVICE_DOSSIER_NOT_FOUND' },
    )
    const pdf = await app().inject({
      url: `/api/v1/me/dossiers/${receipt.code}/receipt.pdf`,
      headers: { cookie: resident.cookie },
    })
    assert.equal(pdf.statusCode, 200, pdf.body)
    assert.equal(pdf.headers['content-type'], 'application/pdf')
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-')
    const looked = await app().inject({ url: `${base}/lookup/${receipt.code}` })
    assert.equal(looked.statusCode, 200, looked.body)
    assert.ok(!looked.body.includes(resident.personalNumber), 'the lookup shows nothing personal')
    const list = await app().inject({
      url: '/api/v1/me/dossiers',
      headers: { cookie: resident.cookie },
    })
    assert.ok(list.json<{ items: Receipt[] }>().items.some((d) => d.code === receipt.code))
  })

  it('checks an attachment by its content and its size', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(100),
    ])
    const upload = (body: Buffer, type: string) =>
      app().inject({
        method: 'POST',
        url: `${base}/attachments`,
        headers: { cookie: resident.cookie, 'content-type': type },
        payload: body,
      })
    const stored = await upload(png, 'application/octet-stream')
    assert.equal(stored.statusCode, 201, stored.body)
    assert.equal(stored.json<{ mediaType: string }>().mediaType, 'image/png')
    assertRefusal(await upload(Buffer.from('MZ not a pdf at all'), 'application/pdf'), {
      status: 415,
      code: 'SERVICE_ATTACHMENT_TYPE_REFUSED',
    })
    assertRefusal(
      await upload(
        Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5 * 1024 * 1024)]),
        'application/pdf',
      ),
      { status: 413, code: 'SERVICE_ATTACHMENT_TOO_LARGE' },
    )
    const unknown = { requirement: 'lawfulResidence', id: randomUUID() }
    assertRefusal(
      await file(resident, {
        serviceCode: TEMPORARY_RESIDENCE,
        data: example(TEMPORARY_RESIDENCE),
        attachments: [unknown],
      }),
      { status: 422, code: 'SERVICE_ATTACHMENT_UNKNOWN' },
    )
  })
})
