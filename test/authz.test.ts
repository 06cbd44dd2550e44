import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { seedPopulation } from '../src/modules/population/index.js'
import { hasPermission, type Principal } from '../src/platform/auth/principal.js'
import { ROLES, isPermission, type Role } from '../src/platform/auth/roles.js'
import {
  enrol,
  pickResident,
  type Actor,
  useApp,
  describeOnEngines,
  refusalOf,
  TODAY,
} from './kit/index.js'

const PURPOSE = 'identity_verification'

describeOnEngines('every route, every role, every jurisdiction', (db) => {
  const app = useApp(db)
  const actors = new Map<Role | 'resident', Actor>()
  let inside: { personalNumber: string; communeCode: string }
  let outside: { personalNumber: string; communeCode: string }

  before(async () => {
    await seedPopulation(db(), { scale: 1_000, seed: 3, today: TODAY })
    inside = await pickResident(db())
    outside = await pickResident(db(), `commune_code <> '${inside.communeCode}'`)
    const here = `commune_code = '${inside.communeCode}'`
    actors.set('resident', await enrol(app(), db(), { where: here }))
    for (const role of ROLES) {
      const unitCodes = role === 'provincialPolice' ? ['75'] : [inside.communeCode]
      actors.set(role, await enrol(app(), db(), { role, unitCodes, where: here }))
    }
  })

  const url = (template: string, number: string): string =>
    template.replace(':number', number).replace(':personalNumber', number).replace(':code', '75') +
    (template.startsWith('/api/v1/population/residents') ? `?purpose=${PURPOSE}` : '')

  /** Signing out ends the actor's session, so that route goes last. */
  const endsSession = (r: { method: string; url: string }) =>
    r.method === 'DELETE' && r.url === '/api/v1/identity/sessions/current'
  const protectedRoutes = () =>
    app()
      .routeContracts.filter((r) => r.access !== 'public')
      .sort((a, b) => Number(endsSession(a)) - Number(endsSession(b)))

  it('declares a known permission on every non-public route', () => {
    assert.ok(protectedRoutes().length >= 8)
    for (const route of protectedRoutes())
      assert.ok(isPermission(route.access), `${route.method} ${route.url}`)
  })

  it('answers 401 to anonymous callers on every protected route', async () => {
    for (const route of protectedRoutes()) {
      const response = await app().inject({
        method: route.method as 'GET',
        url: url(route.url, inside.personalNumber),
      })
      assert.equal(response.statusCode, 401, `${route.method} ${route.url}`)
    }
  })

  it('lets each role through exactly the routes its permissions name', async () => {
    for (const [role, actor] of actors) {
      const principal: Principal = {
        kind: role === 'resident' ? 'resident' : 'staff',
        accountId: actor.accountId,
        personalNumber: actor.personalNumber,
        grants: role === 'resident' ? [] : [{ role, unitCodes: [] }],
        clientId: null,
      }
      for (const route of protectedRoutes()) {
        // A server-sent event stream never ends: only its status is read.
        const stream = route.url.endsWith('/live')
        const response = await app().inject({
          method: route.method as 'GET',
          url: url(route.url, inside.personalNumber),
          headers: { cookie: actor.cookie },
          payloadAsStream: stream,
        })
        const allowed = hasPermission(principal, route.access as never)
        const body = stream ? '' : response.body.slice(0, 120)
        const where = `${role} ${route.method} ${route.url} → ${response.statusCode} ${body}`
        if (allowed) assert.ok(![401, 403].includes(response.statusCode), where)
        else assert.equal(response.statusCode, 403, where)
      }
    }
  })

  it('answers a record just outside the jurisdiction as unknown and allows the province', async () => {
    const read = (actor: Actor, number: string) =>
      app().inject({
        method: 'GET',
        url: url('/api/v1/population/residents/:number', number),
        headers: { cookie: actor.cookie },
      })
    const officer = await enrol(app(), db(), {
      role: 'communeOfficer',
      unitCodes: [inside.communeCode],
    })
    assert.equal((await read(officer, inside.personalNumber)).statusCode, 200)
    // Issue 17 item 4: the same answer as a number that does not exist, so none can be probed.
    const refused = await read(officer, outside.personalNumber)
    assert.equal(refused.statusCode, 404)
    assert.equal(refusalOf(refused).code, 'POPULATION_RESIDENT_NOT_FOUND')
    const provincial = await enrol(app(), db(), { role: 'provincialPolice', unitCodes: ['75'] })
    assert.equal((await read(provincial, outside.personalNumber)).statusCode, 200)
  })

  it('keeps a search inside the jurisdiction', async () => {
    const officer = await enrol(app(), db(), {
      role: 'communeOfficer',
      unitCodes: [inside.communeCode],
    })
    const search = (query: string) =>
      app().inject({
        method: 'GET',
        url: `/api/v1/population/residents?purpose=${PURPOSE}&${query}`,
        headers: { cookie: officer.cookie },
      })
    const mine = await search(`unit=${inside.communeCode}&limit=200`)
    assert.equal(mine.statusCode, 200)
    const residents = mine.json<{ residents: { communeCode: string }[] }>().residents
    assert.ok(residents.length > 0 && residents.every((r) => r.communeCode === inside.communeCode))
    const theirs = await search(`unit=${outside.communeCode}`)
    assert.equal(theirs.statusCode, 403)
    const everywhere = await search('name=ng&limit=200')
    assert.ok(
      everywhere
        .json<{ residents: { communeCode: string }[] }>()
        .residents.every((r) => r.communeCode === inside.communeCode),
    )
  })
})
