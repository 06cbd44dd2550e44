import { randomUUID } from 'node:crypto'
import type { LightMyRequestResponse } from 'fastify'
import { enrol, type Actor, testConfig, useApp } from '../../../../test/kit/index.js'
import type { Database } from '../../../platform/db/database.js'
import type { App } from '../../../platform/http/server.js'
import { createIdentityKeyRing, generateSigningKey, grantRole } from '../../identity/index.js'
import { getResident, provinceOfCommune, type Resident } from '../../population/index.js'
import type { PoliceDeclaration } from '../police/police-view.schemas.js'
import { establishments, ESTABLISHMENT_STATUSES } from '../stays.tables.js'

/**
 * What the declaration tests share: the app with identity keys the tests also hold (to make an
 * expired QR), establishments built as a test names them, and guests taken from the registry.
 */

const KEY = await generateSigningKey()
/** The app's identity-token ring, so a test can sign what a resident's phone would show. */
export const identityRing = createIdentityKeyRing({ privateJwks: [KEY] })
export const ISSUER = testConfig.PUBLIC_URL
export const BASE = '/api/v1/stays'

/** The real application, with identity keys the tests know. */
export const useStaysApp = (db: () => Database): (() => App) =>
  useApp(db, { IDENTITY_TOKEN_KEYS: JSON.stringify([KEY]) })

/** An establishment and one receptionist bound to it. */
export interface Desk {
  establishmentId: string
  communeCode: string
  owner: Actor
  staff: Actor
}

/**
 * A resident taken as pickPerson takes guests (never one already declared), with an account,
 * signed in; establishment staff when `establishmentId` is given.
 */
export async function enrolPerson(
  app: App,
  database: Database,
  options: { where: string; establishmentId?: string },
): Promise<Actor> {
  const { personalNumber } = await pickPerson(database, options.where)
  const actor = await enrol(app, database, { where: `personal_number = '${personalNumber}'` })
  if (options.establishmentId) {
    await grantRole(database.db, {
      accountId: actor.accountId,
      role: 'establishmentStaff',
      unitCodes: [actor.communeCode],
      establishmentId: options.establishmentId,
    })
  }
  return actor
}

/**
 * Builds an establishment as the test names it (commune, capacity, police status), owned by a
 * resident of its commune, with one receptionist.
 */
export async function openDesk(
  app: App,
  database: Database,
  options: {
    communeCode?: string
    capacity?: number
    status?: (typeof ESTABLISHMENT_STATUSES)[number]
    typeCode?: string
  } = {},
): Promise<Desk> {
  const owner = await enrol(app, database, {
    ...(options.communeCode ? { where: `commune_code = '${options.communeCode}'` } : {}),
  })
  const communeCode = options.communeCode ?? owner.communeCode
  const [row] = await database.db
    .insert(establishments)
    .values({
      name: `Khách sạn Bình Minh ${communeCode}`,
      typeCode: options.typeCode ?? 'hotel_3_star',
      address: '8 Hà Huy Giáp',
      communeCode,
      provinceCode: await provinceOfCommune(database.db, communeCode),
      capacity: options.capacity ?? 50,
      ownerAccountId: owner.accountId,
      status: options.status ?? 'approved',
    })
    .returning({ id: establishments.id })
  const establishmentId = row!.id
  const staff = await enrolPerson(app, database, {
    where: `commune_code = '${communeCode}'`,
    establishmentId,
  })
  return { establishmentId, communeCode, owner, staff }
}

const taken = new WeakMap<Database, Set<string>>()

/** A living resident matching `where`, never the same twice in one database. */
export async function pickPerson(database: Database, where = 'true'): Promise<Resident> {
  const used = taken.get(database) ?? new Set<string>()
  taken.set(database, used)
  // Personal numbers are digits only, so they can be written into the statement as they are.
  const exclude = [...used].map((n) => `'${n}'`).join(',') || `''`
  const [row] = await database.query<{ personal_number: string }>(
    `SELECT personal_number FROM residents r
      WHERE ${where} AND personal_number NOT IN (${exclude})
        AND NOT EXISTS (SELECT 1 FROM eid_accounts a WHERE a.personal_number = r.personal_number)
      ORDER BY personal_number LIMIT 1`,
  )
  if (!row) throw new Error(`no resident left for: ${where}`)
  used.add(row.personal_number)
  return getResident(database.db, row.personal_number)
}

export const ADULT = `status = 'resident' AND birth_date < now() - interval '25 years'`
export const CHILD = `status = 'resident' AND birth_date BETWEEN now() - interval '12 years' AND now() - interval '4 years'`

/** The guest as typed at the desk: number, name and birth date. */
export const typed = (r: Resident) => ({
  personalNumber: r.personalNumber,
  fullName: r.fullName,
  birthDate: r.birthDate,
})

export interface DeclaredBody {
  groupId: string | null
  declarations: PoliceDeclaration[]
}

/** POST a declaration as the desk's receptionist, under a fresh Idempotency-Key unless given. */
export function declare(
  app: App,
  desk: Desk,
  payload: Record<string, unknown>,
  headers: Record<string, string> = { 'idempotency-key': randomUUID() },
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: `${BASE}/establishments/${desk.establishmentId}/declarations`,
    headers: { cookie: desk.staff.cookie, ...headers },
    payload,
  })
}

/** How many declarations the database holds: a refused request must leave it unchanged. */
export async function countDeclarations(database: Database): Promise<number> {
  const [row] = await database.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM stay_declarations',
  )
  return row!.n
}
