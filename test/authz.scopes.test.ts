import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { before, it } from 'node:test'
import type { InjectOptions, LightMyRequestResponse } from 'fastify'
import { seedPopulation } from '../src/modules/population/index.js'
import { hasPermission, type Principal } from '../src/platform/auth/principal.js'
import { ROLES, isPermission, type Role } from '../src/platform/auth/roles.js'
import {
  enrol,
  pickResident,
  type Actor,
  useApp,
  assertRefusal,
  openEstablishment,
  type EstablishmentScene,
  describeOnEngines,
  refusalOf,
  TODAY,
} from './kit/index.js'

const PURPOSE = 'identity_verification'

/** One route with a record that belongs to a place, walked as one role from inside and outside. */
interface ScopeCase {
  route: string
  role: Role
  /** The caller: that role over the inside commune (or bound to the inside establishment). */
  as: () => Actor
  /** The request for a record inside the role's units, and what it answers. */
  inside: () => InjectOptions
  allowed: number
  /** The same request for a record just outside, and the refusal it gets today. */
  outside: () => InjectOptions
  refused: { status: number; code: string }
}

/** Routes whose `:param` names the caller's own record: the session, a consent, one's own data. */
const CALLERS_OWN = ['DELETE /api/v1/me/sessions/:id', 'DELETE /api/v1/me/consents/:clientId']

/** Routes whose `:param` names something that belongs to no place (a catalogue, a client). */
const NOT_PLACE_BOUND = [
  'GET /api/v1/plan/models/:no',
  'POST /api/v1/plan/models/:no/status',
  'PUT /api/v1/plan/models/:no/deadline',
  'GET /api/v1/plan/consolidations/:id/report.pdf',
  'GET /api/v1/plan/consolidations/:id/figures.xlsx',
  'GET /api/v1/analytics/maps/:layer',
  'POST /api/v1/sso/clients/:clientId/secret',
  'DELETE /api/v1/sso/clients/:clientId',
]

/**
 * Routes that show or change a record of a place whose inside/outside case is not written yet:
 * each is a `todo` of the walk, reported, so that none is forgotten.
 */
