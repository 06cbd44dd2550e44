import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import {
  accessLogOf,
  clientBearer,
  enrol,
  signInCookie,
  type Actor,
  useApp,
  describeOnEngines,
  TODAY,
} from '../../../../test/kit/index.js'
import { seedPopulation } from '../../population/index.js'
import { buildScene, declareGuest, type Scene } from './police-view.test-support.js'

const BASE = '/api/v1/stays'

describeOnEngines('an establishment’s reads of its guests, seen by the guest', (db) => {
  const app = useApp(db)
  let scene: Scene
  /** A guest with an account, to read their own access log. */
  let guest: Actor
  let establishmentName: string

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 17, today: TODAY })
    scene = await buildScene(app(), db())
    guest = await enrol(app(), db(), { where: `birth_date < now() - interval '20 years'` })
    const [row] = await db().query<{ name: string }>(
      'SELECT name FROM stay_establishments WHERE id = $1',
      [scene.a.establishmentId],
    )
    establishmentName = row!.name
  })

  it('declaring a guest leaves an entry naming the establishment', async () => {
    await declareGuest(app(), db(), scene.a, { personalNumber: guest.personalNumber })
    const declared = (await accessLogOf(app(), guest.cookie)).filter(
      (e) => e.action === 'stays.guest.declare',
    )
    assert.equal(declared.length, 1)
    assert.equal(declared[0]!.actorEstablishmentName, establishmentName)
    assert.equal(declared[0]!.actorRole, 'establishmentStaff')
    assert.match(declared[0]!.actionLabel!.vi, /Khai báo lưu trú của bạn/)
  })

  it('reading its register and current guests, by session and by API token, leaves entries', async () => {
    const read = (url: string, headers: Record<string, string>) =>
      app().inject({
        method: 'GET',
        url: `${BASE}/establishments/${scene.a.establishmentId}/${url}`,
        headers,
      })
    const staff = { cookie: scene.a.staff.cookie }
    assert.equal((await read('guests', staff)).statusCode, 200)
    assert.equal((await read('declarations', staff)).statusCode, 200)
    const [owned] = await db().query<{ personal_number: string }>(
      `SELECT a.personal_number FROM stay_establishments e
           JOIN eid_accounts a ON a.id = e.owner_account_id WHERE e.id = $1`,
      [scene.a.establishmentId],
    )
    const owner = await signInCookie(app(), owned!.personal_number)
    const credentials = await app().inject({
      method: 'POST',
      url: `${BASE}/establishments/${scene.a.establishmentId}/credentials`,
      headers: { cookie: owner },
    })
    assert.equal(credentials.statusCode, 200, credentials.body)
    const { clientId, clientSecret } = credentials.json<{
      clientId: string
      clientSecret: string
    }>()
    const software = {
      authorization: await clientBearer(app(), { clientId, secret: clientSecret }, 'stays.declare'),
    }
    assert.equal((await read('guests', software)).statusCode, 200)
    assert.equal((await read('declarations', software)).statusCode, 200)

    const entries = await accessLogOf(app(), guest.cookie)
    for (const action of ['stays.guests.read', 'stays.register.read']) {
      const reads = entries.filter((e) => e.action === action)
      assert.equal(reads.length, 2, `${action}: one by session, one by token`)
      assert.ok(
        reads.every((e) => e.actorEstablishmentName === establishmentName),
        action,
      )
      assert.ok(
        reads.every((e) => e.actionLabel?.vi && e.actionLabel.en),
        action,
      )
      const viaSoftware = reads.find((e) => e.viaSystem === clientId)
      assert.match(viaSoftware?.viaSystemName ?? '', /Phần mềm lưu trú/)
    }
  })
})
