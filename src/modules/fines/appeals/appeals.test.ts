import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { assertRefusal, describeOnEngines, useApp } from '../../../../test/kit/index.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import { addCalendarDays, PAYMENT_PERIOD_DAYS } from '../deadlines.js'
import {
  IMAGES,
  injectAs,
  openFinesScene,
  recordCarViolation,
  type FinesScene,
} from '../fines.test-support.js'
import type { ViolationDetail } from '../violations/violations.schemas.js'

interface Appeal {
  id: string
  status: string
  attachments: { ordinal: number; mediaType: string }[]
}

describeOnEngines('confirming and appealing a violation (model 18)', (db) => {
  const app = useApp(db)
  let scene: FinesScene

  const post = (who: Parameters<typeof injectAs>[1], url: string, payload?: object) =>
    injectAs(app(), who, { method: 'POST', url: `/api/v1/fines${url}`, payload: payload ?? {} })
  const detail = async (id: string) =>
    (
      await injectAs(app(), scene.owner, { method: 'GET', url: `/api/v1/fines/violations/${id}` })
    ).json<ViolationDetail>()
  const appeal = (id: string, payload: object = { reason: 'Xe của tôi không ở đó lúc ấy.' }) =>
    post(scene.owner, `/violations/${id}/appeals`, payload)
  const decide = (who: Parameters<typeof injectAs>[1], appealId: string, outcome: string) =>
    post(who, `/appeals/${appealId}/decision`, { outcome, note: 'Đã xem lại ảnh.' })
  const auditCount = async (action: string) =>
    (
      await db().query<{ n: number }>(
        'SELECT count(*)::int AS n FROM audit_entries WHERE action = $1',
        [action],
      )
    )[0]!.n

  before(async () => {
    scene = await openFinesScene(app(), db())
  })

  it('lets the owner confirm, once, and no one else', async () => {
    const id = await recordCarViolation(app(), scene)
    assertRefusal(await post(scene.stranger, `/violations/${id}/confirm`), {
      status: 404,
      code: 'FINES_VIOLATION_NOT_FOUND',
    })
    assertRefusal(await post(scene.police, `/violations/${id}/confirm`), {
      status: 403,
      code: 'FINES_NOT_OWNER',
    })
    const first = await post(scene.owner, `/violations/${id}/confirm`)
    assert.equal(first.statusCode, 200, first.body)
    assert.equal(first.json<ViolationDetail>().status, 'confirmed')
    const again = await post(scene.owner, `/violations/${id}/confirm`)
    assert.equal(
      again.json<ViolationDetail>().confirmedAt,
      first.json<ViolationDetail>().confirmedAt,
    )
    assert.equal(await auditCount('fines.violation.confirm'), 1)
  })

  it('takes an appeal with photos, pauses the due day, and an upheld decision sets a new one', async () => {
    const id = await recordCarViolation(app(), scene)
    const filed = await appeal(id, {
      reason: 'Biển số bị nhầm, xe tôi đang ở nhà.',
      attachments: [IMAGES.png.toString('base64'), IMAGES.webp.toString('base64')],
    })
    assert.equal(filed.statusCode, 201, filed.body)
    const { id: appealId, attachments } = filed.json<Appeal>()
    assert.deepEqual(
      attachments.map((a) => a.mediaType),
      ['image/png', 'image/webp'],
    )
    const paused = await detail(id)
    assert.equal(paused.status, 'appealed')
    assert.equal(paused.dueOn, null)
    assert.equal(paused.appeal?.status, 'pending')
    assertRefusal(await post(scene.owner, `/violations/${id}/confirm`), {
      status: 409,
      code: 'FINES_APPEAL_PENDING',
    })
    const listed = await injectAs(app(), scene.police, {
      method: 'GET',
      url: '/api/v1/fines/appeals?status=pending',
    })
    assert.equal(listed.statusCode, 200, listed.body)
    assert.ok(listed.json<{ items: Appeal[] }>().items.some((a) => a.id === appealId))
    const elsewhere = await injectAs(app(), scene.otherPolice, {
      method: 'GET',
      url: '/api/v1/fines/appeals',
    })
    assert.deepEqual(elsewhere.json<{ items: unknown[] }>().items, [])
    assertRefusal(await decide(scene.otherPolice, appealId, 'cancelled'), {
      status: 403,
      code: 'AUTH_OUTSIDE_JURISDICTION',
    })
    assertRefusal(await decide(scene.owner, appealId, 'cancelled'), {
      status: 403,
      code: 'AUTH_FORBIDDEN',
    })
    const upheld = await decide(scene.police, appealId, 'upheld')
    assert.equal(upheld.statusCode, 200, upheld.body)
    const after = await detail(id)
    assert.equal(after.status, 'notified')
    assert.equal(after.dueOn, addCalendarDays(vietnamDate(), PAYMENT_PERIOD_DAYS))
    assert.equal(after.canAppeal, false)
    assertRefusal(await decide(scene.police, appealId, 'cancelled'), {
      status: 409,
      code: 'FINES_APPEAL_DECIDED',
    })
    assertRefusal(await appeal(id), { status: 409, code: 'FINES_APPEAL_EXISTS' })
    assert.equal(await auditCount('fines.appeal.decide'), 1)
  })

  it("gives an appeal's attachments to the police of the place only, access-logged, not sniffable", async () => {
    const id = await recordCarViolation(app(), scene)
    const filed = await appeal(id, {
      reason: 'Ảnh chụp xe tôi ở nơi khác.',
      attachments: [IMAGES.jpeg.toString('base64'), IMAGES.png.toString('base64')],
    })
    const { id: appealId } = filed.json<Appeal>()
    const get = (
      who: Parameters<typeof injectAs>[1],
      ordinal: number | string,
      appealOf = appealId,
    ) =>
      injectAs(app(), who, {
        method: 'GET',
        url: `/api/v1/fines/appeals/${appealOf}/attachments/${ordinal}`,
      })
    const before = await auditCount('fines.appeal.attachment.read')
    const png = await get(scene.police, 2)
    assert.equal(png.statusCode, 200, png.body)
    assert.equal(png.headers['content-type'], 'image/png')
    assert.equal(png.headers['x-content-type-options'], 'nosniff')
    assert.equal(
      png.headers['content-disposition'],
      `attachment; filename="khieu-nai-${appealId}-2.png"`,
    )
    assert.deepEqual(png.rawPayload, IMAGES.png)
    assert.equal((await get(scene.police, 1)).headers['content-type'], 'image/jpeg')
    assert.equal(await auditCount('fines.appeal.attachment.read'), before + 2, 'each read logged')
    const [logged] = await db().query<{ subject_personal_number: string }>(
      `SELECT subject_personal_number FROM audit_entries
        WHERE action = 'fines.appeal.attachment.read' ORDER BY seq DESC LIMIT 1`,
    )
    assert.equal(logged?.subject_personal_number, scene.owner.personalNumber, "in the owner's log")
    assertRefusal(await get(scene.otherPolice, 1), {
      status: 403,
      code: 'AUTH_OUTSIDE_JURISDICTION',
    })
    assertRefusal(await get(scene.owner, 1), { status: 403, code: 'AUTH_FORBIDDEN' })
    assertRefusal(await get(undefined, 1), { status: 401, code: 'AUTH_REQUIRED' })
    assertRefusal(await get(scene.police, 3), { status: 404, code: 'FINES_ATTACHMENT_NOT_FOUND' })
    assertRefusal(await get(scene.police, 1, '00000000-0000-4000-8000-000000000000'), {
      status: 404,
      code: 'FINES_APPEAL_NOT_FOUND',
    })
    assertRefusal(await get(scene.police, '1%22%3B'), { status: 400, code: 'REQUEST_INVALID' })
    assert.equal(
      await auditCount('fines.appeal.attachment.read'),
      before + 2,
      'refusals read nothing',
    )
  })

  it('cancels a violation on appeal; a cancelled or paid one cannot be confirmed or appealed', async () => {
    const id = await recordCarViolation(app(), scene)
    const { id: appealId } = (await appeal(id)).json<Appeal>()
    assert.equal((await decide(scene.police, appealId, 'cancelled')).statusCode, 200)
    assert.equal((await detail(id)).status, 'cancelled')
    assertRefusal(await post(scene.owner, `/violations/${id}/confirm`), {
      status: 409,
      code: 'FINES_VIOLATION_CANCELLED',
    })
    const paid = await recordCarViolation(app(), scene)
    await db().query(`UPDATE fine_violations SET status = 'paid' WHERE id = $1`, [paid])
    assertRefusal(await post(scene.owner, `/violations/${paid}/confirm`), {
      status: 409,
      code: 'FINES_ALREADY_PAID',
    })
    assertRefusal(await appeal(paid), { status: 409, code: 'FINES_ALREADY_PAID' })
  })

  it('refuses an appeal after the due day, and attachments that are not images', async () => {
    const late = await recordCarViolation(app(), scene)
    const yesterday = addCalendarDays(vietnamDate(), -1)
    await db().query('UPDATE fine_violations SET due_on = $2 WHERE id = $1', [late, yesterday])
    assertRefusal(await appeal(late), { status: 422, code: 'FINES_APPEAL_AFTER_DEADLINE' })
    const id = await recordCarViolation(app(), scene)
    const before = await auditCount('fines.appeal.file')
    assertRefusal(
      await appeal(id, {
        reason: 'Ảnh kèm theo đây.',
        attachments: [IMAGES.pdf.toString('base64')],
      }),
      { status: 415, code: 'FINES_FILE_TYPE_REFUSED' },
    )
    assertRefusal(await appeal(id, { reason: 'Ảnh kèm theo đây.', attachments: ['***'] }), {
      status: 422,
      code: 'FINES_FILE_NOT_BASE64',
    })
    assertRefusal(await appeal(id, { reason: 'ngắn' }), { status: 400, code: 'REQUEST_INVALID' })
    assert.equal(await auditCount('fines.appeal.file'), before)
    assert.equal((await detail(id)).status, 'notified', 'nothing half-written')
  })
})
