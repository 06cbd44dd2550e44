import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import pg from 'pg'
import type { Database } from '../src/platform/db/database.js'
import { getResident, searchResidents } from '../src/modules/population/index.js'
import { measure, percentile, type BenchResult } from './report.js'

const run = promisify(execFile)

/** Loads `scale` residents in a child process; throughput and the child's peak memory. */
export async function benchLoad(name: string, scale: number, target: string): Promise<BenchResult> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', 'bench/load-child.ts', String(scale), target],
    {
      maxBuffer: 1 << 20,
    },
  ).catch((error: unknown) => {
    const stderr = (error as { stderr?: string }).stderr ?? ''
    throw new Error(`${name} failed: ${stderr}`, { cause: error })
  })
  const summary = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
    residents: number
    seconds: number
    residentsPerSecond: number
    peakMiB: number
    indexSeconds: number
  }
  return {
    name,
    value: summary.residentsPerSecond,
    unit: 'residents/s',
    extra: {
      residents: summary.residents,
      seconds: summary.seconds,
      indexSeconds: summary.indexSeconds,
      peakMiB: summary.peakMiB,
    },
  }
}

async function sampleNumbers(
  database: Database,
  count: number,
): Promise<{ number: string; name: string }[]> {
  return (
    await database.query<{ personal_number: string; full_name: string }>(
      'SELECT personal_number, full_name FROM residents TABLESAMPLE SYSTEM (1) LIMIT $1',
      [count],
    )
  ).map((r) => ({ number: r.personal_number, name: r.full_name }))
}

/** Module lookups by number against a bare one-row SQL lookup on a connection of the same kind. */
export async function benchLookup(
  database: Database,
  url: string | undefined,
): Promise<BenchResult> {
  const numbers = (await sampleNumbers(database, 5_000)).map((s) => s.number)
  await measure(numbers.slice(0, 500), (n) => getResident(database.db, n))
  const bareClient = url ? new pg.Pool({ connectionString: url, max: 1 }) : undefined
  const bare = (n: string) =>
    bareClient
      ? bareClient.query('SELECT * FROM residents WHERE personal_number = $1', [n])
      : database.query('SELECT * FROM residents WHERE personal_number = $1', [n])
  const baseline = await measure(numbers, bare)
  const module = await measure(numbers, (n) => getResident(database.db, n))
  await bareClient?.end()
  return {
    name: 'population.lookup',
    value: module.perSecond,
    unit: 'lookups/s',
    baseline: baseline.perSecond,
    ratio: module.perSecond / baseline.perSecond,
    extra: {
      engine: database.engine,
      p50ms: percentile(module.sorted, 50),
      p99ms: percentile(module.sorted, 99),
      bareP50ms: percentile(baseline.sorted, 50),
      bareP99ms: percentile(baseline.sorted, 99),
    },
  }
}

/** Name search as an officer types it: surname, middle name and the first letters of the given name. */
export async function benchSearch(database: Database): Promise<BenchResult> {
  const names = (await sampleNumbers(database, 2_000)).map((s) => {
    const words = s.name.split(' ')
    const given = words.at(-1) ?? ''
    return [...words.slice(0, -1), given.slice(0, 2)].join(' ')
  })
  await measure(names.slice(0, 200), (name) => searchResidents(database.db, { name, limit: 20 }))
  const result = await measure(names, (name) => searchResidents(database.db, { name, limit: 20 }))
  return {
    name: 'population.search',
    value: percentile(result.sorted, 99),
    unit: 'ms p99',
    extra: {
      engine: database.engine,
      p50ms: percentile(result.sorted, 50),
      perSecond: result.perSecond,
      queries: names.length,
    },
  }
}
