import type { Row, SqlValue } from './copy-store.js'
import type { Structure, UnitDirectory, UnitRef } from './units.js'

/**
 * What every dashboard is made of: charts, each a small table (named columns, one row per
 * category) that a chart library reads as a dataset, with every label in Vietnamese and English.
 * A chart computes itself through `run`, so the same statements run on the DuckDB copy and, for
 * the benchmark's baseline, on PostgreSQL.
 */
export interface Label {
  vi: string
  en: string
}

export type ChartKind = 'kpi' | 'bar' | 'stacked-bar' | 'line' | 'pie' | 'pyramid' | 'table'
export type MeasureUnit =
  | 'people'
  | 'households'
  | 'percent'
  | 'ratio'
  | 'per_km2'
  | 'km2'
  | 'guests'
  | 'nights'
  | 'declarations'
  | 'alerts'
  | 'events'
  | 'capacity'

export interface Column {
  key: string
  label: Label
  role: 'dimension' | 'measure'
  /** The values are names (of sites): shown as written, never translated. */
  names?: true
  unit?: MeasureUnit
}

export interface ChartBody {
  rows: Row[]
  /** Labels of dimension values that are codes: labels[columnKey][code]. */
  labels?: Record<string, Record<string, Label>>
  note?: Label | null
}

export interface ChartData extends Required<ChartBody> {
  id: string
  title: Label
  kind: ChartKind
  columns: Column[]
}

export interface Reference {
  units: UnitDirectory
  /** km² by unit code (the province; former districts when boundary files are present). */
  areas: ReadonlyMap<string, number>
  establishmentTypes: ReadonlyMap<string, Label>
  provinceNames: ReadonlyMap<string, string>
}

export type Run = (sql: string) => Promise<Row[]>

export interface ChartContext {
  run: Run
  reference: Reference
  /**
   * Whether the viewer may see small counts of sensitive categories (ethnicity, religion) in
   * the area; absent means not.
   */
  readsSensitive?: boolean
}

export interface ChartSpec<F> {
  id: string
  title: Label
  kind: ChartKind
  columns: Column[]
  compute(filter: F, ctx: ChartContext): Promise<ChartBody>
}

export interface DashboardSpec<F> {
  id: string
  title: Label
  charts: readonly ChartSpec<F>[]
}

/** The communes a request covers: null for the whole province. */
export interface AreaFilter {
  communes: string[] | null
  unit: UnitRef | null
  structure: Structure
}

export interface SnapshotFilter extends AreaFilter {
  asOf: string
}

export type Granularity = 'day' | 'week' | 'month'

export interface PeriodFilter extends AreaFilter {
  from: string
  to: string
  granularity: Granularity
}

export const label = (vi: string, en: string): Label => ({ vi, en })
export const dimension = (key: string, vi: string, en: string): Column => ({
  key,
  label: label(vi, en),
  role: 'dimension',
})
/** A dimension whose values are names of things (sites), not codes with a label per language. */
export const nameDimension = (key: string, vi: string, en: string): Column => ({
  ...dimension(key, vi, en),
  names: true,
})
export const measure = (key: string, vi: string, en: string, unit: MeasureUnit): Column => ({
  key,
  label: label(vi, en),
  role: 'measure',
  unit,
})

export async function computeChart<F>(
  spec: ChartSpec<F>,
  filter: F,
  ctx: ChartContext,
): Promise<ChartData> {
  const body = await spec.compute(filter, ctx)
  return {
    id: spec.id,
    title: spec.title,
    kind: spec.kind,
    columns: spec.columns,
    rows: body.rows,
    labels: body.labels ?? {},
    note: body.note ?? null,
  }
}

// SQL pieces. Every literal put into SQL is one of our own validated codes or dates.

const CODE = /^[0-9]{2,5}$/
const DAY = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/

export function dateSql(day: string): string {
  if (!DAY.test(day)) throw new Error('not a date')
  return `DATE '${day}'`
}

/** The rows of the filter's communes (the column holds a commune code). */
export function inArea(filter: AreaFilter, column = 'commune_code'): string {
  if (filter.communes === null) return 'TRUE'
  if (filter.communes.length === 0) return 'FALSE'
  for (const code of filter.communes) if (!CODE.test(code)) throw new Error('not a unit code')
  return `${column} IN (${filter.communes.map((c) => `'${c}'`).join(', ')})`
}

