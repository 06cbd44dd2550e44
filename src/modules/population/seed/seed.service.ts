import { performance } from 'node:perf_hooks'
import type { Database } from '../../../platform/db/database.js'
import { AppError } from '../../../platform/http/errors.js'
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
}

interface SeedRun {
  id: number
  seed: number
  scale: number
  reference_date: string
  status: 'loading' | 'done'
  communes_done: number
  residents_loaded: number
}

const scaleOutOfRange = (scale: number): AppError =>
  new AppError('POPULATION_SCALE_OUT_OF_RANGE', {
    status: 422,
    message: `Quy mô phải từ ${MIN_SCALE} đến ${PROVINCE_POPULATION} người (nhận ${scale}) / Scale must be ${MIN_SCALE}..${PROVINCE_POPULATION} (got ${scale})`,
    details: { min: MIN_SCALE, max: PROVINCE_POPULATION, scale },
  })

const alreadyLoaded = (run: SeedRun): AppError =>
  new AppError('POPULATION_ALREADY_LOADED', {
    status: 409,
    message: `Đã nạp dân cư (seed ${run.seed}, ${run.scale} người); dùng --reset để nạp lại / A population is loaded (seed ${run.seed}, scale ${run.scale}); use --reset to replace it`,
    details: { seed: run.seed, scale: run.scale },
  })

async function clearPopulation(database: Database): Promise<void> {
  await database.query('TRUNCATE movements, residents, households, seed_runs RESTART IDENTITY')
}

/** Decides where to start: a fresh run, the unfinished one, or nothing to do. */
async function startOrResume(
  database: Database,
  options: SeedOptions,
  today: string,
): Promise<SeedRun | 'done'> {
  if (options.reset) await clearPopulation(database)
  const [run] = await database.query<SeedRun>('SELECT * FROM seed_runs ORDER BY id DESC LIMIT 1')
  const same = run && run.seed === options.seed && run.scale === options.scale
  if (run?.status === 'done') {
    if (same) return 'done'
    throw alreadyLoaded(run)
  }
  if (run && same) return run
  // An interrupted load of other parameters, or residents from nowhere: start clean.
  if (run) await clearPopulation(database)
  const [{ count } = { count: 0 }] = await database.query<{ count: number }>(
    'SELECT count(*)::int AS count FROM residents',
  )
  if (count > 0) await clearPopulation(database)
  const [created] = await database.query<SeedRun>(
    `INSERT INTO seed_runs (seed, scale, reference_date, status) VALUES ($1, $2, $3, 'loading') RETURNING *`,
    [options.seed, options.scale, today],
  )
  return created!
}

async function loadCommune(
  database: Database,
  run: SeedRun,
  index: number,
  csv: Awaited<ReturnType<GenerationPool['generate']>>,
): Promise<void> {
  await database.bulk(async (session) => {
    // Losing the last commits in a crash is harmless: progress commits with the rows, so the
    // next run redoes exactly what was lost.
    if (database.engine === 'postgres') await session.query('SET LOCAL synchronous_commit = off')
    // Claims the next commune: a second loader running at the same time finds nothing to do.
    const claimed = await session.query(
      `UPDATE seed_runs SET communes_done = $2, residents_loaded = residents_loaded + $3
        WHERE id = $1 AND communes_done = $2 - 1 RETURNING id`,
      [run.id, index + 1, csv.counts.residents],
    )
    if (claimed.length === 0) throw new Error('another load is running on this database')
    await session.copyCsv('households', HOUSEHOLD_COLUMNS, csv.households)
    await session.copyCsv('residents', RESIDENT_COLUMNS, csv.residents)
    await session.copyCsv('movements', MOVEMENT_COLUMNS, csv.movements)
  })
}

/**
 * Generates and loads the synthetic population commune by commune, each commune in one
 * transaction with the run's progress: a load killed midway resumes at the first commune not
 * committed, and nothing is loaded twice.
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
    throw scaleOutOfRange(options.scale)
  }
  const started = performance.now()
  await database.db.transaction(async (tx) => {
    await ensureAdminUnits(tx)
  })
  const run = await startOrResume(database, options, options.today ?? vietnamDate())
  if (run === 'done')
    return {
      ...(await countPopulation(database)),
      outcome: 'already-loaded',
      seconds: 0,
      residentsPerSecond: 0,
    }

  await deferIndexes(database, run.id)
  const quotas = allocateResidents(options.scale)
  const todo = quotas.slice(run.communes_done)
  const pool = new GenerationPool(options.workers)
  let loaded = run.residents_loaded
  try {
    // Generate a little ahead so the next commune is ready when the database takes it.
    const ahead = (q: CommuneQuota | undefined) =>
      q ? pool.generate(q, run.seed, run.reference_date) : undefined
    let next = ahead(todo[0])
    for (const [i, quota] of todo.entries()) {
      const csv = await next!
      next = ahead(todo[i + 1])
      await loadCommune(database, run, quota.index, csv)
      loaded += csv.counts.residents
      options.onProgress?.({
        communesDone: quota.index + 1,
        communesTotal: quotas.length,
        residentsLoaded: loaded,
        residentsTotal: options.scale,
      })
    }
    await next?.catch(() => undefined)
  } finally {
    await pool.close()
  }
  await restoreIndexesAndFinish(database, run.id)
  await database.query('ANALYZE households, residents, movements')
  const seconds = (performance.now() - started) / 1000
  return {
    ...(await countPopulation(database)),
    outcome: run.communes_done > 0 ? 'resumed' : 'loaded',
    seconds,
    residentsPerSecond: Math.round((loaded - run.residents_loaded) / seconds),
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

/** Whether a population has been fully loaded (a first start loads the sample only once). */
export async function populationLoaded(database: Database): Promise<boolean> {
  const [run] = await database.query<{ status: string }>(
    'SELECT status FROM seed_runs ORDER BY id DESC LIMIT 1',
  )
  return run?.status === 'done'
}
