import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import {
  enrol,
  signInCookie,
  useApp,
  describeOnEngines,
  TODAY,
} from '../../../../test/kit/index.js'
import { seedPopulation } from '../../population/index.js'

interface Listed {
  id: string
  current: boolean
}

describeOnEngines('my sessions', (db) => {
  const app = useApp(db)
  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 32, today: TODAY })
  })

  const mine = async (cookie: string) =>
    (await app().inject({ method: 'GET', url: '/api/v1/me/sessions', headers: { cookie } })).json<
      Listed[]
    >()
  const end = (cookie: string, id: string) =>
    app().inject({ method: 'DELETE', url: `/api/v1/me/sessions/${id}`, headers: { cookie } })

  it('lists the devices signed in and ends one of them, only ever one of mine', async () => {
    const resident = await enrol(app(), db())
    const phone = resident.cookie
    const laptop = await signInCookie(app(), resident.personalNumber)
    const listed = await mine(phone)
    assert.equal(listed.length, 2)
    assert.equal(listed.filter((s) => s.current).length, 1)
    const other = listed.find((s) => !s.current)!

    const stranger = await enrol(app(), db())
    assert.equal((await end(stranger.cookie, other.id)).statusCode, 404, 'not theirs to end')
    assert.equal((await end(phone, other.id)).statusCode, 204)
    const after = await app().inject({
      method: 'GET',
      url: '/api/v1/me/sessions',
      headers: { cookie: laptop },
    })
    assert.equal(after.statusCode, 401, 'the laptop is signed out')
    assert.equal((await end(phone, other.id)).statusCode, 404, 'already ended')
    assert.equal((await mine(phone)).length, 1)
  })
})
