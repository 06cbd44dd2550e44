import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import type { InjectOptions } from 'fastify'
import { enrol, pickResident, type Actor } from '../../../../test/kit/index.js'
import type { Database } from '../../../platform/db/database.js'
import type { App } from '../../../platform/http/server.js'
import { getResident } from '../../population/index.js'
import type { PoliceDeclaration } from './police-view.schemas.js'

/** One commune with an approved establishment, its receptionist and its police. */
export interface Place {
  communeCode: string
  establishmentId: string
  staff: Actor
  police: Actor
}

/** Two communes of the province, and the provincial police above both. */
export interface Scene {
  a: Place
  b: Place
  provincial: Actor
}

const BASE = '/api/v1/stays'

async function expectStatus(
  app: App,
  options: InjectOptions & { url: string; expect: number },
): Promise<unknown> {
  const { expect, ...request } = options
  const response = await app.inject(request)
  assert.equal(response.statusCode, expect, `${request.url}: ${response.body}`)
  return response.body ? response.json() : undefined
}

/** An approved establishment in the owner's chosen commune, with one staff member named. */
async function openPlace(
  app: App,
  database: Database,
  owner: Actor,
  communeCode: string,
): Promise<Place> {
  const here = `commune_code = '${communeCode}'`
  const police = await enrol(app, database, { role: 'communePolice', where: here })
  const staff = await enrol(app, database, { where: here })
  const { id } = (await expectStatus(app, {
    method: 'POST',
    url: `${BASE}/establishments`,
    headers: { cookie: owner.cookie, 'idempotency-key': randomUUID() },
    payload: {
      name: `Nhà nghỉ ${communeCode}`,
      typeCode: 'guest_house',
      address: '12 Lê Lợi',
      communeCode,
      capacity: 40,
    },
    expect: 201,
  })) as { id: string }
  await expectStatus(app, {
    method: 'POST',
    url: `${BASE}/establishments/${id}/decision`,
    headers: { cookie: police.cookie },
    payload: { decision: 'approve' },
    expect: 200,
  })
  await expectStatus(app, {
    method: 'POST',
    url: `${BASE}/establishments/${id}/staff`,
    headers: { cookie: owner.cookie },
    payload: { personalNumber: staff.personalNumber },
    expect: 201,
  })
  return { communeCode, establishmentId: id, staff, police }
}

/** Builds the scene through the HTTP API, as the owner and the police would. */
export async function buildScene(app: App, database: Database): Promise<Scene> {
  const provincial = await enrol(app, database, { role: 'provincialPolice', unitCodes: ['75'] })
  const owner = await enrol(app, database)
  await expectStatus(app, {
    method: 'POST',
    url: `/api/v1/identity/accounts/${owner.personalNumber}/level2`,
    headers: { cookie: provincial.cookie },
    expect: 200,
  })
  const other = await pickResident(database, `commune_code <> '${owner.communeCode}'`)
  return {
    a: await openPlace(app, database, owner, owner.communeCode),
    b: await openPlace(app, database, owner, other.communeCode),
    provincial,
  }
}

let guestsTaken = 0

/** Registry residents with no account, never the same twice in a process: the guests. */
export async function pickGuest(database: Database): Promise<string> {
  const [row] = await database.query<{ personal_number: string }>(
    `SELECT personal_number FROM residents r
      WHERE status = 'resident' AND birth_date < now() - interval '20 years'
        AND NOT EXISTS (SELECT 1 FROM eid_accounts a WHERE a.personal_number = r.personal_number)
      ORDER BY personal_number DESC OFFSET $1 LIMIT 1`,
    [guestsTaken++],
  )
  if (!row) throw new Error('no guest left in the registry')
  return row.personal_number
}

/** Declares one guest by typed number, name and birth date, through S2's route. */
export async function declareGuest(
  app: App,
  database: Database,
  place: Place,
  options: { personalNumber?: string; arrivalAt?: Date } = {},
): Promise<PoliceDeclaration> {
  const personalNumber = options.personalNumber ?? (await pickGuest(database))
  const resident = await getResident(database.db, personalNumber)
  const declared = (await expectStatus(app, {
    method: 'POST',
    url: `${BASE}/establishments/${place.establishmentId}/declarations`,
    headers: { cookie: place.staff.cookie, 'idempotency-key': randomUUID() },
    payload: {
      arrivalAt: (options.arrivalAt ?? new Date()).toISOString(),
      guests: [{ personalNumber, fullName: resident.fullName, birthDate: resident.birthDate }],
    },
    expect: 201,
  })) as { declarations: PoliceDeclaration[] }
  return declared.declarations[0]!
}
