import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { loadConfig } from '../src/platform/config/config.js'
import { openDatabase, type Database } from '../src/platform/db/database.js'
import { migrateDatabase } from '../src/platform/db/migrate.js'
import { PROVINCE_POPULATION } from '../src/modules/population/index.js'
import { benchAuditVerify } from './audit.bench.js'
import { benchLookupHttp, benchPasswordSignIn } from './http.bench.js'
import { benchQrVerify } from './identity-qr.bench.js'
import { benchLoad, benchLookup, benchSearch } from './population.bench.js'
import { benchWebFirstLoad, benchWebInteractive } from './web.bench.js'
import { printTable, type BenchResult } from './report.js'
import { benchClientCredentials } from './sso.bench.js'
import { benchScorecard } from './plan.bench.js'
import { ANALYTICS_BENCHMARKS, benchAnalytics } from './analytics.bench.js'
import { benchStays } from './stays.bench.js'
import { benchServices, SERVICES_BENCHMARKS } from './services.bench.js'
import { benchCertify, benchVerifyHttp } from './documents.bench.js'
import { benchExchangeCall } from './exchange.bench.js'
import { benchWebhookLatency } from './exchange-webhooks.bench.js'
import { benchCheckpointsIngest, benchCheckpointsOccupancy } from './checkpoints.bench.js'
import { benchLinkage, LINKAGE_BENCHMARKS } from './linkage.bench.js'

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    only: { type: 'string' },
    scale: { type: 'string', default: String(PROVINCE_POPULATION) },
    /** Passages stored for checkpoints.occupancy.p95 (its goal is at 10,000,000). */
    passages: { type: 'string', default: '10000000' },
    /** Camera batches of 500 events posted for checkpoints.ingest. */
    batches: { type: 'string', default: '200' },
    /** Residents seeded for the linkage benches (the province is 4.5 M; seed what time allows). */
    'linkage-registry': { type: 'string', default: '1000000' },
    /** Corrupted source records linked by linkage.quality and linkage.speed. */
    'linkage-records': { type: 'string', default: '100000' },
  },
})
const scale = Number(values.scale)
const wanted = (name: string): boolean => !values.only || name.startsWith(values.only)
const serverUrl = loadConfig().DATABASE_URL
const results: BenchResult[] = []
const notes: string[] = []
const say = (text: string): void => {
  process.stderr.write(`${text}\n`)
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  await client.query(text).finally(() => client.end())
}

