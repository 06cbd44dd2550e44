import type { Database } from '../src/platform/db/database.js'
import {
  corruptRecords,
  linkRecords,
  scoreLinks,
  type MatchResult,
  type TruthRecord,
} from '../src/modules/linkage/index.js'
import { communeSuccessions } from '../src/modules/population/index.js'
import type { BenchResult } from './report.js'

export const LINKAGE_BENCHMARKS = ['linkage.quality', 'linkage.speed']

/** Residents drawn evenly from the registry (dead and moved out included), as the truth. */
async function truthSample(database: Database, count: number): Promise<TruthRecord[]> {
  const rows = await database.query<{
    personal_number: string
    full_name: string
    birth_date: string
    sex: 'M' | 'F'
    commune_code: string
    address: string
    old_id_number: string | null
  }>(
    `SELECT r.personal_number, r.full_name, r.birth_date, r.sex, r.commune_code, h.address, r.old_id_number
       FROM residents r JOIN households h ON h.id = r.household_id
      ORDER BY md5(r.personal_number) LIMIT $1`,
    [count],
  )
  return rows.map((r) => ({
    personalNumber: r.personal_number,
    fullName: r.full_name,
    birthDate: r.birth_date,
    sex: r.sex,
    communeCode: r.commune_code,
    address: r.address,
    oldIdNumber: r.old_id_number,
  }))
}

/**
 * linkage.quality: F1 of linking `records` corrupted copies against the seeded registry (exact
 * numbers alone beside it); linkage.speed: the same run's records linked per minute.
 */
export async function benchLinkage(
  database: Database,
  options: { records: number; registry: number },
  wanted: (name: string) => boolean,
): Promise<BenchResult[]> {
  const predecessors = new Map<string, string[]>()
  for (const { oldCode, newCode } of await communeSuccessions(database.db))
    predecessors.set(newCode, [...(predecessors.get(newCode) ?? []), oldCode])
  const sample = await truthSample(database, Math.min(options.registry, options.records))
  const { records, truth } = corruptRecords(sample, {
    count: options.records,
    seed: 2026,
    predecessors,
  })
  const results: MatchResult[] = []
  let em = ''
  const started = performance.now()
  for await (const r of linkRecords(database.db, records, {
    onModel: (m) => (em = `${m.iterations} iterations, converged ${m.converged}`),
  }))
    results.push(r)
  const seconds = (performance.now() - started) / 1000
  const quality = scoreLinks(results, truth)
  const exact = scoreLinks(
    results,
    truth,
    (r) => r.explanation.method === 'personal_number' || r.explanation.method === 'old_id_number',
  )
  const out: BenchResult[] = []
  const round = (n: number) => Math.round(n * 10_000) / 10_000
  if (wanted('linkage.quality'))
    out.push({
      name: 'linkage.quality',
      value: round(quality.f1),
      unit: 'F1',
      baseline: round(exact.f1),
      ratio: quality.f1 / exact.f1,
      extra: {
        engine: database.engine,
        registry: options.registry,
        records: records.length,
        precision: round(quality.precision),
        recall: round(quality.recall),
        review: quality.review,
        exactPrecision: round(exact.precision),
        exactRecall: round(exact.recall),
        em,
      },
    })
  if (wanted('linkage.speed'))
    out.push({
      name: 'linkage.speed',
      value: Math.round((records.length / seconds) * 60),
      unit: 'records/min',
      extra: {
        engine: database.engine,
        registry: options.registry,
        records: records.length,
        seconds: Math.round(seconds * 10) / 10,
      },
    })
  return out
}
