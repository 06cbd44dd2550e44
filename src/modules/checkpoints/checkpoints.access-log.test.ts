import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import {
  accessLogOf,
  answerAs as call,
  describeOnEngines,
  enrol,
  seedTwoCommunes,
  useApp,
  type Actor,
} from '../../../test/kit/index.js'
import { API, openSite, type OpenSite } from './checkpoints.test-support.js'

const SITE_NAMED = 'Khu du lịch Bửu Long (Ban quản lý khu du lịch Bửu Long)'

describeOnEngines('checkpoints: passages in the residents’ access log', (db) => {
  const app = useApp(db)
  let site: OpenSite
  let visitor: Actor
  let other: Actor

  before(async () => {
    const places = await seedTwoCommunes(db())
    const admin = await enrol(app(), db(), {
      role: 'administrator',
      unitCodes: [places.inside.communeCode],
    })
    site = await openSite(app(), db(), admin, { communeCode: places.inside.communeCode })
    visitor = await enrol(app(), db(), { level: 2 })
    other = await enrol(app(), db(), { level: 2 })
  })

  const passagesIn = async (who: Actor) =>
    (await accessLogOf(app(), who.cookie)).filter((e) => e.action.startsWith('checkpoints.'))

  const postBatch = async (events: object[]) => {
    const response = await app().inject({
      method: 'POST',
      url: `${API}/sites/${site.siteId}/camera-events`,
      headers: { cookie: site.system.cookie },
      payload: { batch: await site.sign({ siteId: site.siteId, events }) },
    })
    assert.equal(response.statusCode, 200, response.body)
  }

  it('shows each camera passage to the person, by site and role, once even if resent', async () => {
    const event = (id: string, who: Actor, direction: string, at: string) => ({
      id,
      gateId: site.gates[0],
      direction,
      personalNumber: who.personalNumber,
      occurredAt: at,
    })
    const events = [
      event('log-1', visitor, 'entry', '2026-12-01T01:00:00Z'),
      event('log-2', other, 'entry', '2026-12-01T01:05:00Z'),
      event('log-3', visitor, 'exit', '2026-12-01T03:00:00Z'),
    ]
    await postBatch(events)
    await postBatch(events)

    const mine = await passagesIn(visitor)
    assert.equal(mine.length, 2)
    for (const entry of mine) {
      assert.equal(entry.action, 'checkpoints.passage.camera')
      assert.equal(entry.actionLabel?.vi, 'Camera nhận diện ghi nhận bạn qua cổng')
      assert.equal(entry.actorRole, 'operatorSystem')
      assert.equal(entry.actorEstablishmentName, SITE_NAMED)
    }
    // The other person's passage is theirs alone.
    assert.equal((await passagesIn(other)).length, 1)
  })

  it('shows a scan at the gate with the site and the staff role, never the staff member', async () => {
    const { token } = await call<{ token: string }>(
      app(),
      visitor,
      { method: 'POST', url: '/api/v1/identity/qr' },
      201,
    )
    await call(
      app(),
      site.staff,
      {
        method: 'POST',
        url: `${API}/sites/${site.siteId}/passages`,
        payload: { gateId: site.gates[1], direction: 'entry', code: token },
      },
      201,
    )
    const response = await app().inject({
      method: 'GET',
      url: '/api/v1/me/access-log?limit=200',
      headers: { cookie: visitor.cookie },
    })
    const [latest] = await passagesIn(visitor)
    assert.equal(latest?.action, 'checkpoints.passage.scan')
    assert.equal(latest.actorRole, 'operatorStaff')
    assert.equal(latest.actorEstablishmentName, SITE_NAMED)
    assert.ok(!response.body.includes(site.staff.accountId))
    assert.ok(!response.body.includes(site.staff.personalNumber))
  })
})
