import argon2 from 'argon2'
import autocannon from 'autocannon'
import Fastify from 'fastify'
import pg from 'pg'
import { buildApp } from '../src/app.js'
import { createAccount, grantRole } from '../src/modules/identity/index.js'
import { loadConfig } from '../src/platform/config/config.js'
import type { Database } from '../src/platform/db/database.js'
import type { BenchResult } from './report.js'

const PASSWORD = 'mật khẩu của bài đo 2026'
const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' })

/** Random residents' numbers, for requests that do not all hit the same cached row. */
async function sampleNumbers(database: Database, count: number): Promise<string[]> {
  const rows = await database.query<{ n: string }>(
    'SELECT personal_number AS n FROM residents TABLESAMPLE SYSTEM (1) LIMIT $1',
    [count],
  )
  return rows.map((r) => r.n)
}

async function load(url: string, paths: string[], headers: Record<string, string>) {
  let i = 0
  const result = await autocannon({
    url,
    connections: 50,
    duration: 10,
    headers,
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
  })
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    ok: result['2xx'],
  }
}

const auditEntriesBy = async (database: Database, accountId: string): Promise<number> =>
  (
    await database.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM audit_entries WHERE actor_account_id = $1',
      [accountId],
    )
  )[0]!.n

/**
 * Authorised, audited lookups over HTTP against a bare Fastify + pg one-row route, both served
 * by this process on the same database with a pool of the same size. `audited` is audit entries
 * per successful response: 1 when every record that left was audited (a request cut off by the
 * end of the run may leave its entry without a counted response).
 */
export async function benchLookupHttp(database: Database, url: string): Promise<BenchResult> {
  const numbers = await sampleNumbers(database, 5_000)
  const app = await buildApp({ config, database })
  const officer = await createAccount(database.db, {
    personalNumber: numbers[0]!,
    phone: '0900000000',
    password: PASSWORD,
  })
  await grantRole(database.db, {
    accountId: officer.id,
    role: 'provincialPolice',
    unitCodes: ['75'],
  })
  const signIn = await app.inject({
    method: 'POST',
    url: '/api/v1/identity/sessions',
    payload: { personalNumber: numbers[0], password: PASSWORD },
  })
  const cookie = `cds_session=${signIn.cookies.find((c) => c.name === 'cds_session')!.value}`
  const appUrl = await app.listen({ host: '127.0.0.1', port: 0 })

  const pool = new pg.Pool({ connectionString: url, max: 10 })
  const bare = Fastify()
  bare.get<{ Params: { n: string } }>(
    '/r/:n',
    async (req) =>
      (await pool.query('SELECT * FROM residents WHERE personal_number = $1', [req.params.n]))
        .rows[0],
  )
  const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 })
  try {
    const baseline = await load(
      bareUrl,
      numbers.map((n) => `/r/${n}`),
      {},
    )
    const ours = await load(
      appUrl,
      numbers.map((n) => `/api/v1/population/residents/${n}?purpose=identity_verification`),
      { cookie },
    )
    return {
      name: 'population.lookup.http',
      value: ours.rps,
      unit: 'req/s',
      baseline: baseline.rps,
      ratio: ours.rps / baseline.rps,
      extra: {
        p99ms: ours.p99,
        bareP99ms: baseline.p99,
        errors: ours.errors,
        connections: 50,
        audited: (await auditEntriesBy(database, officer.id)) / ours.ok,
      },
    }
  } finally {
    await app.close()
    await bare.close()
    await pool.end()
  }
}

/** Runs fn with `concurrency` callers for `seconds`; calls per second. */
async function throughput(
  seconds: number,
  concurrency: number,
  fn: () => Promise<unknown>,
): Promise<number> {
  const end = performance.now() + seconds * 1000
  let calls = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        await fn()
        calls++
      }
    }),
  )
  return calls / seconds
}

/** Password sign-ins over HTTP against the argon2id verify-only ceiling (same parameters). */
export async function benchPasswordSignIn(database: Database): Promise<BenchResult> {
  const [number] = await sampleNumbers(database, 1)
  const app = await buildApp({ config, database })
  await createAccount(database.db, {
    personalNumber: number!,
    phone: '0900000001',
    password: PASSWORD,
  }).catch(() => undefined)
  const [{ password_hash: hash } = { password_hash: '' }] = await database.query<{
    password_hash: string
  }>('SELECT password_hash FROM eid_accounts WHERE personal_number = $1', [number])
  try {
    // libuv's four threads run argon2; more callers than that only queue.
    const ceiling = await throughput(5, 4, () => argon2.verify(hash, PASSWORD))
    const ours = await throughput(5, 4, () =>
      app.inject({
        method: 'POST',
        url: '/api/v1/identity/sessions',
        payload: { personalNumber: number, password: PASSWORD },
      }),
    )
    return {
      name: 'identity.login.password',
      value: ours,
      unit: 'sign-ins/s',
      baseline: ceiling,
      ratio: ours / ceiling,
    }
  } finally {
    await app.close()
  }
}
