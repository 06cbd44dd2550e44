import assert from 'node:assert/strict'
import { createHash, randomUUID } from 'node:crypto'
import { before, it } from 'node:test'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import {
  assertRefusal,
  describeOnEngines,
  enrol,
  TODAY,
  useApp,
  type Actor,
} from '../../../../test/kit/index.js'
import { getResident, seedPopulation } from '../../population/index.js'
import { certifiedCopiesKpi, readOwnVaultDocument } from '../index.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { agencyKeys } from '../signing/agency-keys.js'
import { pdfsig } from '../signing/pdf-validator.test-support.js'
import { askForCertifiedCopy, originalPdf } from './certification.test-support.js'

interface Certification {
  id: string
  code: string | null
  status: string
  certificationNumber: string | null
  verifyUrl: string | null
  pageCount: number | null
  refusalReason: string | null
  holder?: string
}

describeOnEngines('documents: certified copies from the vault, by the commune', (db) => {
  const app = useApp(db)
  let resident: Actor
  let neighbour: Actor
  let officer: Actor
  let stranger: Actor

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 23, today: TODAY })
    resident = await enrol(app(), db(), { level: 2 })
    neighbour = await enrol(app(), db(), {
      where: `commune_code = '${resident.communeCode}' AND personal_number <> '${resident.personalNumber}'`,
    })
    officer = await enrol(app(), db(), {
      role: 'communeOfficer',
      unitCodes: [resident.communeCode],
      where: `personal_number NOT IN ('${resident.personalNumber}', '${neighbour.personalNumber}')`,
    })
    stranger = await enrol(app(), db(), {
      role: 'communeOfficer',
      where: `commune_code <> '${resident.communeCode}'`,
    })
  })

  const as = (who: Actor | undefined, method: 'GET' | 'POST', url: string, payload?: object) =>
    app().inject({
      method,
      url,
      headers: who ? { cookie: who.cookie } : {},
      ...(payload ? { payload } : {}),
    })
  const officerUrl = (id: string, rest = '') => `/api/v1/documents/certifications/${id}${rest}`
  const approve = (id: string, who = officer) =>
    as(who, 'POST', officerUrl(id, '/approve'), { officerTitle: 'Phó Chủ tịch' })
  const root = async () =>
    (await agencyKeys({
      configured: undefined,
      demonstrationDirectory: undefined,
    }).demonstrationRoot())!
  const auditActions = async (subject: string) =>
    (
      await db().query<{ action: string }>(
        `SELECT action FROM audit_entries WHERE subject_personal_number = $1 AND action LIKE 'documents.certification.%' ORDER BY seq`,
        [subject],
      )
    ).map((r) => r.action)

  it('certifies a 2-page scan: queue, compare, approve, a signed PDF pdfsig trusts, in the vault', async () => {
    const scan = await originalPdf(2)
    const { id } = await askForCertifiedCopy(app(), resident, scan)
    const mine = (
      await as(resident, 'GET', `/api/v1/me/certifications/${id}`)
    ).json<Certification>()
    assert.equal(mine.status, 'requested')
    assert.equal(mine.code, null, 'no code before there is a copy')

    const queue = await as(officer, 'GET', '/api/v1/documents/certifications?status=requested')
    assert.equal(queue.statusCode, 200, queue.body)
    const queued = queue.json<{ items: Certification[] }>().items.find((c) => c.id === id)
    assert.ok(queued, 'in the commune officer’s queue')
    assert.match(queued.holder ?? '', /^\S\**( \S\**)+$/, 'the holder by initials')
    const foreign = await as(stranger, 'GET', '/api/v1/documents/certifications?status=requested')
    assert.ok(!foreign.json<{ items: Certification[] }>().items.some((c) => c.id === id))

    const original = await as(officer, 'GET', officerUrl(id, '/original'))
    assert.equal(original.statusCode, 200, original.body)
    assert.equal(original.headers['content-type'], 'application/pdf')
    assert.ok(original.rawPayload.equals(scan), 'the officer compares the very file asked for')

    const approved = await approve(id)
    assert.equal(approved.statusCode, 200, approved.body)
    const certified = approved.json<Certification>()
    assert.equal(certified.status, 'certified')
    assert.match(certified.certificationNumber ?? '', /^\d+\/20\d\d\/SCBS$/)
    assert.equal(certified.pageCount, 3, 'two pages of copy and the certification page')
    assert.match(certified.verifyUrl ?? '', new RegExp(`/verify/${certified.code ?? 'x'}$`))
    assertRefusal(await approve(id), { status: 409, code: 'CERTIFICATION_ALREADY_DECIDED' })

    const download = await as(resident, 'GET', `/api/v1/me/certifications/${id}/pdf`)
    assert.equal(download.statusCode, 200)
    assert.equal(download.headers['content-type'], 'application/pdf')
    const pdf = download.rawPayload
    assert.equal((await PDFDocument.load(pdf)).getPageCount(), 3)
    const verdict = await pdfsig(pdf, await root())
    assert.ok(verdict.signatureValid && verdict.certificateTrusted, verdict.output)
    assert.match(verdict.output, /ETSI\.CAdES\.detached/)

    // The certified copy is in the resident's vault, verified, the same bytes.
    const vault = await as(resident, 'GET', '/api/v1/me/documents')
    const copy = vault
      .json<{ documents: { id: string; kind: { code: string }; verified: boolean }[] }>()
      .documents.find((d) => d.kind.code === 'certified-copy')
    assert.ok(copy?.verified, vault.body)
    const kept = await readOwnVaultDocument(db().db, resident.personalNumber, copy.id)
    assert.ok(kept.file?.content.equals(pdf))

    assert.deepEqual(await auditActions(resident.personalNumber), [
      'documents.certification.request',
      'documents.certification.compare',
      'documents.certification.approve',
    ])
  })

  it('verifies a copy by its code without sign-in, and checks a presented file against it', async () => {
    const { id } = await askForCertifiedCopy(app(), resident, await originalPdf(2))
    const certified = (await approve(id)).json<Certification>()
    const code = certified.code!
    const pdf = (await as(resident, 'GET', `/api/v1/me/certifications/${id}/pdf`)).rawPayload

    const verified = await as(undefined, 'GET', `/api/v1/verify/${code}`)
    assert.equal(verified.statusCode, 200, verified.body)
    const body = verified.json<Record<string, unknown>>()
    assert.equal(body.valid, true)
    assert.equal(body.status, 'certified')
    assert.equal(body.certificationNumber, certified.certificationNumber)
    assert.match(String(body.agency), /^Ủy ban nhân dân /)
    assert.equal(body.officerTitle, 'Phó Chủ tịch')
    assert.equal(body.sha256, createHash('sha256').update(pdf).digest('hex'))
    assert.ok(!verified.body.includes(resident.personalNumber), 'no personal number')
    const { fullName } = await getResident(db().db, resident.personalNumber)
    assert.ok(!verified.body.includes(fullName), 'no full name')
    assert.match(String(body.holder), /\*/)
    // Codes are case-insensitive, as typed from paper.
    assert.equal(
      (await as(undefined, 'GET', `/api/v1/verify/${code.toLowerCase()}`)).statusCode,
      200,
    )

    const check = (file: Buffer, type = 'application/pdf') =>
      app().inject({
        method: 'POST',
        url: `/api/v1/verify/${code}/check`,
        headers: { 'content-type': type },
        payload: file,
      })
    assert.equal((await check(pdf)).json<{ matches: boolean }>().matches, true)
    const changed = Buffer.from(pdf)
    changed[500] = changed[500] === 0x20 ? 0x21 : 0x20
    assert.equal((await check(changed)).json<{ matches: boolean }>().matches, false)
    assertRefusal(await check(Buffer.from('not a pdf at all')), {
      status: 415,
      code: 'CERTIFICATION_NOT_A_PDF',
    })
    const empty = await app().inject({ method: 'POST', url: `/api/v1/verify/${code}/check` })
    assertRefusal(empty, { status: 415, code: 'CERTIFICATION_NOT_A_PDF' })

    for (const unknown of ['ABCDEFGHJKMNPQRS', 'nope', '0'.repeat(16)])
      assertRefusal(await as(undefined, 'GET', `/api/v1/verify/${unknown}`), {
        status: 404,
        code: 'CERTIFICATION_CODE_UNKNOWN',
      })
  })

  it('refuses with a reason, once; revokes a certification, which the verification then says', async () => {
    const refused = await askForCertifiedCopy(app(), resident, await originalPdf(1))
    assertRefusal(await as(officer, 'POST', officerUrl(refused.id, '/refuse'), { reason: '  ' }), {
      status: 422,
      code: 'CERTIFICATION_REASON_REQUIRED',
    })
    assertRefusal(await as(officer, 'POST', officerUrl(refused.id, '/refuse'), {}), {
      status: 400,
      code: 'REQUEST_INVALID',
    })
    const refusal = await as(officer, 'POST', officerUrl(refused.id, '/refuse'), {
      reason: 'Bản chính bị tẩy xóa',
    })
    assert.equal(refusal.statusCode, 200, refusal.body)
    const seen = (
      await as(resident, 'GET', `/api/v1/me/certifications/${refused.id}`)
    ).json<Certification>()
    assert.equal(seen.status, 'refused')
    assert.equal(seen.refusalReason, 'Bản chính bị tẩy xóa')
    assertRefusal(await approve(refused.id), { status: 409, code: 'CERTIFICATION_ALREADY_DECIDED' })
    assertRefusal(await as(resident, 'GET', `/api/v1/me/certifications/${refused.id}/pdf`), {
      status: 409,
      code: 'CERTIFICATION_NOT_CERTIFIED',
    })

    const { id } = await askForCertifiedCopy(app(), resident, await originalPdf(1))
    const code = (await approve(id)).json<Certification>().code!
    const revoked = await as(officer, 'POST', officerUrl(id, '/revoke'), {
      reason: 'Chứng thực nhầm',
    })
    assert.equal(revoked.statusCode, 200, revoked.body)
    const verification = (await as(undefined, 'GET', `/api/v1/verify/${code}`)).json<{
      valid: boolean
      status: string
      revocationReason: string
    }>()
    assert.deepEqual(
      [verification.valid, verification.status, verification.revocationReason],
      [false, 'revoked', 'Chứng thực nhầm'],
    )
    assertRefusal(await as(officer, 'POST', officerUrl(id, '/revoke'), { reason: 'lại' }), {
      status: 409,
      code: 'CERTIFICATION_NOT_CERTIFIED',
    })
  })

  it('keeps another commune’s requests and another resident’s out of reach', async () => {
    const { id } = await askForCertifiedCopy(app(), resident, await originalPdf(1))
    for (const [method, rest, payload] of [
      ['GET', '', undefined],
      ['GET', '/original', undefined],
      ['POST', '/approve', {}],
      ['POST', '/refuse', { reason: 'x' }],
    ] as const)
      assertRefusal(await as(stranger, method, officerUrl(id, rest), payload), {
        status: 403,
        code: 'CERTIFICATION_OUTSIDE_COMMUNE',
      })
    assertRefusal(await as(resident, 'GET', officerUrl(id)), {
      status: 403,
      code: 'AUTH_FORBIDDEN',
    })
    assertRefusal(await as(neighbour, 'GET', `/api/v1/me/certifications/${id}`), {
      status: 404,
      code: 'CERTIFICATION_NOT_FOUND',
    })
    assertRefusal(await as(officer, 'GET', officerUrl(randomUUID())), {
      status: 404,
      code: 'CERTIFICATION_NOT_FOUND',
    })
    assertRefusal(await as(undefined, 'GET', '/api/v1/me/certifications'), {
      status: 401,
      code: 'AUTH_REQUIRED',
    })
    const status = (
      await as(resident, 'GET', `/api/v1/me/certifications/${id}`)
    ).json<Certification>()
    assert.equal(status.status, 'requested', 'nothing was decided by the refusals')
  })

  it('refuses bad input with specific errors', async () => {
    const post = (payload: object) => as(resident, 'POST', '/api/v1/me/certifications', payload)
    assertRefusal(await post({ documentId: 'nope' }), { status: 400, code: 'REQUEST_INVALID' })
    assertRefusal(await post({ documentId: randomUUID(), extra: 1 }), {
      status: 400,
      code: 'REQUEST_INVALID',
    })
    assertRefusal(await post({ documentId: randomUUID() }), {
      status: 404,
      code: 'DOCUMENT_NOT_FOUND',
    })
    const { documentId } = await askForCertifiedCopy(app(), neighbour, await originalPdf(1))
    assertRefusal(await post({ documentId }), { status: 404, code: 'DOCUMENT_NOT_FOUND' })
    assertRefusal(await as(officer, 'GET', '/api/v1/documents/certifications?status=lost'), {
      status: 400,
      code: 'REQUEST_INVALID',
    })
    assertRefusal(await as(officer, 'GET', officerUrl('not-a-uuid')), {
      status: 400,
      code: 'REQUEST_INVALID',
    })
    assertRefusal(
      await as(officer, 'POST', officerUrl(randomUUID(), '/approve'), { officerTitle: '' }),
      { status: 400, code: 'REQUEST_INVALID' },
    )
    assertRefusal(
      await as(officer, 'GET', `/api/v1/documents/certification-book?communeCode=1&year=2026`),
      { status: 400, code: 'REQUEST_INVALID' },
    )
    assertRefusal(
      await as(
        officer,
        'GET',
        `/api/v1/documents/certification-book?communeCode=${stranger.communeCode}&year=2026`,
      ),
      { status: 403, code: 'CERTIFICATION_OUTSIDE_COMMUNE' },
    )
  })

  it('certifies an image original on an A4 page before the certification page', async () => {
    const jpeg = await sharp({
      create: { width: 400, height: 560, channels: 3, background: '#ddeeff' },
    })
      .jpeg()
      .toBuffer()
    const { id } = await askForCertifiedCopy(app(), resident, jpeg)
    const approved = await approve(id)
    assert.equal(approved.statusCode, 200, approved.body)
    assert.equal(approved.json<Certification>().pageCount, 2)
    const pdf = (await as(resident, 'GET', `/api/v1/me/certifications/${id}/pdf`)).rawPayload
    assert.ok((await pdfsig(pdf, await root())).signatureValid)
  })

  it('numbers the book without gaps under concurrent approvals, a failed one giving its number back', async () => {
    const asked = await Promise.all(
      Array.from({ length: 6 }, async (_, i) =>
        askForCertifiedCopy(app(), resident, await originalPdf(1 + (i % 2))),
      ),
    )
    // One original damaged behind the vault's back: its approval fails whole.
    const [broken, ...good] = asked
    await db().query(
      `UPDATE document_certifications SET original_content = '\\x00', original_media_type = 'application/pdf' WHERE id = $1`,
      [broken!.id],
    )
    const answers = await Promise.all(asked.map(({ id }) => approve(id)))
    assertRefusal(answers[0]!, { status: 422, code: 'CERTIFICATION_ORIGINAL_UNREADABLE' })
    assert.deepEqual(
      answers.slice(1).map((a) => a.statusCode),
      good.map(() => 200),
    )
    const book = await as(
      officer,
      'GET',
      `/api/v1/documents/certification-book?communeCode=${resident.communeCode}&year=${vietnamDate().slice(0, 4)}`,
    )
    assert.equal(book.statusCode, 200, book.body)
    const numbers = book
      .json<{ items: Certification[] }>()
      .items.map((c) => Number(c.certificationNumber!.split('/')[0]))
    assert.deepEqual(
      numbers,
      numbers.map((_, i) => i + 1),
      'numbers 1..n, in order, none missing',
    )
    assert.ok(numbers.length >= 5 + 4, 'every approval of this suite is in the book')
    const still = (
      await as(resident, 'GET', `/api/v1/me/certifications/${broken!.id}`)
    ).json<Certification>()
    assert.equal(still.status, 'requested', 'the failed approval left nothing half-written')
  })

  it('counts the copies issued for plan 106 (model 4), by commune', async () => {
    const today = vietnamDate()
    const kpi = await certifiedCopiesKpi(db().db, { from: today, to: today })
    const [book] = await db().query<{ issued: number; revoked: number; refused: number }>(
      `SELECT count(*) FILTER (WHERE book_number IS NOT NULL)::int AS issued,
              count(*) FILTER (WHERE status = 'revoked')::int AS revoked,
              count(*) FILTER (WHERE status = 'refused')::int AS refused
         FROM document_certifications`,
    )
    assert.deepEqual(kpi.communes, [
      { communeCode: resident.communeCode, issued: book!.issued, revoked: book!.revoked },
    ])
    assert.equal(kpi.totals.refused, book!.refused)
    assert.ok(kpi.totals.requested > kpi.totals.issued, 'requests still waiting count as received')
    const yesterday = await certifiedCopiesKpi(db().db, { from: '2020-01-01', to: '2020-01-31' })
    assert.deepEqual(yesterday.totals, { issued: 0, revoked: 0, requested: 0, refused: 0 })
  })
})
