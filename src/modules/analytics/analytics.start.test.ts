import assert from 'node:assert/strict'
import { DuckDBInstance } from '@duckdb/node-api'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, it } from 'node:test'
import {
  enrol,
  type Actor,
  testConfig,
  describeOnEngines,
  within,
  TODAY,
} from '../../../test/kit/index.js'
import { buildApp } from '../../app.js'
import { OutboxDispatcher } from '../../platform/events/outbox.js'
import type { App } from '../../platform/http/server.js'
import { seedPopulation } from '../population/index.js'
import type { Establishment } from '../stays/index.js'
import { approvedEstablishment, declareResidents } from './analytics.test-support.js'
import { Analytics } from './index.js'

// Bounds, not speed expectations: a build at this scale takes a few seconds on a loaded machine.
const READY_WITHIN_MS = 60_000
const STOPPED_WITHIN_MS = 15_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

interface Serving {
  app: App
  analytics: Analytics
  dispatcher: OutboxDispatcher
}

// A start as main.ts makes it: the copy built when missing, looked for every 2 s, and the
// dispatcher delivering at once, while no copy is open yet, the events its subscriber has not had.
describeOnEngines('analytics: a start with events the copy has not had', (db) => {
  let dir: string
  let file: string
  let hotel: Establishment
  let analyst: Actor
  let serving: Serving | undefined

  const start = async (): Promise<Serving> => {
    const analytics = new Analytics({ database: db(), path: file })
    const app = await buildApp({ config: testConfig, database: db(), analytics })
    await app.ready()
    analytics.ensureBuilt()
    analytics.watch()
    const dispatcher = new OutboxDispatcher(db(), { pollMs: 100 })
    dispatcher.subscribe(analytics.subscriber, analytics.handleEvent, {
      aroundBatch: analytics.aroundEventBatch,
    })
    dispatcher.start()
    return { app, analytics, dispatcher }
  }

  const stop = async (s: Serving | undefined): Promise<void> => {
    if (!s) return
    await s.app.close()
    await within(s.dispatcher.stop(), STOPPED_WITHIN_MS, 'the dispatcher stopping')
    await within(s.analytics.close(), STOPPED_WITHIN_MS, 'the copy closing')
  }

  const status = async (s: Serving) => {
    const res = await s.app.inject({
      method: 'GET',
      url: '/api/v1/analytics/status',
      headers: { cookie: analyst.cookie },
    })
    assert.equal(res.statusCode, 200, res.body)
    return res.json<{ ready: boolean }>()
  }

  const untilReady = async (s: Serving): Promise<void> => {
    const deadline = Date.now() + READY_WITHIN_MS
    while (!(await status(s)).ready) {
      if (Date.now() > deadline) assert.fail(`not ready within ${READY_WITHIN_MS} ms`)
      await sleep(100)
    }
  }

  /** Declarations in the copy and in the database. */
  const arrivals = async (s: Serving): Promise<{ copy: number; database: number }> => {
    const copy = await s.analytics.current()
    const [fromCopy] = await copy.query('SELECT count(*)::INTEGER AS n FROM stays')
    const [fromDatabase] = await db().query<{ n: number }>(
      'SELECT count(*)::int AS n FROM stay_declarations',
    )
    return { copy: Number(fromCopy?.n), database: fromDatabase!.n }
  }

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cds-analytics-start-'))
    file = path.join(dir, 'copy.duckdb')
    await seedPopulation(db(), { scale: 1_000, seed: 12, today: TODAY })
    const [top] = await db().query<{ code: string }>(
      'SELECT commune_code AS code FROM residents GROUP BY 1 ORDER BY count(*) DESC LIMIT 1',
    )
    hotel = await approvedEstablishment(db(), {
      communeCode: top!.code,
      typeCode: 'hotel_3_star',
      capacity: 20,
    })
    const app = await buildApp({ config: testConfig, database: db() })
    analyst = await enrol(app, db(), { role: 'analyst', unitCodes: ['75'] })
    await app.close()
    await declareResidents(db(), hotel, { count: 3, arrivalAt: new Date() })
  })
  after(async () => {
    await stop(serving).catch(() => undefined)
    await rm(dir, { recursive: true, force: true })
  })

  it('builds its copy and becomes ready on a first start (no copy file yet)', async () => {
    serving = await start()
    await untilReady(serving)
    assert.deepEqual(await arrivals(serving), { copy: 3, database: 3 })
    await stop(serving)
    serving = undefined
  })

  it('opens the copy it finds and becomes ready on a restart, with what happened meanwhile', async () => {
    await declareResidents(db(), hotel, { count: 2, arrivalAt: new Date(), offset: 3 })
    serving = await start()
    await untilReady(serving)
    assert.deepEqual(await arrivals(serving), { copy: 5, database: 5 })
    await stop(serving)
    serving = undefined
  })

  it('rebuilds a copy an earlier release wrote (a table missing) and becomes ready with it', async () => {
    const instance = await DuckDBInstance.create(file)
    const connection = await instance.connect()
    await connection.run('DROP TABLE violations_at_build')
    connection.closeSync()
    instance.closeSync()
    serving = await start()
    await untilReady(serving)
    assert.deepEqual(await arrivals(serving), { copy: 5, database: 5 })
    const copy = await serving.analytics.current()
    assert.deepEqual(await copy.query('SELECT count(*)::INTEGER AS n FROM violations'), [{ n: 0 }])
    await stop(serving)
    serving = undefined
  })
})
