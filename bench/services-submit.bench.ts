import { randomUUID } from 'node:crypto'
import autocannon from 'autocannon'
import pg from 'pg'
import { buildApp } from '../src/app.js'
import type { Database } from '../src/platform/db/database.js'
import {
  enrol,
  killServer,
  startServer,
  testConfig,
  waitForAnalyticsCopy,
} from '../test/kit/index.js'
import { percentile, type BenchResult } from './report.js'
import { cpuMsOf } from './stays.bench.js'

const TEMPORARY_RESIDENCE = '1.004194'
const CONNECTIONS = 50
const SECONDS = 15
const WARM_UP_SECONDS = 3
// The server's pool and the baseline's: the same number of connections to PostgreSQL.
const POOL_SIZE = 10
// Residents filing, each signed in once; a resident files many times over the run, each time
// under a key of its own (nothing in filing serialises one resident's dossiers).
const APPLICANTS = 50
// Crockford's base 32 never uses U: a code starting with it is the baseline's, never ours.
const BARE_MARK = 'U'

interface Applicant {
  cookie: string
}

/** Residents with a level-2 eID (what temporary residence asks for), signed in. */
async function signedInApplicants(database: Database): Promise<Applicant[]> {
  const app = await buildApp({ config: testConfig, database })
  try {
    const applicants: Applicant[] = []
    for (let i = 0; i < APPLICANTS; i++)
      applicants.push({ cookie: (await enrol(app, database, { level: 2 })).cookie })
    return applicants
  } finally {
    await app.close()
  }
}

/** A filing as the web form sends it, moving to one of the province's communes. */
function filingBody(communeCode: string, i: number): string {
  return JSON.stringify({
    serviceCode: TEMPORARY_RESIDENCE,
    data: {
      // The registry's values replace these on the server (prefill), as they would the form's.
      applicant: {
        personalNumber: '000000000000',
        fullName: 'Nguyễn Văn An',
        birthDate: '1990-05-01',
        sex: 'M',
        phone: '0912345678',
      },
      stay: {
        communeCode,
        address: `Số ${1 + (i % 300)}, đường Võ Thị Sáu, khu phố ${1 + (i % 9)}`,
        from: '2026-12-10',
        until: '2027-12-09',
        reason: 'work',
        hostConsent: true,
      },
    },
  })
}

const countDossiers = async (database: Database): Promise<number> =>
  (await database.query<{ n: number }>('SELECT count(*)::int AS n FROM service_dossiers'))[0]!.n

interface Load {
  perSecond: number
  p50: number
  p99: number
  errors: number
  ok: number
}

/** `connections` clients POSTing filings for `seconds`, each under a fresh Idempotency-Key. */
async function fileLoad(
  base: string,
  applicants: Applicant[],
  communes: string[],
  options: { connections: number; seconds: number },
): Promise<Load> {
  let next = 0
  const result = await autocannon({
    url: base,
    method: 'POST',
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        setupRequest: (req) => {
          const i = next++
          return {
            ...req,
            path: '/api/v1/services/dossiers',
            headers: {
              'content-type': 'application/json',
              cookie: applicants[i % applicants.length]!.cookie,
              'idempotency-key': randomUUID(),
            },
            body: filingBody(communes[i % communes.length]!, i),
          }
        },
      },
    ],
  })
  return {
    perSecond: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    ok: result['2xx'],
  }
}

/**
 * Our server in a process of its own (as production runs it), under the filing load; `stored`
 * is how many dossiers the measured load left in the database.
 */
async function serverLoad(
  database: Database,
  url: string,
  applicants: Applicant[],
  communes: string[],
) {
  const server = await startServer({ DATABASE_URL: url, DATABASE_POOL_SIZE: String(POOL_SIZE) })
  try {
    await waitForAnalyticsCopy(server)
    // First filings load the catalogue and compile its forms: not what is measured.
    await fileLoad(server.base, applicants, communes, { connections: 10, seconds: WARM_UP_SECONDS })
    const dossiersBefore = await countDossiers(database)
    const cpuBefore = await cpuMsOf(server.child.pid)
    const load = await fileLoad(server.base, applicants, communes, {
      connections: CONNECTIONS,
      seconds: SECONDS,
    })
    const cpuMs = (await cpuMsOf(server.child.pid)) - cpuBefore
    return { ...load, cpuMs, stored: (await countDossiers(database)) - dossiersBefore }
  } finally {
    await killServer(server)
  }
}

