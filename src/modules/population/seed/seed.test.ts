import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { it } from 'node:test'
import {
  ENGINES,
  describeOnEngines,
  openTestDatabase,
  TODAY,
  rejectsWith,
} from '../../../../test/kit/index.js'
import type { Database } from '../../../platform/db/database.js'
import { allocateResidents, generateCommune } from '../generator/index.js'
import { seedPopulation } from './seed.service.js'

async function counts(database: Database) {
  const [row] = await database.query<{
    residents: number
    distinct: number
    households: number
    runs: number
  }>(
    `SELECT (SELECT count(*) FROM residents)::int AS residents,
            (SELECT count(DISTINCT personal_number) FROM residents)::int AS distinct,
            (SELECT count(*) FROM households)::int AS households,
            (SELECT count(*) FROM seed_runs)::int AS runs`,
  )
  return row!
}

/** Indexes (primary keys included) and foreign keys on the loaded tables. */
async function keysAndIndexes(
  database: Database,
): Promise<{ indexes: number; foreignKeys: number }> {
  const [row] = await database.query<{ indexes: number; foreignKeys: number }>(
    `SELECT (SELECT count(*) FROM pg_indexes
              WHERE tablename IN ('households', 'residents', 'movements'))::int AS indexes,
            (SELECT count(*) FROM pg_constraint
              WHERE contype = 'f' AND conrelid::regclass::text IN ('residents', 'movements'))::int
              AS "foreignKeys"`,
  )
  return row!
}

async function numbers(database: Database): Promise<string[]> {
  const rows = await database.query<{ n: string }>(
    'SELECT personal_number AS n FROM residents ORDER BY 1',
  )
  return rows.map((r) => r.n)
}

function expectedNumbers(scale: number, seed: number): string[] {
  return allocateResidents(scale)
    .flatMap((quota) =>
      generateCommune(quota, { seed, today: TODAY }).residents.map((r) => r.personalNumber),
    )
    .sort()
}

describeOnEngines('population load', (db) => {
  it('loads the requested number of residents once', async () => {
    const first = await seedPopulation(db(), { scale: 1_000, seed: 7, today: TODAY })
    assert.equal(first.outcome, 'loaded')
    assert.equal(first.residents, 1_000)
    const again = await seedPopulation(db(), { scale: 1_000, seed: 7, today: TODAY })
    assert.equal(again.outcome, 'already-loaded')
    const c = await counts(db())
    assert.equal(c.residents, 1_000)
    assert.equal(c.distinct, 1_000)
    assert.deepEqual(
      await numbers(db()),
      expectedNumbers(1_000, 7),
      'the generator’s people, no others',
    )
  })

  it('refuses to replace a loaded population without --reset, and replaces it with it', async () => {
    await rejectsWith(
      seedPopulation(db(), { scale: 2_000, seed: 8, today: TODAY }),
      'POPULATION_ALREADY_LOADED',
    )
    assert.equal((await counts(db())).residents, 1_000)
    const replaced = await seedPopulation(db(), {
      scale: 2_000,
      seed: 8,
      today: TODAY,
      reset: true,
    })
    assert.equal(replaced.residents, 2_000)
    assert.equal((await counts(db())).runs, 1)
  })

  it('refuses a scale out of range and writes nothing', async () => {
    for (const scale of [999, 4_491_409, 1500.5]) {
      await rejectsWith(
        seedPopulation(db(), { scale, seed: 1, today: TODAY, reset: true }),
        'POPULATION_SCALE_OUT_OF_RANGE',
      )
    }
    assert.equal((await counts(db())).residents, 2_000)
  })

  it('resumes an interrupted load where it stopped, with the same people and no duplicates', async () => {
    const interrupted = seedPopulation(db(), {
      scale: 3_000,
      seed: 9,
      today: TODAY,
      reset: true,
      onProgress: (p) => {
        if (p.communesDone === 10) throw new Error('power cut')
      },
    })
    await assert.rejects(interrupted, /power cut/)
    const [run] = await db().query<{ status: string; communes: number; claimed: number }>(
      `SELECT status, (SELECT count(*) FROM seed_communes)::int AS communes,
              (SELECT coalesce(sum(residents), 0) FROM seed_communes)::int AS claimed FROM seed_runs`,
    )
    assert.equal(run?.status, 'loading')
    // One loader stops at the failure; on PostgreSQL a second may finish the commune it holds.
    assert.ok(run.communes >= 10 && run.communes <= 11, `${run.communes} communes committed`)
    assert.equal(
      (await counts(db())).residents,
      run.claimed,
      'every committed commune whole, no other',
    )
    assert.deepEqual(
      await keysAndIndexes(db()),
      { indexes: 0, foreignKeys: 0 },
      'off while loading',
    )
    const resumed = await seedPopulation(db(), { scale: 3_000, seed: 9, today: '2027-01-01' })
    assert.equal(resumed.outcome, 'resumed')
    const c = await counts(db())
    assert.equal(c.residents, 3_000)
    assert.equal(c.distinct, 3_000)
    assert.deepEqual(
      await numbers(db()),
      expectedNumbers(3_000, 9),
      'resumed with the run’s own reference date',
    )
    assert.deepEqual(
      await keysAndIndexes(db()),
      { indexes: 8, foreignKeys: 2 },
      'all back after the load',
    )
  })
})

/** Runs the loader in a child process and SIGKILLs it once `killAfter` communes are committed. */
function loadInChild(target: string, killAfter?: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/fixtures/seed-child.ts', '20000', '5', target],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (killAfter !== undefined && out.includes(`commune ${killAfter}\n`)) child.kill('SIGKILL')
    })
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (killAfter !== undefined ? signal === 'SIGKILL' : code === 0) resolve(out)
      else reject(new Error(`loader exited ${code ?? signal}: ${err}`))
    })
  })
}

for (const engine of ENGINES) {
  void it(
    `a load killed with SIGKILL resumes cleanly on the next run [${engine}]`,
    { timeout: 180_000 },
    async () => {
      const dir =
        engine === 'pglite' ? await mkdtemp(path.join(tmpdir(), 'cds-seed-kill-')) : undefined
      const server = engine === 'postgres' ? await openTestDatabase('postgres') : undefined
      const target = dir ?? server!.url!
      try {
        await loadInChild(target, 20)
        const out = await loadInChild(target)
        assert.match(out, /done resumed 20000\n/)
        const check = dir ? await openTestDatabase('pglite', { dataDir: dir }) : server!
        try {
          const c = await counts(check.database)
          assert.equal(c.residents, 20_000)
          assert.equal(c.distinct, 20_000)
        } finally {
          if (dir) await check.drop()
        }
      } finally {
        await server?.drop()
        if (dir) await rm(dir, { recursive: true, force: true })
      }
    },
  )
}
