import { communesOfUnit, seedPopulation } from '../src/modules/population/index.js'
import type { Database } from '../src/platform/db/database.js'
import type { BenchResult } from './report.js'
import { benchQueue } from './services-queue.bench.js'
import { benchSubmitHttp } from './services-submit.bench.js'

export const SERVICES_BENCHMARKS = ['services.submit.http', 'services.queue.p95']

/**
 * Residents of the services benchmarks, whatever --scale says: a filing reads its applicant by
 * primary key, and the queue's dossiers name applicants of this registry, which a personal
 * number search then finds.
 */
export const SERVICES_RESIDENTS = 100_000
const PROVINCE = '75'

/**
 * The services benchmarks named in `names` on a database of their own (`url`, migrated, empty):
 * a population, then filings over HTTP, then the officer's queue over a million dossiers (loaded
 * after the filings, so that these measure an empty table's inserts as the baseline does).
 */
export async function benchServices(
  database: Database,
  url: string,
  names: string[],
): Promise<BenchResult[]> {
  await seedPopulation(database, { scale: SERVICES_RESIDENTS, seed: 19 })
  const communes = await communesOfUnit(database.db, PROVINCE)
  const results: BenchResult[] = []
  if (names.includes('services.submit.http'))
    results.push(await benchSubmitHttp(database, url, communes))
  if (names.includes('services.queue.p95')) {
    // The filings and the baseline's copies (all open, all today) would swell the queues: the
    // queue is measured over the loaded million alone.
    await database.query('TRUNCATE service_dossiers CASCADE')
    results.push(await benchQueue(database, url))
  }
  return results
}