interface StoredDossier {
  code: string
  service_code: string
  applicant_number: string
  account_id: string
  channel: string
  eid_level: number
  commune_code: string
  province_code: string
  status: string
  data: unknown
  received_at: Date
  due_at: Date
  fee_amount: number
}

// The floor under a filing: the dossier and its 'received' event, one statement, nothing
// identified, looked up, validated or recorded beside them.
const BARE_INSERT = `
  WITH d AS (
    INSERT INTO service_dossiers (code, service_code, applicant_number, account_id, channel,
      eid_level, commune_code, province_code, status, data, received_at, due_at, fee_amount)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now(), $11, $12)
    RETURNING id, account_id, received_at)
  INSERT INTO service_dossier_events (dossier_id, kind, at, actor_id)
  SELECT id, 'received', received_at, account_id FROM d`

/** The code of the baseline's n-th copy: the original's commune and day, a suffix ours never has. */
const bareCode = (code: string, n: number): string =>
  `${code.slice(0, -6)}${BARE_MARK}${n.toString(32).toUpperCase().padStart(5, '0')}`

/**
 * The same rows as our run wrote (copies of them under new codes), inserted straight through a
 * pool of the server's size by as many callers as the load had clients, for as long.
 */
async function bareLoad(url: string, rows: StoredDossier[]) {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE })
  const latencies: number[] = []
  let n = 0
  const end = performance.now() + SECONDS * 1000
  const started = performance.now()
  try {
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < end) {
          const i = n++
          const r = rows[i % rows.length]!
          const t = performance.now()
          await pool.query(BARE_INSERT, [
            bareCode(r.code, i),
            r.service_code,
            r.applicant_number,
            r.account_id,
            r.channel,
            r.eid_level,
            r.commune_code,
            r.province_code,
            r.status,
            r.data,
            r.due_at,
            r.fee_amount,
          ])
          latencies.push(performance.now() - t)
        }
      }),
    )
  } finally {
    await pool.end()
  }
  latencies.sort((a, b) => a - b)
  return {
    perSecond: latencies.length / ((performance.now() - started) / 1000),
    p99: percentile(latencies, 99),
  }
}

/**
 * services.submit.http on a database with a population loaded: temporary-residence filings over
 * HTTP by signed-in level-2 residents, 50 clients, each request under a fresh Idempotency-Key,
 * against the bare INSERT of the same rows at the same concurrency.
 */
export async function benchSubmitHttp(
  database: Database,
  url: string,
  communes: string[],
): Promise<BenchResult> {
  const applicants = await signedInApplicants(database)
  const ours = await serverLoad(database, url, applicants, communes)
  const rows = await database.query<StoredDossier>(
    `SELECT code, service_code, applicant_number, account_id, channel, eid_level, commune_code,
            province_code, status, data, received_at, due_at, fee_amount
       FROM service_dossiers ORDER BY received_at DESC LIMIT 2000`,
  )
  const baseline = await bareLoad(url, rows)
  return {
    name: 'services.submit.http',
    value: ours.perSecond,
    unit: 'dossiers/s',
    baseline: baseline.perSecond,
    ratio: ours.perSecond / baseline.perSecond,
    extra: {
      p50ms: ours.p50,
      p99ms: ours.p99,
      bareP99ms: baseline.p99,
      errors: ours.errors,
      // What one filing costs the server process in CPU (this machine's load moves dossiers/s).
      cpuMsPerDossier: ours.cpuMs / ours.ok,
      // Requests cut off by the end of the run may commit without a counted answer.
      storedBeyondAnswered: ours.stored - ours.ok,
      connections: CONNECTIONS,
      seconds: SECONDS,
      applicants: APPLICANTS,
      goal: '≥ 300/s, p99 < 200 ms',
    },
  }
}
