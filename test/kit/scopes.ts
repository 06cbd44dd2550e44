import assert from 'node:assert/strict'
import { it } from 'node:test'
import type { InjectOptions, LightMyRequestResponse } from 'fastify'
import { seedPopulation } from '../../src/modules/population/index.js'
import type { Role } from '../../src/platform/auth/roles.js'
import type { Database } from '../../src/platform/db/database.js'
import type { App } from '../../src/platform/http/server.js'
import { TODAY } from './clock.js'
import { pickResident, type Actor } from './people.js'
import { assertRefusal } from './refusal.js'

/**
 * One route with a record that belongs to a place (a commune, an agency, an establishment),
 * walked as one caller from inside and from just outside its reach.
 */
export interface ScopeCase {
  route: string
  /** Who calls: a role, or the owner of an establishment (a resident). */
  role: Role | 'owner'
  /** What sets this case apart when a route has more than one. */
  variant?: string
  /** The caller: that role over the inside commune (or bound to the inside establishment). */
  as: () => Actor
  /** The request for a record inside the caller's reach, and what it answers. */
  inside: () => InjectOptions
  allowed: number
  /** The same request for a record just outside, and the refusal it gets. */
  outside: () => InjectOptions
  /**
   * Who makes the outside request when it is not `as`: for a route whose reach is wider than
   * any record of a narrower role (a search across the province), the narrower role.
   */
  outsideAs?: () => Actor
  refused: { status: number; code: string }
}

/** Which record a request names: the one inside the caller's reach, or the one just outside. */
export type Side = 'inside' | 'outside'

/** A case whose inside and outside requests differ only in the record they name. */
export function sideCase(
  route: string,
  caller: Pick<ScopeCase, 'role' | 'as'>,
  request: (side: Side) => InjectOptions,
  allowed: number,
  refused: ScopeCase['refused'],
): ScopeCase {
  return {
    route,
    ...caller,
    inside: () => request('inside'),
    allowed,
    outside: () => request('outside'),
    refused,
  }
}

/** The JSON answer to a request made as `who`, failing unless it has this status. */
export async function answerAs<T>(
  app: App,
  who: Actor,
  request: InjectOptions,
  status: number,
): Promise<T> {
  const response = await app.inject({
    ...request,
    headers: { ...request.headers, cookie: who.cookie },
  })
  assert.equal(response.statusCode, status, `${JSON.stringify(request.url)}: ${response.body}`)
  return response.json<T>()
}

/** Two residents of the loaded registry living in different communes of the province. */
export interface TwoCommunes {
  inside: { personalNumber: string; communeCode: string }
  outside: { personalNumber: string; communeCode: string }
}

/** Loads the registry the walks share and picks a resident inside and one outside. */
export async function seedTwoCommunes(database: Database): Promise<TwoCommunes> {
  await seedPopulation(database, { scale: 1_000, seed: 3, today: TODAY })
  const inside = await pickResident(database)
  const outside = await pickResident(database, `commune_code <> '${inside.communeCode}'`)
  return { inside, outside }
}

/** The non-public routes whose URL names a record (`/:param`), as `METHOD /url`. */
const recordRoutes = (app: App): string[] =>
  app.routeContracts
    .filter((r) => r.access !== 'public' && r.url.includes('/:'))
    .map((r) => `${r.method} ${r.url}`)

/**
 * Asserts that every route with a record in its URL that `covers` keeps is known (walked, or
 * listed with a reason), and that every known route still exists.
 */
export function assertRecordRoutesKnown(
  app: App,
  known: Iterable<string>,
  covers: (route: string) => boolean,
): void {
  const names = new Set(known)
  const routes = recordRoutes(app).filter(covers)
  const missing = routes.filter((r) => !names.has(r))
  assert.deepEqual(missing, [], 'routes with a record and no jurisdiction case')
  const all = app.routeContracts.map((r) => `${r.method} ${r.url}`)
  const stale = [...names].filter((r) => !all.includes(r))
  assert.deepEqual(stale, [], 'jurisdiction cases of routes that no longer exist')
}

/**
 * One test per case: the outside request is refused with its status and code, then the inside
 * request is answered as allowed. Outside first: the inside request may change the record (a
 * decision, a revocation). Cases run in order, so a case may rely on an earlier one's change.
 */
export function walkScopeCases(app: () => App, cases: readonly ScopeCase[]): void {
  const as = (who: Actor, request: InjectOptions): Promise<LightMyRequestResponse> =>
    app().inject({ ...request, headers: { ...request.headers, cookie: who.cookie } })
  for (const c of cases) {
    const name = `${c.route}${c.variant ? ` (${c.variant})` : ''} as ${c.role}`
    void it(`${name}: refused just outside, allowed inside`, async () => {
      const refused = await as((c.outsideAs ?? c.as)(), c.outside())
      assertRefusal(refused, c.refused, `${c.route} outside`)
      const allowed = await as(c.as(), c.inside())
      assert.equal(allowed.statusCode, c.allowed, `${c.route} inside: ${allowed.body}`)
    })
  }
}
