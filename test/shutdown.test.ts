import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import pg from 'pg'
import { loadConfig } from '../src/platform/config/config.js'
import { killServer, startServer as startServerProcess, type ServerProcess } from './kit/index.js'

const serverUrl = loadConfig().DATABASE_URL

// Bounds, not speed expectations: generous enough for a loaded CI machine.
const EXIT_WITHIN_MS = 15_000
const GRACE_MS = 12_000

/** Rejects when promise has not settled within ms; the timer never outlives the wait. */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`${what}: not within ${ms} ms`))
    }, ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A development server with no sample, logging at info, with the grace period under test. */
const startServer = (config: Record<string, string>): Promise<ServerProcess> =>
  startServerProcess({
    NODE_ENV: 'development',
    SAMPLE_SCALE: '0',
    LOG_LEVEL: 'info',
    SHUTDOWN_GRACE_MS: String(GRACE_MS),
    ...config,
  })

/** Waits, bounded, until the server's output contains text. */
async function waitForOutput(server: ServerProcess, text: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!server.stdout().includes(text)) {
    if (Date.now() > deadline)
      assert.fail(`"${text}" not logged within ${ms} ms:\n${server.stdout()}`)
    await sleep(50)
  }
}

/** Checks a running server: its logs, then SIGTERM. Runs on one engine's configuration. */
function logsAndStops(server: () => ServerProcess): void {
  it('keeps identity numbers and search terms out of its request logs', async () => {
    const res = await fetch(`${server().base}/api/v1/population/units/079190012345?q=Nguyen`, {
      headers: { 'x-request-id': 'log-privacy-check' },
    })
    await res.arrayBuffer()
    await waitForOutput(server(), '"reqId":"log-privacy-check"')
    const lines = server()
      .stdout()
      .split('\n')
      .filter((l) => l.includes('log-privacy-check'))
    // The request is logged, masked: proves the absence below is not mere silence.
    assert.ok(
      lines.some((l) => l.includes('/api/v1/population/units/************')),
      lines.join('\n'),
    )
    assert.ok(!server().stdout().includes('079190012345'), 'identity number in the log')
    assert.ok(!server().stdout().includes('Nguyen'), 'search term in the log')
  })
}

describe('the server process on PGlite', () => {
  let server: ServerProcess | undefined
  before(async () => {
    server = await startServer({})
  })
  after(async () => {
    await killServer(server)
  })

  logsAndStops(() => server!)

  it('exits 0 soon after SIGTERM', async () => {
    const s = server!
    s.child.kill('SIGTERM')
    const { code, signal } = await within(s.exited, EXIT_WITHIN_MS, 'exit after SIGTERM')
    assert.equal(signal, null, s.stderr())
    assert.equal(code, 0, `stderr:\n${s.stderr()}`)
    assert.match(s.stdout(), /shutting down/)
  })
})

// On PostgreSQL the test can hold a lock the server's query must wait for: a request that is
// really in flight when SIGTERM arrives, with no slow route needed.
describe(
  'the server process on PostgreSQL',
  { skip: !serverUrl && 'DATABASE_URL is not set' },
  () => {
    const name = `cds_test_${randomBytes(6).toString('hex')}`
    let server: ServerProcess | undefined

    const admin = async (text: string) => {
      const client = new pg.Client({ connectionString: serverUrl })
      await client.connect()
      try {
        await client.query(text)
      } finally {
        await client.end()
      }
    }
    const databaseUrl = () => {
      const url = new URL(serverUrl!)
      url.pathname = `/${name}`
      return url.toString()
    }

    before(async () => {
      await admin(`CREATE DATABASE ${name}`)
      server = await startServer({ DATABASE_URL: databaseUrl() })
    })
    after(async () => {
      await killServer(server)
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    })

    logsAndStops(() => server!)

    it('finishes a request in flight when SIGTERM arrives, then exits 0', async () => {
      const s = server!
      const locker = new pg.Client({ connectionString: databaseUrl() })
      await locker.connect()
      try {
        await locker.query('BEGIN')
        await locker.query('LOCK TABLE admin_units IN ACCESS EXCLUSIVE MODE')
        const inFlight = fetch(`${s.base}/api/v1/population/units?asOf=2025-08-01`).then(
          async (res) => ({ status: res.status, body: await res.text() }),
          (error: unknown) => ({ status: 0, body: String(error) }),
        )
        // In flight for sure: the server's query is waiting for our lock.
        const deadline = Date.now() + 10_000
        for (;;) {
          const { rows } = await locker.query<{ waiting: number }>(
            `SELECT count(*)::int AS waiting FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          )
          if ((rows[0]?.waiting ?? 0) > 0) break
          if (Date.now() > deadline) assert.fail('the request never reached the database')
          await sleep(50)
        }

        s.child.kill('SIGTERM')
        await waitForOutput(s, 'shutting down')
        assert.equal(s.child.exitCode, null, 'the server must wait for the request in flight')
        await locker.query('ROLLBACK')

        const res = await within(inFlight, EXIT_WITHIN_MS, 'the request in flight')
        assert.equal(res.status, 200, res.body)
        const body = JSON.parse(res.body) as { asOf: string; units: unknown[] }
        assert.equal(body.asOf, '2025-08-01')
        assert.ok(Array.isArray(body.units), res.body)
      } finally {
        await locker.end()
      }
      const { code, signal } = await within(s.exited, EXIT_WITHIN_MS, 'exit after SIGTERM')
      assert.equal(signal, null, s.stderr())
      assert.equal(code, 0, `stderr:\n${s.stderr()}`)
    })
  },
)