const NOT_YET_WALKED: Record<string, string> = {
  'POST /api/v1/identity/accounts/:personalNumber/level2': 'a person of another commune',
  'POST /api/v1/identity/accounts/:personalNumber/links': 'a person of another commune',
  'PUT /api/v1/plan/agencies/:code/contact': "another agency's contact",
  'GET /api/v1/plan/reports/:id': "another agency's report",
  'PUT /api/v1/plan/reports/:id': "another agency's report",
  'POST /api/v1/plan/reports/:id/submission': "another agency's report",
  'POST /api/v1/plan/reports/:id/attachments': "another agency's report",
  'GET /api/v1/plan/reports/:id/attachments/:attachmentId': "another agency's report",
  'DELETE /api/v1/plan/reports/:id/attachments/:attachmentId': "another agency's report",
  'GET /api/v1/stays/establishments/:id/staff': "another owner's establishment",
  'POST /api/v1/stays/establishments/:id/staff': "another owner's establishment",
  'DELETE /api/v1/stays/establishments/:id/staff/:grantId': "another owner's establishment",
  'POST /api/v1/stays/establishments/:id/credentials': "another owner's establishment",
  'GET /api/v1/stays/police/people/:personalNumber/stays': 'stays declared in another commune',
  'GET /api/v1/stays/declarations/:id': 'a declaration of another commune',
  'POST /api/v1/stays/establishments/:id/declarations': 'another establishment',
  'GET /api/v1/stays/establishments/:id/guests': 'another establishment',
  'GET /api/v1/stays/establishments/:id/declarations': 'another establishment',
  'POST /api/v1/stays/declarations/:id/check-out': "another establishment's declaration",
  'POST /api/v1/stays/declarations/:id/extension': "another establishment's declaration",
  'POST /api/v1/stays/declarations/:id/corrections': "another establishment's declaration",
  'DELETE /api/v1/stays/police/watch-list/:id': 'a watch-list entry of another commune',
  'POST /api/v1/stays/police/watch-list/:id/renewal': 'a watch-list entry of another commune',
  'POST /api/v1/stays/police/watch-list/:id/approval': 'a watch-list entry of another province',
  'POST /api/v1/stays/police/watch-list/:id/refusal': 'a watch-list entry of another province',
  'POST /api/v1/stays/police/alerts/:id/acknowledgement': 'an alert of another commune',
  'POST /api/v1/stays/establishments/:id/trips': 'another establishment',
  'GET /api/v1/stays/establishments/:id/trips': 'another establishment',
  'POST /api/v1/stays/trips/:id/passengers': "another establishment's trip",
  'GET /api/v1/stays/trips/:id/manifest': "another establishment's trip",
  'POST /api/v1/stays/establishments/:id/rooming-lists': 'another establishment',
}

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

  // The jurisdiction walk: one record just inside the caller's units, the same just outside.
  const ESTABLISHMENTS = '/api/v1/stays/establishments'
  const GRANTS = '/api/v1/identity/staff/grants'
  let desks: { inside: EstablishmentScene; outside: EstablishmentScene }
  let pending: { inside: string; outside: string }
  let grants: { inside: number; outside: number }
  /** Officers of the inside commune of their own: the role walk signs its actors out. */
  const officers = new Map<Role, Actor>()

  before(async () => {
    for (const role of ['communeOfficer', 'communePolice', 'administrator'] as const)
      officers.set(
        role,
        await enrol(app(), db(), {
          role,
          unitCodes: [inside.communeCode],
          where: `commune_code = '${inside.communeCode}'`,
        }),
      )
    desks = {
      inside: await openEstablishment(app(), db(), { communeCode: inside.communeCode }),
      outside: await openEstablishment(app(), db(), { communeCode: outside.communeCode }),
    }
    const register = async (communeCode: string): Promise<string> => {
      const owner = await enrol(app(), db(), {
        level: 2,
        where: `status = 'resident' AND commune_code = '${communeCode}'`,
      })
      const response = await app().inject({
        method: 'POST',
        url: ESTABLISHMENTS,
        headers: { cookie: owner.cookie, 'idempotency-key': randomUUID() },
        payload: {
          name: 'Nhà nghỉ Hoa Lan',
          typeCode: 'guest_house',
          address: '3 Trần Phú',
          communeCode,
          capacity: 8,
        },
      })
      assert.equal(response.statusCode, 201, response.body)
      return response.json<{ id: string }>().id
    }
    pending = {
      inside: await register(inside.communeCode),
      outside: await register(outside.communeCode),
    }
    const provincialAdmin = await enrol(app(), db(), { role: 'administrator', unitCodes: ['75'] })
    const grantOver = async (unitCode: string): Promise<number> => {
      const officer = await enrol(app(), db())
      const response = await app().inject({
        method: 'POST',
        url: GRANTS,
        headers: { cookie: provincialAdmin.cookie },
        payload: {
          personalNumber: officer.personalNumber,
          role: 'communeOfficer',
          unitCodes: [unitCode],
        },
      })
      assert.equal(response.statusCode, 201, response.body)
      return response.json<{ id: number }>().id
    }
    grants = {
      inside: await grantOver(inside.communeCode),
      outside: await grantOver(outside.communeCode),
    }
  })

  const actor = (role: Role) => () => {
    const found = officers.get(role)
    if (!found) throw new Error(`no ${role}`)
    return found
  }
  const resident = (suffix: string): ScopeCase => ({
    route: `GET /api/v1/population/residents/:number${suffix}`,
    role: 'communeOfficer',
    as: actor('communeOfficer'),
    inside: () => ({
      method: 'GET',
      url: `/api/v1/population/residents/${inside.personalNumber}${suffix}?purpose=${PURPOSE}`,
    }),
    allowed: 200,
    outside: () => ({
      method: 'GET',
      url: `/api/v1/population/residents/${outside.personalNumber}${suffix}?purpose=${PURPOSE}`,
    }),
    // Issue 17 item 4: the same answer as a number that does not exist, so none can be probed.
    refused: { status: 404, code: 'POPULATION_RESIDENT_NOT_FOUND' },
  })
  const CASES: ScopeCase[] = [
    resident(''),
    resident('/household'),
    resident('/movements'),
    {
      route: 'GET /api/v1/stays/establishments/:id',
      role: 'establishmentStaff',
      as: () => desks.inside.staff,
      inside: () => ({ method: 'GET', url: `${ESTABLISHMENTS}/${desks.inside.id}` }),
      allowed: 200,
      outside: () => ({ method: 'GET', url: `${ESTABLISHMENTS}/${desks.outside.id}` }),
      refused: { status: 403, code: 'STAY_NOT_ESTABLISHMENT_STAFF' },
    },
    {
      route: 'POST /api/v1/stays/establishments/:id/decision',
      role: 'communePolice',
      as: actor('communePolice'),
      inside: () => ({
        method: 'POST',
        url: `${ESTABLISHMENTS}/${pending.inside}/decision`,
        payload: { decision: 'approve' },
      }),
      allowed: 200,
      outside: () => ({
        method: 'POST',
        url: `${ESTABLISHMENTS}/${pending.outside}/decision`,
        payload: { decision: 'approve' },
      }),
      refused: { status: 403, code: 'AUTH_OUTSIDE_JURISDICTION' },
    },
    {
      route: 'POST /api/v1/identity/staff/grants/:grantId/revocation',
      role: 'administrator',
      as: actor('administrator'),
      inside: () => ({
        method: 'POST',
        url: `${GRANTS}/${grants.inside}/revocation`,
        payload: { reason: 'Chuyển công tác' },
      }),
      allowed: 200,
      outside: () => ({
        method: 'POST',
        url: `${GRANTS}/${grants.outside}/revocation`,
        payload: { reason: 'Chuyển công tác' },
      }),
      refused: { status: 403, code: 'AUTH_OUTSIDE_JURISDICTION' },
    },
  ]

  it('has a jurisdiction case, or a reason for none, for every route with a record in its URL', () => {
    const known = new Set([
      ...CASES.map((c) => c.route),
      ...CALLERS_OWN,
      ...NOT_PLACE_BOUND,
      ...Object.keys(NOT_YET_WALKED),
    ])
    const routes = protectedRoutes().map((r) => `${r.method} ${r.url}`)
    const missing = routes.filter((r) => r.includes('/:') && !known.has(r))
    assert.deepEqual(missing, [], 'routes with a record and no jurisdiction case')
    const stale = [...known].filter((r) => !routes.includes(r))
    assert.deepEqual(stale, [], 'jurisdiction cases of routes that no longer exist')
  })

  const as = (who: Actor, request: InjectOptions): Promise<LightMyRequestResponse> =>
    app().inject({ ...request, headers: { ...request.headers, cookie: who.cookie } })

  for (const c of CASES) {
    it(`${c.route} as ${c.role}: refused just outside, allowed inside`, async () => {
      // Outside first: the inside request may change the record (a decision, a revocation).
      const refused = await as(c.as(), c.outside())
      assertRefusal(refused, c.refused, `${c.route} outside`)
      const allowed = await as(c.as(), c.inside())
      assert.equal(allowed.statusCode, c.allowed, `${c.route} inside: ${allowed.body}`)
    })
  }

  for (const [route, reason] of Object.entries(NOT_YET_WALKED))
    it(`${route}: refused just outside, allowed inside`, {
      todo: `case not written yet (${reason})`,
    })
})
