import Fastify from 'fastify'
import { buildApp } from '../src/app.js'
import {
  RESIDENT_VERIFICATION,
  decideOnGrant,
  publishService,
  registerMember,
  requestGrant,
  verifyResident,
} from '../src/modules/exchange/index.js'
import { seedPopulation } from '../src/modules/population/index.js'
import { deriveSsoSecrets, registerClient } from '../src/modules/sso/index.js'
import type { Principal } from '../src/platform/auth/principal.js'
import { loadConfig } from '../src/platform/config/config.js'
import type { Database } from '../src/platform/db/database.js'
import { loadFromChild } from './http-load.js'
import type { BenchResult } from './report.js'

const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' })
const ATTRIBUTES = ['eidLevel', 'alive']
const PURPOSE = 'medical_checkin'

const officerOf = (agencyCode: string): Principal => ({
  kind: 'staff',
  accountId: `bench-${agencyCode}`,
  personalNumber: null,
  clientId: null,
  grants: [{ role: 'departmentOfficer', unitCodes: ['75'], agencyCode }],
})

/** A provider (the provincial police), its built-in service, and a hospital's approved grant. */
async function setUpExchange(database: Database): Promise<void> {
  const db = database.db
  for (const [code, type] of [
    ['CATINH', 'agency'],
    ['BVDKDN', 'hospital'],
  ] as const)
    await registerMember(db, { code, name: code, type, contacts: [] }, null)
  const service = await publishService(
    db,
    {
      providerCode: 'CATINH',
      code: 'residents',
      name: 'Xác thực công dân',
      description: '',
      openapi: {},
      attributes: ['eidLevel', 'alive', 'communeCode'],
      purposes: [{ code: PURPOSE, name: 'Tiếp đón khám bệnh', legalBasis: 'Luật KCB 2023' }],
      rateLimitPerMinute: 10_000_000,
      target: { kind: 'builtin', name: RESIDENT_VERIFICATION },
    },
    () => true,
  )
  const now = new Date()
  const grant = await requestGrant(
    db,
    { principal: officerOf('BVDKDN'), now },
    { consumerCode: 'BVDKDN', serviceId: service.id, purposes: [PURPOSE], attributes: ATTRIBUTES },
  )
  await decideOnGrant(db, { principal: officerOf('CATINH'), now }, grant.id, {
    outcome: 'approve',
  })
}

function load(base: string, path: string, bodies: string[], headers: Record<string, string>) {
  return loadFromChild(base, {
    paths: [path],
    connections: 50,
    seconds: 10,
    method: 'POST',
    bodies,
    headers: { 'content-type': 'application/json', ...headers },
  })
}

/**
 * Resident verification through the gateway (token, grant, purpose, rate limit, call logged,
 * chained and signed) against the same service called directly by a bare server.
 */
export async function benchExchangeCall(database: Database): Promise<BenchResult> {
  await seedPopulation(database, { scale: 10_000, seed: 25, today: '2026-11-27' })
  await setUpExchange(database)
  const people = await database.query<{ n: string; name: string; born: string }>(
    `SELECT personal_number AS n, full_name AS name, birth_date::text AS born
       FROM residents ORDER BY personal_number LIMIT 2000`,
  )
  const bodies = people.map((p) =>
    JSON.stringify({ personalNumber: p.n, fullName: p.name, birthDate: p.born }),
  )
  const { clientId, clientSecret } = await registerClient(
    { db: database.db, secrets: deriveSsoSecrets(config.SSO_SECRET), allowHttp: true },
    {
      name: 'Hệ thống bệnh viện (bench)',
      kind: 'machine',
      authMethod: 'client_secret_basic',
      role: 'partnerSystem',
      agencyCode: 'BVDKDN',
      scopes: ['exchange.call'],
    },
  )
  const app = await buildApp({ config, database })
  const appUrl = await app.listen({ host: '127.0.0.1', port: 0 })
  const bare = Fastify()
  bare.post('/verify', async (request) =>
    verifyResident(database.db, request.body as never, ATTRIBUTES),
  )
  const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 })
  try {
    const token = await fetch(`${appUrl}/oidc/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret!}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials&scope=exchange.call',
    }).then((r) => r.json() as Promise<{ access_token: string }>)
    const baseline = await load(bareUrl, '/verify', bodies, {})
    const ours = await load(appUrl, '/x/CATINH/residents/verify', bodies, {
      authorization: `Bearer ${token.access_token}`,
      'x-purpose': PURPOSE,
    })
    const [logged] = await database.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM exchange_calls',
    )
    return {
      name: 'exchange.call.http',
      value: ours.rps,
      unit: 'calls/s',
      baseline: baseline.rps,
      ratio: ours.rps / baseline.rps,
      extra: {
        p99_ms: ours.p99,
        baseline_p99_ms: baseline.p99,
        non2xx: ours.non2xx,
        errors: ours.errors,
        logged: logged?.n ?? 0,
        goal: '>= 1000/s, p99 < 50 ms',
      },
    }
  } finally {
    await bare.close()
    await app.close()
  }
}
