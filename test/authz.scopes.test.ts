import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { hasPermission, type Principal } from '../src/platform/auth/principal.js'
import { ROLES, isPermission, type Role } from '../src/platform/auth/roles.js'
import {
  assertRecordRoutesKnown,
  describeOnEngines,
  enrol,
  refusalOf,
  seedTwoCommunes,
  useApp,
  walkScopeCases,
  type Actor,
  type ScopeCase,
} from './kit/index.js'

const PURPOSE = 'identity_verification'

/** Routes whose `:param` names the caller's own record: the session, a consent, one's own data. */
const CALLERS_OWN = [
  'DELETE /api/v1/me/sessions/:id',
  'DELETE /api/v1/me/consents/:clientId',
  // A dossier's code: another person's answers as unknown (services/filing/filing.test.ts).
  'GET /api/v1/me/dossiers/:code',
  'GET /api/v1/me/dossiers/:code/receipt.pdf',
  'POST /api/v1/me/dossiers/:code/fee',
  // The resident's answer and result: their own dossier, as above.
  'POST /api/v1/me/dossiers/:code/answer',
  'GET /api/v1/me/dossiers/:code/result.pdf',
  // A vault document and its shares: another person's read as unknown
  // (documents/vault/vault.test.ts, documents/sharing/sharing.test.ts).
  'GET /api/v1/me/documents/:id',
  'GET /api/v1/me/documents/:id/file',
  'POST /api/v1/me/documents/:id/shares',
  'GET /api/v1/me/documents/:id/shares',
  'DELETE /api/v1/me/documents/:id/shares/:shareId',
  // A vault document as a credential: another's reads as absent (documents/credentials tests).
  'POST /api/v1/me/credentials/documents/:id',
  // A certification request: another resident's reads as unknown (documents/certification tests).
  'GET /api/v1/me/certifications/:id',
  'GET /api/v1/me/certifications/:id/pdf',
  // A webhook subscription: another member's answers as unknown
  // (exchange/subscriptions/subscriptions.test.ts).
  'GET /api/v1/exchange/subscriptions/:id',
  'DELETE /api/v1/exchange/subscriptions/:id',
  'GET /api/v1/exchange/subscriptions/:id/dead-letters',
  'POST /api/v1/exchange/subscriptions/:id/replay',
]

/** Routes whose `:param` names something that belongs to no place (a client). */
const NOT_PLACE_BOUND = [
  'GET /api/v1/analytics/maps/:layer',
  'POST /api/v1/sso/clients/:clientId/secret',
  'DELETE /api/v1/sso/clients/:clientId',
  // A payment reference: anyone may pay it, as any bank app pays a VietQR (development only).
  'POST /api/v1/payments/:reference/simulate',
  // A service of the catalogue, and the caller's own draft of it.
  'GET /api/v1/services/catalogue/:code/form',
  'PUT /api/v1/services/drafts/:code',
  'DELETE /api/v1/services/drafts/:code',
]

/**
 * Routes whose callers' reach is not a set of places, so no record is outside it: each with why.
 * A partner's machine client is registered with no units (it serves its customers wherever they
 * live) and records in its own agency's name only.
 */
const CALLERS_WITHOUT_PLACE: Record<string, string> = {
  'POST /api/v1/identity/accounts/:personalNumber/links':
    "a partner records its own customer's account or signature, the provider its own agency",
}

/** The modules whose routes are walked in their own files (test/authz.scopes.<module>.test.ts). */
const WALKED_APART = [
  '/api/v1/stays/',
  '/api/v1/plan/',
  '/api/v1/services/handling/',
  // documents/certification/certification-scopes.test.ts
  '/api/v1/documents/certifications/',
  // verification/verification-scopes.test.ts
  '/api/v1/verification/',
  // businesses/businesses.test.ts
  '/api/v1/businesses/',
  // A grant belongs to two members, not a place: exchange/exchange.grants.test.ts walks them.
  '/api/v1/exchange/',
  // The gateway answers a member's systems by grant: exchange/exchange.gateway.test.ts.
  '/x/',
  // A site is its operator's (bound grants) or its commune's (police, administrators):
  // checkpoints/checkpoints.test.ts and tickets.test.ts walk operators, police and administrators.
  '/api/v1/checkpoints/',
  // A violation is its owner's (a resident) or its commune's police': fines/violations/
  // violation-reads.test.ts, evidence/evidence.test.ts and appeals/appeals.test.ts walk owners,
  // strangers, police inside and outside.
  '/api/v1/fines/',
  // A dataset is its agency's and unit's: linkage/datasets/datasets.test.ts walks the officer,
  // another agency's in the same commune, and the same agency's in another commune.
  '/api/v1/linkage/',
  // A beneficiary or a payment period is its commune's: welfare/welfare.test.ts walks officers
  // inside and outside.
  '/api/v1/welfare/',
]

describeOnEngines('every route, every role, every jurisdiction', (db) => {
  const app = useApp(db)
  const actors = new Map<Role | 'resident', Actor>()
  let inside: { personalNumber: string; communeCode: string }
  let outside: { personalNumber: string; communeCode: string }

  before(async () => {
    ;({ inside, outside } = await seedTwoCommunes(db()))
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
  const GRANTS = '/api/v1/identity/staff/grants'
  const ACCOUNTS = '/api/v1/identity/accounts'
  let grants: { inside: number; outside: number }
  /** Residents with a level-1 account, one in each commune. */
  let levelOne: { inside: Actor; outside: Actor }
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
    levelOne = {
      inside: await enrol(app(), db(), { where: `commune_code = '${inside.communeCode}'` }),
      outside: await enrol(app(), db(), { where: `commune_code = '${outside.communeCode}'` }),
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
    {
      route: 'POST /api/v1/identity/accounts/:personalNumber/level2',
      role: 'communePolice',
      as: actor('communePolice'),
      inside: () => ({
        method: 'POST',
        url: `${ACCOUNTS}/${levelOne.inside.personalNumber}/level2`,
      }),
      allowed: 200,
      outside: () => ({
        method: 'POST',
        url: `${ACCOUNTS}/${levelOne.outside.personalNumber}/level2`,
      }),
      // As for reading the registry: a person outside is one the officer cannot know of.
      refused: { status: 404, code: 'POPULATION_RESIDENT_NOT_FOUND' },
    },
  ]

  it('has a jurisdiction case, or a reason for none, for every route with a record in its URL', () => {
    assertRecordRoutesKnown(
      app(),
      [
        ...CASES.map((c) => c.route),
        ...CALLERS_OWN,
        ...NOT_PLACE_BOUND,
        ...Object.keys(CALLERS_WITHOUT_PLACE),
      ],
      (route) => !WALKED_APART.some((prefix) => route.includes(` ${prefix}`)),
    )
  })

  walkScopeCases(app, CASES)
})
