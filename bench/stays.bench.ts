import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { readFile } from 'node:fs/promises'
import autocannon from 'autocannon'
import { seedPopulation } from '../src/modules/population/index.js'
import type { Database } from '../src/platform/db/database.js'
import { killServer, startServer, waitForAnalyticsCopy } from '../test/kit/index.js'
import {
  checkAfterRestart,
  declarationPath,
  declarationRequests,
  declareUntilKilled,
  openFrontDesks,
  typedGuests,
  type DeclarationRequest,
} from '../test/stays-load.js'
import type { BenchResult } from './report.js'

/**
 * Residents of the stays benchmarks, whatever --scale says: a declaration looks its guest up by
 * primary key, which costs the same in 100,000 residents as in 4.5 million, and every request
 * needs a guest of its own (a guest declared twice is refused or flagged, another path).
 */
export const STAYS_RESIDENTS = 100_000
const CONNECTIONS = 50
const SECONDS = 10
// One establishment per connection: a declaration holds its establishment's row until it commits
// (capacity), so fewer places would measure queueing at the front desk, not the platform.
const ESTABLISHMENTS = 50
const POOL_SIZE = '10'
const CRASH_LOAD_MS = 5_000

interface Load {
  perSecond: number
  p50: number
  p99: number
  errors: number
  ok: number
}

/** 50 connections for 10 s, each request the next of `requests` (none is sent twice). */
async function declareLoad(
  base: string,
  requests: DeclarationRequest[],
  request: (r: DeclarationRequest) => { path: string; headers: Record<string, string> },
): Promise<Load> {
  let next = 0
  const result = await autocannon({
    url: base,
    method: 'POST',
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        setupRequest: (req) => {
          const r = requests[next++ % requests.length]!
          return { ...req, ...request(r), body: r.body }
        },
      },
    ],
  })
  return {
    perSecond: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    ok: result['2xx'],
  }
}

/** The bare INSERT server (stays-bare-server.ts) in a process of its own, as ours is. */
async function bareServer(url: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/stays-bare-server.ts', url, POOL_SIZE],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const [line] = (await once(child.stdout.setEncoding('utf8'), 'data')) as [string]
  return {
    base: line.trim(),
    pid: child.pid,
    stop: async () => {
      child.kill('SIGTERM')
      if (child.exitCode === null) await once(child, 'close')
    },
  }
}

/** CPU milliseconds a process has used (Linux: user + system ticks of 10 ms). */
export async function cpuMsOf(pid: number | undefined): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

/** A load, with the CPU the serving process spent on it. */
async function withCpu(pid: number | undefined, load: () => Promise<Load>) {
  const before = await cpuMsOf(pid)
  const result = await load()
  return { ...result, cpuMs: (await cpuMsOf(pid)) - before }
}

const count = async (database: Database, table: string): Promise<number> =>
  (await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n

async function benchDeclareHttp(
  database: Database,
  url: string,
  requests: DeclarationRequest[],
): Promise<BenchResult> {
  const json = { 'content-type': 'application/json' }
  await database.query('CREATE TABLE bare_stay_declarations (LIKE stay_declarations INCLUDING ALL)')
  const bare = await bareServer(url)
  const baseline = await withCpu(bare.pid, () =>
    declareLoad(bare.base, requests, (r) => ({ path: `/d/${r.establishmentId}`, headers: json })),
  ).finally(bare.stop)
  const server = await startServer({ DATABASE_URL: url, DATABASE_POOL_SIZE: POOL_SIZE })
  const ours = await waitForAnalyticsCopy(server)
    .then(() =>
      withCpu(server.child.pid, () =>
        declareLoad(server.base, requests, (r) => ({
          path: declarationPath(r.establishmentId),
          headers: { ...json, cookie: r.cookie, 'idempotency-key': r.key },
        })),
      ),
    )
    .finally(() => killServer(server))
  return {
    name: 'stays.declare.http',
    value: ours.perSecond,
    unit: 'declarations/s',
    baseline: baseline.perSecond,
    ratio: ours.perSecond / baseline.perSecond,
    extra: {
      p50ms: ours.p50,
      p99ms: ours.p99,
      bareP99ms: baseline.p99,
      errors: ours.errors,
      bareErrors: baseline.errors,
      // What one declaration costs the server process in CPU, ours and the bare one's.
      cpuMsPerDeclaration: ours.cpuMs / ours.ok,
      bareCpuMsPerDeclaration: baseline.cpuMs / baseline.ok,
      // Requests cut off by the end of the run may commit without a counted answer.
      storedBeyondAnswered: (await count(database, 'stay_declarations')) - ours.ok,
      connections: CONNECTIONS,
      establishments: ESTABLISHMENTS,
      residents: STAYS_RESIDENTS,
    },
  }
}

/** The crash test's procedure at a bench's load: 50 clients for 5 s, SIGKILL, restart, check. */
async function benchCrash(
  database: Database,
  url: string,
  requests: DeclarationRequest[],
): Promise<BenchResult> {
  const config = { DATABASE_URL: url, DATABASE_POOL_SIZE: POOL_SIZE }
  const server = await startServer(config)
  await waitForAnalyticsCopy(server)
  const run = await declareUntilKilled(server, requests, {
    clients: CONNECTIONS,
    killAfter: { ms: CRASH_LOAD_MS },
  })
  const restarted = await startServer(config)
  try {
    const check = await checkAfterRestart(database, restarted, run)
    return {
      name: 'stays.crash',
      value: check.lost,
      unit: 'acknowledged lost',
      extra: {
        duplicated: check.duplicated,
        acknowledged: check.acknowledged,
        cutOff: check.cutOff,
        committedUnanswered: check.committedUnanswered,
        refused: check.refused,
        wrongRetries: check.wrongRetries.length,
        killedAfterMs: run.killedAfterMs,
      },
    }
  } finally {
    await killServer(restarted)
  }
}

/**
 * The stays benchmarks on a database of their own (`url`, empty): 100,000 residents, 50
 * approved establishments with one staff member, then each benchmark named in `names` with
 * guests no other benchmark declares.
 */
export async function benchStays(
  database: Database,
  url: string,
  names: string[],
): Promise<BenchResult[]> {
  await seedPopulation(database, { scale: STAYS_RESIDENTS, seed: 106 })
  const desks = await openFrontDesks(database, {
    establishments: ESTABLISHMENTS,
    capacity: 100_000,
  })
  const guests = await typedGuests(database, { count: Math.floor(STAYS_RESIDENTS * 0.9) })
  // Enough for 4,000/s over the whole run; the crash load gets the rest.
  const forHttp = declarationRequests(guests.slice(0, 4_000 * SECONDS), desks)
  const forCrash = declarationRequests(guests.slice(4_000 * SECONDS), desks)
  const results: BenchResult[] = []
  if (names.includes('stays.declare.http'))
    results.push(await benchDeclareHttp(database, url, forHttp))
  if (names.includes('stays.crash')) results.push(await benchCrash(database, url, forCrash))
  return results
}
