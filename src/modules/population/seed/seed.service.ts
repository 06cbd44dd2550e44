import { performance } from 'node:perf_hooks'
import type { Database } from '../../../platform/db/database.js'
import { scaleOutOfRange } from '../population.errors.js'
import { vietnamDate } from '../../../platform/time/vietnam.js'
import {
  HOUSEHOLD_COLUMNS,
  MOVEMENT_COLUMNS,
  RESIDENT_COLUMNS,
  allocateResidents,
  type CommuneQuota,
} from '../generator/index.js'
import { ensureAdminUnits } from '../units.reference.js'
import { deferIndexes, restoreIndexesAndFinish } from './deferred-indexes.js'
import { GenerationPool } from './generation-pool.js'
import { claimCommune, startOrResume, type SeedRun } from './seed-runs.js'

export const MIN_SCALE = 1_000
/** The new Đồng Nai, Resolution 202/2025/QH15. */
export const PROVINCE_POPULATION = 4_491_408

export interface SeedOptions {
  scale: number
  seed: number
  /** Discard whatever population is loaded and start again. */
  reset?: boolean
  /** The generator's "today"; default today in Vietnam. */
  today?: string
  onProgress?: (progress: SeedProgress) => void
  /** Generation threads; default one less than the cores. */
  workers?: number
}

export interface SeedProgress {
  communesDone: number
  communesTotal: number
  residentsLoaded: number
  residentsTotal: number
}

export interface SeedSummary {
  outcome: 'loaded' | 'resumed' | 'already-loaded'
  residents: number
  households: number
  movements: number
  seconds: number
  residentsPerSecond: number
  /** Seconds spent rebuilding keys and indexes (and ANALYZE) after the rows were in. */
  indexSeconds: number
}

interface LoadPlan {
  database: Database
  run: SeedRun
  remaining: CommuneQuota[]
  pool: GenerationPool
  loaders: number
  onLoaded: (quota: CommuneQuota, residents: number) => void
}

/**
 * Loads the communes left, several at a time on PostgreSQL (its backends use the cores that
 * generation leaves), one at a time on PGlite's single connection. The first failure stops
 * every loader after its current commune; what committed stays committed.
 */
async function loadCommunes(plan: LoadPlan): Promise<void> {
  const { database, run, remaining, pool } = plan
  let next = 0
  let failure: Error | undefined
  const generate = (quota: CommuneQuota) => pool.generate(quota, run.seed, run.reference_date)
  const loader = async (): Promise<void> => {
    while (failure === undefined && next < remaining.length) {
      const quota = remaining[next++]!
      try {
        const csv = await generate(quota)
        await database.bulk(async (session) => {
          // Losing the last commits in a crash is harmless: the claim commits with the rows, so
          // the next run redoes exactly what was lost.
          if (database.engine === 'postgres')
            await session.query('SET LOCAL synchronous_commit = off')
          await claimCommune(session, run.id, quota.index, csv.counts.residents)
          await session.copyCsv('households', HOUSEHOLD_COLUMNS, csv.households)
          await session.copyCsv('residents', RESIDENT_COLUMNS, csv.residents)
          await session.copyCsv('movements', MOVEMENT_COLUMNS, csv.movements)
        })
        plan.onLoaded(quota, csv.counts.residents)
      } catch (error) {
        failure ??= error instanceof Error ? error : new Error(String(error))
      }
    }
  }
  await Promise.all(Array.from({ length: plan.loaders }, loader))
  if (failure !== undefined) throw failure
}

/**
 * Generates and loads the synthetic population commune by commune, each commune in one
 * transaction with its claim: a load killed midway resumes with the communes not committed,
 * and nothing is loaded twice.
 * @throws POPULATION_SCALE_OUT_OF_RANGE, POPULATION_ALREADY_LOADED
 */
export async function seedPopulation(
  database: Database,
  options: SeedOptions,
): Promise<SeedSummary> {
  if (
    !Number.isInteger(options.scale) ||
    options.scale < MIN_SCALE ||
    options.scale > PROVINCE_POPULATION
  ) {
    throw scaleOutOfRange(MIN_SCALE, PROVINCE_POPULATION, options.scale)
  }
  const started = performance.now()
  await database.db.transaction(async (tx) => {
    await ensureAdminUnits(tx)
  })
  const run = await startOrResume(database, options, options.today ?? vietnamDate())
  if (run === 'done') {
    return {
      ...(await countPopulation(database)),
      outcome: 'already-loaded',
      seconds: 0,
      indexSeconds: 0,
      residentsPerSecond: 0,
    }
  }
  await deferIndexes(database, run.id)
  const quotas = allocateResidents(options.scale)
  const resumedWith = [...run.done.values()].reduce((a, b) => a + b, 0)
  let loaded = resumedWith
  let communesDone = run.done.size
  const pool = new GenerationPool(options.workers)
  try {
    await loadCommunes({
      database,
      run,
      remaining: quotas.filter((q) => !run.done.has(q.index)),
      pool,
      loaders: database.engine === 'postgres' ? 2 : 1,
      onLoaded: (_quota, residents) => {
        loaded += residents
        communesDone++
        options.onProgress?.({
          communesDone,
          communesTotal: quotas.length,
          residentsLoaded: loaded,
          residentsTotal: options.scale,
        })
      },
    })
  } finally {
    await pool.close()
  }
  const indexing = performance.now()
  await restoreIndexesAndFinish(database, run.id)
  await database.query('ANALYZE households, residents, movements')
  const indexSeconds = (performance.now() - indexing) / 1000
  const seconds = (performance.now() - started) / 1000
  return {
    ...(await countPopulation(database)),
    outcome: run.done.size > 0 ? 'resumed' : 'loaded',
    seconds,
    indexSeconds,
    residentsPerSecond: Math.round((loaded - resumedWith) / seconds),
  }
}

async function countPopulation(
  database: Database,
): Promise<{ residents: number; households: number; movements: number }> {
  const [row] = await database.query<{ residents: number; households: number; movements: number }>(
    `SELECT (SELECT count(*) FROM residents)::int AS residents,
            (SELECT count(*) FROM households)::int AS households,
            (SELECT count(*) FROM movements)::int AS movements`,
  )
  return row!
}
