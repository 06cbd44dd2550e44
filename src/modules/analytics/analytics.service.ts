import type { Principal } from '../../platform/auth/principal.js'
import { parseCalendarDate, vietnamDate } from '../../platform/time/vietnam.js'
import { resolveAsOf } from '../population/index.js'
import { chartUnknown, periodInvalid } from './analytics.errors.js'
import { readsSensitive, resolveArea } from './analytics.policy.js'
import type { Analytics } from './analytics.runtime.js'
import type { PeriodQuery, SnapshotQuery } from './analytics.schemas.js'
import {
  computeChart,
  type AreaFilter,
  type ChartData,
  type ChartSpec,
  type DashboardSpec,
  type Label,
  type PeriodFilter,
  type SnapshotFilter,
} from './charts.js'
import type { ServedCopy } from './copy-store.js'
import { digitalDashboard } from './digital.charts.js'
import { labourDashboard } from './labour.charts.js'
import { addDays, daysBetween } from './period.js'
import { populationDashboard } from './population.charts.js'
import { publicOrderDashboard } from './public-order.charts.js'
import { tourismDashboard } from './tourism.charts.js'

/** The dashboards, each with the kind of filter it takes: a day, or a period. */
export const DASHBOARDS = {
  population: { spec: populationDashboard, filters: 'snapshot' },
  labour: { spec: labourDashboard, filters: 'snapshot' },
  'digital-citizens': { spec: digitalDashboard, filters: 'snapshot' },
  'public-order': { spec: publicOrderDashboard, filters: 'period' },
  tourism: { spec: tourismDashboard, filters: 'period' },
} as const satisfies Record<
  string,
  | { spec: DashboardSpec<SnapshotFilter>; filters: 'snapshot' }
  | { spec: DashboardSpec<PeriodFilter>; filters: 'period' }
>
export type DashboardId = keyof typeof DASHBOARDS

const DEFAULT_PERIOD_DAYS = 30
const LONGEST_PERIOD_DAYS = 3 * 366

export interface DashboardView {
  dashboard: string
  title: Label
  filters: SnapshotFilter | PeriodFilter
  copy: { builtAt: string; lastEventAt: string | null }
  charts: ChartData[]
}

/** @throws POPULATION_AS_OF_INVALID, POPULATION_AS_OF_IN_FUTURE, and as resolveArea */
function snapshotFilter(
  principal: Principal,
  copy: ServedCopy,
  query: SnapshotQuery,
): SnapshotFilter {
  return { ...resolveArea(principal, copy.reference.units, query), asOf: resolveAsOf(query.asOf) }
}

/** @throws ANALYTICS_PERIOD_INVALID, and as resolveArea */
function periodFilter(principal: Principal, copy: ServedCopy, query: PeriodQuery): PeriodFilter {
  const to = query.to ?? vietnamDate()
  const from = query.from ?? addDays(to, 1 - DEFAULT_PERIOD_DAYS)
  if (!parseCalendarDate(from) || !parseCalendarDate(to) || from > to) throw periodInvalid(from, to)
  if (daysBetween(from, to) > LONGEST_PERIOD_DAYS) throw periodInvalid(from, to)
  return {
    ...resolveArea(principal, copy.reference.units, query),
    from,
    to,
    granularity: query.granularity ?? 'day',
  }
}

async function render<F extends AreaFilter>(
  copy: ServedCopy,
  spec: DashboardSpec<F>,
  filter: F,
  options: { only: string | undefined; principal: Principal },
): Promise<ChartData[]> {
  const { only, principal } = options
  const charts: readonly ChartSpec<F>[] = only
    ? spec.charts.filter((c) => c.id === only)
    : spec.charts
  if (only && charts.length === 0) throw chartUnknown(spec.id, only)
  const ctx = {
    run: (sql: string) => copy.query(sql),
    reference: copy.reference,
    readsSensitive: readsSensitive(principal, copy.reference.units, filter),
  }
  return Promise.all(charts.map((chart) => computeChart(chart, filter, ctx)))
}

/**
 * A dashboard (or one chart of it) for the caller's area: aggregates of the served copy.
 * @throws ANALYTICS_NOT_READY, ANALYTICS_UNIT_UNKNOWN, ANALYTICS_CHART_UNKNOWN,
 *   ANALYTICS_PERIOD_INVALID, POPULATION_AS_OF_*, AUTH_OUTSIDE_JURISDICTION
 */
export async function showDashboard(
  analytics: Analytics,
  principal: Principal,
  id: DashboardId,
  query: SnapshotQuery & PeriodQuery,
  only?: string,
): Promise<DashboardView> {
  const copy = await analytics.current()
  const entry = DASHBOARDS[id]
  let filters: SnapshotFilter | PeriodFilter
  let charts: ChartData[]
  if (entry.filters === 'snapshot') {
    const filter = snapshotFilter(principal, copy, query)
    charts = await render(copy, entry.spec, filter, { only, principal })
    filters = filter
  } else {
    const filter = periodFilter(principal, copy, query)
    charts = await render(copy, entry.spec, filter, { only, principal })
    filters = filter
  }
  return {
    dashboard: id,
    title: entry.spec.title,
    filters,
    copy: { builtAt: copy.meta.builtAt, lastEventAt: analytics.status().lastEventAt },
    charts,
  }
}

/** The dashboards and their charts, for a client's menu. */
export const dashboardCatalogue = () =>
  Object.entries(DASHBOARDS).map(([id, { spec, filters }]) => ({
    id,
    title: spec.title,
    filters,
    charts: spec.charts.map((c: { id: string; title: Label }) => ({ id: c.id, title: c.title })),
  }))