/**
 * Residents living in the province on the day: born and entered on or before it, not left by it
 * (the copy's present_from and present_until).
 */
export function presentOn(day: string): string {
  const d = dateSql(day)
  return `present_from <= ${d} AND present_until > ${d}`
}

/**
 * Whether a filter covers the whole province, which the charts then read from the tallies
 * (tallies.ts) rather than from the residents.
 */
export const wholeProvince = (filter: AreaFilter): boolean => filter.communes === null

const dayKey = (day: string): number => {
  const key = Number(day.replaceAll('-', ''))
  if (!DAY.test(day) || !Number.isInteger(key)) throw new Error('not a date')
  return key
}

/** Completed years of age on the day, from the birth date as YYYYMMDD. */
export const ageOn = (day: string): string =>
  `CAST(floor((${dayKey(day)} - birth_key) / 10000.0) AS INTEGER)`

/** Aged at least `years` on the day: the same rule as ageOn, as one integer comparison. */
export const agedAtLeast = (day: string, years: number): string =>
  `birth_key <= ${dayKey(day) - years * 10_000}`

/** The unit a commune counts in under the chosen structure: itself, or its former district. */
export const unitColumn = (filter: AreaFilter, communes = 'c'): string =>
  filter.structure === '2024' ? `${communes}.district_code` : `${communes}.code`

/** The Vietnam calendar day of a UTC timestamp column (Vietnam keeps UTC+7 all year). */
export const vietnamDay = (column: string): string => `CAST(${column} + INTERVAL '7 hours' AS DATE)`

/** The first day of the period a date falls in, as text. */
export function periodOf(dayExpression: string, granularity: Granularity): string {
  if (granularity === 'day') return `CAST(${dayExpression} AS VARCHAR)`
  return `CAST(CAST(date_trunc('${granularity}', ${dayExpression}) AS DATE) AS VARCHAR)`
}

export const count = (condition = 'TRUE'): string =>
  `CAST(count(*) FILTER (WHERE ${condition}) AS INTEGER)`

/** The count of a tally's rows (tallies.ts): their n summed, 0 when none. */
export const tallied = (condition = 'TRUE'): string =>
  `CAST(coalesce(sum(n) FILTER (WHERE ${condition}), 0) AS INTEGER)`

/**
 * Births, moves in and out and deaths in a filter's area: the whole province's from its
 * movements per day and kind (movement_days), a unit's one by one; `counts` selects them.
 */
export function movementsIn(filter: AreaFilter): { from: string; counts: string } {
  const [from, counted] = wholeProvince(filter) ? ['movement_days', tallied] : ['movements', count]
  return {
    from: `${from} WHERE ${inArea(filter)}`,
    counts: `${counted("kind = 'born'")} AS born, ${counted("kind = 'moved_in'")} AS moved_in,
             ${counted("kind = 'moved_out'")} AS moved_out, ${counted("kind = 'deceased'")} AS deceased`,
  }
}

// Row arithmetic after the query.

export const num = (value: SqlValue | undefined): number => Number(value ?? 0)

/** A share in percent with one decimal; null when the whole is 0. */
export const percent = (part: SqlValue | undefined, whole: SqlValue | undefined): number | null =>
  num(whole) === 0 ? null : Math.round((1000 * num(part)) / num(whole)) / 10

/** Males per 100 females, one decimal. */
export const sexRatio = (male: SqlValue | undefined, female: SqlValue | undefined): number | null =>
  percent(male, female)

/**
 * Rows by count, largest first, ties by code in byte order: done here, not in SQL, so that the
 * order (and what a top-N keeps) does not depend on an engine's collation.
 */
export const largestFirst = (rows: Row[], countKey: string, codeKey: string): Row[] =>
  [...rows].sort((a, b) => {
    const [x, y] = [String(a[codeKey]), String(b[codeKey])]
    return num(b[countKey]) - num(a[countKey]) || (x < y ? -1 : x > y ? 1 : 0)
  })

/** Labels of the units in rows, from the copy's directory. */
export function unitLabels(rows: Row[], reference: Reference, key = 'unit'): Record<string, Label> {
  const labels: Record<string, Label> = {}
  for (const row of rows) {
    const code = String(row[key])
    const name = reference.units.nameOf(code)
    labels[code] = label(name, name)
  }
  return labels
}
