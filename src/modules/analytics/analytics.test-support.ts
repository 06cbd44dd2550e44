import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before } from 'node:test'
import { buildApp } from '../../app.js'
import type { Database } from '../../platform/db/database.js'
import type { App } from '../../platform/http/server.js'
import { testConfig } from '../../../test/kit/index.js'
import { createIdentityKeyRing, generateSigningKey } from '../identity/index.js'
import {
  declareStays,
  ensureStaysReference,
  getEstablishment,
  type DeclaredStay,
  type Establishment,
} from '../stays/index.js'
import { Analytics } from './analytics.runtime.js'

/**
 * The application with an analytical copy of its own in a temporary directory (never the
 * developer's ANALYTICS_PATH), built once for a suite.
 */
export function useAnalyticsApp(db: () => Database): () => { app: App; analytics: Analytics } {
  let dir: string | undefined
  let served: { app: App; analytics: Analytics } | undefined
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cds-analytics-test-'))
    const analytics = new Analytics({ database: db(), path: path.join(dir, 'copy.duckdb') })
    const app = await buildApp({ config: testConfig, database: db(), analytics })
    await app.ready()
    served = { app, analytics }
  })
  after(async () => {
    await served?.app.close()
    await served?.analytics.close()
    if (dir) await rm(dir, { recursive: true, force: true })
  })
  return () => {
    if (!served) throw new Error('app not built yet')
    return served
  }
}

/** An approved establishment in a commune, as the police would have left it. */
export async function approvedEstablishment(
  database: Database,
  options: { communeCode: string; typeCode: string; capacity: number },
): Promise<Establishment> {
  await ensureStaysReference(database.db)
  const id = `TEST-${randomUUID().slice(0, 8)}`
  await database.query(
    `INSERT INTO stay_establishments
       (id, name, type_code, address, commune_code, province_code, capacity, owner_account_id,
        status, decided_at)
     VALUES ($1, 'Cơ sở thử', $2, 'Địa chỉ thử', $3, '75', $4, $5, 'approved', now())`,
    [id, options.typeCode, options.communeCode, options.capacity, randomUUID()],
  )
  return await getEstablishment(database.db, id)
}

/** Declares registry residents as guests through the stays module, as a receptionist would. */
export async function declareResidents(
  database: Database,
  establishment: Establishment,
  options: { count: number; arrivalAt: Date; offset?: number },
): Promise<DeclaredStay[]> {
  const people = await database.query<{ n: string; name: string; born: string }>(
    `SELECT personal_number AS n, full_name AS name, birth_date AS born FROM residents
      WHERE status = 'resident' AND birth_date < '2000-01-01'
      ORDER BY personal_number OFFSET $1 LIMIT $2`,
    [options.offset ?? 0, options.count],
  )
  const keys = createIdentityKeyRing({ privateJwks: [await generateSigningKey()] })
  return database.db.transaction((tx) =>
    declareStays(
      tx,
      {
        establishment,
        declarer: { accountId: 'analytics-test', role: 'establishmentStaff' },
        now: new Date(),
        identity: { keys, issuer: 'http://localhost' },
      },
      {
        arrivalAt: options.arrivalAt.toISOString(),
        guests: people.map((p) => ({ personalNumber: p.n, fullName: p.name, birthDate: p.born })),
      },
    ),
  )
}
