import type { Database, Executor } from '../../platform/db/database.js'
import { vietnamDate } from '../../platform/time/vietnam.js'
import {
  KPI_CATALOGUE,
  KPI_FUNCTIONS,
  type KpiDefinition,
  type KpiFunction,
  type KpiPeriod,
} from './kpi-catalogue.js'
import {
  findSnapshots,
  upsertSnapshots,
  type KpiSnapshot,
  type NewKpiSnapshot,
} from './kpi.queries.js'
import { monthDays, monthOf, monthsBefore } from './calendar.js'

/** Months of trend the scorecard shows, the current one included. */
export const TREND_MONTHS = 6
/**
 * How old a live value may be before the next read recomputes it in the background. The model 23
 * figures take a pass over every resident (about a second at the province's 4.5 million on the
 * embedded database): the scorecard serves the stored value instead of waiting for it.
 */
export const KPI_MAX_AGE_MS = 5 * 60_000
const REASON_LENGTH = 300

export interface KpiSources {
  catalogue: readonly KpiDefinition[]
  functions: Record<string, KpiFunction>
}

const DEFAULT_SOURCES: KpiSources = { catalogue: KPI_CATALOGUE, functions: KPI_FUNCTIONS }

function periodAt(now: Date): KpiPeriod {
  const month = monthOf(now)
  return { month, from: monthDays(month).from, to: vietnamDate(now) }
}

const reasonOf = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, REASON_LENGTH)

async function computeOne(
  db: Executor,
  sources: KpiSources,
  definition: KpiDefinition,
  at: { period: KpiPeriod; now: Date },
): Promise<NewKpiSnapshot> {
  const { period, now } = at
  const base = { kpiKey: definition.key, month: period.month, modelNo: definition.modelNo }
  try {
    const compute = sources.functions[definition.computedBy]
    if (!compute) throw new Error(`no KPI function named ${definition.computedBy}`)
    const result = await compute(db, period)
    return {
      ...base,
      state: 'computed',
      indicators: result.indicators,
      breakdown: result.breakdown ?? null,
      reason: null,
      computedAt: now,
    }
  } catch (error) {
    // Kept as a failure with its reason: the scorecard says "could not compute", never zero.
    return {
      ...base,
      state: 'failed',
      indicators: null,
      breakdown: null,
      reason: reasonOf(error),
      computedAt: now,
    }
  }
}

/**
 * Computes every KPI of the catalogue through its module and stores the month's snapshot (the
 * month's row is replaced: the last value of a month is its value in the trend).
 * @returns the snapshots written, failures included.
 */
export async function refreshKpis(
  database: Database,
  now: Date,
  sources: KpiSources = DEFAULT_SOURCES,
): Promise<KpiSnapshot[]> {
  const at = { period: periodAt(now), now }
  const rows = await Promise.all(
    sources.catalogue.map((d) => computeOne(database.db, sources, d, at)),
  )
  return upsertSnapshots(database.db, rows)
}

export interface KpiBoard {
  /** The trend's snapshots, the current month's computed first if missing, refreshed if stale. */
  snapshots(now: Date, options?: { withBreakdown?: boolean }): Promise<KpiSnapshot[]>
  refresh(now: Date): Promise<KpiSnapshot[]>
  /** Waits for a refresh in progress, so that closing the app does not cut it midway. */
  settle(): Promise<void>
}

/**
 * Live KPIs for the scorecard: values stored per month, recomputed at most one refresh at a time
 * per process, in the background once they are older than `maxAgeMs`; only the very first read of
 * a month waits for them.
 */
export function createKpiBoard(
  database: Database,
  options: { maxAgeMs?: number; sources?: KpiSources; onError?: (error: unknown) => void } = {},
): KpiBoard {
  const sources = options.sources ?? DEFAULT_SOURCES
  const maxAgeMs = options.maxAgeMs ?? KPI_MAX_AGE_MS
  let running: Promise<KpiSnapshot[]> | undefined
  const refresh = (now: Date): Promise<KpiSnapshot[]> =>
    (running ??= refreshKpis(database, now, sources).finally(() => {
      running = undefined
    }))
  return {
    refresh,
    async snapshots(now, { withBreakdown = false } = {}) {
      const month = monthOf(now)
      const since = monthsBefore(month, TREND_MONTHS - 1)
      let rows = await findSnapshots(database.db, since, withBreakdown)
      const current = rows.filter((r) => r.month === month)
      if (sources.catalogue.some((d) => !current.some((r) => r.kpiKey === d.key))) {
        await refresh(now)
        rows = await findSnapshots(database.db, since, withBreakdown)
      } else if (current.some((r) => now.getTime() - r.computedAt.getTime() > maxAgeMs)) {
        refresh(now).catch(options.onError ?? (() => undefined))
      }
      return rows
    },
    async settle() {
      await running?.catch(() => undefined)
    },
  }
}
