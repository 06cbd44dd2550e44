import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { seedPopulation } from '../src/modules/population/index.js'
import { loadConfig } from '../src/platform/config/config.js'
import {
  openTestDatabase,
  type TestDatabase,
  killServer,
  startServer,
  type ServerProcess,
} from './kit/index.js'
import {
  checkAfterRestart,
  declarationRequests,
  declareUntilKilled,
  openFrontDesks,
  typedGuests,
  type DeclarationRequest,
} from './stays-load.js'

const serverUrl = loadConfig().DATABASE_URL
const CLIENTS = 16
// Enough acknowledged before the kill that the load is in full swing, few enough to stay quick.
const KILL_AFTER_ACKNOWLEDGED = 80

// The embedded database lives inside the process the test kills: the durability promise is made
// on PostgreSQL, where the server's commit outlives the application.
describe(
  'accommodation declarations across a SIGKILL of the server, on PostgreSQL',
  { skip: !serverUrl && 'DATABASE_URL is not set: the crash test needs a PostgreSQL server' },
  () => {
    let test: TestDatabase | undefined
    let server: ServerProcess | undefined
    let requests: DeclarationRequest[]

    before(async () => {
      test = await openTestDatabase('postgres')
      await seedPopulation(test.database, { scale: 2_000, seed: 23 })
      const desks = await openFrontDesks(test.database, { establishments: 4, capacity: 1_000 })
      requests = declarationRequests(await typedGuests(test.database, { count: 800 }), desks)
    })
    after(async () => {
      await killServer(server)
      await test?.drop()
    })

    it('keeps every acknowledged declaration exactly once; a retried request is answered once', async (t) => {
      const config = { DATABASE_URL: test!.url! }
      server = await startServer(config)
      const run = await declareUntilKilled(server, requests, {
        clients: CLIENTS,
        killAfter: { acknowledged: KILL_AFTER_ACKNOWLEDGED },
      })
      assert.equal((await server.exited).signal, 'SIGKILL')
      server = await startServer(config)
      const check = await checkAfterRestart(test!.database, server, run)
      t.diagnostic(JSON.stringify({ ...check, killedAfterMs: Math.round(run.killedAfterMs) }))

      assert.ok(check.acknowledged >= KILL_AFTER_ACKNOWLEDGED, JSON.stringify(check))
      // Proof that the kill hit a server at work: requests lost their answer in flight.
      assert.ok(check.cutOff > 0, `no request was in flight at the kill: ${JSON.stringify(check)}`)
      const refusals = [...run.answers.values()].filter((a) => a.kind === 'refused')
      assert.deepEqual(refusals.slice(0, 3), [], `${check.refused} refused under load`)
      assert.equal(check.lost, 0, 'acknowledged declarations lost')
      assert.equal(check.duplicated, 0, 'people declared twice')
      assert.deepEqual(check.wrongRetries, [])
    })
  },
)
