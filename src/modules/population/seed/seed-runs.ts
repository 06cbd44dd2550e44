import type { BulkSession, Database } from '../../../platform/db/database.js'
import { alreadyLoaded } from '../population.errors.js'

export interface SeedRun {
  id: number
  seed: number
  scale: number
  reference_date: string
  status: 'loading' | 'done'
  /** Communes already committed, by index, and the residents they hold. */
  done: Map<number, number>
}

async function clearPopulation(database: Database): Promise<void> {
  await database.query(
    'TRUNCATE movements, residents, households, seed_communes, seed_runs RESTART IDENTITY',
  )
}

async function latestRun(database: Database): Promise<SeedRun | undefined> {
  const [run] = await database.query<Omit<SeedRun, 'done'>>(
    'SELECT id, seed, scale, reference_date, status FROM seed_runs ORDER BY id DESC LIMIT 1',
  )
  if (!run) return undefined
  const communes = await database.query<{ commune_index: number; residents: number }>(
    'SELECT commune_index, residents FROM seed_communes WHERE run_id = $1',
    [run.id],
  )
  return { ...run, done: new Map(communes.map((c) => [c.commune_index, c.residents])) }
}

/**
 * Where a load starts: a fresh run, the unfinished run of the same seed and scale, or nothing
 * to do. An unfinished run of other parameters is discarded. @throws POPULATION_ALREADY_LOADED
 */
export async function startOrResume(
  database: Database,
  options: { seed: number; scale: number; reset?: boolean | undefined },
  today: string,
): Promise<SeedRun | 'done'> {
  if (options.reset) await clearPopulation(database)
  const run = await latestRun(database)
  const same = run?.seed === options.seed && run.scale === options.scale
  if (run?.status === 'done') {
    if (same) return 'done'
    throw alreadyLoaded(run)
  }
  if (run && same) return run
  const [{ count } = { count: 0 }] = await database.query<{ count: number }>(
    'SELECT count(*)::int AS count FROM residents',
  )
  if (run || count > 0) await clearPopulation(database)
  const [created] = await database.query<Omit<SeedRun, 'done'>>(
    `INSERT INTO seed_runs (seed, scale, reference_date, status) VALUES ($1, $2, $3, 'loading')
     RETURNING id, seed, scale, reference_date, status`,
    [options.seed, options.scale, today],
  )
  return { ...created!, done: new Map() }
}

/**
 * Marks a commune loaded, in the transaction that loads it: another loader that took the same
 * commune fails on the key instead of loading it twice.
 */
export async function claimCommune(
  session: BulkSession,
  runId: number,
  index: number,
  residents: number,
): Promise<void> {
  await session.query(
    'INSERT INTO seed_communes (run_id, commune_index, residents) VALUES ($1, $2, $3)',
    [runId, index, residents],
  )
}

/** Whether a population has been fully loaded (a first start loads the sample only once). */
export async function populationLoaded(database: Database): Promise<boolean> {
  return (await latestRun(database))?.status === 'done'
}
