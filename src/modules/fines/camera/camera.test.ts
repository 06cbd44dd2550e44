import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import {
  assertRefusal,
  clientBearer,
  describeOnEngines,
  testConfig,
  useApp,
} from '../../../../test/kit/index.js'
import { deriveSsoSecrets, registerClient } from '../../sso/index.js'
import { fineArticle } from '../fine-table.js'
import { IMAGES, injectAs, openFinesScene, type FinesScene } from '../fines.test-support.js'
import type { ViolationDetail } from '../violations/violations.schemas.js'
import type { CameraBatchAnswer } from './camera.schemas.js'

describeOnEngines('violations posted by traffic camera systems (model 18)', (db) => {
  const app = useApp(db, { LOG_LEVEL: 'error' })
  let scene: FinesScene
  let camera: string

  const post = (violations: object[], authorization = camera) =>
    app().inject({
      method: 'POST',
      url: '/api/v1/fines/camera-violations',
      headers: { authorization },
      payload: { violations },
    })
  const event = (eventId: string, over: Record<string, unknown> = {}) => ({
    eventId,
    plate: scene.car.plate,
    articleCode: '168-6-9-b',
    fine: fineArticle('168-6-9-b').minFine,
    communeCode: scene.places.inside,
    occurredAt: new Date(Date.now() - 600_000).toISOString(),
    evidence: [IMAGES.jpeg.toString('base64'), IMAGES.webp.toString('base64')],
    ...over,
  })
  const counts = async () =>
    (
      await db().query<{ v: number; e: number }>(
        `SELECT (SELECT count(*)::int FROM fine_violations) AS v,
                (SELECT count(*)::int FROM fine_evidence) AS e`,
      )
    )[0]!

  before(async () => {
    scene = await openFinesScene(app(), db())
    const client = await registerClient(
      { db: db().db, secrets: deriveSsoSecrets(testConfig.SSO_SECRET), allowHttp: true },
      {
        name: 'Camera giao thông nút giao',
        kind: 'machine',
        authMethod: 'client_secret_basic',
        role: 'trafficCamera',
        unitCodes: [scene.places.inside],
        scopes: ['fines.camera.post'],
      },
    )
    camera = await clientBearer(
      app(),
      { clientId: client.clientId, secret: client.clientSecret! },
      'fines.camera.post',
    )
  })

  it('records a batch with its evidence; the owner sees it; a resent batch records nothing', async () => {
    const batch = [
      event('cam-1'),
      event('cam-2', { articleCode: '168-6-5-k', fine: fineArticle('168-6-5-k').minFine }),
    ]
    const first = await post(batch)
    assert.equal(first.statusCode, 200, first.body)
    const answer = first.json<CameraBatchAnswer>()
    assert.deepEqual([answer.received, answer.recorded, answer.duplicates], [2, 2, 0])
    const before = await counts()
    const again = await post(batch)
    const resent = again.json<CameraBatchAnswer>()
    assert.deepEqual([resent.recorded, resent.duplicates], [0, 2])
    assert.equal(resent.items[0]!.error?.code, 'FINES_CAMERA_EVENT_DUPLICATE')
    assert.deepEqual(await counts(), before)
    const seen = await injectAs(app(), scene.owner, {
      method: 'GET',
      url: `/api/v1/fines/violations/${answer.items[0]!.violationId}`,
    })
    assert.equal(seen.statusCode, 200, seen.body)
    const detail = seen.json<ViolationDetail>()
    assert.equal(detail.source, 'camera')
    assert.equal(detail.evidenceCount, 2)
  })

  it('refuses bad items one by one and writes nothing of them', async () => {
    const before = await counts()
    const answer = (
      await post([
        event('bad-plate', { plate: '60A12345' }),
        event('bad-article', { articleCode: '168-99-1-a' }),
        event('bad-fine', { fine: fineArticle('168-6-9-b').maxFine + 1 }),
        event('bad-image', {
          evidence: [IMAGES.jpeg.toString('base64'), IMAGES.pdf.toString('base64')],
        }),
        event('not-base64', { evidence: ['%%%%'] }),
        event('elsewhere', { communeCode: scene.places.outside }),
        event('twice'),
        event('twice'),
      ])
    ).json<CameraBatchAnswer>()
    assert.deepEqual(
      answer.items.map((i) => [i.eventId, i.outcome, i.error?.code ?? null]),
      [
        ['bad-plate', 'refused', 'FINES_PLATE_INVALID'],
        ['bad-article', 'refused', 'FINES_ARTICLE_UNKNOWN'],
        ['bad-fine', 'refused', 'FINES_FINE_OUT_OF_RANGE'],
        ['bad-image', 'refused', 'FINES_FILE_TYPE_REFUSED'],
        ['not-base64', 'refused', 'FINES_FILE_NOT_BASE64'],
        ['elsewhere', 'refused', 'AUTH_OUTSIDE_JURISDICTION'],
        ['twice', 'recorded', null],
        ['twice', 'refused', 'FINES_CAMERA_BATCH_REPEATS_ID'],
      ],
    )
    const after = await counts()
    assert.deepEqual(after, { v: before.v + 1, e: before.e + 2 })
  })

  it('takes batches from camera systems only', async () => {
    const police = await injectAs(app(), scene.police, {
      method: 'POST',
      url: '/api/v1/fines/camera-violations',
      payload: { violations: [event('x')] },
    })
    assertRefusal(police, { status: 403, code: 'AUTH_FORBIDDEN' })
    assertRefusal(await post([event('y')], 'Bearer forged'), { status: 401, code: 'AUTH_REQUIRED' })
    assertRefusal(await post([]), { status: 400, code: 'REQUEST_INVALID' })
  })
})