/** A database of the bench's own on the server, dropped at the end. */
async function withServerDatabase(fn: (url: string) => Promise<void>): Promise<void> {
  const name = `cds_bench_${randomBytes(4).toString('hex')}`
  await adminQuery(`CREATE DATABASE ${name}`)
  const url = new URL(serverUrl!)
  url.pathname = `/${name}`
  try {
    await fn(url.toString())
  } finally {
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
}

async function queryBenches(database: Database, url: string | undefined): Promise<void> {
  if (wanted('population.lookup')) results.push(await benchLookup(database, url))
  if (wanted('population.search')) results.push(await benchSearch(database))
  if (url && wanted('population.lookup.http')) results.push(await benchLookupHttp(database, url))
  if (wanted('identity.login')) results.push(await benchPasswordSignIn(database))
  if (wanted('plan.scorecard')) results.push(await benchScorecard(database))
  if (ANALYTICS_BENCHMARKS.some(wanted)) results.push(...(await benchAnalytics(database, wanted)))
}

if (wanted('identity.qr')) results.push(await benchQrVerify())
if (wanted('web.citizen.first_load_js_gzip')) results.push(await benchWebFirstLoad())
if (wanted('web.citizen.time_to_interactive')) {
  const interactive = await benchWebInteractive()
  if (typeof interactive === 'string') notes.push(interactive)
  else results.push(interactive)
}

const pgliteDir = await mkdtemp(path.join(tmpdir(), 'cds-bench-'))
try {
  const queryBenchmarks = [
    'population.lookup',
    'population.search',
    'population.lookup.http',
    'identity.login.password',
    'plan.scorecard.p95',
    ...ANALYTICS_BENCHMARKS,
  ]
  const needsQueries = queryBenchmarks.some(wanted)
  if (wanted('population.load.pglite') || (!serverUrl && needsQueries)) {
    say(`population.load.pglite: loading ${scale} residents into PGlite…`)
    results.push(await benchLoad('population.load.pglite', scale, pgliteDir))
  }
  if (serverUrl && (wanted('population.load.pg') || needsQueries)) {
    await withServerDatabase(async (url) => {
      say(`population.load.pg: loading ${scale} residents into PostgreSQL…`)
      const load = await benchLoad('population.load.pg', scale, url)
      if (wanted('population.load.pg')) results.push(load)
      if (!needsQueries) return
      const database = await openDatabase({ url, poolSize: 10 })
      await queryBenches(database, url).finally(() => database.close())
    })
  } else if (!serverUrl) {
    notes.push(
      'population.load.pg: skipped, DATABASE_URL is not set (PostgreSQL benchmarks need a server)',
    )
    if (needsQueries) {
      const database = await openDatabase({ dataDir: pgliteDir })
      await queryBenches(database, undefined).finally(() => database.close())
    }
  }
} finally {
  await rm(pgliteDir, { recursive: true, force: true })
}

if (wanted('audit.verify')) {
  if (serverUrl) {
    await withServerDatabase(async (url) => {
      say('audit.verify: filling, sealing and verifying 1,000,000 audit entries in PostgreSQL…')
      const database = await openDatabase({ url, poolSize: 10 })
      try {
        await migrateDatabase(database)
        results.push(await benchAuditVerify(database))
      } finally {
        await database.close()
      }
    })
  } else notes.push('audit.verify: skipped, DATABASE_URL is not set (its goal is on PostgreSQL)')
}

if (wanted('sso.token')) {
  if (serverUrl) {
    await withServerDatabase(async (url) => {
      const database = await openDatabase({ url, poolSize: 10 })
      try {
        await migrateDatabase(database)
        results.push(await benchClientCredentials(database))
      } finally {
        await database.close()
      }
    })
  } else notes.push('sso.token.client_credentials: skipped, DATABASE_URL is not set')
}

const staysBenchmarks = ['stays.declare.http', 'stays.crash'].filter(wanted)
if (staysBenchmarks.length > 0) {
  if (serverUrl) {
    await withServerDatabase(async (url) => {
      say(`${staysBenchmarks.join(', ')}: 100,000 residents, then declarations over HTTP…`)
      const database = await openDatabase({ url, poolSize: 5 })
      try {
        await migrateDatabase(database)
        results.push(...(await benchStays(database, url, staysBenchmarks)))
      } finally {
        await database.close()
      }
    })
  } else notes.push(`${staysBenchmarks.join(', ')}: skipped, DATABASE_URL is not set`)
}

const servicesBenchmarks = SERVICES_BENCHMARKS.filter(wanted)
if (servicesBenchmarks.length > 0) {
  if (serverUrl) {
    await withServerDatabase(async (url) => {
      say(`${servicesBenchmarks.join(', ')}: 100,000 residents, then filings and the queue…`)
      const database = await openDatabase({ url, poolSize: 5 })
      try {
        await migrateDatabase(database)
        results.push(...(await benchServices(database, url, servicesBenchmarks)))
      } finally {
        await database.close()
      }
    })
  } else notes.push(`${servicesBenchmarks.join(', ')}: skipped, DATABASE_URL is not set`)
}

if (wanted('documents.certify')) results.push(await benchCertify())
if (wanted('documents.verify.http')) {
  if (serverUrl) {
    await withServerDatabase(async (url) => {
      const database = await openDatabase({ url, poolSize: 10 })
      try {
        await migrateDatabase(database)
        results.push(await benchVerifyHttp(database))
      } finally {
        await database.close()
      }
    })
  } else
    notes.push(
      'documents.verify.http: skipped, DATABASE_URL is not set (its goal is on PostgreSQL)',
    )
}

if (wanted('exchange.call.http')) {
  if (serverUrl) {
    await withServerDatabase(async (url) => {
      say('exchange.call.http: 10,000 residents, then resident verification through the gateway…')
      const database = await openDatabase({ url, poolSize: 10 })
      try {
        await migrateDatabase(database)
        results.push(await benchExchangeCall(database))
      } finally {
        await database.close()
      }
    })
  } else
    notes.push('exchange.call.http: skipped, DATABASE_URL is not set (its goal is on PostgreSQL)')
}

if (wanted('exchange.webhook.latency')) {
  if (serverUrl) {
    await withServerDatabase(async (url) => {
      const database = await openDatabase({ url, poolSize: 10 })
      try {
        await migrateDatabase(database)
        results.push(await benchWebhookLatency(database))
      } finally {
        await database.close()
      }
    })
  } else notes.push('exchange.webhook.latency: skipped, DATABASE_URL is not set')
}

for (const [name, bench] of [
  [
    'checkpoints.ingest',
    (db: Database) => benchCheckpointsIngest(db, { batches: Number(values.batches) }),
  ],
  [
    'checkpoints.occupancy.p95',
    (db: Database) =>
      benchCheckpointsOccupancy(db, { passages: Number(values.passages), rounds: 200 }),
  ],
] as const) {
  if (!wanted(name)) continue
  if (!serverUrl) {
    notes.push(`${name}: skipped, DATABASE_URL is not set (its goal is on PostgreSQL)`)
    continue
  }
  await withServerDatabase(async (url) => {
    say(`${name}: on PostgreSQL…`)
    const database = await openDatabase({ url, poolSize: 10 })
    try {
      await migrateDatabase(database)
      results.push(await bench(database))
    } finally {
      await database.close()
    }
  })
}

const linkageBenchmarks = LINKAGE_BENCHMARKS.filter(wanted)
if (linkageBenchmarks.length > 0) {
  if (serverUrl) {
    const registry = Number(values['linkage-registry'])
    const records = Number(values['linkage-records'])
    await withServerDatabase(async (url) => {
      say(`linkage: ${registry} residents, then ${records} corrupted records linked…`)
      await benchLoad('population.load.pg', registry, url)
      const database = await openDatabase({ url, poolSize: 5 })
      try {
        results.push(...(await benchLinkage(database, { registry, records }, wanted)))
      } finally {
        await database.close()
      }
    })
  } else notes.push(`${linkageBenchmarks.join(', ')}: skipped, DATABASE_URL is not set`)
}

for (const note of notes) say(note)
if (values.json) process.stdout.write(`${JSON.stringify({ scale, results, notes })}\n`)
else printTable(results)
