import type { App } from '../../src/platform/http/server.js'
import type { Role } from '../../src/platform/auth/roles.js'
import type { Database } from '../../src/platform/db/database.js'
import { createAccount, grantRole } from '../../src/modules/identity/index.js'

export const PASSWORD = 'mật khẩu đủ dài 2026'

export interface Actor {
  personalNumber: string
  accountId: string
  communeCode: string
  cookie: string
}

/**
 * A resident of the loaded registry (seed it first, e.g. `seedPopulation(db, { ..., today: TODAY })`)
 * without an account, optionally matching an SQL condition on `residents`.
 */
export async function pickResident(
  database: Database,
  where = 'true',
): Promise<{ personalNumber: string; communeCode: string }> {
  const [row] = await database.query<{ personal_number: string; commune_code: string }>(
    `SELECT personal_number, commune_code FROM residents r
      WHERE status = 'resident' AND ${where}
        AND NOT EXISTS (SELECT 1 FROM eid_accounts a WHERE a.personal_number = r.personal_number)
      ORDER BY personal_number LIMIT 1`,
  )
  if (!row) throw new Error(`no resident left for: ${where}`)
  return { personalNumber: row.personal_number, communeCode: row.commune_code }
}

/** The session cookie of a signed-in person, as a `cookie` header value. */
export async function signInCookie(
  app: App,
  personalNumber: string,
  password = PASSWORD,
): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/identity/sessions',
    payload: { personalNumber, password },
  })
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`)
  const cookie = response.cookies.find((c) => c.name === 'cds_session')
  if (!cookie) throw new Error('no session cookie')
  return `cds_session=${cookie.value}`
}

export interface EnrolOptions {
  /** A staff role, granted over `unitCodes` (the resident's commune unless given). */
  role?: Role
  unitCodes?: string[]
  agencyCode?: string
  /** For roles bound to an establishment, partner or operator: its id. */
  establishmentId?: string
  /** The eID level of the account: 1 unless told (level 2 is what the registry verified in person). */
  level?: 1 | 2
  /** An SQL condition on `residents` choosing who is enrolled. */
  where?: string
}

/**
 * A signed-in account and its parents: a resident of the loaded registry, an account at an eID
 * level, and for staff a role over some units.
 */
export async function enrol(
  app: App,
  database: Database,
  options: EnrolOptions = {},
): Promise<Actor> {
  const resident = await pickResident(database, options.where)
  const account = await createAccount(database.db, {
    personalNumber: resident.personalNumber,
    phone: '0912345678',
    password: PASSWORD,
    ...(options.level ? { level: options.level } : {}),
  })
  if (options.role) {
    await grantRole(database.db, {
      accountId: account.id,
      role: options.role,
      unitCodes: options.unitCodes ?? [resident.communeCode],
      ...(options.agencyCode ? { agencyCode: options.agencyCode } : {}),
      ...(options.establishmentId ? { establishmentId: options.establishmentId } : {}),
    })
  }
  return {
    ...resident,
    accountId: account.id,
    cookie: await signInCookie(app, resident.personalNumber),
  }
}

/** The code in the newest message the development sender kept. */
export async function lastSentCode(app: App): Promise<string> {
  const response = await app.inject({ method: 'GET', url: '/api/v1/identity/development/messages' })
  const body = response.json<{ messages: { body: string }[] }>().messages[0]?.body ?? ''
  return /(\d{6})/.exec(body)?.[1] ?? ''
}
