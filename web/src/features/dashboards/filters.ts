import { navigate, useLocation } from '../../app/router'

/** The dashboards of the analytics API and the kind of filter each takes: a day or a period. */
export const DASHBOARDS = {
  population: 'snapshot',
  labour: 'snapshot',
  'digital-citizens': 'snapshot',
  'public-order': 'period',
  tourism: 'period',
} as const
export type DashboardId = keyof typeof DASHBOARDS
export type FilterKind = (typeof DASHBOARDS)[DashboardId]

export const isDashboardId = (value: string | undefined): value is DashboardId =>
  value !== undefined && Object.hasOwn(DASHBOARDS, value)

/** The province the platform serves: the analytics API's whole-province unit. */
export const PROVINCE_CODE = '75'

export const STRUCTURES = ['2025', '2024'] as const
export type Structure = (typeof STRUCTURES)[number]
export const GRANULARITIES = ['day', 'week', 'month'] as const
export type Granularity = (typeof GRANULARITIES)[number]

export interface Filters {
  /** null: the caller's whole area. */
  unit: string | null
  structure: Structure
  /** null: the server's default (today; the last 30 days; by day). */
  asOf: string | null
  from: string | null
  to: string | null
  granularity: Granularity | null
}
type FilterName = Exclude<keyof Filters, 'structure'> | 'structure'

const UNIT = /^\d{2,5}$/
const DAY = /^\d{4}-\d{2}-\d{2}$/
const oneOf = <T extends string>(values: readonly T[], value: string | null): value is T =>
  (values as readonly (string | null)[]).includes(value)

/** The filters as the address holds them, each checked as the server would (else dropped). */
export function readFilters(query: URLSearchParams): Filters {
  const unit = query.get('unit')
  const structure = query.get('structure')
  const granularity = query.get('granularity')
  const day = (name: string) => {
    const value = query.get(name)
    return value && DAY.test(value) ? value : null
  }
  return {
    unit: unit && UNIT.test(unit) ? unit : null,
    structure: oneOf(STRUCTURES, structure) ? structure : '2025',
    asOf: day('asOf'),
    from: day('from'),
    to: day('to'),
    granularity: oneOf(GRANULARITIES, granularity) ? granularity : null,
  }
}

/** The query the API takes for a dashboard of this kind (and the address shows). */
export function filterQuery(filters: Filters, kind: FilterKind): URLSearchParams {
  const query = new URLSearchParams()
  if (filters.unit) query.set('unit', filters.unit)
  if (kind === 'snapshot' && filters.asOf) query.set('asOf', filters.asOf)
  if (kind === 'period') {
    if (filters.from) query.set('from', filters.from)
    if (filters.to) query.set('to', filters.to)
    if (filters.granularity) query.set('granularity', filters.granularity)
  }
  if (filters.structure !== '2025') query.set('structure', filters.structure)
  return query
}

/** A former district (3 digits) means nothing in the 2025 structure: the filter lets it go. */
const keepsUnit = (unit: string | null, structure: Structure): boolean =>
  unit === null || structure === '2024' || unit.length !== 3

/** The dashboard's filters from the address, and a setter that writes them back to it. */
export function useFilters(dashboard: DashboardId): {
  filters: Filters
  set: (name: FilterName, value: string) => void
} {
  const { query } = useLocation()
  const filters = readFilters(query)
  const kind = DASHBOARDS[dashboard]
  const set = (name: FilterName, value: string) => {
    const next = readFilters(new URLSearchParams({ ...Object.fromEntries(query), [name]: value }))
    if (!keepsUnit(next.unit, next.structure)) next.unit = null
    const search = filterQuery(next, kind).toString()
    navigate(`/dashboards/${dashboard}${search ? `?${search}` : ''}`, { replace: true })
  }
  return { filters, set }
}
