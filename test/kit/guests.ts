import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { getResident } from '../../src/modules/population/index.js'
import type { Database } from '../../src/platform/db/database.js'
import type { App } from '../../src/platform/http/server.js'
import type { EstablishmentScene } from './establishment.js'

/** A guest as typed at the desk: number, name and birth date, as the registry has them. */
export interface Guest {
  personalNumber: string
  fullName: string
  birthDate: string
}

const taken = new WeakMap<Database, Set<string>>()

/**
 * Adults of the loaded registry without an account, never the same twice in one database, matching
 * an SQL condition on `residents`: guests to declare, people to watch-list.
 */
export async function pickGuests(
  database: Database,
  count: number,
  where = 'true',
): Promise<Guest[]> {
  const used = taken.get(database) ?? new Set<string>()
  taken.set(database, used)
  // Personal numbers are digits only, so they can be written into the statement as they are.
  const exclude = [...used].map((n) => `'${n}'`).join(',') || `''`
  const rows = await database.query<{ personal_number: string }>(
    `SELECT personal_number FROM residents r
      WHERE status = 'resident' AND birth_date < now() - interval '20 years' AND ${where}
        AND personal_number NOT IN (${exclude})
        AND NOT EXISTS (SELECT 1 FROM eid_accounts a WHERE a.personal_number = r.personal_number)
      ORDER BY personal_number DESC LIMIT ${count}`,
  )
  assert.equal(rows.length, count, `not enough guests for: ${where}`)
  return Promise.all(
    rows.map(async ({ personal_number: personalNumber }) => {
      used.add(personalNumber)
      const { fullName, birthDate } = await getResident(database.db, personalNumber)
      return { personalNumber, fullName, birthDate }
    }),
  )
}

/** Declares guests arriving an hour ago as the desk's receptionist; the declarations' ids. */
export async function declareGuests(
  app: App,
  desk: Pick<EstablishmentScene, 'id' | 'staff'>,
  guests: Guest[],
): Promise<string[]> {
  const response = await app.inject({
    method: 'POST',
    url: `/api/v1/stays/establishments/${desk.id}/declarations`,
    headers: { cookie: desk.staff.cookie, 'idempotency-key': randomUUID() },
    payload: { arrivalAt: new Date(Date.now() - 3_600_000).toISOString(), guests },
  })
  assert.equal(response.statusCode, 201, response.body)
  return response.json<{ declarations: { id: string }[] }>().declarations.map((d) => d.id)
}
