import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { before, it } from 'node:test'
import { assertRefusal, describeOnEngines, useApp } from '../../../../test/kit/index.js'
import {
  IMAGES,
  injectAs,
  openFinesScene,
  recordCarViolation,
  type FinesScene,
} from '../fines.test-support.js'
import type { ViolationDetail } from '../violations/violations.schemas.js'
import { IMAGE_LIMIT_BYTES, MAX_EVIDENCE_IMAGES } from './images.js'

describeOnEngines('evidence images of a violation (model 18)', (db) => {
  const app = useApp(db)
  let scene: FinesScene
  let id: string

  const upload = (
    who: Parameters<typeof injectAs>[1],
    content: Buffer,
    type = 'image/jpeg',
    violationId = id,
  ) =>
    injectAs(app(), who, {
      method: 'POST',
      url: `/api/v1/fines/violations/${violationId}/evidence`,
      headers: { 'content-type': type },
      payload: content,
    })
  const image = (who: Parameters<typeof injectAs>[1], ordinal: number) =>
    injectAs(app(), who, {
      method: 'GET',
      url: `/api/v1/fines/violations/${id}/evidence/${ordinal}`,
    })
  const countEvidence = async () =>
    (await db().query<{ n: number }>('SELECT count(*)::int AS n FROM fine_evidence'))[0]!.n

  before(async () => {
    scene = await openFinesScene(app(), db())
    id = await recordCarViolation(app(), scene)
  })

  it('keeps JPEG, PNG and WebP images by their content, numbered, with their SHA-256', async () => {
    const kinds = [
      [IMAGES.jpeg, 'image/jpeg'],
      [IMAGES.png, 'application/octet-stream'],
      [IMAGES.webp, 'image/webp'],
    ] as const
    for (const [i, [content, declared]] of kinds.entries()) {
      const response = await upload(scene.police, content, declared)
      assert.equal(response.statusCode, 201, response.body)
      const stored = response.json<{ ordinal: number; mediaType: string; sha256: string }>()
      assert.equal(stored.ordinal, i + 1)
      assert.equal(stored.sha256, createHash('sha256').update(content).digest('hex'))
    }
    const png = await image(scene.owner, 2)
    assert.equal(png.statusCode, 200)
    assert.equal(png.headers['content-type'], 'image/png')
    assert.deepEqual(png.rawPayload, IMAGES.png)
    const detail = await injectAs(app(), scene.owner, {
      method: 'GET',
      url: `/api/v1/fines/violations/${id}`,
    })
    assert.equal(detail.json<ViolationDetail>().evidenceCount, 3)
  })

  it('refuses a file that lies about its type, one too large, and one past the limit', async () => {
    const before = await countEvidence()
    assertRefusal(await upload(scene.police, IMAGES.pdf, 'image/jpeg'), {
      status: 415,
      code: 'FINES_FILE_TYPE_REFUSED',
    })
    assertRefusal(await upload(scene.police, Buffer.alloc(0), 'image/png'), {
      status: 415,
      code: 'FINES_FILE_TYPE_REFUSED',
    })
    const huge = Buffer.concat([IMAGES.jpeg, Buffer.alloc(IMAGE_LIMIT_BYTES)])
    assertRefusal(await upload(scene.police, huge), { status: 413, code: 'FINES_FILE_TOO_LARGE' })
    assert.equal(await countEvidence(), before)
    const full = await recordCarViolation(app(), scene)
    for (let i = 0; i < MAX_EVIDENCE_IMAGES; i++)
      assert.equal((await upload(scene.police, IMAGES.jpeg, 'image/jpeg', full)).statusCode, 201)
    assertRefusal(await upload(scene.police, IMAGES.jpeg, 'image/jpeg', full), {
      status: 422,
      code: 'FINES_TOO_MANY_FILES',
    })
  })

  it('lets only police of the place add, and the owner and those police read', async () => {
    assertRefusal(await upload(scene.otherPolice, IMAGES.jpeg), {
      status: 403,
      code: 'AUTH_OUTSIDE_JURISDICTION',
    })
    assertRefusal(await upload(scene.owner, IMAGES.jpeg), { status: 403, code: 'AUTH_FORBIDDEN' })
    assertRefusal(
      await upload(scene.police, IMAGES.jpeg, 'image/jpeg', '00000000-0000-4000-8000-000000000000'),
      { status: 404, code: 'FINES_VIOLATION_NOT_FOUND' },
    )
    assert.equal((await image(scene.police, 1)).statusCode, 200)
    assertRefusal(await image(scene.stranger, 1), {
      status: 404,
      code: 'FINES_VIOLATION_NOT_FOUND',
    })
    assertRefusal(await image(scene.otherPolice, 1), {
      status: 403,
      code: 'AUTH_OUTSIDE_JURISDICTION',
    })
    assertRefusal(await image(scene.owner, 99), { status: 404, code: 'FINES_EVIDENCE_NOT_FOUND' })
    assertRefusal(await image(undefined, 1), { status: 401, code: 'AUTH_REQUIRED' })
  })
})
